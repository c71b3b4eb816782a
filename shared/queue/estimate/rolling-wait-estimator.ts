// A second baseline: what a queue shows when it only remembers the last ten waits of a service (their mean, and their spread as the range).
import { callsBefore } from '../calling-rule.ts';
import type { QueueState } from '../queue-state.ts';
import { sortedQuantile } from './random.ts';
import type { WaitEstimate, WaitEstimator } from './wait-estimator.ts';

const minute = 60_000;
const remembered = 10;

export function createRollingWaitEstimator(): WaitEstimator {
  const recent = new Map<string, number[]>();
  const estimate = (state: QueueState, service: string, ahead: number): WaitEstimate => {
    const open = [...state.counters.values()].some((desk) => desk.status === 'open' && desk.services.includes(service));
    if (ahead === 0 && [...state.counters.values()].some((desk) => desk.status === 'open' && desk.serving === undefined && desk.services.includes(service))) {
      return { kind: 'now' };
    }
    const waits = recent.get(service);
    if (!open || !waits || waits.length === 0) return { kind: 'unsure' };
    const sorted = [...waits].sort((a, b) => a - b);
    const mean = waits.reduce((sum, wait) => sum + wait, 0) / waits.length;
    return { kind: 'range', lowMinutes: sortedQuantile(sorted, 0.1), medianMinutes: mean, highMinutes: sortedQuantile(sorted, 0.9) };
  };
  const aheadOf = (state: QueueState, ticket: { service: string; readyAt: number; sequence: number; id: string }) => {
    let ahead = 0;
    for (const other of state.waiting.values()) if (other.service === ticket.service && callsBefore(other, ticket)) ahead += 1;
    return ahead;
  };
  return {
    observe(_event, outcome) {
      if (outcome.kind !== 'called') return;
      const waits = recent.get(outcome.ticket.service) ?? [];
      waits.push(outcome.waitedMs / minute);
      if (waits.length > remembered) waits.shift();
      recent.set(outcome.ticket.service, waits);
    },
    estimateAll(state) {
      return new Map([...state.waiting.values()].map((ticket) => [ticket.id, estimate(state, ticket.service, aheadOf(state, ticket))]));
    },
    estimateNew(state, now, arrival) {
      const candidate = { id: '', service: arrival.service, readyAt: now - arrival.advanceMinutes * minute, sequence: state.issued + 1 };
      return estimate(state, arrival.service, aheadOf(state, candidate));
    },
  };
}
