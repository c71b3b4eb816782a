// How counters behave between services, learned from the log: the gap before the next call, how long breaks last, how often nobody comes.
import type { QueueEvent } from '../queue-events.ts';
import type { QueueOutcome, QueueState } from '../queue-state.ts';
import { createDurationModel, type DurationModel } from './duration-model.ts';

const minute = 60_000;

export interface CounterHabits {
  observe(event: QueueEvent, outcome: QueueOutcome, state: QueueState): void;
  /** Minutes from a counter being free, with someone waiting for it, to its next call. */
  readonly callGap: DurationModel;
  /** Minutes a paused counter stays paused. */
  readonly breaks: DurationModel;
  /** Minutes lost on a ticket whose customer never came. */
  readonly noShowTime: DurationModel;
  /** The share of called tickets of a service whose customer never comes. */
  noShowRate(service: string): number;
}

interface NoShowRecord {
  rate: number;
  calls: number;
}

const noShowPrior = { rate: 0.05, weight: 20, memory: 400 };

export function createCounterHabits(): CounterHabits {
  const callGap = createDurationModel({ priorMinutes: 0.3, priorSpread: 0.8, priorWeight: 5, halfLife: 200 });
  const breaks = createDurationModel({ priorMinutes: 15, priorSpread: 0.5, priorWeight: 3, halfLife: 30, window: 100 });
  const noShowTime = createDurationModel({ priorMinutes: 2, priorSpread: 0.5, priorWeight: 5, halfLife: 100, window: 200 });
  const noShows = new Map<string, NoShowRecord>();
  // When each counter became free while someone it serves was waiting: the start of a call gap.
  const freeWithWork = new Map<string, number>();
  const pausedAt = new Map<string, number>();

  const serves = (state: QueueState, counter: string) => {
    const desk = state.counters.get(counter);
    if (!desk || desk.status !== 'open' || desk.serving !== undefined) return false;
    for (const ticket of state.waiting.values()) if (desk.services.includes(ticket.service)) return true;
    return false;
  };

  return {
    callGap,
    breaks,
    noShowTime,
    noShowRate(service) {
      const record = noShows.get(service) ?? { rate: noShowPrior.rate, calls: 0 };
      const shrink = noShowPrior.weight / (record.calls + noShowPrior.weight);
      return (1 - shrink) * record.rate + shrink * noShowPrior.rate;
    },
    observe(event, outcome, state) {
      const time = Date.parse(event.at);
      if (outcome.kind === 'finished') {
        const record = noShows.get(outcome.ticket.service) ?? { rate: 0, calls: 0 };
        record.calls += 1;
        record.rate += ((outcome.noShow ? 1 : 0) - record.rate) / Math.min(record.calls, noShowPrior.memory);
        noShows.set(outcome.ticket.service, record);
        if (outcome.noShow) noShowTime.add(outcome.tookMs / minute);
        if (serves(state, outcome.counter)) freeWithWork.set(outcome.counter, time);
      }
      switch (event.type) {
        case 'ticket.issued':
        case 'ticket.transferred':
          for (const desk of state.counters.values()) {
            if (!freeWithWork.has(desk.id) && serves(state, desk.id)) freeWithWork.set(desk.id, time);
          }
          break;
        case 'ticket.called': {
          const since = freeWithWork.get(event.counter);
          if (since !== undefined) callGap.add((time - since) / minute);
          freeWithWork.delete(event.counter);
          break;
        }
        case 'counter.opened': {
          const since = pausedAt.get(event.counter);
          if (since !== undefined) breaks.add((time - since) / minute);
          pausedAt.delete(event.counter);
          if (serves(state, event.counter)) freeWithWork.set(event.counter, time);
          break;
        }
        case 'counter.paused':
          pausedAt.set(event.counter, time);
          freeWithWork.delete(event.counter);
          break;
        case 'counter.closed':
          pausedAt.delete(event.counter);
          freeWithWork.delete(event.counter);
          break;
        default:
          break;
      }
      // A counter whose work another counter took is idle, not slow to call: when two free
      // counters serve the ticket that just came in and one calls it, the other's wait for its
      // next ticket is no call gap.
      for (const counter of freeWithWork.keys()) if (!serves(state, counter)) freeWithWork.delete(counter);
    },
  };
}
