// Serves a file of the built renderer over HTTP with the headers every page response carries, for
// both servers that show pages: the browser shell on loopback and the store-network listener.
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { lookupRendererFile, rendererResponseHeaders } from '../renderer-files/renderer-files.ts';
import { sendJson } from './http-parts.ts';

export interface RendererPage {
  rendererDir: string;
  /** The request path, still percent-encoded; `/` is index.html. */
  pathname: string;
  csp: string;
  /** Headers a server adds to each file it serves (a cookie, HSTS). */
  headers?: Record<string, string | string[]>;
}

export async function serveRendererFile(request: IncomingMessage, response: ServerResponse, page: RendererPage): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { error: 'method not allowed' });
  const lookup = await lookupRendererFile(page.rendererDir, page.pathname);
  if (!lookup.found) return sendJson(response, lookup.status, { error: 'not found' });
  response.writeHead(200, { ...rendererResponseHeaders(lookup.rendererFile, page.csp), ...page.headers });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(lookup.rendererFile.file).pipe(response);
}
