// Signing in and out of the console: asking the host who is signed in when the page opens, a
// sign-in by PIN or badge, and a sign-out by hand or after the idle minutes. A new sign-in opens
// the event socket again, since its pass (the session cookie) just changed.
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { SignInAttempt } from '../../../shared/host-api/staff-views.ts';
import { toProblem } from '../../kit/host/host-call-error.ts';
import { signInStaff, signOutStaff } from '../../kit/host/staff-session.ts';
import { memoryKeys } from '../preferences.ts';
import type { StaffConsole } from '../staff-console.ts';

/** The staff config's default, for a page reloaded before this browser ever learned the store's. */
const defaultIdleMinutes = 30;

/** Answers that mean "nobody is signed in here", as opposed to "the host cannot say". */
const notSignedIn: ReadonlySet<HostErrorPayload['code']> = new Set(['staff.notSignedIn', 'auth.forbidden']);

export async function checkSession(staffConsole: StaffConsole): Promise<void> {
  const { host, session, memory } = staffConsole;
  try {
    const { staff } = await host.call('staff.me', {});
    const remembered = Number(memory.read(memoryKeys.idleMinutes));
    session.getState().checked(staff, Number.isInteger(remembered) && remembered > 0 ? remembered : defaultIdleMinutes);
  } catch (error) {
    const problem = toProblem(error);
    if (notSignedIn.has(problem.code)) session.getState().checked(null, defaultIdleMinutes);
    else session.getState().checkFailed(problem);
  }
}

export async function signIn(staffConsole: StaffConsole, attempt: SignInAttempt): Promise<void> {
  const { session, memory, events, chime, now } = staffConsole;
  if (session.getState().signingIn) return;
  // A gesture, so the browser lets the alert chime play from now on.
  chime.prime();
  session.getState().signInStarted();
  const result = await signInStaff(staffConsole.fetch, attempt);
  if (!result.ok) {
    session.getState().signInFailed(result.problem, now());
    return;
  }
  memory.write(memoryKeys.idleMinutes, String(result.idleMinutes));
  events.reconnect();
  session.getState().signedIn(result.staff, result.idleMinutes);
}

export async function signOut(staffConsole: StaffConsole, reason: 'idle' | 'signedOut'): Promise<void> {
  await signOutStaff(staffConsole.fetch);
  staffConsole.session.getState().signedOut(reason);
}
