// A wait estimator that cannot stop the queue or mislead a customer: a fault, or a range no one
// could be told (unbounded, negative, out of order), is reported and shown as "unsure", and staff
// go on calling tickets.
import { wholeOf, type NewArrival, type Sliced, type WaitEstimate, type WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';
import type { QueueState } from '../../../shared/queue/queue-state.ts';

/** An estimator whose every computation may be run in slices: in one, for an estimator that offers none. */
export type GuardedEstimator = Required<WaitEstimator>;

/** True for an estimate a customer can be told: a range only when finite, not negative and in order. */
function isSoundEstimate(estimate: WaitEstimate): boolean {
  if (estimate.kind !== 'range') return true;
  const { lowMinutes, medianMinutes, highMinutes } = estimate;
  return Number.isFinite(highMinutes) && lowMinutes >= 0 && lowMinutes <= medianMinutes && medianMinutes <= highMinutes;
}

// eslint-disable-next-line require-yield -- an estimator without slices answers in the one slice there is
function* inOneSlice<T>(answer: () => T): Sliced<T> {
  return answer();
}

export function guardedEstimator(estimator: WaitEstimator, reportFault: (what: string, fault: unknown) => void): GuardedEstimator {
  const unsure: WaitEstimate = { kind: 'unsure' };
  const checked = (what: string, estimate: WaitEstimate): WaitEstimate => {
    if (estimate.kind !== 'range' || isSoundEstimate(estimate)) return estimate;
    reportFault(what, new RangeError(`a wait range no one could be told: ${estimate.lowMinutes}, ${estimate.medianMinutes}, ${estimate.highMinutes} minutes`));
    return unsure;
  };
  function* allInSlices(state: QueueState, now: number): Sliced<Map<string, WaitEstimate>> {
    try {
      const estimates = yield* estimator.estimateAllInSlices?.(state, now) ?? inOneSlice(() => estimator.estimateAll(state, now));
      for (const [ticket, estimate] of estimates) estimates.set(ticket, checked('estimateAll', estimate));
      return estimates;
    } catch (fault) {
      reportFault('estimateAll', fault);
      return new Map();
    }
  }
  function* newInSlices(state: QueueState, now: number, arrival: NewArrival): Sliced<WaitEstimate> {
    try {
      return checked('estimateNew', yield* estimator.estimateNewInSlices?.(state, now, arrival) ?? inOneSlice(() => estimator.estimateNew(state, now, arrival)));
    } catch (fault) {
      reportFault('estimateNew', fault);
      return unsure;
    }
  }
  return {
    observe(event, outcome, state) {
      try {
        estimator.observe(event, outcome, state);
      } catch (fault) {
        reportFault('observe', fault);
      }
    },
    estimateAll: (state, now) => wholeOf(allInSlices(state, now)),
    estimateNew: (state, now, arrival) => wholeOf(newInSlices(state, now, arrival)),
    estimateAllInSlices: allInSlices,
    estimateNewInSlices: newInSlices,
  };
}
