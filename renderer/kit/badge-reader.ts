// Tells a badge from a person typing: a badge scanner (barcode, QR or HID card reader) types like
// a keyboard, but a whole id in a burst, each key within a few milliseconds of the last, then Enter.
// Nobody types that fast, so a burst ending in Enter is a badge and anything slower is not.

export interface BadgeReaderOptions {
  /** The longest pause between two keys of one burst. */
  maxGapMs?: number;
  /** Fewer characters than this is a person pressing keys, not a badge. */
  minLength?: number;
}

export interface BadgeReader {
  /**
   * One key as the browser named it (KeyboardEvent.key) and when; returns the badge when this key
   * ends a burst, else null.
   */
  key(key: string, at: number): string | null;
  reset(): void;
}

const defaultMaxGapMs = 50;
/** The host takes badges of 6 characters or more: anything shorter is keys pressed by a person. */
const defaultMinLength = 6;

export function createBadgeReader({ maxGapMs = defaultMaxGapMs, minLength = defaultMinLength }: BadgeReaderOptions = {}): BadgeReader {
  let burst = '';
  let lastAt = Number.NEGATIVE_INFINITY;

  return {
    key(key, at) {
      const inBurst = at - lastAt <= maxGapMs;
      lastAt = at;
      if (key === 'Enter') {
        const badge = inBurst && burst.length >= minLength ? burst : null;
        burst = '';
        return badge;
      }
      // Shift and the like come with the letters a scanner types; they neither add nor break.
      if (key.length !== 1) {
        if (!isModifier(key)) burst = '';
        return null;
      }
      burst = inBurst ? burst + key : key;
      return null;
    },
    reset() {
      burst = '';
      lastAt = Number.NEGATIVE_INFINITY;
    },
  };
}

function isModifier(key: string): boolean {
  return key === 'Shift' || key === 'CapsLock' || key === 'AltGraph';
}
