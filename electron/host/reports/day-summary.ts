// A day of kiosk use as the reports need it: counts and duration histograms only, so any range of
// days is their sum. Every leaf is a number and every branch an object, and nothing else: merging
// two summaries adds them leaf by leaf (`addSummary`), whatever the branch means.
import type { Histogram } from './histogram.ts';

export interface RunCounts {
  started: number;
  completed: number;
}

export interface StepCounts {
  reached: number;
  cancel: number;
  timeout: number;
  preferPerson: number;
  error: number;
}

export type AbandonReason = Exclude<keyof StepCounts, 'reached'>;

export interface RatingCounts {
  count: number;
  sum: number;
  /** One or two stars. */
  low: number;
}

export interface FlowSummary {
  /** Real runs (not practice), whatever their tags. */
  runs: RunCounts;
  assisted: RunCounts;
  /** Runs by the tag they ran with. */
  pilot: RunCounts;
  established: RunCounts;
  /** Seconds to complete, of real runs; and apart for pilot and established runs. */
  seconds: Histogram;
  pilotSeconds: Histogram;
  establishedSeconds: Histogram;
  /** Keyed by step id: each run counted once per step it reached, and where it was left. */
  steps: Record<string, StepCounts>;
  /** Real runs after a tutorial of the flow, after a practice run of it, after neither. */
  afterTutorial: RunCounts;
  afterPractice: RunCounts;
  unaided: RunCounts;
  tutorials: { offered: number; started: number; finished: number; skipped: number };
  practice: RunCounts;
  ratings: RatingCounts;
  pilotRatings: RatingCounts;
  establishedRatings: RatingCounts;
  /** Keyed by service-quality dimension. */
  dimensions: Record<string, RatingCounts>;
}

export interface EstimateCounts {
  /** Called tickets told a wait (`now` as 0 minutes); "not sure yet" and untold ones are left out. */
  scored: number;
  absErrorSeconds: number;
  /** Told minus waited: above 0, customers were told longer than they waited. */
  signedErrorSeconds: number;
  ranges: number;
  inRange: number;
  pastUpper: number;
  unsure: number;
}

export interface ServiceSummary {
  issued: number;
  called: number;
  served: number;
  noShows: number;
  waitSeconds: Histogram;
  serviceSeconds: Histogram;
  estimate: EstimateCounts;
}

/** One accessibility mode's sessions: counted on the day it was first turned on in each, ended and completed on the day each ended. */
export interface ModeCounts {
  sessions: number;
  ended: number;
  completed: number;
  /** Sessions by how the mode was first turned on in them, keyed by trigger (menu, keypad, gesture, headset). */
  via: Record<string, number>;
}

export interface DaySummary {
  sessions: {
    started: number;
    completed: number;
    cancelled: number;
    timedOut: number;
    seconds: Histogram;
    /** Sessions started per hour of the day on the store's clock, keyed "0" to "23". */
    byHour: Record<string, number>;
    /** Sessions by the language they started in. */
    languages: Record<string, number>;
  };
  flows: Record<string, FlowSummary>;
  /** Help requests keyed by screen, then by reason (`unknown` in logs from before reasons). */
  help: Record<string, Record<string, number>>;
  queue: Record<string, ServiceSummary>;
  complaints: Record<string, { filed: number; withContact: number }>;
  /** Keyed by incident (printerFailed, rendererRecovered, …), then by its code. */
  incidents: Record<string, Record<string, number>>;
  kiosk: { starts: number; aliveInService: number; aliveOutOfService: number };
  /** Keyed by accessibility mode; a mode no session used that day is absent. */
  accessibility: Record<string, ModeCounts>;
  /** Events folded into this day, for the checks and the benchmarks. */
  events: number;
}

const runCounts = (): RunCounts => ({ started: 0, completed: 0 });
const ratingCounts = (): RatingCounts => ({ count: 0, sum: 0, low: 0 });

export function emptyDay(): DaySummary {
  return {
    sessions: { started: 0, completed: 0, cancelled: 0, timedOut: 0, seconds: {}, byHour: {}, languages: {} },
    flows: {},
    help: {},
    queue: {},
    complaints: {},
    incidents: {},
    kiosk: { starts: 0, aliveInService: 0, aliveOutOfService: 0 },
    accessibility: {},
    events: 0,
  };
}

export function emptyFlow(): FlowSummary {
  return {
    runs: runCounts(),
    assisted: runCounts(),
    pilot: runCounts(),
    established: runCounts(),
    seconds: {},
    pilotSeconds: {},
    establishedSeconds: {},
    steps: {},
    afterTutorial: runCounts(),
    afterPractice: runCounts(),
    unaided: runCounts(),
    tutorials: { offered: 0, started: 0, finished: 0, skipped: 0 },
    practice: runCounts(),
    ratings: ratingCounts(),
    pilotRatings: ratingCounts(),
    establishedRatings: ratingCounts(),
    dimensions: {},
  };
}

export function emptyService(): ServiceSummary {
  return {
    issued: 0,
    called: 0,
    served: 0,
    noShows: 0,
    waitSeconds: {},
    serviceSeconds: {},
    estimate: { scored: 0, absErrorSeconds: 0, signedErrorSeconds: 0, ranges: 0, inRange: 0, pastUpper: 0, unsure: 0 },
  };
}

export const emptySteps = (): StepCounts => ({ reached: 0, cancel: 0, timeout: 0, preferPerson: 0, error: 0 });
export { ratingCounts as emptyRatings };

type Tree = { [key: string]: number | Tree };

/** Adds `source` into `target`, leaf by leaf; branches only `source` has are copied. */
export function addSummary<T extends object>(target: T, source: T): T {
  addTree(target as unknown as Tree, source as unknown as Tree);
  return target;
}

function addTree(target: Tree, source: Tree): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (typeof value === 'number') target[key] = (typeof current === 'number' ? current : 0) + value;
    else if (current === undefined || typeof current === 'number') target[key] = structuredClone(value);
    else addTree(current, value);
  }
}

/** The sum of many days, as a fresh summary. */
export function sumOf(days: Iterable<DaySummary>): DaySummary {
  const total = emptyDay();
  for (const day of days) addSummary(total, day);
  return total;
}
