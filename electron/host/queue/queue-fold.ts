// One queue day folded from its events: the shared queue state, plus what the engine keeps beside
// it (tickets that have left the queue, the last number of each prefix).
import { applyQueueEvent, emptyQueueState, type QueueOutcome, type QueueState } from '../../../shared/queue/queue-state.ts';
import type { QueueEvent } from '../../../shared/queue/queue-events.ts';
import type { QueueDay } from './queue-day.ts';
import type { ClosedTicket } from './queue-view.ts';

export interface DayQueue {
  day: QueueDay;
  state: QueueState;
  closed: Map<string, ClosedTicket>;
  /** The last number issued today per prefix letter: A → 12 after A012. */
  lastNumbers: Map<string, number>;
}

export function emptyDayQueue(day: QueueDay): DayQueue {
  return { day, state: emptyQueueState(), closed: new Map(), lastNumbers: new Map() };
}

export function cloneDayQueue(queue: DayQueue): DayQueue {
  return structuredClone(queue);
}

/** Folds one event in place; throws QueueLogError for an event this day cannot have produced. */
export function foldEvent(queue: DayQueue, event: QueueEvent): QueueOutcome {
  const cancelled = event.type === 'ticket.cancelled' ? queue.state.waiting.get(event.ticket) : undefined;
  const outcome = applyQueueEvent(queue.state, event);
  if (event.type === 'ticket.issued') {
    const prefix = event.number.slice(0, 1);
    const count = Number(event.number.slice(1));
    if (Number.isInteger(count)) queue.lastNumbers.set(prefix, Math.max(queue.lastNumbers.get(prefix) ?? 0, count));
  }
  if (cancelled) queue.closed.set(cancelled.id, { ticket: cancelled, state: 'cancelled' });
  if (outcome.kind === 'finished') queue.closed.set(outcome.ticket.id, { ticket: outcome.ticket, state: outcome.noShow ? 'noShow' : 'served' });
  return outcome;
}

/** The number the next ticket with `prefix` gets today: A001, A002… */
export function nextNumber(queue: DayQueue, prefix: string): string {
  return `${prefix}${String((queue.lastNumbers.get(prefix) ?? 0) + 1).padStart(3, '0')}`;
}
