// The usage facts a queue event leaves: issued, called, served, no-show, with the real waits and
// the wait promised at issue, so reports can measure the estimate's error. Never a number or a name.
import type { WaitEstimate } from '../../../shared/queue/estimate/wait-estimator.ts';
import type { QueueEvent } from '../../../shared/queue/queue-events.ts';
import type { QueueOutcome, QueueTicket } from '../../../shared/queue/queue-state.ts';
import type { UsageEvent, WaitPrediction } from '../../../shared/usage/events.ts';

const toSeconds = (ms: number) => Math.max(0, Math.round(ms / 1000));
const tenths = (minutes: number) => Math.max(0, Math.round(minutes * 10) / 10);

/** The estimate as logged: tenths of a minute are plenty to measure its error. */
export function predictionOf(estimate: WaitEstimate | undefined): WaitPrediction {
  if (!estimate || estimate.kind !== 'range') return estimate ?? { kind: 'unsure' };
  return {
    kind: 'range',
    lowMinutes: tenths(estimate.lowMinutes),
    medianMinutes: tenths(estimate.medianMinutes),
    highMinutes: tenths(estimate.highMinutes),
  };
}

type TicketFacts = Pick<QueueTicket, 'service' | 'kind' | 'priority'>;

export function ticketFactsOf(ticket: TicketFacts) {
  return { queueService: ticket.service, kind: ticket.kind, priority: ticket.priority ?? null };
}

export function issuedUsage(ticket: TicketFacts, predicted: WaitPrediction): UsageEvent {
  return { type: 'ticket.issued', ...ticketFactsOf(ticket), predicted };
}

/** The usage fact of a folded event, if it ends a wait or a service. */
export function outcomeUsage(
  event: QueueEvent,
  outcome: QueueOutcome,
  promised: (ticket: string) => WaitPrediction | undefined,
): UsageEvent | undefined {
  if (outcome.kind === 'called') {
    const predicted = promised(outcome.ticket.id);
    return {
      type: 'ticket.called',
      ...ticketFactsOf(outcome.ticket),
      counter: outcome.counter,
      waitedSeconds: toSeconds(outcome.waitedMs),
      ...(predicted ? { predicted } : {}),
    };
  }
  if (outcome.kind !== 'finished') return undefined;
  if (!outcome.noShow) {
    return {
      type: 'ticket.served',
      ...ticketFactsOf(outcome.ticket),
      counter: outcome.counter,
      serviceSeconds: toSeconds(outcome.tookMs),
      ...(outcome.walkMs === undefined ? {} : { walkSeconds: toSeconds(outcome.walkMs) }),
      ...(event.type === 'ticket.served' && event.outcome ? { outcome: event.outcome } : {}),
      ...(event.type === 'ticket.served' && event.servicesGiven ? { servicesGiven: event.servicesGiven } : {}),
    };
  }
  // The wait that ended in the call nobody answered: issue to call.
  const calledAt = Date.parse(event.at) - outcome.tookMs;
  return { type: 'ticket.noShow', ...ticketFactsOf(outcome.ticket), counter: outcome.counter, waitedSeconds: toSeconds(calledAt - outcome.ticket.issuedAt) };
}
