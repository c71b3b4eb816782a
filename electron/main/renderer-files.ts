// Answers app://kiosk requests with files from the built renderer folder, and nothing outside it.
import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy.ts';
import { lookupRendererFile, rendererResponseHeaders } from '../host/renderer-files/renderer-files.ts';
import { appHost } from './app-origin.ts';

export type RendererRequestHandler = (request: Request) => Promise<Response>;

export function createRendererFiles(rendererRoot: string): RendererRequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const url = new URL(request.url);
    if (url.host.toLowerCase() !== appHost) return refusal(404);
    try {
      const lookup = await lookupRendererFile(rendererRoot, url.pathname);
      if (!lookup.found) return refusal(lookup.status);
      const { rendererFile } = lookup;
      const body = request.method === 'HEAD' ? null : await readFile(rendererFile.file);
      return new Response(body, { status: 200, headers: rendererResponseHeaders(rendererFile, contentSecurityPolicy) });
    } catch (fault) {
      // Too many open files, a disk error: this request fails with a status that says so, and the log hears why.
      console.error(`[main] serving ${url.pathname} failed: ${fault instanceof Error ? fault.message : String(fault)}`);
      return refusal(503);
    }
  };
}

function refusal(status: 400 | 403 | 404 | 405 | 503): Response {
  return new Response(null, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
