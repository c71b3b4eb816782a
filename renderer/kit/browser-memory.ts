// What a staff page's browser remembers between visits (the staff member's language, the counter a
// console sits at), under keys each app names. Storage may be missing or refuse (a private
// window): the page then just asks again.

export interface BrowserMemory<Key extends string = string> {
  read(key: Key): string | null;
  /** Null forgets. */
  write(key: Key, value: string | null): void;
}

export function browserMemory<Key extends string>(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): BrowserMemory<Key> {
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
        // Not remembered: the page asks again next time, which is all that is lost.
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

/** The page's localStorage; reading it itself throws where the browser forbids storage. */
export function pageStorage(page: Window): Storage | null {
  try {
    return page.localStorage;
  } catch {
    return null;
  }
}
