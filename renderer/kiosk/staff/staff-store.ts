// Staff at the kiosk, as the staff bar and its dialogs see it: which dialog is open (sign-in,
// putting the kiosk out of service, or a manager's reports), whether a staff call is on its way,
// why the last one failed, and how long the host refuses sign-ins after too many wrong PINs. Who is
// signed in comes from the host (kiosk-status-store); what staff type (id, PIN) lives in the dialog
// alone, never here.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';

export type StaffDialog = 'none' | 'signIn' | 'closeKiosk' | 'reports';

interface StaffData {
  dialog: StaffDialog;
  /** A staff call is on its way: the buttons wait for its answer. */
  busy: boolean;
  /** Why the last staff call failed, shown in the open dialog or on the bar. */
  problem: HostErrorPayload | null;
  /** When (ms) the host takes sign-ins again after a lockout. */
  lockedUntil: number | null;
}

export interface StaffState extends StaffData {
  /** The hidden gesture or its keyboard chord: the sign-in dialog, unless a staff dialog is already open. */
  signInOpened(): void;
  closeKioskOpened(): void;
  /** A manager asked for the reports (staff-actions checks the role); a call on its way goes on. */
  reportsOpened(): void;
  /** Close, Escape, or the customer's session ended: the reports go, whatever staff call is on its way. */
  reportsClosed(): void;
  callStarted(): void;
  /** A staff call failed; a lockout says for how many seconds, counted from `now`. */
  callFailed(problem: HostErrorPayload, now: number): void;
  /** A staff call succeeded: its dialog closes. */
  callDone(): void;
  /** Cancel or Escape: the dialog closes, nothing happened. */
  dismissed(): void;
  lockoutOver(): void;
  /** Nobody is signed in any more (signed out, timed out, session ended): staff-only dialogs close. */
  staffLeft(): void;
}

export type StaffStore = StoreApi<StaffState>;

const initial: StaffData = { dialog: 'none', busy: false, problem: null, lockedUntil: null };

export function createStaffStore(): StaffStore {
  return createStore<StaffState>()((set, get) => ({
    ...initial,
    signInOpened: () => {
      if (get().dialog === 'none') set({ dialog: 'signIn', busy: false, problem: null });
    },
    closeKioskOpened: () => {
      if (get().dialog === 'none') set({ dialog: 'closeKiosk', busy: false, problem: null });
    },
    reportsOpened: () => {
      if (get().dialog === 'none') set({ dialog: 'reports', problem: null });
    },
    reportsClosed: () => {
      if (get().dialog === 'reports') set({ dialog: 'none' });
    },
    callStarted: () => set({ busy: true, problem: null }),
    callFailed: (problem, now) => {
      const seconds = problem.code === 'staff.lockedOut' ? Number(problem.params.seconds) : NaN;
      set({ busy: false, problem, ...(Number.isFinite(seconds) && seconds > 0 ? { lockedUntil: now + seconds * 1000 } : {}) });
    },
    callDone: () => set({ dialog: 'none', busy: false, problem: null }),
    dismissed: () => set({ dialog: 'none', busy: false, problem: null }),
    lockoutOver: () => {
      const { problem } = get();
      set({ lockedUntil: null, problem: problem?.code === 'staff.lockedOut' ? null : problem });
    },
    staffLeft: () => {
      if (get().dialog === 'closeKiosk' || get().dialog === 'reports') set({ dialog: 'none' });
      if (get().dialog !== 'signIn') set({ busy: false, problem: null });
    },
  }));
}

/** Seconds left of a lockout at `now`, rounded up; 0 when sign-ins are taken. */
export function lockoutSecondsLeft(state: Pick<StaffData, 'lockedUntil'>, now: number): number {
  return state.lockedUntil === null ? 0 : Math.max(0, Math.ceil((state.lockedUntil - now) / 1000));
}
