// The spoken audio of the last few texts: kiosk screens say the same headings and buttons again and
// again, and a cached answer is instant. A text being spoken right now is shared, not spoken twice.

export interface AudioCache<T> {
  /** The cached or pending value for `key`, else what `make` gives, kept once it succeeds. */
  get(key: string, make: () => Promise<T>): Promise<T>;
}

export interface AudioCacheLimits {
  entries: number;
  bytes: number;
}

export function createAudioCache<T>(sizeOf: (value: T) => number, limits: AudioCacheLimits): AudioCache<T> {
  // A Map keeps insertion order: the first key is the one used longest ago.
  const kept = new Map<string, Promise<T>>();
  const sizes = new Map<string, number>();
  let total = 0;

  const forget = (key: string) => {
    kept.delete(key);
    total -= sizes.get(key) ?? 0;
    sizes.delete(key);
  };

  return {
    get(key, make) {
      const hit = kept.get(key);
      if (hit) {
        kept.delete(key);
        kept.set(key, hit);
        return hit;
      }
      const pending = make();
      kept.set(key, pending);
      pending.then(
        (value) => {
          if (kept.get(key) !== pending) return;
          const size = sizeOf(value);
          // One long text must not push out every short one.
          if (size > limits.bytes / 4) return forget(key);
          sizes.set(key, size);
          total += size;
          for (const oldest of kept.keys()) {
            if (total <= limits.bytes && kept.size <= limits.entries) break;
            if (oldest !== key) forget(oldest);
          }
        },
        // A failure is not kept: the next ask tries again.
        () => {
          if (kept.get(key) === pending) forget(key);
        },
      );
      return pending;
    },
  };
}
