// The waiting board on any screen of the store network: a TV opens the board's address with the
// board key from the store config in its fragment, and trades it, as the kiosk's pages trade their
// one-time codes, for a pass in an HttpOnly cookie. The pass is derived from the key, so a board
// keeps working across host restarts and stops working when the key is changed.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export interface BoardPasses {
  /** The pass for a presented board key, or undefined when it is not the key (or no key is configured). */
  trade(key: string): string | undefined;
  /** Whether a presented pass is the board pass. */
  admits(pass: string | undefined): boolean;
}

/** Compared as digests: equal lengths, so the time taken says nothing about the secret. */
function sameSecret(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

export function createBoardPasses(boardKey: string | undefined): BoardPasses {
  const pass = boardKey === undefined ? undefined : createHmac('sha256', boardKey).update('atiende board pass').digest('base64url');
  return {
    trade(key) {
      return boardKey !== undefined && pass !== undefined && sameSecret(key, boardKey) ? pass : undefined;
    },
    admits(presented) {
      return pass !== undefined && presented !== undefined && sameSecret(presented, pass);
    },
  };
}
