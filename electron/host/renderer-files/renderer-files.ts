// Maps a request path to a file of the built renderer, refusing anything outside its folder.
// Both shells serve the renderer through this one guard.
import { existsSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFile {
  file: string;
  contentType: string;
  isDocument: boolean;
}

export type RendererFileLookup =
  | { found: true; rendererFile: RendererFile }
  | { found: false; status: 400 | 403 | 404 };

/**
 * Resolves `pathname` (as it came in the URL, still percent-encoded) inside `root`. Routes with no
 * file extension fall back to index.html so the renderer can own its paths (/board, /).
 */
export function lookupRendererFile(root: string, pathname: string): RendererFileLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { found: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { found: false, status: 400 };
  const rootDir = resolve(root);
  const relative = decoded.replace(/^\/+/, '');
  const candidate = resolve(rootDir, relative);
  if (candidate !== rootDir && !candidate.startsWith(rootDir + sep)) return { found: false, status: 403 };
  if (decoded.split('/').includes('..')) return { found: false, status: 403 };

  const target = relative === '' || extname(relative) === '' ? resolve(rootDir, 'index.html') : candidate;
  if (!existsSync(target) || !statSync(target).isFile()) return { found: false, status: 404 };
  const extension = extname(target).toLowerCase();
  return {
    found: true,
    rendererFile: {
      file: target,
      contentType: mimeTypes[extension] ?? 'application/octet-stream',
      isDocument: extension === '.html',
    },
  };
}

/** Headers every renderer response carries, in either shell. */
export function rendererResponseHeaders(rendererFile: RendererFile, csp: string): Record<string, string> {
  return {
    'content-type': rendererFile.contentType,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()',
    'cache-control': rendererFile.isDocument ? 'no-store' : 'no-cache',
  };
}
