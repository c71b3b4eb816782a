// The queue's host methods: customers take, check in and follow tickets and read the board; staff
// call, finish and transfer tickets, run counters and post delays (the contract says who may call each).
import type { Principal } from '../../../shared/host-api/roles.ts';
import type { DomainHandlers } from '../api/dispatcher.ts';
import type { Sessions } from '../session/sessions.ts';
import type { QueueSystem, TakenBy } from './queue-system.ts';

/** The customer limits hold the customer screens, not staff signed in at the kiosk nor the operator. */
const takenBy = (principal: Principal): TakenBy => (principal.role === 'customer' && principal.signedIn === undefined ? 'customer' : 'staff');

/** `queue` answers kiosk.outOfService itself when the store config was refused. */
export function queueHandlers(queue: () => QueueSystem, sessions: Sessions): DomainHandlers<'queue' | 'counter'> {
  // A session id must be one this host handed out: nothing forged reaches the usage log.
  const sessionOf = (sessionId: string | undefined) => {
    if (sessionId === undefined) return null;
    sessions.open(sessionId);
    return sessionId;
  };
  return {
    'queue.takeTicket': async ({ sessionId, service, priority }, principal) => ({
      ticket: await queue().takeTicket({ service, priority, kind: 'service', sessionId: sessionOf(sessionId), takenBy: takenBy(principal) }),
    }),
    'queue.checkIn': ({ sessionId, code }, principal) => queue().checkIn(code, sessionOf(sessionId), takenBy(principal)),
    'queue.ticket': async ({ ticketId }) => ({ ticket: await queue().ticket(ticketId) }),
    'queue.board': () => queue().board(),
    'queue.callNext': async ({ counter }) => ({ ticket: await queue().callNext(counter) }),
    'queue.call': async ({ counter, ticket }) => ({ ticket: await queue().call(counter, ticket) }),
    'queue.recall': async ({ counter }) => ({ ticket: await queue().recall(counter) }),
    'queue.startServing': async ({ counter }) => ({ ticket: await queue().startServing(counter) }),
    'queue.noShow': async ({ counter }) => ({ ticket: await queue().noShow(counter) }),
    'queue.served': async ({ counter, outcome, servicesGiven }) => ({ ticket: await queue().served(counter, { outcome, servicesGiven }) }),
    'queue.recordOutcome': async ({ ticket, outcome, servicesGiven }) => {
      await queue().recordOutcome(ticket, { outcome, servicesGiven });
      return {};
    },
    'queue.transfer': async ({ ticket, service, counter }) => ({ ticket: await queue().transfer(ticket, { service, counter }) }),
    'queue.counterQueue': ({ counter }) => queue().counterQueue(counter),
    'counter.open': async ({ counter, services }) => ({ counter: await queue().openCounter(counter, services) }),
    'counter.pause': async ({ counter, reason }) => ({ counter: await queue().pauseCounter(counter, reason) }),
    'counter.close': async ({ counter }) => ({ counter: await queue().closeCounter(counter) }),
    'queue.postDelay': async ({ service, reason }) => ({ delay: await queue().postDelay(service, reason) }),
    'queue.clearDelay': async ({ delay }) => {
      await queue().clearDelay(delay);
      return {};
    },
  };
}
