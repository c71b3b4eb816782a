// Takes the browser shell's per-launch token from the page URL's fragment and keeps it for reloads,
// so it is not left visible in the address or history.
import { browserTransport } from '../../shared/host-api/browser-transport.ts';

export const tokenStorageKey = 'atiende.hostToken';

export interface TokenPlace {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

export function takeBrowserToken({ location, history, storage }: TokenPlace): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = fragment.get(browserTransport.tokenFragmentKey);
  if (token) {
    storage.setItem(tokenStorageKey, token);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    return token;
  }
  return storage.getItem(tokenStorageKey);
}
