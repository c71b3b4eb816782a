// Small factories for wait-estimate tests: queue events by the minute, folded states, and an estimator taught a morning of services.
import { queueEventSchema, type QueueEventInput } from '../../../shared/queue/queue-events.ts';
import { applyQueueEvent, emptyQueueState, type QueueState } from '../../../shared/queue/queue-state.ts';
import { createWaitEstimator, type WaitEstimatorSettings } from '../../../shared/queue/estimate/monte-carlo-estimator.ts';
import { createRandom, normal } from '../../../shared/queue/estimate/random.ts';
import type { WaitEstimate, WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';

/** Minutes after 8:00 UTC on a Monday; the tests' queue runs from 10:00 (minute 120). */
export const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 8, 0) + minute * 60_000).toISOString();
export const time = (minute: number) => Date.parse(at(minute));

export const issue = (ticket: string, minute: number, extra: Partial<QueueEventInput & { type: 'ticket.issued' }> = {}) =>
  ({ type: 'ticket.issued', at: at(minute), ticket, number: ticket, service: 'tills', kind: 'service', ...extra }) as const;
export const open = (counter: string, minute: number, services = ['tills']) => ({ type: 'counter.opened', at: at(minute), counter, services }) as const;
export const call = (ticket: string, counter: string, minute: number) => ({ type: 'ticket.called', at: at(minute), ticket, counter }) as const;

/** A queue that sees every event, and estimators that learn from each as the engine would feed them. */
export function queueWith(estimators: WaitEstimator[]) {
  const state: QueueState = emptyQueueState();
  return {
    state,
    apply(...events: QueueEventInput[]) {
      for (const input of events) {
        const event = queueEventSchema.parse(input);
        const outcome = applyQueueEvent(state, event);
        for (const estimator of estimators) estimator.observe(event, outcome, state);
      }
    },
  };
}

/**
 * An estimator that has watched a morning (8:00–10:00) of `services` served at one counter in
 * about `minutes` each (log-normal, spread `spread`), every ticket called at once; the counter then closes.
 */
export function taughtEstimator(settings: Partial<WaitEstimatorSettings> = {}, { minutes = 4, spread = 0.3, services = 40 } = {}) {
  const estimator = createWaitEstimator({ priorServiceMinutes: { tills: minutes, returns: minutes }, minWaitsToEstimate: 0, seed: 7, ...settings });
  const teaching = queueWith([estimator]);
  const random = createRandom(3);
  teaching.apply(open('teacher', 0, ['tills', 'returns']));
  let clock = 0;
  for (let index = 0; index < services && clock < 110; index += 1) {
    const ticket = `old${index}`;
    const service = index % 2 === 0 ? 'tills' : 'returns';
    const took = Math.exp(Math.log(minutes) + spread * normal(random));
    teaching.apply(issue(ticket, clock, { service }), call(ticket, 'teacher', clock), { type: 'ticket.served', at: at(clock + took), ticket, counter: 'teacher' });
    clock += Math.min(took, 110 / services) + 0.01;
  }
  teaching.apply({ type: 'counter.closed', at: at(115), counter: 'teacher' });
  return estimator;
}

export function median(estimate: WaitEstimate | undefined): number {
  if (estimate?.kind !== 'range') throw new Error(`expected a range, got ${estimate?.kind}`);
  return estimate.medianMinutes;
}

export function width(estimate: WaitEstimate | undefined): number {
  if (estimate?.kind !== 'range') throw new Error(`expected a range, got ${estimate?.kind}`);
  return estimate.highMinutes - estimate.lowMinutes;
}
