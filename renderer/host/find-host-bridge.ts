// Finds how this page reaches its host: the Electron preload's window.kiosk, else the browser
// shell's HTTP/WebSocket bridge, else a bridge that always reports the host as unreachable.
import { bridgeGlobalName, type HostBridge } from '../../shared/host-api/bridge.ts';
import { systemTimers } from '../kiosk/timers.ts';
import { createBrowserBridge } from './browser-bridge.ts';
import { takeBrowserToken } from './browser-token.ts';

export function findHostBridge(page: Window): HostBridge {
  const exposed: unknown = Reflect.get(page, bridgeGlobalName);
  if (isHostBridge(exposed)) return exposed;

  const token = takeBrowserToken({ location: page.location, history: page.history, storage: page.sessionStorage });
  if (!token) return unreachableBridge;
  const scheme = page.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createBrowserBridge({
    token,
    socketOrigin: `${scheme}//${page.location.host}`,
    fetch: (url, init) => page.fetch(url, init),
    openSocket: (url, protocols) => new WebSocket(url, protocols),
    timers: systemTimers,
  });
}

function isHostBridge(value: unknown): value is HostBridge {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'call') === 'function' &&
    typeof Reflect.get(value, 'on') === 'function'
  );
}

/** Opened without a shell (or without a token): every call fails as host.unreachable. */
export const unreachableBridge: HostBridge = {
  call: () => Promise.reject(new Error('no host bridge on this page')),
  on: () => () => {},
};
