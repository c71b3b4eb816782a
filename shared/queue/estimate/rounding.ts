// The wait as a customer reads it: a range in round minutes, "now" only when a counter is free for them, or a plain "not sure yet".
import type { WaitEstimate } from './wait-estimator.ts';

export type ShownWait = { kind: 'now' } | { kind: 'unsure' } | { kind: 'range'; fromMinutes: number; toMinutes: number };

/** Minutes are exact under ten, in fives under an hour, in quarter hours beyond: no false precision. */
function roundingStep(minutes: number): number {
  return minutes < 10 ? 1 : minutes < 60 ? 5 : 15;
}

/**
 * Rounds outwards (the lower bound down, the upper up) so rounding never makes the range promise
 * more than the estimate does; a range starts at 1 minute at least, since "0" is kept for a counter
 * that is really free, and is never a single number, since a single number reads as a promise.
 */
export function roundWaitForCustomers(estimate: WaitEstimate): ShownWait {
  if (estimate.kind !== 'range') return estimate;
  const low = Math.max(0, estimate.lowMinutes);
  const high = Math.max(low, estimate.highMinutes);
  const fromMinutes = Math.max(1, Math.floor(low / roundingStep(low)) * roundingStep(low));
  let toMinutes = Math.ceil(high / roundingStep(high)) * roundingStep(high);
  if (toMinutes <= fromMinutes) toMinutes = fromMinutes + roundingStep(fromMinutes);
  return { kind: 'range', fromMinutes, toMinutes };
}
