// Console sign-in and sign-out over the store network: a sign-in, tried no more often than the
// limits allow, checked by the staff sign-in service, gives a session cookie; sign-out forgets it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HostError } from '../../../shared/host-api/errors.ts';
import { signInAttemptSchema, type SignInAttempt } from '../../../shared/host-api/staff-views.ts';
import { cookieValue, sendJson } from '../api/http-parts.ts';
import type { NetworkContext } from './network-context.ts';
import { clearedStaffCookie, deviceIdCookie, deviceIdOf, deviceName, newDeviceId, staffCookie, staffSessionCookie } from './network-cookies.ts';

/** The HTTP status each sign-in refusal answers with. */
const refusalStatus = { 'staff.signInRefused': 401, 'staff.lockedOut': 423, 'staff.notConfigured': 503 } as const;

export async function signIn(body: unknown, request: IncomingMessage, response: ServerResponse, context: NetworkContext): Promise<void> {
  const parsed = signInAttemptSchema.safeParse(body);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || '(input)';
    return sendJson(response, 400, { error: { code: 'request.invalidInput', params: { field } } });
  }
  const attempt = parsed.data;
  const wait = waitBeforeAttempt(attempt, request, context);
  if (wait !== null) return sendJson(response, 429, { error: { code: 'staff.lockedOut', params: { seconds: wait } } }, { 'retry-after': String(wait) });

  // A browser without a device name gets one now, so the sign-in service's lockout and the audit can say which console.
  const knownDevice = deviceIdOf(request);
  const deviceId = knownDevice ?? newDeviceId();
  const device = deviceName(deviceId);
  let member;
  try {
    member = await context.staff.signIn.signIn(attempt, device);
  } catch (fault) {
    if (fault instanceof HostError && Object.hasOwn(refusalStatus, fault.code)) {
      return sendJson(response, refusalStatus[fault.code as keyof typeof refusalStatus], { error: fault.toPayload() }, newDeviceCookie(knownDevice, deviceId));
    }
    throw fault;
  }
  // A new sign-in replaces whatever session this browser held.
  const previous = cookieValue(request, staffCookie);
  if (previous !== undefined) context.sessions.close(previous);
  const token = context.sessions.open({ staffId: member.id, device });
  const cookies = [staffSessionCookie(token), ...(knownDevice === undefined ? [deviceIdCookie(deviceId)] : [])];
  return sendJson(response, 200, { staff: member, idleMinutes: context.staff.idleMinutes }, { 'set-cookie': cookies });
}

export function signOut(request: IncomingMessage, response: ServerResponse, context: NetworkContext): void {
  const token = cookieValue(request, staffCookie);
  const session = token === undefined ? undefined : context.sessions.find(token);
  if (token !== undefined) context.sessions.close(token);
  if (session) context.staff.audit.record({ staffId: session.staffId, device: session.device, action: 'staff.signOut' });
  response.writeHead(204, { 'set-cookie': clearedStaffCookie(), 'cache-control': 'no-store' });
  response.end();
}

/** Seconds to wait when this address or this account has tried too often in the last minute, else null. */
function waitBeforeAttempt(attempt: SignInAttempt, request: IncomingMessage, context: NetworkContext): number | null {
  const fromAddress = context.limits.perAddress.attempt(request.socket.remoteAddress ?? 'unknown');
  if (fromAddress !== null) return fromAddress;
  // A badge names no account until it is checked: badges are held to the per-address limit alone.
  if (attempt.method !== 'pin') return null;
  return context.limits.perAccount.attempt(attempt.staffId.toLowerCase());
}

function newDeviceCookie(knownDevice: string | undefined, deviceId: string): Record<string, string> {
  return knownDevice === undefined ? { 'set-cookie': deviceIdCookie(deviceId) } : {};
}
