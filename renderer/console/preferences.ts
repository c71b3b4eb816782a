// What this browser remembers for the console between visits: the staff member's language and the
// counter it sits at. Staff share a counter PC, so these belong to the browser, not to a person.
// Storage may be missing or refuse (a private window): the console then just asks again.

export interface BrowserMemory {
  read(key: MemoryKey): string | null;
  /** Null forgets. */
  write(key: MemoryKey, value: string | null): void;
}

export const memoryKeys = {
  language: 'atiende.console.language',
  counter: 'atiende.console.counter',
  /** The last sign-in's idle limit, for a page reloaded while still signed in (staff.me does not say it). */
  idleMinutes: 'atiende.console.idleMinutes',
} as const;

export type MemoryKey = (typeof memoryKeys)[keyof typeof memoryKeys];

export function browserMemory(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): BrowserMemory {
  return {
    read(key) {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        if (value === null) storage?.removeItem(key);
        else storage?.setItem(key, value);
      } catch {
        // Not remembered: the console asks again next time, which is all that is lost.
      }
    },
  };
}

/** A memory that lives as long as the page: for tests, and for a browser with no storage at all. */
export function pageMemory(): BrowserMemory & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    read: (key) => entries.get(key) ?? null,
    write(key, value) {
      if (value === null) entries.delete(key);
      else entries.set(key, value);
    },
  };
}
