// Online calibration of the simulated range against the waits that really happened, so the 80% interval holds 80% of real waits.
//
// Each bound is moved by an offset measured in the simulation's own spread (the distance from its
// median to that bound), so a long wait and a short one are corrected in proportion to how
// uncertain each is. After every real wait each offset takes a small step towards its target
// (online quantile tracking, as in adaptive conformal inference): the upper bound until a set share
// of waits run past it, the lower bound until the interval as a whole holds the configured share,
// the median until half the waits fall on each side. Because every step is the same size, the share
// of misses over a run cannot drift far from its target, whatever the simulation gets wrong.

export interface WaitRange {
  lowMinutes: number;
  medianMinutes: number;
  highMinutes: number;
}

export interface CalibrationSettings {
  /** The share of real waits the interval should hold. */
  coverage: number;
  /** The share of real waits allowed past the upper bound (part of 1 - coverage). */
  pastUpper: number;
  /** The step of the bounds per real wait, in spreads. */
  step: number;
  /**
   * The median's step, much smaller: the median is already the simulation's best guess, and with
   * waits reported late (a ticket is scored only when called) a large step swings back and forth.
   */
  medianStep: number;
}

export interface WaitCalibration {
  adjust(raw: WaitRange): WaitRange;
  /** Learns from the range shown when a ticket was issued and the wait it really had. */
  learn(shown: WaitRange, waitedMinutes: number): void;
  /** Real waits learned from. */
  readonly observations: number;
}

// A spread is never taken as less than this many minutes, so a near-certain wait can still move.
const minSpread = 0.25;

export function createWaitCalibration({ coverage, pastUpper, step, medianStep }: CalibrationSettings): WaitCalibration {
  let lowOffset = 0;
  let medianOffset = 0;
  let highOffset = 0;
  let observations = 0;
  return {
    adjust(raw) {
      const below = Math.max(minSpread, raw.medianMinutes - raw.lowMinutes);
      const above = Math.max(minSpread, raw.highMinutes - raw.medianMinutes);
      const medianMinutes = Math.max(0, raw.medianMinutes + medianOffset * (medianOffset > 0 ? above : below));
      const lowMinutes = Math.max(0, Math.min(medianMinutes, raw.lowMinutes - lowOffset * below));
      const highMinutes = Math.max(medianMinutes, raw.highMinutes + highOffset * above);
      return { lowMinutes, medianMinutes, highMinutes };
    },
    learn(shown, waitedMinutes) {
      observations += 1;
      // Early on, larger steps find the level fast; later, a fixed step keeps up with the day.
      const size = Math.max(step, 1 / Math.sqrt(observations + 4));
      const beyond = waitedMinutes > shown.highMinutes ? 1 : 0;
      const outside = beyond || waitedMinutes < shown.lowMinutes ? 1 : 0;
      highOffset += size * (beyond - pastUpper);
      lowOffset += size * (outside - (1 - coverage));
      medianOffset += medianStep * ((waitedMinutes > shown.medianMinutes ? 1 : 0) - 0.5);
    },
    get observations() {
      return observations;
    },
  };
}
