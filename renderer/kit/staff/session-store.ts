// Who is signed in on this staff page (a console, the back office): being checked, signed out (and why), or signed in with the
// session's idle limit; plus a sign-in under way, its refusal, and a lockout's end.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { StaffMemberView } from '../../../shared/host-api/staff-views.ts';

/** Why the sign-in screen shows: the page just opened, the session lapsed, or the staff member left. */
export type SignedOutReason = 'opened' | 'expired' | 'idle' | 'signedOut';

export type ConsoleSession =
  | { phase: 'checking' }
  | { phase: 'signedOut'; reason: SignedOutReason }
  | { phase: 'signedIn'; staff: StaffMemberView; idleMinutes: number };

export interface SessionState {
  current: ConsoleSession;
  signingIn: boolean;
  /** Why the last sign-in failed (or why the host could not be asked), until the next try. */
  problem: HostErrorPayload | null;
  /** When a lockout ends (ms since epoch); null when not locked out. */
  lockedUntil: number | null;
  checked(staff: StaffMemberView | null, idleMinutes: number): void;
  checkFailed(problem: HostErrorPayload): void;
  signInStarted(): void;
  signedIn(staff: StaffMemberView, idleMinutes: number): void;
  signInFailed(problem: HostErrorPayload, now: number): void;
  /** The host no longer knows the session: back to sign-in, whatever was on screen. */
  expired(): void;
  signedOut(reason: 'idle' | 'signedOut'): void;
}

export type SessionStore = StoreApi<SessionState>;

export function createSessionStore(): SessionStore {
  return createStore<SessionState>()((set, get) => ({
    current: { phase: 'checking' },
    signingIn: false,
    problem: null,
    lockedUntil: null,
    checked: (staff, idleMinutes) => {
      if (get().current.phase !== 'checking') return;
      set({ current: staff ? { phase: 'signedIn', staff, idleMinutes } : { phase: 'signedOut', reason: 'opened' } });
    },
    checkFailed: (problem) => {
      if (get().current.phase === 'checking') set({ current: { phase: 'signedOut', reason: 'opened' }, problem });
    },
    signInStarted: () => set({ signingIn: true, problem: null }),
    signedIn: (staff, idleMinutes) => set({ current: { phase: 'signedIn', staff, idleMinutes }, signingIn: false, problem: null, lockedUntil: null }),
    signInFailed: (problem, now) => {
      const seconds = problem.code === 'staff.lockedOut' ? Number(problem.params.seconds) : Number.NaN;
      set({ signingIn: false, problem, lockedUntil: Number.isFinite(seconds) && seconds > 0 ? now + seconds * 1000 : null });
    },
    expired: () => {
      // Only a signed-in console can lapse; a late reply after signing out must not show "expired".
      if (get().current.phase === 'signedIn') set({ current: { phase: 'signedOut', reason: 'expired' }, signingIn: false, problem: null });
    },
    signedOut: (reason) => set({ current: { phase: 'signedOut', reason }, signingIn: false, problem: null }),
  }));
}

export function staffOf(state: SessionState): StaffMemberView | null {
  return state.current.phase === 'signedIn' ? state.current.staff : null;
}
