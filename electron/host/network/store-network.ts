// The store-network listener: the host contract, the staff console, the back office and the
// waiting board for the counters' PCs, the managers' PCs and the store's TVs. Plain HTTP only on a
// loopback address; anywhere else HTTPS with the certificate and key the store config names, or it
// does not listen at all.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { networkInterfaces } from 'node:os';
import type { Duplex } from 'node:stream';
import { isLoopback, type NetworkConfig } from '../../../shared/config/staff-config.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import { attachEvents, closeServer, createEventSockets, listenOn, refuseUpgrade, rightEndedCloseCode, sendJson } from '../api/http-parts.ts';
import type { Host } from '../create-host.ts';
import { createBoardPasses } from './board-passes.ts';
import { createListenerNames, isWildcard } from './listener-names.ts';
import { callerOf, stillCalls, type NetworkContext, type StaffServices } from './network-context.ts';
import { answerRequest } from './network-requests.ts';
import { createAttemptCounter, signInLimits } from './sign-in-limits.ts';
import { createStaffSessions } from './staff-sessions.ts';
import { readTlsFiles } from './tls-files.ts';

export interface StoreNetworkOptions {
  host: Pick<Host, 'dispatch' | 'events'>;
  /** The config's network section, with the certificate and key as absolute paths. */
  network: NetworkConfig;
  staff: StaffServices;
  /** The built renderer: index.html (the board), console.html and backoffice.html. */
  rendererDir: string;
  now?: () => Date;
}

export interface StoreNetwork {
  /** Where a browser on the store network reaches it, e.g. https://192.168.1.20:8443. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Sockets of expired sessions are closed this often even when no event comes to close them. */
const sweepEveryMs = 30_000;

/**
 * Throws HostError network.needsTls (off loopback without a certificate), network.certificateUnreadable
 * {file} and network.unavailable {address, port, reason} (the port is taken, the address not this machine's).
 */
export async function startStoreNetwork(options: StoreNetworkOptions): Promise<StoreNetwork> {
  const { network } = options;
  const tls = readTlsFiles(network);
  if (!tls && !isLoopback(network.address)) throw new HostError('network.needsTls', { address: network.address });
  const now = options.now ?? (() => new Date());

  const context: NetworkContext = {
    host: options.host,
    staff: options.staff,
    sessions: createStaffSessions({ idleMinutes: options.staff.idleMinutes, now }),
    board: createBoardPasses(network.boardKey),
    limits: {
      perAddress: createAttemptCounter(signInLimits.perAddress, now),
      perAccount: createAttemptCounter(signInLimits.perAccount, now),
      boardKeyPerAddress: createAttemptCounter(signInLimits.perAddress, now),
    },
    names: createListenerNames({ scheme: tls ? 'https' : 'http', address: network.address, certificateNames: tls?.names ?? [] }),
    rendererDir: options.rendererDir,
    tls: tls !== undefined,
  };

  const answer = (request: IncomingMessage, response: ServerResponse) => {
    answerRequest(request, response, context).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { error: 'host.internal' });
      else response.destroy();
    });
  };
  const server = tls ? createHttpsServer({ cert: tls.certificate, key: tls.key, minVersion: 'TLSv1.2' }, answer) : createHttpServer(answer);
  const sockets = createEventSockets();
  const staffSockets = new Set<() => void>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://listener');
    if (context.names.crossSiteRefusal(request) !== null) return refuseUpgrade(socket, 403, 'Forbidden');
    if (url.pathname !== browserTransport.eventsPath) return refuseUpgrade(socket, 404, 'Not Found');
    const caller = callerOf(request, context);
    if (!caller) return refuseUpgrade(socket, 401, 'Unauthorized');
    sockets.handleUpgrade(request, socket, head, (client) => {
      const allowed = () => stillCalls(caller, context);
      attachEvents(client, context.host.events, caller.principal, allowed);
      if (caller.staffToken === undefined) return;
      const sweep = () => {
        if (!allowed()) client.close(rightEndedCloseCode, 'signed out');
      };
      staffSockets.add(sweep);
      client.on('close', () => staffSockets.delete(sweep));
    });
  });
  const sweeper = setInterval(() => {
    for (const sweep of staffSockets) sweep();
  }, sweepEveryMs);
  sweeper.unref();

  let port: number;
  try {
    port = await listenOn(server, network.port, network.address);
  } catch (fault) {
    clearInterval(sweeper);
    const reason = (fault as NodeJS.ErrnoException).code ?? 'error';
    throw new HostError('network.unavailable', { address: network.address, port: network.port, reason });
  }
  context.names.port = port;

  return {
    origin: `${context.names.scheme}://${originHost(network.address)}:${port}`,
    port,
    close: async () => {
      clearInterval(sweeper);
      await closeServer(server, sockets);
    },
  };
}

/** The host part of the listener's address for people: a wildcard listener shows the machine's first LAN address. */
function originHost(address: string): string {
  const shown = isWildcard(address) ? firstLanAddress() : address;
  return shown.includes(':') ? `[${shown}]` : shown;
}

function firstLanAddress(): string {
  for (const entries of Object.values(networkInterfaces())) {
    const lan = entries?.find((entry) => entry.family === 'IPv4' && !entry.internal);
    if (lan) return lan.address;
  }
  return '127.0.0.1';
}
