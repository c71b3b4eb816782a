// Serves a file of the built renderer over HTTP with the headers every page response carries, for
// both servers that show pages: the browser shell on loopback and the store-network listener.
//
// No file-system error may take the host down with it: a file that cannot be looked up or opened
// (too many open files, a disk error) is a 503 and a log line; one that fails while it is sent (cut
// short, the disk gone) ends that response, and only that one. The file is opened before the
// headers go, so a failure at the start is still answered with a status that says so.
import { open, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { lookupRendererFile, rendererResponseHeaders } from '../renderer-files/renderer-files.ts';
import { sendJson } from './http-parts.ts';

export interface RendererPage {
  rendererDir: string;
  /** The request path, still percent-encoded; `/` is index.html. */
  pathname: string;
  csp: string;
  /** Headers a server adds to each file it serves (a cookie, HSTS). */
  headers?: Record<string, string | string[]>;
  /** Where a file-system failure goes: the operator's log, never the page. */
  reportFault?: (what: string, fault: unknown) => void;
}

const logFault = (what: string, fault: unknown) => console.error(`[host] ${what}: ${fault instanceof Error ? fault.message : String(fault)}`);

export async function serveRendererFile(request: IncomingMessage, response: ServerResponse, page: RendererPage): Promise<void> {
  const reportFault = page.reportFault ?? logFault;
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { error: 'method not allowed' });
  let handle: FileHandle;
  let headers: Record<string, string | string[]>;
  try {
    const lookup = await lookupRendererFile(page.rendererDir, page.pathname);
    if (!lookup.found) return sendJson(response, lookup.status, { error: 'not found' });
    handle = await open(lookup.rendererFile.file, 'r');
    headers = { ...rendererResponseHeaders(lookup.rendererFile, page.csp), ...page.headers };
  } catch (fault) {
    reportFault(`serving ${page.pathname} failed`, fault);
    return sendJson(response, 503, { error: 'unavailable' }, { 'retry-after': '1' });
  }
  // A browser that went away while the file was opened (Chromium killed mid-load) gets nothing, and
  // the handle is closed now rather than left to the garbage collector.
  if (request.method === 'HEAD' || response.destroyed) {
    await handle.close().catch((fault: unknown) => reportFault(`closing ${page.pathname} failed`, fault));
    if (!response.destroyed) response.writeHead(200, headers).end();
    return;
  }
  response.writeHead(200, headers);
  const stream = handle.createReadStream();
  try {
    // The stream closes the handle when it ends or fails; the pipeline ends the response with it.
    await pipeline(stream, response);
  } catch (fault) {
    // A browser that went away mid-file is not a fault of ours.
    if (!response.destroyed || !isPrematureClose(fault)) reportFault(`sending ${page.pathname} failed`, fault);
    stream.destroy();
    response.destroy();
  }
}

function isPrematureClose(fault: unknown): boolean {
  return fault instanceof Error && 'code' in fault && fault.code === 'ERR_STREAM_PREMATURE_CLOSE';
}
