// The browser shell's server: the built renderer and the host contract over HTTP + WebSocket,
// on 127.0.0.1 only, behind a per-launch token and a same-origin check.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { browserTransport } from '../../shared/host-api/browser-transport.ts';
import type { ReplyEnvelope } from '../../shared/host-api/envelope.ts';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy.ts';
import type { Host } from '../host/create-host.ts';
import { lookupRendererFile, rendererResponseHeaders } from '../host/renderer-files/renderer-files.ts';

const maxCallBytes = 64 * 1024;

export interface BrowserShellOptions {
  host: Pick<Host, 'dispatch' | 'events'>;
  rendererDir: string;
  port?: number;
  /** Fixed only in tests; a real launch makes a fresh one. */
  token?: string;
}

export interface BrowserShell {
  port: number;
  origin: string;
  token: string;
  /** The page to open: the token rides in the fragment, which browsers never send. */
  kioskUrl: string;
  /** The waiting board, for a second screen or a TV's browser. */
  boardUrl: string;
  close(): Promise<void>;
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: 1024,
    handleProtocols: (protocols) => (protocols.has(browserTransport.protocol) ? browserTransport.protocol : false),
  });
  let origin = '';
  const trust = { token: () => token, origin: () => origin };

  const server = createServer((request, response) => {
    handleRequest(request, response, options, trust).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: 'host.internal' });
      else response.destroy();
    });
  });

  server.on('upgrade', (request, socket, head) => {
    const refusal = refuseUntrusted(request, trust);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const status = refusal ?? (url.pathname !== browserTransport.eventsPath ? 404 : null) ?? tokenFromProtocols(request, token);
    if (status) {
      socket.end(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => attachEvents(client, options.host));
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    port,
    origin,
    token,
    kioskUrl: `${origin}/#${browserTransport.tokenFragmentKey}=${token}`,
    boardUrl: `${origin}/?view=board#${browserTransport.tokenFragmentKey}=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

interface Trust {
  token(): string;
  origin(): string;
}

async function handleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  options: BrowserShellOptions,
  trust: Trust,
): Promise<void> {
  const refusal = refuseUntrusted(request, trust);
  if (refusal) return sendJson(response, refusal, { error: 'forbidden' });
  const url = new URL(request.url ?? '/', trust.origin());

  if (url.pathname === browserTransport.callPath) {
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'method not allowed' });
    if (!hasBearer(request, trust.token())) return sendJson(response, 401, { error: 'unauthorized' });
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, { error: 'json only' });
    }
    const body = await readBody(request, maxCallBytes);
    if (body === null) return sendJson(response, 413, { error: 'too large' });
    let envelope: unknown;
    try {
      envelope = JSON.parse(body);
    } catch {
      const reply: ReplyEnvelope = { id: null, ok: false, error: { code: 'request.malformed', params: {} } };
      return sendJson(response, 400, reply);
    }
    return sendJson(response, 200, await options.host.dispatch(envelope));
  }
  if (url.pathname.startsWith('/api/')) return sendJson(response, 404, { error: 'not found' });
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendJson(response, 405, { error: 'method not allowed' });

  const lookup = await lookupRendererFile(options.rendererDir, url.pathname);
  if (!lookup.found) return sendJson(response, lookup.status, { error: 'not found' });
  response.writeHead(200, rendererResponseHeaders(lookup.rendererFile, contentSecurityPolicy));
  if (request.method === 'HEAD') return void response.end();
  createReadStream(lookup.rendererFile.file).pipe(response);
}

/**
 * Only this shell's own page may talk to it: the Host header must name the loopback address
 * (against DNS rebinding) and any Origin must be our own (against other local pages).
 */
function refuseUntrusted(request: IncomingMessage, trust: Trust): 403 | null {
  const own = new URL(trust.origin());
  const allowedHosts = [own.host, `localhost:${own.port}`];
  if (!allowedHosts.includes(request.headers.host ?? '')) return 403;
  const requestOrigin = request.headers.origin;
  if (requestOrigin !== undefined && ![trust.origin(), `http://localhost:${own.port}`].includes(requestOrigin)) return 403;
  if (request.headers['sec-fetch-site'] === 'cross-site') return 403;
  return null;
}

function hasBearer(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), token);
}

function tokenFromProtocols(request: IncomingMessage, token: string): 401 | null {
  const offered = String(request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((protocol) => protocol.trim());
  const presented = offered.find((protocol) => protocol.startsWith(browserTransport.tokenProtocolPrefix));
  if (!presented) return 401;
  return sameSecret(presented.slice(browserTransport.tokenProtocolPrefix.length), token) ? null : 401;
}

function sameSecret(presented: string, token: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function attachEvents(client: WebSocket, host: BrowserShellOptions['host']): void {
  const unsubscribe = host.events.subscribe((envelope) => {
    if (client.readyState === client.OPEN) client.send(JSON.stringify(envelope));
  });
  client.on('close', unsubscribe);
  client.on('error', unsubscribe);
  // The socket only pushes; anything the page sends on it is ignored.
  client.on('message', () => undefined);
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is drained and dropped, so the 413 reply still reaches the page.
      if (size > limit) return resolveBody(null);
      chunks.push(chunk);
    });
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.on('error', rejectBody);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}
