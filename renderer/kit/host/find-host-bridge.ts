// Finds how this page reaches its host: the Electron preload's window.kiosk, else the browser
// shell's HTTP/WebSocket bridge, else a bridge that always reports the host as unreachable.
import { bridgeGlobalName, type HostBridge } from '../../../shared/host-api/bridge.ts';
import { systemTimers } from '../timers.ts';
import { createBrowserBridge } from './browser-bridge.ts';
import { takePageCode, tradeCodeForPass } from './page-code.ts';

export function findHostBridge(page: Window): HostBridge {
  const exposed: unknown = Reflect.get(page, bridgeGlobalName);
  if (isHostBridge(exposed)) return exposed;

  if (page.location.protocol !== 'http:' && page.location.protocol !== 'https:') return unreachableBridge;
  const fetchFn = (url: string, init: RequestInit) => page.fetch(url, init);
  const scheme = page.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const code = takePageCode({ location: page.location, history: page.history });
  return createBrowserBridge({
    ...(code === null ? {} : { ready: tradeCodeForPass(code, fetchFn) }),
    socketOrigin: `${scheme}//${page.location.host}`,
    fetch: fetchFn,
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

/** Opened without a shell: every call fails as host.unreachable. */
const unreachableBridge: HostBridge = {
  call: () => Promise.reject(new Error('no host bridge on this page')),
  on: () => () => {},
};
