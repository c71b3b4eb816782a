// The estimate most queue systems show: position times the mean service time, divided by the open counters.
// Kept as the baseline the real estimator is measured against (`npm run bench`).
import { callsBefore, readyTime } from '../calling-rule.ts';
import type { QueueState } from '../queue-state.ts';
import type { NewArrival, WaitEstimate, WaitEstimator } from './wait-estimator.ts';

const minute = 60_000;

export interface NaiveEstimatorSettings {
  /** The mean service time assumed per service until the kiosk has seen some. */
  priorServiceMinutes: Readonly<Record<string, number>>;
}

export function createNaiveEstimator({ priorServiceMinutes }: NaiveEstimatorSettings): WaitEstimator {
  const served = new Map<string, { count: number; totalMs: number }>();
  const meanMinutes = (service: string) => {
    const seen = served.get(service);
    return seen && seen.count > 0 ? seen.totalMs / seen.count / minute : (priorServiceMinutes[service] ?? 5);
  };
  const estimate = (state: QueueState, service: string, ahead: number): WaitEstimate => {
    const open = [...state.counters.values()].filter((desk) => desk.status === 'open' && desk.services.includes(service));
    if (open.length === 0) return { kind: 'unsure' };
    if (ahead === 0 && open.some((desk) => desk.serving === undefined)) return { kind: 'now' };
    const median = ((ahead + 1) * meanMinutes(service)) / open.length;
    return { kind: 'range', lowMinutes: median, medianMinutes: median, highMinutes: median };
  };
  return {
    observe(_event, outcome) {
      if (outcome.kind !== 'finished' || outcome.noShow) return;
      const seen = served.get(outcome.ticket.service) ?? { count: 0, totalMs: 0 };
      served.set(outcome.ticket.service, { count: seen.count + 1, totalMs: seen.totalMs + outcome.tookMs });
    },
    estimateAll(state) {
      const waiting = [...state.waiting.values()];
      return new Map(
        waiting.map((ticket) => {
          const ahead = waiting.filter((other) => other.service === ticket.service && callsBefore(other, ticket)).length;
          return [ticket.id, estimate(state, ticket.service, ahead)];
        }),
      );
    },
    estimateNew(state, now, arrival: NewArrival) {
      const readyAt = readyTime({ issuedAt: now, advanceMinutes: arrival.advanceMinutes, appointmentAt: arrival.appointmentAt });
      const candidate = { id: '', service: arrival.service, readyAt, sequence: state.issued + 1 };
      const ahead = [...state.waiting.values()].filter((other) => other.service === arrival.service && callsBefore(other, candidate)).length;
      return estimate(state, arrival.service, ahead);
    },
  };
}
