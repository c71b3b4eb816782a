// The browser shell's bridge: calls as POSTs carrying the page's pass cookie, events over a
// WebSocket that reconnects with back-off, so a restarted host is picked up without a reload.
// A page whose pass changes (staff signing in) reopens the socket at once, and hears each opening
// to read again what it may have missed meanwhile.
import type { HostBridge } from '../../../shared/host-api/bridge.ts';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import type { CallEnvelope, ReplyEnvelope } from '../../../shared/host-api/envelope.ts';
import { eventEnvelopeSchema, replyEnvelopeSchema } from '../../../shared/host-api/envelope.ts';
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

/** The page's hold on its event socket, for a page whose pass can change while it is open. */
export interface EventConnection {
  /** Opens the event socket again at once (a pass was just given or taken); nothing before the first listener. */
  reconnect(): void;
  /** Hears every opening of the event socket: events pushed while it was closed are lost, so read again. */
  onOpen(listener: () => void): () => void;
  /**
   * Hears every close of the event socket, with its close code: the host closes it when the right
   * it was opened with has ended (a staff session expired), which no call may have noticed yet.
   */
  onClose(listener: (code: number) => void): () => void;
}

export interface BrowserBridge extends HostBridge, EventConnection {
  close(): void;
}

const defaultReconnectDelaysMs = [500, 1000, 2000, 5000, 10000] as const;

export function createBrowserBridge(options: BrowserBridgeOptions): BrowserBridge {
  const delays = options.reconnectDelaysMs ?? defaultReconnectDelaysMs;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const openListeners = new Set<() => void>();
  const closeListeners = new Set<(code: number) => void>();
  let wanted = false;
  let socket: EventSocket | null = null;
  let failedAttempts = 0;
  let cancelReconnect: (() => void) | null = null;
  let closed = false;

  let connecting = false;
  function connect(): void {
    wanted = true;
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
      for (const listener of openListeners) listener();
    };
    current.onmessage = (message) => deliver(message.data);
    current.onclose = (event) => {
      if (socket !== current) return;
      socket = null;
      for (const listener of closeListeners) listener(event.code);
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
        // A listener that says why (staff.notSignedIn: sign in again) is passed on, so the page can act on it.
        const refusal = replyEnvelopeSchema.safeParse(await response.json().catch(() => null));
        if (refusal.success && !refusal.data.ok) return { ...refusal.data, id: envelope.id };
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

    reconnect() {
      if (closed || !wanted) return;
      cancelReconnect?.();
      cancelReconnect = null;
      failedAttempts = 0;
      const previous = socket;
      // Forgotten before it is closed, so its close does not schedule a second reconnect.
      socket = null;
      previous?.close();
      connect();
    },

    onOpen(listener) {
      openListeners.add(listener);
      return () => {
        openListeners.delete(listener);
      };
    },

    onClose(listener) {
      closeListeners.add(listener);
      return () => {
        closeListeners.delete(listener);
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
