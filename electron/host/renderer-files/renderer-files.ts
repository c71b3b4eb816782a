// Maps a request path to a file of the built renderer, refusing anything outside its folder
// (dot-dot, encoded or not, and symlinks leading out). Both shells serve the renderer through it.
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isDocument, mediaTypeOf } from './media-types.ts';

const indexFile = 'index.html';

export interface RendererFile {
  file: string;
  contentType: string;
  isDocument: boolean;
}

export type RendererFileLookup =
  | { found: true; rendererFile: RendererFile }
  | { found: false; status: 400 | 403 | 404 };

/**
 * Resolves `pathname` (as it came in the URL, still percent-encoded) inside `root`. A file that is not
 * there is a 404; any other file-system failure (too many open files, a disk error) is thrown.
 */
export async function lookupRendererFile(root: string, pathname: string): Promise<RendererFileLookup> {
  const relativePath = decodePath(pathname);
  if (relativePath === null) return { found: false, status: 400 };
  const rootDir = resolve(root);
  const file = resolve(rootDir, relativePath === '' ? indexFile : relativePath);
  // Refused before the disk is touched, so a 403 says nothing about what exists outside.
  if (!isInside(rootDir, file)) return { found: false, status: 403 };
  const found = await realFile(rootDir, file);
  if (found === 'outside') return { found: false, status: 403 };
  if (found === null) return { found: false, status: 404 };
  return { found: true, rendererFile: { file: found, contentType: mediaTypeOf(found), isDocument: isDocument(found) } };
}

/** Headers every renderer response carries, in either shell. */
export function rendererResponseHeaders(rendererFile: RendererFile, csp: string): Record<string, string> {
  return {
    'content-type': rendererFile.contentType,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()',
    'cache-control': rendererFile.isDocument ? 'no-store' : 'no-cache',
    ...(rendererFile.isDocument ? { 'content-security-policy': csp } : {}),
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
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  return decoded.replace(/^\/+/, '');
}

function isInside(root: string, file: string): boolean {
  const path = relative(root, file);
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
}

/** Errors that mean "there is no such file here"; any other (too many open files, a disk error) is thrown. */
const missingCodes: ReadonlySet<string> = new Set(['ENOENT', 'ENOTDIR', 'ELOOP', 'ENAMETOOLONG', 'EACCES']);

/** The real file to serve: a folder means its index.html, and a symlink must not lead out. */
async function realFile(root: string, file: string): Promise<string | null | 'outside'> {
  try {
    const realRoot = await realpath(root);
    let real = await realpath(file);
    if ((await stat(real)).isDirectory()) real = await realpath(join(real, indexFile));
    if (!isInside(realRoot, real)) return 'outside';
    return (await stat(real)).isFile() ? real : null;
  } catch (fault) {
    if (fault instanceof Error && 'code' in fault && missingCodes.has(String(fault.code))) return null;
    throw fault;
  }
}
