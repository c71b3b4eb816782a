// Online calibration of the simulated range against the waits that really happened, so the 80% interval holds 80% of real waits.
//
// Each bound is moved by an offset measured in the simulation's own spread (the distance from its
// median to that bound), so a long wait and a short one are corrected in proportion to how
// uncertain each is. After every real wait each offset takes a small step towards its target
// (online quantile tracking, as in adaptive conformal inference): the upper bound until a set share
// of waits run past it, the lower bound until the interval as a whole holds the configured share,
// the median until half the waits fall on each side. Because every step is the same size, the share
// of misses over a run cannot drift far from its target, whatever the simulation gets wrong.
// Short and long waits are calibrated apart (by the simulated median), as what the simulation gets
// wrong about a two-minute wait is not what it gets wrong about a forty-minute one.
//
// A promise kept on average can still be broken for a whole group of customers (the last hour of
// the day, one service, appointments checked in early), so each range also names its groups, and
// each group keeps offsets of its own, added to those of its length and tracked the same way on
// that group's waits alone, with half the step: a group whose waits keep running past the upper
// bound gets a wider range of its own, without widening everyone else's.

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

/** A range as shown, with the length group and the customer groups whose offsets made it. */
export interface CalibratedRange extends WaitRange {
  group: number;
  groups: readonly string[];
}

export interface WaitCalibration {
  /** `groups` names the customer groups the ticket belongs to, e.g. "hour:18", "service:returns". */
  adjust(raw: WaitRange, groups?: readonly string[]): CalibratedRange;
  /** Learns from the range shown when a ticket was issued and the wait it really had. */
  learn(shown: CalibratedRange, waitedMinutes: number): void;
  /** Real waits learned from. */
  readonly observations: number;
}

// A spread is never taken as less than this many minutes, so a near-certain wait can still move.
const minSpread = 0.25;
// A customer group's offsets take this fraction of the step: each wait moves its length group's
// offsets and three customer groups' at once, and chasing one slow afternoon is not the aim.
const groupStepShare = 0.5;
// Simulated medians (minutes) where one group of waits ends and the next begins.
const groupEdges = [3, 10, 25];

interface Offsets {
  low: number;
  median: number;
  high: number;
  observations: number;
}

const noOffsets = (): Offsets => ({ low: 0, median: 0, high: 0, observations: 0 });

export function createWaitCalibration({ coverage, pastUpper, step, medianStep }: CalibrationSettings): WaitCalibration {
  const groups: Offsets[] = [...groupEdges, Number.POSITIVE_INFINITY].map(noOffsets);
  const customerGroups = new Map<string, Offsets>();
  let observations = 0;
  const customerGroup = (name: string) => {
    let found = customerGroups.get(name);
    if (!found) {
      found = noOffsets();
      customerGroups.set(name, found);
    }
    return found;
  };
  // Both steps the same way: the upper bound until a set share runs past it, the lower until the range holds its share.
  const track = (offsets: Offsets, size: number, beyond: number, outside: number, medianSize: number, above: number) => {
    offsets.high += size * (beyond - pastUpper);
    offsets.low += size * (outside - (1 - coverage));
    offsets.median += medianSize * (above - 0.5);
  };
  return {
    adjust(raw, names = []) {
      const group = groupEdges.findIndex((edge) => raw.medianMinutes < edge);
      const index = group < 0 ? groupEdges.length : group;
      const offsets = { ...(groups[index] as Offsets) };
      for (const name of names) {
        const own = customerGroups.get(name);
        if (!own) continue;
        offsets.low += own.low;
        offsets.median += own.median;
        offsets.high += own.high;
      }
      const below = Math.max(minSpread, raw.medianMinutes - raw.lowMinutes);
      const above = Math.max(minSpread, raw.highMinutes - raw.medianMinutes);
      const medianMinutes = Math.max(0, raw.medianMinutes + offsets.median * (offsets.median > 0 ? above : below));
      const lowMinutes = Math.max(0, Math.min(medianMinutes, raw.lowMinutes - offsets.low * below));
      const highMinutes = Math.max(medianMinutes, raw.highMinutes + offsets.high * above);
      return { lowMinutes, medianMinutes, highMinutes, group: index, groups: names };
    },
    learn(shown, waitedMinutes) {
      observations += 1;
      const offsets = groups[shown.group] as Offsets;
      offsets.observations += 1;
      // Early on, larger steps find the level fast; later, a fixed step keeps up with the day.
      const size = Math.max(step, 1 / Math.sqrt(offsets.observations + 4));
      const beyond = waitedMinutes > shown.highMinutes ? 1 : 0;
      const outside = beyond || waitedMinutes < shown.lowMinutes ? 1 : 0;
      const above = waitedMinutes > shown.medianMinutes ? 1 : 0;
      track(offsets, size, beyond, outside, medianStep, above);
      for (const name of shown.groups) track(customerGroup(name), step * groupStepShare, beyond, outside, medianStep * groupStepShare, above);
    },
    get observations() {
      return observations;
    },
  };
}
