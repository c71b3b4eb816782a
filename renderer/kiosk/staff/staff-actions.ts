// What staff do at the kiosk: sign in (PIN or badge) and out, switch assisted mode, end the
// customer's session, close the kiosk with a message and open it again; managers read the reports.
// The host pushes the kiosk's new state after each, which is what the screens follow; a refusal
// shows where staff are.
import type { StaffText } from '../../../shared/host-api/staff-views.ts';
import { toProblem } from '../../kit/host/host-call-error.ts';
import type { Kiosk } from '../kiosk.ts';
import { staffOf } from '../kiosk-status-store.ts';

/** The hidden gesture fired (or its chord was pressed): staff sign-in opens, unless someone is signed in already. */
export function openStaffSignIn(kiosk: Kiosk): void {
  if (!staffOf(kiosk.status.getState())) kiosk.staff.getState().signInOpened();
}

export function cancelStaffDialog(kiosk: Kiosk): void {
  if (!kiosk.staff.getState().busy) kiosk.staff.getState().dismissed();
}

/**
 * Runs a staff call; its failure is kept as a problem to show, never thrown. One at a time, except
 * where `always` says the call must never be dropped (signing out: staff walking away trust it).
 */
async function staffCall(kiosk: Kiosk, what: string, call: () => Promise<unknown>, always = false): Promise<boolean> {
  if (kiosk.staff.getState().busy && !always) return false;
  kiosk.staff.getState().callStarted();
  try {
    await call();
    kiosk.staff.getState().callDone();
    return true;
  } catch (error) {
    const problem = toProblem(error);
    // A refused PIN is an answer, not a fault; only the line or the host failing is worth a warning.
    if (problem.code.startsWith('host.')) kiosk.reportFault(`${what} failed`, problem);
    kiosk.staff.getState().callFailed(problem, kiosk.now());
    return false;
  }
}

/** The PIN goes to the host and nowhere else: not to a store, not to a fault report. */
export function signInWithPin(kiosk: Kiosk, staffId: string, pin: string): Promise<boolean> {
  return staffCall(kiosk, 'staff.signInAtKiosk', () => kiosk.host.call('staff.signInAtKiosk', { method: 'pin', staffId, pin }));
}

export function signInWithBadge(kiosk: Kiosk, badge: string): Promise<boolean> {
  return staffCall(kiosk, 'staff.signInAtKiosk', () => kiosk.host.call('staff.signInAtKiosk', { method: 'badge', badge }));
}

export function signOut(kiosk: Kiosk): Promise<boolean> {
  return staffCall(kiosk, 'staff.signOutAtKiosk', () => kiosk.host.call('staff.signOutAtKiosk', {}), true);
}

export function setAssistedMode(kiosk: Kiosk, assisted: boolean): Promise<boolean> {
  return staffCall(kiosk, 'kiosk.setAssisted', () => kiosk.host.call('kiosk.setAssisted', { assisted }));
}

/** The host asks the kiosk to reset (session.resetRequested), which ends the session as any reset does. */
export function endCustomerSession(kiosk: Kiosk): Promise<boolean> {
  return staffCall(kiosk, 'kiosk.endSession', () => kiosk.host.call('kiosk.endSession', {}));
}

export function openCloseKiosk(kiosk: Kiosk): void {
  kiosk.staff.getState().closeKioskOpened();
}

/** A manager's reports, over the kiosk: only while a manager is signed in here. */
export function openReports(kiosk: Kiosk): void {
  if (staffOf(kiosk.status.getState())?.role === 'manager') kiosk.staff.getState().reportsOpened();
}

export function closeReports(kiosk: Kiosk): void {
  kiosk.staff.getState().reportsClosed();
}

/** Closes the kiosk to customers; without a message they are shown the default one in each language. */
export function closeKiosk(kiosk: Kiosk, message: StaffText | null): Promise<boolean> {
  return staffCall(kiosk, 'kiosk.setOutOfService', () =>
    kiosk.host.call('kiosk.setOutOfService', message ? { outOfService: true, message } : { outOfService: true }),
  );
}

export function reopenKiosk(kiosk: Kiosk): Promise<boolean> {
  return staffCall(kiosk, 'kiosk.setOutOfService', () => kiosk.host.call('kiosk.setOutOfService', { outOfService: false }));
}
