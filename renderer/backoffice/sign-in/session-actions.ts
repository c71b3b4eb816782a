// Signing in and out of the back office: asking the host who is signed in when the page opens, a
// sign-in by PIN or badge, and a sign-out by hand or after the idle minutes.
import type { HostErrorPayload } from '../../../shared/host-api/errors.ts';
import type { SignInAttempt } from '../../../shared/host-api/staff-views.ts';
import { toProblem } from '../../kit/host/host-call-error.ts';
import { signInStaff, signOutStaff } from '../../kit/host/staff-session.ts';
import { officeMemoryKeys, type BackOffice } from '../back-office.ts';

/** The staff config's default, for a page reloaded before this browser ever learned the store's. */
const defaultIdleMinutes = 30;

/** Answers that mean "nobody is signed in here", as opposed to "the host cannot say". */
const notSignedIn: ReadonlySet<HostErrorPayload['code']> = new Set(['staff.notSignedIn', 'auth.forbidden']);

type SessionParts = Pick<BackOffice, 'host' | 'session' | 'memory' | 'fetch' | 'now'>;

export async function checkSession({ host, session, memory }: SessionParts): Promise<void> {
  try {
    const { staff } = await host.call('staff.me', {});
    const remembered = Number(memory.read(officeMemoryKeys.idleMinutes));
    session.getState().checked(staff, Number.isInteger(remembered) && remembered > 0 ? remembered : defaultIdleMinutes);
  } catch (error) {
    const problem = toProblem(error);
    if (notSignedIn.has(problem.code)) session.getState().checked(null, defaultIdleMinutes);
    else session.getState().checkFailed(problem);
  }
}

export async function signIn({ session, memory, fetch, now }: SessionParts, attempt: SignInAttempt): Promise<void> {
  if (session.getState().signingIn) return;
  session.getState().signInStarted();
  const result = await signInStaff(fetch, attempt);
  if (!result.ok) {
    session.getState().signInFailed(result.problem, now());
    return;
  }
  memory.write(officeMemoryKeys.idleMinutes, String(result.idleMinutes));
  session.getState().signedIn(result.staff, result.idleMinutes);
}

export async function signOut(office: Pick<BackOffice, 'fetch' | 'session' | 'reports'>, reason: 'idle' | 'signedOut'): Promise<void> {
  await signOutStaff(office.fetch);
  // Figures stay with the manager who read them: the next one signing in here reads them again.
  office.reports.getState().forget();
  office.session.getState().signedOut(reason);
}
