// What the store-network listener's parts share while it runs: the host, the staff services, the
// sessions and passes it keeps, its limits, and how it knows the principal behind a request.
import type { IncomingMessage } from 'node:http';
import type { Principal } from '../../../shared/host-api/roles.ts';
import { cookieValue } from '../api/http-parts.ts';
import type { Host } from '../create-host.ts';
import type { AuditLog } from '../staff/audit-log.ts';
import type { StaffSignIn } from '../staff/staff-sign-in.ts';
import type { BoardPasses } from './board-passes.ts';
import type { ListenerNames } from './listener-names.ts';
import { boardCookie, deviceIdOf, deviceName, staffCookie } from './network-cookies.ts';
import type { AttemptCounter } from './sign-in-limits.ts';
import type { StaffSessions } from './staff-sessions.ts';

/** What the listener needs of the staff sign-in service. */
export type StaffDesk = Pick<StaffSignIn, 'signIn' | 'member'>;

/** What the listener needs of the staff audit. */
export type StaffAudit = Pick<AuditLog, 'record'>;

export interface StaffServices {
  signIn: StaffDesk;
  audit: StaffAudit;
  /** Minutes without a staff action after which a console sign-in ends (the config's consoleIdleMinutes). */
  idleMinutes: number;
}

export interface NetworkContext {
  host: Pick<Host, 'dispatch' | 'events'>;
  staff: StaffServices;
  sessions: StaffSessions;
  board: BoardPasses;
  limits: { perAddress: AttemptCounter; perAccount: AttemptCounter; boardKeyPerAddress: AttemptCounter };
  names: ListenerNames;
  rendererDir: string;
  tls: boolean;
}

/** Who is behind a request: a signed-in staff member (with the token to touch or end), or a board. */
export type Caller = { principal: Principal; staffToken: string | undefined };

/**
 * The caller a request's cookies stand for. A staff session counts only while its member is still
 * in the staff file, with the role the file gives them now; a removed member is signed out.
 */
export function callerOf(request: IncomingMessage, context: NetworkContext): Caller | undefined {
  const token = cookieValue(request, staffCookie);
  const session = token === undefined ? undefined : context.sessions.find(token);
  if (token !== undefined && session) {
    const member = context.staff.signIn.member(session.staffId);
    if (member) return { principal: { role: member.role, staffId: member.id, device: session.device }, staffToken: token };
    context.sessions.close(token);
  }
  if (context.board.admits(cookieValue(request, boardCookie))) {
    const deviceId = deviceIdOf(request);
    return { principal: { role: 'board', device: deviceId === undefined ? 'board' : deviceName(deviceId, 'board') }, staffToken: undefined };
  }
  return undefined;
}

/** Whether a caller still has the right it had: asked before each event pushed to its socket. */
export function stillCalls(caller: Caller, context: NetworkContext): boolean {
  if (caller.staffToken === undefined) return true;
  const session = context.sessions.find(caller.staffToken);
  const member = session && context.staff.signIn.member(session.staffId);
  if (session && !member) context.sessions.close(caller.staffToken);
  return member !== undefined && member.role === caller.principal.role;
}
