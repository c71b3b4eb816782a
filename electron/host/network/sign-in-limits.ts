// How often sign-in may be tried: at most so many attempts a minute from one network address and
// for one staff id, in memory. It slows guessing down; locking an account out for good after
// repeated failures is the sign-in service's job, which keeps its count on disk.
export interface AttemptLimit {
  attempts: number;
  windowMs: number;
}

export const signInLimits = {
  perAddress: { attempts: 10, windowMs: 60_000 },
  perAccount: { attempts: 5, windowMs: 60_000 },
} as const satisfies Record<string, AttemptLimit>;

/** Keys watched at once, at most: past that the oldest are dropped, so a flood cannot fill memory. */
const maxKeys = 10_000;

export interface AttemptCounter {
  /** Counts an attempt for `key`: null if it may go ahead, else the whole seconds until one may. */
  attempt(key: string): number | null;
}

export function createAttemptCounter(limit: AttemptLimit, now: () => Date): AttemptCounter {
  const recent = new Map<string, number[]>();
  return {
    attempt(key) {
      const at = now().getTime();
      const times = (recent.get(key) ?? []).filter((time) => at - time < limit.windowMs);
      if (times.length >= limit.attempts) {
        recent.set(key, times);
        const oldest = times[0] ?? at;
        return Math.max(1, Math.ceil((oldest + limit.windowMs - at) / 1000));
      }
      times.push(at);
      // Re-inserted, so the map's order is oldest activity first and the oldest key goes first.
      recent.delete(key);
      recent.set(key, times);
      if (recent.size > maxKeys) {
        const oldestKey = recent.keys().next().value;
        if (oldestKey !== undefined) recent.delete(oldestKey);
      }
      return null;
    },
  };
}
