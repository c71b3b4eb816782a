// The "a person will help you" dialog: closed, calling staff, staff called (and whether a console
// heard it), or calling failed.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { IssuedTicketView } from '../../../shared/host-api/queue-views.ts';

/** The staff ticket a "prefer a person" request took: the customer's place in line. */
export type HelpTicket = Pick<IssuedTicketView, 'number' | 'queueService'> & Partial<Pick<IssuedTicketView, 'position' | 'estimate' | 'print' | 'followUrl'>>;

export interface HelpState {
  status: 'closed' | 'calling' | 'called' | 'failed';
  ticket: HelpTicket | null;
  /** Whether a staff console heard the call: only then is the customer told someone is coming. */
  staffTold: boolean;
  calling(): void;
  called(ticket: HelpTicket, staffTold: boolean): void;
  failed(): void;
  closed(): void;
}

export type HelpStore = StoreApi<HelpState>;

export function createHelpStore(): HelpStore {
  return createStore<HelpState>()((set, get) => ({
    status: 'closed',
    ticket: null,
    staffTold: false,
    calling: () => set({ status: 'calling', ticket: null, staffTold: false }),
    // A reply after the dialog was closed (or the session wiped) must not reopen it.
    called: (ticket, staffTold) => {
      if (get().status === 'calling') set({ status: 'called', ticket, staffTold });
    },
    failed: () => {
      if (get().status === 'calling') set({ status: 'failed' });
    },
    closed: () => set({ status: 'closed', ticket: null, staffTold: false }),
  }));
}
