// The calling rule: which waiting ticket a counter calls next, explainable in one sentence to a customer.
//
// Every waiting ticket has a "ready time": when it joined the queue, moved earlier by its priority
// class's advance (an accessibility ticket with a 10-minute advance is served as if it had arrived
// 10 minutes sooner). An appointment checked in before its booked time is ready at that time, so it
// is served near it; one checked in late is an ordinary arrival. A counter calls, among the tickets
// of the services it serves, the one with the earliest ready time, and among equals the one issued
// first. The advance bounds how long any walk-in can be passed: nobody is starved.

const minute = 60_000;

export interface CallableTicket {
  id: string;
  service: string;
  /** Milliseconds since the epoch when its place in line begins, priority included. */
  readyAt: number;
  /** Issue order within the store, to break ties in arrival order. */
  sequence: number;
  /** The one counter a transfer sent it to: only that counter calls it, whatever it serves. */
  forCounter?: string | undefined;
}

export interface TicketArrival {
  issuedAt: number;
  advanceMinutes: number;
  appointmentAt?: number | undefined;
}

/** The ready time of a ticket that has just been issued or checked in. */
export function readyTime({ issuedAt, advanceMinutes, appointmentAt }: TicketArrival): number {
  const joined = appointmentAt !== undefined && issuedAt < appointmentAt ? appointmentAt : issuedAt;
  return joined - advanceMinutes * minute;
}

/** True when `a` is called before `b`. */
export function callsBefore(a: CallableTicket, b: CallableTicket): boolean {
  return a.readyAt < b.readyAt || (a.readyAt === b.readyAt && a.sequence < b.sequence);
}

/**
 * Whether `counter`, serving `services`, may call `ticket`. Without a counter (a forecast of the
 * store as a whole) a ticket sent to one counter counts with its service.
 */
export function callableAt(ticket: CallableTicket, services: readonly string[], counter?: string): boolean {
  if (counter !== undefined && ticket.forCounter !== undefined) return ticket.forCounter === counter;
  return services.includes(ticket.service);
}

/** The ticket a counter serving `services` calls next, or undefined when none of them waits. */
export function nextTicket<T extends CallableTicket>(services: readonly string[], waiting: readonly T[], counter?: string): T | undefined {
  let next: T | undefined;
  for (const ticket of waiting) {
    if (!callableAt(ticket, services, counter)) continue;
    if (next === undefined || callsBefore(ticket, next)) next = ticket;
  }
  return next;
}

/** Waiting tickets in the order they would be called if one counter served them all. */
export function callingOrder<T extends CallableTicket>(waiting: readonly T[]): T[] {
  return [...waiting].sort((a, b) => (callsBefore(a, b) ? -1 : callsBefore(b, a) ? 1 : 0));
}
