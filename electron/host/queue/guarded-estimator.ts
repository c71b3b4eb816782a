// A wait estimator that cannot stop the queue: a fault is reported and the wait shown as "unsure",
// and staff go on calling tickets.
import type { WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';

export function guardedEstimator(estimator: WaitEstimator, reportFault: (what: string, fault: unknown) => void): WaitEstimator {
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
        return estimator.estimateAll(state, now);
      } catch (fault) {
        reportFault('estimateAll', fault);
        return new Map();
      }
    },
    estimateNew(state, now, arrival) {
      try {
        return estimator.estimateNew(state, now, arrival);
      } catch (fault) {
        reportFault('estimateNew', fault);
        return { kind: 'unsure' };
      }
    },
  };
}
