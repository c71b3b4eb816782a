// Signs a staff member in and out of a page served on the store network (the counter console, the
// back office): the listener's own routes, not host methods, since they set and clear the session
// cookie that then carries every call. Every answer becomes a value: the member, or a typed problem.
import { z } from 'zod';
import { browserTransport } from '../../../shared/host-api/browser-transport.ts';
import { hostErrorSchema, type HostErrorPayload } from '../../../shared/host-api/errors.ts';
import { staffMemberViewSchema, type SignInAttempt, type StaffMemberView } from '../../../shared/host-api/staff-views.ts';

export type StaffSignInResult =
  | { ok: true; staff: StaffMemberView; idleMinutes: number }
  | { ok: false; problem: HostErrorPayload };

const signedInSchema = z.object({ staff: staffMemberViewSchema, idleMinutes: z.number().int().positive() });
const refusedSchema = z.object({ error: hostErrorSchema });

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function signInStaff(fetchFn: Fetch, attempt: SignInAttempt): Promise<StaffSignInResult> {
  let response: Response;
  try {
    response = await fetchFn(browserTransport.signInPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(attempt),
    });
  } catch {
    return { ok: false, problem: { code: 'host.unreachable', params: {} } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const signedIn = signedInSchema.safeParse(body);
    return signedIn.success ? { ok: true, ...signedIn.data } : { ok: false, problem: { code: 'host.internal', params: {} } };
  }
  const refused = refusedSchema.safeParse(body);
  if (refused.success) return { ok: false, problem: refused.data.error };
  // A proxy's error page, or a listener that is not there: nothing the staff member typed is wrong.
  return { ok: false, problem: { code: 'host.unreachable', params: { reason: String(response.status) } } };
}

/** Ends the session; a failure is harmless, since the session expires on its own. */
export async function signOutStaff(fetchFn: Fetch): Promise<void> {
  try {
    // JSON like every POST to the listener, which refuses any other body before reading it.
    await fetchFn(browserTransport.signOutPath, { method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'same-origin', body: '{}' });
  } catch {
    // The listener is gone: so is the session, for every purpose the page has.
  }
}
