import { describe, expect, it } from 'vitest';
import { takePageCode, tradeCodeForPass } from '../../../renderer/kit/host/page-code.ts';

function page(hash: string) {
  const addresses: string[] = [];
  return {
    place: {
      location: { hash, pathname: '/', search: '?view=board' },
      history: { replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => addresses.push(String(url)) },
    },
    addresses,
  };
}

describe("the page's one-time code", () => {
  it('is taken from the fragment and removed from the address at once', () => {
    const { place, addresses } = page('#code=onetime');
    expect(takePageCode(place)).toBe('onetime');
    expect(addresses).toEqual(['/?view=board']);
  });

  it('is null when the page was opened without one (a reload keeps its pass)', () => {
    const { place, addresses } = page('#other=1');
    expect(takePageCode(place)).toBeNull();
    expect(addresses).toEqual([]);
  });

  it('is traded once for the pass, and a refused or failed trade leaves the page as it was', async () => {
    const asked: { url: string; body: unknown }[] = [];
    await tradeCodeForPass('onetime', async (url, init) => {
      asked.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(null, { status: 401 });
    });
    expect(asked).toEqual([{ url: '/api/pass', body: { code: 'onetime' } }]);
    await expect(
      tradeCodeForPass('again', () => {
        throw new TypeError('Failed to fetch');
      }),
    ).resolves.toBeUndefined();
  });
});
