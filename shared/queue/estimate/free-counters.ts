// Which waiting tickets a free counter will call next: the only tickets honestly told "now".
import { callingOrder, nextTicket, type CallableTicket } from '../calling-rule.ts';
import type { QueueState } from '../queue-state.ts';

/**
 * The tickets the counters free right now would call, one each, in the calling order: a free open
 * counter serving the ticket's service and nobody it would call first. `candidate` is a ticket not
 * issued yet, considered after those already waiting with the same ready time.
 */
export function ticketsCalledNow(state: QueueState, candidate?: CallableTicket): Set<string> {
  const free = [...state.counters.values()]
    .filter((desk) => desk.status === 'open' && desk.serving === undefined)
    .sort((a, b) => a.since - b.since);
  const called = new Set<string>();
  if (free.length === 0) return called;
  const remaining: CallableTicket[] = callingOrder(candidate ? [...state.waiting.values(), candidate] : [...state.waiting.values()]);
  for (const desk of free) {
    const ticket = nextTicket(desk.services, remaining);
    if (!ticket) continue;
    called.add(ticket.id);
    remaining.splice(remaining.indexOf(ticket), 1);
  }
  return called;
}
