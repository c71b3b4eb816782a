// The "a person will help you" dialog: closed, calling staff, staff called, or calling failed.
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface HelpState {
  status: 'closed' | 'calling' | 'called' | 'failed';
  calling(): void;
  called(): void;
  failed(): void;
  closed(): void;
}

export type HelpStore = StoreApi<HelpState>;

export function createHelpStore(): HelpStore {
  return createStore<HelpState>()((set, get) => ({
    status: 'closed',
    calling: () => set({ status: 'calling' }),
    // A reply after the dialog was closed (or the session wiped) must not reopen it.
    called: () => {
      if (get().status === 'calling') set({ status: 'called' });
    },
    failed: () => {
      if (get().status === 'calling') set({ status: 'failed' });
    },
    closed: () => set({ status: 'closed' }),
  }));
}
