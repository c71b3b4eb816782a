// A wait estimator that cannot stop the queue or mislead a customer: a fault, or a range no one
// could be told (unbounded, negative, out of order), is reported and shown as "unsure", and staff
// go on calling tickets.
import type { WaitEstimate, WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';

/** True for an estimate a customer can be told: a range only when finite, not negative and in order. */
function isSoundEstimate(estimate: WaitEstimate): boolean {
  if (estimate.kind !== 'range') return true;
  const { lowMinutes, medianMinutes, highMinutes } = estimate;
  return Number.isFinite(highMinutes) && lowMinutes >= 0 && lowMinutes <= medianMinutes && medianMinutes <= highMinutes;
}

export function guardedEstimator(estimator: WaitEstimator, reportFault: (what: string, fault: unknown) => void): WaitEstimator {
  const unsure: WaitEstimate = { kind: 'unsure' };
  const checked = (what: string, estimate: WaitEstimate): WaitEstimate => {
    if (estimate.kind !== 'range' || isSoundEstimate(estimate)) return estimate;
    reportFault(what, new RangeError(`a wait range no one could be told: ${estimate.lowMinutes}, ${estimate.medianMinutes}, ${estimate.highMinutes} minutes`));
    return unsure;
  };
  return {
    observe(event, outcome, state) {
      try {
        estimator.observe(event, outcome, state);
      } catch (fault) {
        reportFault('observe', fault);
      }
    },
    estimateAll(state, now) {
      try {
        const estimates = estimator.estimateAll(state, now);
        for (const [ticket, estimate] of estimates) estimates.set(ticket, checked('estimateAll', estimate));
        return estimates;
      } catch (fault) {
        reportFault('estimateAll', fault);
        return new Map();
      }
    },
    estimateNew(state, now, arrival) {
      try {
        return checked('estimateNew', estimator.estimateNew(state, now, arrival));
      } catch (fault) {
        reportFault('estimateNew', fault);
        return unsure;
      }
    },
  };
}
