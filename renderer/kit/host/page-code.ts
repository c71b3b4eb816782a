// Takes the one-time code the browser shell opened this page with from the URL's fragment, and
// trades it for the page's pass: an HttpOnly cookie its scripts never see. The code leaves the
// address at once; a reload needs no code, as the cookie stays.
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';

export interface CodePlace {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
}

export function takePageCode({ location, history }: CodePlace): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const code = fragment.get(browserTransport.codeFragmentKey);
  if (!code) return null;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  return code;
}

/**
 * Trades the code for the pass; settles either way, since a refused code (used already, by a
 * reload that kept its cookie) leaves the page with the pass it has, if any.
 */
export async function tradeCodeForPass(code: string, fetchFn: (url: string, init: RequestInit) => Promise<Response>): Promise<void> {
  try {
    await fetchFn(browserTransport.passPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
  } catch {
    // The host is not there yet: calls will say so, as host.unreachable.
  }
}
