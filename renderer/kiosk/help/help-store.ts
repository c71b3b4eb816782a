// The "a person will help you" dialog: closed, calling staff, staff called, or calling failed.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IssuedTicketView } from '../../../shared/host-api/queue-views.ts';

/** The staff ticket a "prefer a person" request took: the customer's place in line. */
export type HelpTicket = Pick<IssuedTicketView, 'number' | 'queueService'> & Partial<Pick<IssuedTicketView, 'position' | 'estimate' | 'print' | 'followUrl'>>;

export interface HelpState {
  status: 'closed' | 'calling' | 'called' | 'failed';
  ticket: HelpTicket | null;
  calling(): void;
  called(ticket: HelpTicket): void;
  failed(): void;
  closed(): void;
}

export type HelpStore = StoreApi<HelpState>;

export function createHelpStore(): HelpStore {
  return createStore<HelpState>()((set, get) => ({
    status: 'closed',
    ticket: null,
    calling: () => set({ status: 'calling', ticket: null }),
    // A reply after the dialog was closed (or the session wiped) must not reopen it.
    called: (ticket) => {
      if (get().status === 'calling') set({ status: 'called', ticket });
    },
    failed: () => {
      if (get().status === 'calling') set({ status: 'failed' });
    },
    closed: () => set({ status: 'closed', ticket: null }),
  }));
}
