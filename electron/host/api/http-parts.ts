// What both HTTP transports of the contract share: bounded JSON bodies, JSON replies, cookies, the
// event WebSocket and its fan-out, listening and closing, so the loopback server and the
// store-network listener cannot drift apart on any of them.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import type { Principal } from '../../../shared/host-api/roles.ts';
import type { EventHub } from './event-hub.ts';

/** A call, a sign-in or a code: nothing a page sends needs more. */
const maxBodyBytes = 64 * 1024;

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/** Whether a Content-Type header names JSON exactly: parameters (charset) may follow, `application/jsonx` is not JSON. */
function isJsonMediaType(header: string | undefined): boolean {
  const mediaType = (header ?? '').split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * Reads a POST's JSON body: refuses (and answers) anything that is not JSON, larger than
 * `maxBodyBytes` or not parseable. Undefined when it has answered already.
 */
export async function readJsonBody(request: IncomingMessage, response: ServerResponse): Promise<{ body: unknown } | undefined> {
  // Each refusal is the typed error a page's host client and the sign-in client both read; the status says which.
  const malformed: ReplyEnvelope = { id: null, ok: false, error: { code: 'request.malformed', params: {} } };
  if (!isJsonMediaType(request.headers['content-type'])) {
    sendJson(response, 415, malformed);
    return undefined;
  }
  const text = await readBody(request, maxBodyBytes);
  if (text === null) {
    sendJson(response, 413, malformed);
    return undefined;
  }
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    sendJson(response, 400, malformed);
    return undefined;
  }
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

/** The value of one cookie the request carries, if it does. */
export function cookieValue(request: IncomingMessage, name: string): string | undefined {
  const pair = String(request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`));
  return pair?.slice(name.length + 1);
}

/** The WebSocket server of the event push: our subprotocol only, and tiny frames since pages send nothing. */
export function createEventSockets(): WebSocketServer {
  return new WebSocketServer({
    noServer: true,
    maxPayload: 1024,
    handleProtocols: (protocols) => (protocols.has(browserTransport.protocol) ? browserTransport.protocol : false),
  });
}

/** Answers an upgrade that will not become a WebSocket, and hangs up. */
export function refuseUpgrade(socket: Duplex, status: 401 | 403 | 404, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\n\r\n`);
}

/** Code a socket is closed with when the right it was opened with has ended (a staff session expired). */
export const rightEndedCloseCode = 4401;

/**
 * Pushes to `client` every event `principal` may hear. `stillAllowed`, when given, is asked before
 * each push: once it says no, the socket is closed instead.
 */
export function attachEvents(client: WebSocket, events: EventHub, principal: Principal, stillAllowed: () => boolean = () => true): void {
  const unsubscribe = events.subscribe(principal, (envelope) => {
    if (client.readyState !== client.OPEN) return;
    if (!stillAllowed()) return void client.close(rightEndedCloseCode, 'signed out');
    client.send(JSON.stringify(envelope));
  });
  client.on('close', unsubscribe);
  client.on('error', unsubscribe);
  // The socket only pushes; anything the page sends on it is ignored.
  client.on('message', () => undefined);
}

/** Listens on `address`; the port it got (a free one for port 0). Rejects with the listen error. */
export async function listenOn(server: Server, port: number, address: string): Promise<number> {
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, address, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Closes the server with every open connection and event socket, so close never waits on a browser. */
export function closeServer(server: Server, sockets: WebSocketServer): Promise<void> {
  return new Promise<void>((resolveClose) => {
    for (const client of sockets.clients) client.terminate();
    sockets.close();
    server.closeAllConnections();
    server.close(() => resolveClose());
  });
}
