// Keeps a prankster, a script or a stuck key from flooding the queue: one customer session takes
// at most `perSession` tickets, and the kiosk gives at most `perMinute` in any rolling minute. A
// refusal is a typed error the kiosk shows with a next step (ask a member of staff); staff are
// alerted, and the usage log keeps the fact (which limit, never who), once per session and once
// per minute, so a flood cannot flood the alerts or the log either.
//
// Every ticket a customer takes counts, however taken: a service ticket, an appointment check-in,
// a complaint's ticket. A "prefer a person?" ticket counts only in the kiosk's minute: it is the
// next step the limit message gives, so one customer may always ask for a person (staff hear of
// each request anyway). Tickets given by staff do not count: a member of staff signed in at the
// kiosk, or the operator.
import type { QueueConfig } from '../../../shared/config/queue-config.ts';
import { HostError } from '../../../shared/host-api/errors.ts';
import type { StaffAlerts } from '../alerts/staff-alerts.ts';
import type { UsageLog } from '../usage/usage-log.ts';
import type { QueueSystem, TakenBy } from './queue-system.ts';

const minuteMs = 60_000;
/** Sessions remembered at once: far more than a kiosk holds in any session's lifetime. */
const rememberedSessions = 500;

export interface TicketLimitsDeps {
  limits: QueueConfig['ticketLimits'];
  now: () => Date;
  usageLog: UsageLog;
  alerts: Pick<StaffAlerts, 'raise'>;
  /** The name staff know this kiosk by, in the alert. */
  kioskName: string;
  /** True while a member of staff is signed in at the kiosk: the tickets it gives then are theirs. */
  staffAtKiosk: () => boolean;
}

interface SessionTickets {
  taken: number;
  alerted: boolean;
}

export function withTicketLimits(queue: QueueSystem, deps: TicketLimitsDeps): QueueSystem {
  const { limits, now, usageLog, alerts, kioskName } = deps;
  const sessions = new Map<string, SessionTickets>();
  /** When each ticket of the last minute was given, oldest first. */
  let givenAt: number[] = [];
  let busyAlertAt = Number.NEGATIVE_INFINITY;

  function hit(limit: 'perSession' | 'perMinute', sessionId: string | null): void {
    const max = limits[limit];
    usageLog.append(sessionId, { type: 'ticket.limitReached', limit, max });
    alerts.raise({ kind: 'ticketLimit', limit, max, kiosk: kioskName });
  }

  function sessionOf(sessionId: string): SessionTickets {
    let found = sessions.get(sessionId);
    if (!found) {
      found = { taken: 0, alerted: false };
      sessions.set(sessionId, found);
      if (sessions.size > rememberedSessions) sessions.delete(sessions.keys().next().value as string);
    }
    return found;
  }

  /**
   * Counts the ticket before it is issued, so tickets asked for at the same moment cannot slip past
   * together, and gives the place back if the queue refuses it for another reason.
   */
  async function counted<T>(sessionId: string | null, ticket: { takenBy: TakenBy | undefined; help: boolean }, take: () => Promise<T>): Promise<T> {
    if (ticket.takenBy === 'staff' || deps.staffAtKiosk()) return take();
    const at = now().getTime();
    const session = sessionId === null || ticket.help ? undefined : sessionOf(sessionId);
    if (session && session.taken >= limits.perSession) {
      if (!session.alerted) hit('perSession', sessionId);
      session.alerted = true;
      throw new HostError('queue.ticketLimitReached', { max: limits.perSession });
    }
    givenAt = givenAt.filter((given) => given > at - minuteMs && given <= at);
    if (givenAt.length >= limits.perMinute) {
      if (at - busyAlertAt >= minuteMs) {
        busyAlertAt = at;
        hit('perMinute', null);
      }
      throw new HostError('queue.kioskBusy');
    }
    if (session) session.taken += 1;
    givenAt.push(at);
    try {
      return await take();
    } catch (refused) {
      if (session) session.taken -= 1;
      const mine = givenAt.indexOf(at);
      if (mine >= 0) givenAt.splice(mine, 1);
      throw refused;
    }
  }

  return {
    ...queue,
    takeTicket: (request) => counted(request.sessionId, { takenBy: request.takenBy, help: request.kind === 'help' }, () => queue.takeTicket(request)),
    checkIn: (code, sessionId, takenBy) => counted(sessionId, { takenBy, help: false }, () => queue.checkIn(code, sessionId, takenBy)),
  };
}
