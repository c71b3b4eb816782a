// Answers each HTTP request of the store-network listener: the console, back office and board pages
// with their security headers, and the API (calls, the board pass, sign-in and sign-out), whose
// every POST must come from a page of this listener's own origin.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import type { ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy.ts';
import { isMethodName } from '../../../shared/host-api/contract.ts';
import { readJsonBody, sendJson } from '../api/http-parts.ts';
import { showsStaffPresence } from '../audit/action-audit.ts';
import { serveRendererFile } from '../api/renderer-pages.ts';
import { callerOf, type NetworkContext } from './network-context.ts';
import { boardPassCookie, deviceIdCookie, deviceIdOf, newDeviceId } from './network-cookies.ts';
import { pagePolicy, setSecurityHeaders } from './security-headers.ts';
import { signIn, signOut } from './staff-routes.ts';

/** Pages a person opens by address; the device cookie is given with them. Anything else is a file of the renderer. */
const pages: Record<string, string> = { '/': '/', '/console': '/console.html', '/backoffice': '/backoffice.html' };

type ApiRoute = (body: unknown, request: IncomingMessage, response: ServerResponse, context: NetworkContext) => Promise<void> | void;

const apiRoutes: Record<string, ApiRoute> = {
  [browserTransport.callPath]: call,
  [browserTransport.passPath]: tradeBoardKey,
  [browserTransport.signInPath]: signIn,
  [browserTransport.signOutPath]: (_body, request, response, context) => signOut(request, response, context),
};

export async function answerRequest(request: IncomingMessage, response: ServerResponse, context: NetworkContext): Promise<void> {
  setSecurityHeaders(response, context.tls);
  if (!context.names.hostIsOurs(request)) return sendJson(response, 403, { error: 'forbidden' });
  const url = new URL(request.url ?? '/', 'http://listener');

  if (url.pathname.startsWith('/api/')) {
    const route = Object.hasOwn(apiRoutes, url.pathname) ? apiRoutes[url.pathname] : undefined;
    if (!route) return sendJson(response, 404, { error: 'not found' });
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'method not allowed' }, { allow: 'POST' });
    // Refused before the body is read: a request another site's page made runs nothing.
    if (context.names.crossSiteRefusal(request) !== null) return sendJson(response, 403, { error: 'forbidden' });
    const read = await readJsonBody(request, response);
    return read && route(read.body, request, response, context);
  }

  const page = Object.hasOwn(pages, url.pathname) ? pages[url.pathname] : undefined;
  const newDevice: Record<string, string> = page !== undefined && deviceIdOf(request) === undefined ? { 'set-cookie': deviceIdCookie(newDeviceId()) } : {};
  return serveRendererFile(request, response, {
    rendererDir: context.rendererDir,
    pathname: page ?? url.pathname,
    csp: pagePolicy(contentSecurityPolicy),
    headers: newDevice,
  });
}

/** A host call as the signed-in staff member or the board; anyone else is told to sign in. */
async function call(envelope: unknown, request: IncomingMessage, response: ServerResponse, context: NetworkContext): Promise<void> {
  const caller = callerOf(request, context);
  if (!caller) {
    const id = typeof envelope === 'object' && envelope !== null ? Reflect.get(envelope, 'id') : undefined;
    const reply: ReplyEnvelope = {
      id: typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id)) ? id : null,
      ok: false,
      error: { code: 'staff.notSignedIn', params: {} },
    };
    return sendJson(response, 401, reply);
  }
  // Only what staff do keeps a sign-in alive: a console left open reads the queue at every change.
  const method = typeof envelope === 'object' && envelope !== null ? Reflect.get(envelope, 'method') : undefined;
  if (caller.staffToken !== undefined && isMethodName(method) && showsStaffPresence(method)) context.sessions.touch(caller.staffToken);
  return sendJson(response, 200, await context.host.dispatch(envelope, caller.principal));
}

/** A board trades the board key, from its address's fragment, for the board pass. */
function tradeBoardKey(body: unknown, request: IncomingMessage, response: ServerResponse, context: NetworkContext): void {
  const code = typeof body === 'object' && body !== null ? Reflect.get(body, 'code') : undefined;
  // The key is long, and guessing it must also be slow.
  const wait = context.limits.boardKeyPerAddress.attempt(request.socket.remoteAddress ?? 'unknown');
  if (wait !== null) return sendJson(response, 429, { error: { code: 'staff.lockedOut', params: { seconds: wait } } }, { 'retry-after': String(wait) });
  const pass = typeof code === 'string' ? context.board.trade(code) : undefined;
  if (pass === undefined) return sendJson(response, 401, { error: 'code refused' });
  response.writeHead(204, { 'set-cookie': boardPassCookie(pass), 'cache-control': 'no-store' });
  response.end();
}

