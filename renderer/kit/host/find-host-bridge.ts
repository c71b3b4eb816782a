// Finds how this page reaches its host: the Electron preload's window.kiosk, else the browser
// shell's HTTP/WebSocket bridge, else a bridge that always reports the host as unreachable.
import { bridgeGlobalName, type HostBridge } from '../../../shared/host-api/bridge.ts';
import { systemTimers } from '../timers.ts';
import { createBrowserBridge, type EventConnection } from './browser-bridge.ts';
import { takePageCode, tradeCodeForPass } from './page-code.ts';

export function findHostBridge(page: Window): HostBridge {
  return findHostConnection(page).bridge;
}

/** The bridge, and the hold on its events a page needs when its pass can change (a staff sign-in). */
export interface HostConnection {
  bridge: HostBridge;
  events: EventConnection;
}

export function findHostConnection(page: Window): HostConnection {
  const exposed: unknown = Reflect.get(page, bridgeGlobalName);
  // Electron's IPC needs no pass and never drops: there is nothing to reopen.
  if (isHostBridge(exposed)) return { bridge: exposed, events: steadyEvents };

  if (page.location.protocol !== 'http:' && page.location.protocol !== 'https:') return { bridge: unreachableBridge, events: noEvents };
  const fetchFn = (url: string, init: RequestInit) => page.fetch(url, init);
  const scheme = page.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const code = takePageCode({ location: page.location, history: page.history });
  const bridge = createBrowserBridge({
    ...(code === null ? {} : { ready: tradeCodeForPass(code, fetchFn) }),
    socketOrigin: `${scheme}//${page.location.host}`,
    fetch: fetchFn,
    openSocket: (url, protocols) => new WebSocket(url, protocols),
    timers: systemTimers,
  });
  return { bridge, events: bridge };
}

function isHostBridge(value: unknown): value is HostBridge {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'call') === 'function' &&
    typeof Reflect.get(value, 'on') === 'function'
  );
}

/** Electron's IPC: open from the start and never dropped, so each listener hears one opening, just after it subscribes. */
const steadyEvents: EventConnection = {
  reconnect: () => {},
  onOpen: (listener) => {
    let subscribed = true;
    queueMicrotask(() => subscribed && listener());
    return () => {
      subscribed = false;
    };
  },
  onClose: () => () => {},
};

/** Opened without a shell: no events ever come. */
const noEvents: EventConnection = { reconnect: () => {}, onOpen: () => () => {}, onClose: () => () => {} };

/** Opened without a shell: every call fails as host.unreachable. */
const unreachableBridge: HostBridge = {
  call: () => Promise.reject(new Error('no host bridge on this page')),
  on: () => () => {},
};
