// A binary min-heap of timed happenings for the store simulator, first in time first out, ties in order of scheduling.

interface Entry<T> {
  at: number;
  order: number;
  item: T;
}

export interface EventHeap<T> {
  push(at: number, item: T): void;
  pop(): { at: number; item: T } | undefined;
  readonly size: number;
}

export function createEventHeap<T>(): EventHeap<T> {
  const entries: Entry<T>[] = [];
  let order = 0;
  const before = (a: Entry<T>, b: Entry<T>) => a.at < b.at || (a.at === b.at && a.order < b.order);
  const swap = (i: number, j: number) => {
    const held = entries[i] as Entry<T>;
    entries[i] = entries[j] as Entry<T>;
    entries[j] = held;
  };
  return {
    push(at, item) {
      entries.push({ at, order: order++, item });
      let index = entries.length - 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (!before(entries[index] as Entry<T>, entries[parent] as Entry<T>)) break;
        swap(index, parent);
        index = parent;
      }
    },
    pop() {
      const top = entries[0];
      if (!top) return undefined;
      const last = entries.pop() as Entry<T>;
      if (entries.length > 0) {
        entries[0] = last;
        let index = 0;
        for (;;) {
          const left = index * 2 + 1;
          const right = left + 1;
          let smallest = index;
          if (left < entries.length && before(entries[left] as Entry<T>, entries[smallest] as Entry<T>)) smallest = left;
          if (right < entries.length && before(entries[right] as Entry<T>, entries[smallest] as Entry<T>)) smallest = right;
          if (smallest === index) break;
          swap(index, smallest);
          index = smallest;
        }
      }
      return { at: top.at, item: top.item };
    },
    get size() {
      return entries.length;
    },
  };
}
