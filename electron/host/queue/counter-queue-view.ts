// What a counter's console shows: the counter, the customer at it, every ticket it may call in the
// order it would call them, and how many wait for each service of the store. Pure, like queue-view.
import type { CounterQueueView } from '../../../shared/host-api/queue-views.ts';
import { callableAt, callingOrder } from '../../../shared/queue/calling-rule.ts';
import { counterView, delaysFor, estimateView, type QueueSnapshot } from './queue-view.ts';

/** A console lists the head of the line; past this many, the counts tell the rest. */
const listedTickets = 200;

const iso = (time: number | undefined) => (time === undefined ? null : new Date(time).toISOString());

export function counterQueueView(snapshot: QueueSnapshot, counter: string): CounterQueueView {
  const { config, state } = snapshot;
  const view = counterView(snapshot, counter);
  const desk = state.counters.get(counter);
  const stint = desk?.serving === undefined ? undefined : state.inService.get(desk.serving);
  // A closed or paused counter still shows what it would call once open: staff plan ahead.
  const services = view.services;
  const waiting = callingOrder([...state.waiting.values()].filter((ticket) => callableAt(ticket, services, counter)));
  return {
    counter: view,
    serving: stint
      ? {
          id: stint.ticket.id,
          number: stint.ticket.number,
          service: stint.ticket.service,
          kind: stint.ticket.kind,
          priority: stint.ticket.priority ?? null,
          calledAt: new Date(stint.calledAt).toISOString(),
          startedAt: iso(stint.startedAt),
        }
      : null,
    waiting: waiting.slice(0, listedTickets).map((ticket) => ({
      id: ticket.id,
      number: ticket.number,
      service: ticket.service,
      kind: ticket.kind,
      priority: ticket.priority ?? null,
      issuedAt: new Date(ticket.issuedAt).toISOString(),
      appointmentAt: iso(ticket.appointmentAt),
      forThisCounter: ticket.forCounter === counter,
      estimate: snapshot.estimates.has(ticket.id) ? estimateView(snapshot.estimates.get(ticket.id)) : null,
    })),
    counts: config.services.map((service) => ({
      service: service.id,
      waiting: [...state.waiting.values()].filter((ticket) => ticket.service === service.id).length,
    })),
    delays: delaysFor(state, undefined),
  };
}
