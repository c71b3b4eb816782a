// The browser shell's bridge: calls as POSTs carrying the page's pass cookie, events over a
// WebSocket that reconnects with back-off, so a restarted host is picked up without a reload.
import type { HostBridge } from '../../../shared/host-api/bridge.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import type { CallEnvelope, ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import { eventEnvelopeSchema } from '../../../shared/host-api/envelope.ts';
import type { EventName } from '../../../shared/host-api/contract.ts';
import type { Timers } from '../timers.ts';

/** The part of a WebSocket the bridge uses, so tests can hand in a fake. */
export interface EventSocket {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  close(): void;
}

export interface BrowserBridgeOptions {
  /** Settles once the page holds its pass (its one-time code traded for a cookie); calls and events wait for it. */
  ready?: Promise<void>;
  /** ws://host:port of the page; the events path is added here. */
  socketOrigin: string;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  openSocket: (url: string, protocols: string[]) => EventSocket;
  timers: Timers;
  /** Waits before each reconnect attempt; the last one repeats. */
  reconnectDelaysMs?: readonly number[];
}

export interface BrowserBridge extends HostBridge {
  close(): void;
}

const defaultReconnectDelaysMs = [500, 1000, 2000, 5000, 10000] as const;

export function createBrowserBridge(options: BrowserBridgeOptions): BrowserBridge {
  const delays = options.reconnectDelaysMs ?? defaultReconnectDelaysMs;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let socket: EventSocket | null = null;
  let failedAttempts = 0;
  let cancelReconnect: (() => void) | null = null;
  let closed = false;

  let connecting = false;
  function connect(): void {
    if (closed || socket || connecting) return;
    if (!options.ready) return openEvents();
    connecting = true;
    void options.ready.then(() => {
      connecting = false;
      openEvents();
    });
  }

  function openEvents(): void {
    if (closed || socket) return;
    // The pass cookie goes with the handshake, as with every same-origin request.
    const current = options.openSocket(`${options.socketOrigin}${browserTransport.eventsPath}`, [browserTransport.protocol]);
    socket = current;
    current.onopen = () => {
      failedAttempts = 0;
    };
    current.onmessage = (message) => deliver(message.data);
    current.onclose = () => {
      if (socket !== current) return;
      socket = null;
      if (closed) return;
      const delay = delays[Math.min(failedAttempts, delays.length - 1)] ?? 1000;
      failedAttempts += 1;
      cancelReconnect = options.timers.after(delay, () => {
        cancelReconnect = null;
        openEvents();
      });
    };
  }

  function deliver(data: unknown): void {
    if (typeof data !== 'string') return;
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      return;
    }
    const envelope = eventEnvelopeSchema.safeParse(raw);
    if (!envelope.success) return;
    for (const listener of listeners.get(envelope.data.event) ?? []) listener(envelope.data.payload);
  }

  return {
    async call(envelope: CallEnvelope): Promise<ReplyEnvelope> {
      await options.ready;
      const response = await options.fetch(browserTransport.callPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(envelope),
      });
      if (response.status === 401 || response.status === 403) {
        // No pass, or one from before a shell restart: the customer can do nothing about it, staff can.
        return { id: envelope.id, ok: false, error: { code: 'host.unreachable', params: { reason: 'unauthorized' } } };
      }
      // Typed errors come back as 200; anything else that is not an envelope the client rejects.
      return (await response.json()) as ReplyEnvelope;
    },

    on(event: EventName, listener: (payload: unknown) => void): () => void {
      let forEvent = listeners.get(event);
      if (!forEvent) {
        forEvent = new Set();
        listeners.set(event, forEvent);
      }
      forEvent.add(listener);
      connect();
      return () => {
        forEvent.delete(listener);
      };
    },

    close() {
      closed = true;
      cancelReconnect?.();
      socket?.close();
      socket = null;
    },
  };
}
