// A store-network listener for tests: a real HTTPS server on 127.0.0.1 with a trial certificate
// made for it, a small staff desk and audit standing in for the staff services, a renderer folder of
// its own, an injected clock; and a client that speaks to it as a browser on the store network would.
import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { checkServerIdentity } from 'node:tls';
import { join } from 'node:path';
import { onTestFinished, vi } from 'vitest';
import WebSocket from 'ws';
import { makeTrialCertificate } from '../../../electron/host/network/certificate.ts';
import type { StaffAudit, StaffDesk } from '../../../electron/host/network/network-context.ts';
import { startStoreNetwork, type StoreNetwork, type StoreNetworkOptions } from '../../../electron/host/network/store-network.ts';
import type { NetworkConfig } from '../../../shared/config/staff-config.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { StaffMemberView } from '../../../shared/host-api/staff-views.ts';
import { tempHost } from '../../fixtures/temp-host.ts';

export const boardKey = 'board-key-for-the-tv-by-the-door';

/** Ana (staff, PIN 1234) and Marta (manager, PIN 9876); a test may remove one. */
export function staffDeskFixture() {
  const members = new Map<string, StaffMemberView & { pin: string }>([
    ['ana', { id: 'ana', name: 'Ana', role: 'staff', pin: '1234' }],
    ['marta', { id: 'marta', name: 'Marta', role: 'manager', pin: '9876' }],
  ]);
  const view = ({ id, name, role }: StaffMemberView): StaffMemberView => ({ id, name, role });
  const desk = {
    signIn: vi.fn<StaffDesk['signIn']>(async (attempt) => {
      const member = attempt.method === 'pin' ? members.get(attempt.staffId) : undefined;
      if (!member || attempt.method !== 'pin' || member.pin !== attempt.pin) throw new HostError('staff.signInRefused');
      return view(member);
    }),
    member: vi.fn<StaffDesk['member']>((staffId) => {
      const member = members.get(staffId);
      return member && view(member);
    }),
  };
  return { desk, members };
}

export interface TestNetwork extends StoreNetwork {
  certificate: string;
  host: ReturnType<typeof tempHost>['host'];
  desk: ReturnType<typeof staffDeskFixture>['desk'];
  members: ReturnType<typeof staffDeskFixture>['members'];
  audit: { record: ReturnType<typeof vi.fn<StaffAudit['record']>> };
  dispatch: ReturnType<typeof vi.fn<StoreNetworkOptions['host']['dispatch']>>;
  /** Moves the listener's clock on. */
  advance(minutes: number): void;
}

export interface TestNetworkOptions {
  network?: Partial<NetworkConfig>;
  idleMinutes?: number;
  /** Plain HTTP on loopback instead of HTTPS. */
  plain?: boolean;
}

/** A running listener on a real host, closed when the test finishes. */
export async function startTestNetwork({ network = {}, idleMinutes = 30, plain = false }: TestNetworkOptions = {}): Promise<TestNetwork> {
  const { host, store } = tempHost();
  const { desk, members } = staffDeskFixture();
  const audit = { record: vi.fn<StaffAudit['record']>() };
  const dispatch = vi.fn(host.dispatch);
  let at = Date.parse('2026-03-02T09:00:00Z');
  const rendererDir = join(store.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>board</title>');
  writeFileSync(join(rendererDir, 'console.html'), '<!doctype html><title>console</title>');
  writeFileSync(join(rendererDir, 'assets', 'console.js'), 'console.log(1)');

  const { cert, key } = await makeTrialCertificate({ hosts: [] });
  const files = plain ? {} : { certificate: join(store.dir, 'atiende.crt'), key: join(store.dir, 'atiende.key') };
  if (!plain) {
    writeFileSync(join(store.dir, 'atiende.crt'), cert);
    writeFileSync(join(store.dir, 'atiende.key'), key);
  }
  const listener = await startStoreNetwork({
    host: { dispatch, events: host.events },
    network: { address: '127.0.0.1', port: 0, boardKey, ...files, ...network },
    staff: { signIn: desk, audit, idleMinutes },
    rendererDir,
    now: () => new Date(at),
  });
  onTestFinished(() => listener.close());
  return {
    ...listener,
    certificate: cert,
    host,
    desk,
    members,
    audit,
    dispatch,
    advance: (minutes) => {
      at += minutes * 60_000;
    },
  };
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): unknown;
  /** The Set-Cookie headers, as the browser got them. */
  cookies: string[];
}

/** Where a client finds a listener: its origin, and the certificate to trust (empty over plain HTTP). */
export type Reachable = Pick<TestNetwork, 'origin' | 'certificate'>;

export interface SendOptions {
  method?: string;
  body?: unknown;
  /** Sent as they are; a header set to undefined is left out (a browser without an Origin). */
  headers?: Record<string, string | undefined>;
}

/** A request as a page of the listener's own origin makes it: its Origin, JSON, and the cookies given. */
export function send(network: Reachable, path: string, { method = 'POST', body, headers = {} }: SendOptions = {}): Promise<Reply> {
  const url = new URL(path, network.origin);
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  const merged: Record<string, string | undefined> = {
    ...(method === 'POST' ? { origin: network.origin, 'content-type': 'application/json' } : {}),
    ...headers,
  };
  const sent = Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // The certificate is checked against the address connected to, whatever Host header a test sends.
    const tls = { ca: network.certificate, checkServerIdentity: (_host: string, certificate: Parameters<typeof checkServerIdentity>[1]) => checkServerIdentity(url.hostname, certificate) };
    const outgoing = request(url, { method, headers: sent, ...tls }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json: () => JSON.parse(text), cookies: response.headers['set-cookie'] ?? [] });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

/** The Cookie header a browser would send back for these Set-Cookie headers. */
export function cookieHeader(...setCookies: string[]): string {
  return setCookies.map((setCookie) => setCookie.split(';')[0]).join('; ');
}

/** Signs Ana in (or whoever is given) on a browser holding `cookie`; the Cookie header of her console's browser then. */
export async function signIn(network: Reachable, staffId = 'ana', pin = '1234', cookie?: string): Promise<string> {
  const reply = await send(network, '/api/sign-in', { body: { method: 'pin', staffId, pin }, headers: { cookie } });
  if (reply.status !== 200) throw new Error(`sign-in answered ${reply.status} ${reply.text}`);
  return [cookie, cookieHeader(...reply.cookies)].filter(Boolean).join('; ');
}

/** Trades the board key for the board pass, as the board page does; the Cookie header of the TV's browser. */
export async function boardPass(network: Reachable): Promise<string> {
  const reply = await send(network, browserTransport.passPath, { body: { code: boardKey } });
  if (reply.status !== 204) throw new Error(`the board key was refused: ${reply.status}`);
  return cookieHeader(...reply.cookies);
}

export function callAs(network: Reachable, cookie: string, method: string, input: unknown = {}, headers: Record<string, string | undefined> = {}): Promise<Reply> {
  return send(network, browserTransport.callPath, { body: { id: 7, method, input }, headers: { cookie, ...headers } });
}

/** Opens the event socket as a page of the listener would; rejects with the HTTP status when refused. */
export function openEvents(network: Reachable, cookie: string, origin = network.origin): Promise<WebSocket> {
  const url = `${network.origin.replace(/^http/, 'ws')}${browserTransport.eventsPath}`;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, [browserTransport.protocol], { origin, headers: { cookie }, ca: network.certificate });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    socket.once('error', reject);
    onTestFinished(() => socket.terminate());
  });
}

/** The event names a socket hears from now on. */
export function heard(socket: WebSocket): string[] {
  const events: string[] = [];
  socket.on('message', (data) => events.push((JSON.parse(String(data)) as { event: string }).event));
  return events;
}
