// Tells a badge scan from typing: a scanner types the badge as a burst of characters far faster
// than any hand, then Enter. What it reads is handed over once and never kept.

/** A scanner types a character every few milliseconds; a fast typist needs about a hundred. */
const badgeKeyGapMs = 35;
/** Shorter bursts are a typist's lucky streak, not a badge. */
const badgeMinLength = 6;

export interface BadgeReader {
  /** A printable character was typed at `at` (ms). */
  typed(character: string, at: number): void;
  /** Enter was pressed at `at`: the badge if what came before it was a scanner's burst, else null. */
  entered(at: number): string | null;
  reset(): void;
}

export function createBadgeReader(): BadgeReader {
  let burst = '';
  let last = Number.NEGATIVE_INFINITY;

  return {
    typed(character, at) {
      burst = at - last <= badgeKeyGapMs ? burst + character : character;
      last = at;
    },
    entered(at) {
      const badge = burst.length >= badgeMinLength && at - last <= badgeKeyGapMs ? burst : null;
      burst = '';
      last = Number.NEGATIVE_INFINITY;
      return badge;
    },
    reset() {
      burst = '';
      last = Number.NEGATIVE_INFINITY;
    },
  };
}
