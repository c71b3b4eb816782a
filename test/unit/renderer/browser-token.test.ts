import { describe, expect, it } from 'vitest';
import { takeBrowserToken, tokenStorageKey } from '../../../renderer/host/browser-token.ts';

function page(hash: string, kept: Record<string, string> = {}) {
  const storage = new Map(Object.entries(kept));
  const addresses: string[] = [];
  return {
    place: {
      location: { hash, pathname: '/', search: '?kiosk=1' },
      history: { replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => addresses.push(String(url)) },
      storage: {
        getItem: (key: string) => storage.get(key) ?? null,
        setItem: (key: string, value: string) => void storage.set(key, value),
      },
    },
    storage,
    addresses,
  };
}

describe('the browser token', () => {
  it('is taken from the fragment, kept for reloads, and removed from the address', () => {
    const { place, storage, addresses } = page('#token=s3cret');
    expect(takeBrowserToken(place)).toBe('s3cret');
    expect(storage.get(tokenStorageKey)).toBe('s3cret');
    expect(addresses).toEqual(['/?kiosk=1']);
  });

  it('comes from what was kept when the page reloads without a fragment', () => {
    const { place, addresses } = page('', { [tokenStorageKey]: 'kept' });
    expect(takeBrowserToken(place)).toBe('kept');
    expect(addresses).toEqual([]);
  });

  it('is null when the page was opened without one', () => {
    expect(takeBrowserToken(page('#other=1').place)).toBeNull();
  });
});
