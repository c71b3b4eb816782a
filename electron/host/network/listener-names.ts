// The names this listener answers to, and the checks every state-changing request must pass: the
// Host header must be one of those names (against DNS rebinding), the Origin must be the page's own
// origin on this listener, and a browser's Sec-Fetch-Site must say same-origin. Together with
// SameSite=Strict cookies, no page of another site can make a browser act here.
import { X509Certificate } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';
import { isLoopback } from '../../../shared/config/staff-config.ts';

export interface ListenerNames {
  readonly scheme: 'http' | 'https';
  /** The port listened on: known once listening (the config may say 0). */
  port: number;
  /** Whether the Host header names this listener: one of its addresses or names, and its port. */
  hostIsOurs(request: IncomingMessage): boolean;
  /** Why a POST or a WebSocket upgrade may not come from this request, or null when it may. */
  crossSiteRefusal(request: IncomingMessage): string | null;
}

export interface ListenerNamesOptions {
  scheme: 'http' | 'https';
  address: string;
  /** The names and addresses the certificate is for: pages may reach the listener by any of them. */
  certificateNames: readonly string[];
}

export function isWildcard(address: string): boolean {
  return address === '0.0.0.0' || address === '::';
}

export function createListenerNames({ scheme, address, certificateNames }: ListenerNamesOptions): ListenerNames {
  const fixed = new Set([address, ...certificateNames].map(normalHostname));
  if (isLoopback(address)) for (const name of ['localhost', '127.0.0.1', '::1']) fixed.add(name);

  // A wildcard listener answers on every address the machine has now: read again each time, as
  // addresses come and go with the network.
  const answersTo = (hostname: string) => fixed.has(hostname) || (isWildcard(address) && machineAddresses().has(hostname));

  const names: ListenerNames = {
    scheme,
    port: 0,
    hostIsOurs(request) {
      const host = hostOf(request.headers.host, scheme);
      return host !== undefined && host.port === names.port && answersTo(host.hostname);
    },
    crossSiteRefusal(request) {
      if (!names.hostIsOurs(request)) return 'host';
      const origin = request.headers.origin;
      if (origin === undefined) return 'no origin';
      // The page's own origin on this listener: the scheme it speaks and the host it was reached by.
      const own = originOf(`${scheme}://${request.headers.host ?? ''}`);
      if (own === undefined || originOf(origin) !== own) return 'origin';
      const site = request.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin') return 'fetch site';
      return null;
    },
  };
  return names;
}

/** The DNS names and IP addresses a PEM certificate names in its subject alternative names. */
export function certificateHostNames(certificate: string): string[] {
  const altNames = new X509Certificate(certificate).subjectAltName ?? '';
  return altNames
    .split(', ')
    .map((entry) => /^(?:DNS|IP Address):(.+)$/.exec(entry.trim())?.[1])
    .filter((name): name is string => name !== undefined && !name.includes('*'));
}

function hostOf(header: string | undefined, scheme: 'http' | 'https'): { hostname: string; port: number } | undefined {
  if (!header || /[\s/\\@?#]/.test(header)) return undefined;
  try {
    const url = new URL(`${scheme}://${header}`);
    return { hostname: normalHostname(url.hostname), port: url.port === '' ? (scheme === 'https' ? 443 : 80) : Number(url.port) };
  } catch {
    return undefined;
  }
}

function originOf(text: string): string | undefined {
  try {
    const origin = new URL(text).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** Hostnames as URLs spell them, lower case and IPv6 without brackets, so every spelling compares equal. */
function normalHostname(name: string): string {
  const bare = name.replace(/^\[(.*)\]$/, '$1');
  try {
    return new URL(`http://${bare.includes(':') ? `[${bare}]` : bare}`).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return bare.toLowerCase();
  }
}

function machineAddresses(): Set<string> {
  const found = new Set<string>(['localhost']);
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) found.add(normalHostname(entry.address.replace(/%.*$/, '')));
  }
  return found;
}
