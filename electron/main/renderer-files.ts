// Answers app://kiosk requests with files from the built renderer folder, and nothing outside it.
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy.ts';
import { appHost } from './app-origin.ts';
import { isHtml, mediaTypeOf } from './media-types.ts';

export type RendererRequestHandler = (request: Request) => Promise<Response>;

const indexFile = 'index.html';

export function createRendererFiles(rendererRoot: string): RendererRequestHandler {
  const root = resolve(rendererRoot);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const url = new URL(request.url);
    if (url.host.toLowerCase() !== appHost) return refusal(404);
    const relativePath = decodePath(url.pathname);
    if (relativePath === null) return refusal(400);
    const file = resolve(root, relativePath === '' ? indexFile : relativePath);
    if (!isInside(root, file)) return refusal(403);
    const found = await findFile(root, file);
    if (found === 'outside') return refusal(403);
    if (found === null) return refusal(404);
    const body = request.method === 'HEAD' ? null : await readFile(found);
    return new Response(body, { status: 200, headers: headersFor(found) });
  };
}

/** The request path as a relative file path, or null when it cannot be one (bad escape, NUL). */
function decodePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  return decoded.replace(/^[/\\]+/, '');
}

function isInside(root: string, file: string): boolean {
  const path = relative(root, file);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
}

/**
 * The real file to serve: a folder means its index.html, and a symlink must not lead out of the
 * root. Returns null when there is no such file.
 */
async function findFile(root: string, file: string): Promise<string | null | 'outside'> {
  try {
    const realRoot = await realpath(root);
    let real = await realpath(file);
    if ((await stat(real)).isDirectory()) real = await realpath(join(real, indexFile));
    if (!isInside(realRoot, real)) return 'outside';
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function headersFor(file: string): Headers {
  const headers = new Headers({
    'Content-Type': mediaTypeOf(file),
    'X-Content-Type-Options': 'nosniff',
  });
  if (isHtml(file)) headers.set('Content-Security-Policy', contentSecurityPolicy);
  return headers;
}

function refusal(status: 400 | 403 | 404 | 405): Response {
  return new Response(null, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
