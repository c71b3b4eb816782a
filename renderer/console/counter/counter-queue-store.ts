// What the console knows of the store and its counter, kept live: the store's profile (languages,
// services), the board (every counter and service), the counter's own queue, and the printer.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KioskProfile } from '../../../shared/host-api/contract.ts';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { CounterQueueView, PrinterStatusView, QueueUpdate } from '../../../shared/host-api/queue-views.ts';

export interface CounterQueueState {
  profile: KioskProfile | null;
  board: QueueUpdate | null;
  /** The chosen counter's view; null until read, and when the counter changes. */
  view: CounterQueueView | null;
  /** The printer's last word; null with no printer, or before it answered. */
  printer: PrinterStatusView | null;
  /** Why the last read failed; cleared by the next good one. */
  problem: HostErrorPayload | null;
  profileLoaded(profile: KioskProfile): void;
  boardChanged(update: QueueUpdate): void;
  viewLoaded(view: CounterQueueView): void;
  printerChanged(printer: PrinterStatusView | null): void;
  readFailed(problem: HostErrorPayload): void;
  /** Another counter, or nobody signed in: what was shown belongs to someone else. */
  counterLeft(): void;
}

export type CounterQueueStore = StoreApi<CounterQueueState>;

export function createCounterQueueStore(): CounterQueueStore {
  return createStore<CounterQueueState>()((set, get) => ({
    profile: null,
    board: null,
    view: null,
    printer: null,
    problem: null,
    profileLoaded: (profile) => set({ profile }),
    boardChanged: (update) => {
      // Pushes and reads cross on the wire: an older board never replaces a newer one.
      const current = get().board;
      if (!current || update.version >= current.version) set({ board: update });
    },
    viewLoaded: (view) => set({ view, problem: null }),
    printerChanged: (printer) => set({ printer }),
    readFailed: (problem) => set({ problem }),
    counterLeft: () => set({ view: null, problem: null }),
  }));
}
