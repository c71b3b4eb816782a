// The host contract over HTTP + WebSocket on 127.0.0.1: each call and each event socket carries a
// secret that stands for a principal (the kiosk page, the board, the operator), as a bearer token
// (the command line) or as the HttpOnly cookie a page got for its one-time code; only pages of this
// server's own origin may talk to it. The browser shell adds the renderer's pages on top; under
// Electron it is the operator's way in.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import type { Host } from '../create-host.ts';
import type { Credentials } from './credentials.ts';
import { attachEvents, closeServer, cookieValue, createEventSockets, listenOn, readJsonBody, refuseUpgrade, sendJson } from './http-parts.ts';
import type { PagePasses } from './page-passes.ts';

/** Serves a request that is not for the API (the browser shell's pages); `origin` is the server's own. */
export type FileServer = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>;

/** The pages a server shows, each with the principal its code stands for and its path. */
export const pageViews = {
  kiosk: { principal: { role: 'customer' }, path: '/' },
  board: { principal: { role: 'board' }, path: '/?view=board' },
} as const satisfies Record<string, { principal: Principal; path: string }>;
export type PageView = keyof typeof pageViews;

export interface LoopbackServerOptions {
  host: Pick<Host, 'dispatch' | 'events'>;
  credentials: Credentials;
  port?: number;
  /** With pages: their files, and the one-time codes that open them. */
  pages?: { serveFile: FileServer; passes: PagePasses };
}

export interface LoopbackServer {
  port: number;
  origin: string;
  close(): Promise<void>;
}

export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const sockets = createEventSockets();
  let origin = '';

  const server = createServer((request, response) => {
    handleRequest(request, response, options, origin).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: 'host.internal' });
      else response.destroy();
    });
  });

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (refuseUntrusted(request, origin)) return refuseUpgrade(socket, 403, 'Forbidden');
    if (url.pathname !== browserTransport.eventsPath) return refuseUpgrade(socket, 404, 'Not Found');
    const principal = principalFromProtocols(request, options.credentials) ?? principalFromCookie(request, options.credentials);
    if (!principal) return refuseUpgrade(socket, 401, 'Unauthorized');
    sockets.handleUpgrade(request, socket, head, (client) => attachEvents(client, options.host.events, principal));
  });

  const port = await listenOn(server, options.port ?? 0, '127.0.0.1');
  origin = `http://127.0.0.1:${port}`;
  return { port, origin, close: () => closeServer(server, sockets) };
}

async function handleRequest(request: IncomingMessage, response: ServerResponse, options: LoopbackServerOptions, origin: string): Promise<void> {
  const refusal = refuseUntrusted(request, origin);
  if (refusal) return sendJson(response, refusal, { error: 'forbidden' });
  const url = new URL(request.url ?? '/', origin);

  const api = apiRoutes[url.pathname];
  if (api) {
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'method not allowed' });
    // A body that is not JSON, too large or unparseable has been answered already.
    const read = await readJsonBody(request, response);
    return read && api(read.body, { request, response, options, origin });
  }
  if (url.pathname.startsWith('/api/') || !options.pages) return sendJson(response, 404, { error: 'not found' });
  return options.pages.serveFile(request, response, url);
}

interface ApiContext {
  request: IncomingMessage;
  response: ServerResponse;
  options: LoopbackServerOptions;
  origin: string;
}

const apiRoutes: Record<string, (body: unknown, context: ApiContext) => Promise<void> | void> = {
  [browserTransport.callPath]: async (envelope, { request, response, options }) => {
    const principal = principalFromBearer(request, options.credentials) ?? principalFromCookie(request, options.credentials);
    if (!principal) return sendJson(response, 401, { error: 'unauthorized' });
    return sendJson(response, 200, await options.host.dispatch(envelope, principal));
  },
  // A page trades its one-time code for a fresh secret of its own, in a cookie its scripts cannot read.
  [browserTransport.passPath]: (body, { response, options }) => {
    const code = typeof body === 'object' && body !== null ? Reflect.get(body, 'code') : undefined;
    const principal = options.pages && typeof code === 'string' ? options.pages.passes.redeem(code) : undefined;
    if (!principal) return sendJson(response, 401, { error: 'code refused: used, too old or unknown' });
    const secret = options.credentials.issue(principal);
    response.writeHead(204, {
      'set-cookie': `${browserTransport.passCookie}=${secret}; Path=/api; HttpOnly; SameSite=Strict`,
      'cache-control': 'no-store',
    });
    response.end();
  },
  // The operator asks for a page's address: a one-time code for the kiosk page or the board.
  [browserTransport.pageAddressPath]: (body, { request, response, options, origin }) => {
    if (principalFromBearer(request, options.credentials)?.role !== 'operator') return sendJson(response, 401, { error: 'unauthorized' });
    if (!options.pages) return sendJson(response, 404, { error: 'this host shows no pages' });
    const view = typeof body === 'object' && body !== null ? Reflect.get(body, 'view') : undefined;
    if (view !== 'kiosk' && view !== 'board') return sendJson(response, 400, { error: 'view: kiosk or board' });
    return sendJson(response, 200, { url: pageAddress(origin, view, options.pages.passes) });
  },
};

/** A page's address with a fresh one-time code in its fragment, which browsers never send. */
export function pageAddress(origin: string, view: PageView, passes: PagePasses): string {
  const { principal, path } = pageViews[view];
  return `${origin}${path}#${browserTransport.codeFragmentKey}=${passes.codeFor(principal)}`;
}

/**
 * Only this server's own pages may talk to it: the Host header must name the loopback address
 * (against DNS rebinding) and any Origin must be our own (against other local pages).
 */
function refuseUntrusted(request: IncomingMessage, origin: string): 403 | null {
  const own = new URL(origin);
  const allowedHosts = [own.host, `localhost:${own.port}`];
  if (!allowedHosts.includes(request.headers.host ?? '')) return 403;
  const requestOrigin = request.headers.origin;
  if (requestOrigin !== undefined && ![origin, `http://localhost:${own.port}`].includes(requestOrigin)) return 403;
  if (request.headers['sec-fetch-site'] === 'cross-site') return 403;
  return null;
}

function principalFromBearer(request: IncomingMessage, credentials: Credentials): Principal | undefined {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? credentials.principalOf(header.slice('Bearer '.length)) : undefined;
}

function principalFromCookie(request: IncomingMessage, credentials: Credentials): Principal | undefined {
  const pass = cookieValue(request, browserTransport.passCookie);
  return pass ? credentials.principalOf(pass) : undefined;
}

/** Browsers cannot set headers on a WebSocket: the command line's secret rides as a second subprotocol. */
function principalFromProtocols(request: IncomingMessage, credentials: Credentials): Principal | undefined {
  const offered = String(request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((protocol) => protocol.trim());
  const presented = offered.find((protocol) => protocol.startsWith(browserTransport.tokenProtocolPrefix));
  return presented ? credentials.principalOf(presented.slice(browserTransport.tokenProtocolPrefix.length)) : undefined;
}
