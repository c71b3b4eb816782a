// The counter desk's moment-to-moment state: which action is on its way, what the host answered,
// which dialog is open, and the follow-up of the ticket just served (how it ended, the services
// given), which shows until staff answer it or carry on.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { FinishedTicketView } from '../../../shared/host-api/queue-views.ts';

export const deskActions = [
  'callNext',
  'recall',
  'startServing',
  'served',
  'recordOutcome',
  'noShow',
  'callTicket',
  'transfer',
  'open',
  'pause',
  'close',
  'postDelay',
  'clearDelay',
] as const;
export type DeskAction = (typeof deskActions)[number];

export type DeskDialog = 'callTicket' | 'transfer' | 'pause' | 'postDelay' | 'servicesGiven' | 'shortcuts';

/** What was just done, said once in the live region: "A012 called". */
export interface DeskNotice {
  action: DeskAction;
  number: string | null;
  /** Tells two equal notices apart, so the second is announced too. */
  serial: number;
}

/** The ticket just served, already sent: its follow-up may add how it ended, or be skipped. */
export type FollowUp = FinishedTicketView;

export interface DeskState {
  busy: DeskAction | null;
  problem: { action: DeskAction; error: HostErrorPayload } | null;
  notice: DeskNotice | null;
  dialog: DeskDialog | null;
  followUp: FollowUp | null;
  /** Any action but the follow-up's own carries on past the follow-up, which goes unanswered. */
  started(action: DeskAction): void;
  succeeded(action: DeskAction, number: string | null): void;
  /** The host has the ticket served: the counter is free, and the ticket's follow-up shows. */
  servedSucceeded(ticket: FollowUp): void;
  /** The follow-up's answer is recorded: the follow-up goes. */
  outcomeRecorded(number: string): void;
  failed(action: DeskAction, error: HostErrorPayload): void;
  /** The follow-up's own dialog and the list of keys leave it showing; any other dialog carries on past it. */
  dialogOpened(dialog: DeskDialog): void;
  dialogClosed(): void;
  /** Skipped: nothing more is said about the ticket served. */
  followUpDismissed(): void;
  /** Another counter: what was said or open here belonged to the last one. */
  counterChanged(): void;
}

export type DeskStore = StoreApi<DeskState>;

const keepFollowUp = new Set<DeskDialog>(['servicesGiven', 'shortcuts']);

export function createDeskStore(): DeskStore {
  let serial = 0;
  const notice = (action: DeskAction, number: string | null): DeskNotice => ({ action, number, serial: ++serial });
  return createStore<DeskState>()((set) => ({
    busy: null,
    problem: null,
    notice: null,
    dialog: null,
    followUp: null,
    started: (action) => set(({ followUp }) => ({ busy: action, problem: null, followUp: action === 'recordOutcome' ? followUp : null })),
    succeeded: (action, number) => set({ busy: null, problem: null, notice: notice(action, number) }),
    servedSucceeded: (ticket) => set({ busy: null, problem: null, notice: notice('served', ticket.number), followUp: ticket }),
    outcomeRecorded: (number) => set({ busy: null, problem: null, notice: notice('recordOutcome', number), followUp: null }),
    failed: (action, error) => set({ busy: null, problem: { action, error } }),
    dialogOpened: (dialog) => set(({ followUp }) => ({ dialog, problem: null, followUp: keepFollowUp.has(dialog) ? followUp : null })),
    dialogClosed: () => set({ dialog: null }),
    followUpDismissed: () => set({ followUp: null }),
    counterChanged: () => set({ busy: null, problem: null, notice: null, dialog: null, followUp: null }),
  }));
}
