// The wait estimator the kiosk shows: a Monte Carlo run of the queue as it stands, learned from the log, calibrated against real waits.
import { callingOrder, readyTime, type CallableTicket } from '../calling-rule.ts';
import type { QueueState } from '../queue-state.ts';
import { createWaitCalibration, type CalibratedRange, type WaitRange } from './calibration.ts';
import { createCounterHabits } from './counter-habits.ts';
import { createCounterRoutine } from './counter-routine.ts';
import { simulateWaitsInSlices, type QueueModel } from './forward-simulation.ts';
import { ticketsCalledNow } from './free-counters.ts';
import { createFutureArrivals } from './future-arrivals.ts';
import { createRandom, sortedQuantile } from './random.ts';
import { createServiceTimes } from './service-times.ts';
import { createStoreClock } from './store-clock.ts';
import { wholeOf, type NewArrival, type Sliced, type WaitEstimate, type WaitEstimator } from './wait-estimator.ts';

const minute = 60_000;

export interface WaitEstimatorSettings {
  /** The store's IANA time zone: routines and arrival rates follow its clock. Default UTC. */
  timeZone?: string;
  /** Local "HH:MM" the store's queue day starts; before it, the day before goes on. Default "00:00". */
  dayStartsAt?: string;
  /** Mean service minutes assumed per service until the kiosk has seen its own. */
  priorServiceMinutes: Readonly<Record<string, number>>;
  /** For a service missing from `priorServiceMinutes`. Default 5. */
  defaultPriorMinutes?: number;
  /** How much slower than usual a counter is thought to be before data (1 = usual). Default none. */
  priorCounterFactor?: Readonly<Record<string, number>>;
  /** How many observations a prior is worth. Default 8. */
  priorWeight?: number;
  /** Services after which an older one counts half in the record futures are drawn from. Default 1000: the day's own pace is learned apart. */
  halfLife?: number;
  /** Services of a ticket's service the kiosk must have seen finished before promising a range. Default 10. */
  minServedToEstimate?: number;
  /** Real waits the calibration must have seen before promising a range. Default 30. */
  minWaitsToEstimate?: number;
  /** Simulated futures per estimate: cost grows with it, noise shrinks. Default 200. */
  runs?: number;
  /** Seed of the simulation's random source: the same log gives the same estimates. Default 1. */
  seed?: number;
  /** The share of real waits the interval should hold. Default 0.8. */
  coverage?: number;
  /** The share of real waits allowed past the upper bound. Default 0.06: being called later than promised is the worse surprise. */
  pastUpper?: number;
  /** Calibration step of the bounds per real wait, in spreads. Default 0.03. */
  calibrationStep?: number;
  /** Calibration step of the median per real wait, in spreads. Default 0.003: slow, as errors come in runs (one tangled case delays everyone behind it). */
  medianCalibrationStep?: number;
}

// From this share of futures in which no counter ever calls the ticket, no range is promised:
// the upper quantile then reaches into the futures that never end, and has no end itself.
const maxUnservedShare = 0.1;

/** Tickets whose quantiles are read per slice: each sorts `runs` simulated waits. */
const ticketsPerSlice = 100;

const bounded = (range: WaitRange) => Number.isFinite(range.lowMinutes) && Number.isFinite(range.medianMinutes) && Number.isFinite(range.highMinutes);

type Issued = CallableTicket & { issuedAt: number };

interface Prediction {
  raw: WaitRange;
  unserved: number;
}

interface LastNew {
  now: number;
  sequence: number;
  service: string;
  readyAt: number;
  shown: CalibratedRange | undefined;
}

export function createWaitEstimator(settings: WaitEstimatorSettings): WaitEstimator {
  const runs = settings.runs ?? 200;
  const minServed = settings.minServedToEstimate ?? 10;
  const minWaits = settings.minWaitsToEstimate ?? 30;
  const random = createRandom(settings.seed ?? 1);
  const clock = createStoreClock(settings.timeZone, settings.dayStartsAt);
  const model: QueueModel = {
    serviceTimes: createServiceTimes({
      priorServiceMinutes: settings.priorServiceMinutes,
      defaultPriorMinutes: settings.defaultPriorMinutes ?? 5,
      priorCounterFactor: settings.priorCounterFactor ?? {},
      priorWeight: settings.priorWeight ?? 8,
      halfLife: settings.halfLife ?? 1000,
      clock,
    }),
    habits: createCounterHabits(),
    arrivals: createFutureArrivals(clock),
    routine: createCounterRoutine(clock),
  };
  const calibration = createWaitCalibration({
    coverage: settings.coverage ?? 0.8,
    pastUpper: settings.pastUpper ?? 0.06,
    step: settings.calibrationStep ?? 0.03,
    medianStep: settings.medianCalibrationStep ?? 0.003,
  });
  // The first range each waiting ticket was shown, to learn from once it is called; and the
  // tickets issued without an estimateNew just before, whose first range is the next estimateAll's.
  const shownAtIssue = new Map<string, CalibratedRange>();
  const awaitingFirstRange = new Set<string>();
  let lastNew: LastNew | undefined;

  function* predict(state: QueueState, now: number, targets: readonly CallableTicket[]): Sliced<Prediction[]> {
    const waits = yield* simulateWaitsInSlices(state, now, targets, model, random, runs);
    const column = new Float64Array(runs);
    const predictions: Prediction[] = [];
    for (let index = 0; index < targets.length; index += 1) {
      if (index > 0 && index % ticketsPerSlice === 0) yield;
      let unserved = 0;
      for (let run = 0; run < runs; run += 1) {
        const wait = waits[run * targets.length + index] as number;
        column[run] = wait;
        if (wait === Number.POSITIVE_INFINITY) unserved += 1;
      }
      column.sort();
      const raw = {
        lowMinutes: Math.max(0, sortedQuantile(column, 0.1)),
        medianMinutes: Math.max(0, sortedQuantile(column, 0.5)),
        highMinutes: Math.max(0, sortedQuantile(column, 0.9)),
      };
      predictions.push({ raw, unserved: unserved / runs });
    }
    return predictions;
  }
  // The customer groups whose own calibration a ticket's range takes: how it joined the line, its service, the hour it was issued.
  const groupsOf = (ticket: Issued) => {
    const stream = ticket.readyAt < ticket.issuedAt ? 'ahead' : ticket.readyAt > ticket.issuedAt ? 'behind' : 'plain';
    return [`kind:${stream}`, `service:${ticket.service}`, `hour:${Math.floor(clock.dayOf(ticket.issuedAt).minute / 60) % 24}`];
  };
  const show = (ticket: Issued, prediction: Prediction): { estimate: WaitEstimate; shown: CalibratedRange | undefined } => {
    const unsure = { estimate: { kind: 'unsure' } as const, shown: undefined };
    if (prediction.unserved >= maxUnservedShare || !bounded(prediction.raw)) return unsure;
    const { service } = ticket;
    const shown = calibration.adjust(prediction.raw, groupsOf(ticket));
    // Never an unbounded range: not to customers, not to the calibration.
    if (!bounded(shown)) return unsure;
    const thin = model.serviceTimes.observations(service) < minServed || calibration.observations < minWaits;
    const { lowMinutes, medianMinutes, highMinutes } = shown;
    return { estimate: thin ? { kind: 'unsure' } : { kind: 'range', lowMinutes, medianMinutes, highMinutes }, shown };
  };

  function* estimateAllInSlices(state: QueueState, now: number): Sliced<Map<string, WaitEstimate>> {
    const estimates = new Map<string, WaitEstimate>();
    const targets = callingOrder([...state.waiting.values()]);
    if (targets.length === 0) return estimates;
    const calledNow = ticketsCalledNow(state);
    const predictions = yield* predict(state, now, targets);
    targets.forEach((ticket, index) => {
      const prediction = predictions[index] as Prediction;
      const { estimate, shown } = calledNow.has(ticket.id) ? { estimate: { kind: 'now' } as const, shown: undefined } : show(ticket, prediction);
      estimates.set(ticket.id, estimate);
      if (!awaitingFirstRange.delete(ticket.id) || !shown || estimate.kind === 'now') return;
      shownAtIssue.set(ticket.id, shown);
    });
    return estimates;
  }

  function* estimateNewInSlices(state: QueueState, now: number, arrival: NewArrival): Sliced<WaitEstimate> {
    const candidate: CallableTicket = {
      id: '\u0000new',
      service: arrival.service,
      readyAt: readyTime({ issuedAt: now, advanceMinutes: arrival.advanceMinutes, appointmentAt: arrival.appointmentAt }),
      sequence: state.issued + 1,
    };
    const remember = (shown: CalibratedRange | undefined) => {
      lastNew = { now, sequence: candidate.sequence, service: candidate.service, readyAt: candidate.readyAt, shown };
    };
    if (ticketsCalledNow(state, candidate).has(candidate.id)) {
      remember(undefined);
      return { kind: 'now' };
    }
    const targets = callingOrder([...state.waiting.values(), candidate]);
    const prediction = (yield* predict(state, now, targets))[targets.indexOf(candidate)] as Prediction;
    const { estimate, shown } = show({ ...candidate, issuedAt: now }, prediction);
    remember(shown);
    return estimate;
  }

  return {
    observe(event, outcome, state) {
      const time = Date.parse(event.at);
      if (outcome.kind === 'finished' && !outcome.noShow) model.serviceTimes.learn(outcome.ticket.service, outcome.counter, outcome.tookMs / minute, time - outcome.tookMs);
      model.habits.observe(event, outcome, state);
      model.arrivals.observe(event);
      model.routine.observe(event);
      const gone = outcome.kind === 'called' ? outcome.ticket.id : event.type === 'ticket.cancelled' ? event.ticket : undefined;
      if (gone !== undefined) {
        const shown = shownAtIssue.get(gone);
        if (shown && outcome.kind === 'called') calibration.learn(shown, outcome.waitedMs / minute);
        shownAtIssue.delete(gone);
        awaitingFirstRange.delete(gone);
      }
      if (event.type !== 'ticket.issued') return;
      const ticket = state.waiting.get(event.ticket);
      if (!ticket) return;
      const same = lastNew && lastNew.now === time && lastNew.sequence === ticket.sequence && lastNew.service === ticket.service && lastNew.readyAt === ticket.readyAt;
      // Not simulated again here: the engine's estimateAll after this event will show it a range.
      if (!same) awaitingFirstRange.add(ticket.id);
      else if (lastNew?.shown) shownAtIssue.set(ticket.id, lastNew.shown);
      lastNew = undefined;
    },
    estimateAll: (state, now) => wholeOf(estimateAllInSlices(state, now)),
    estimateNew: (state, now, arrival) => wholeOf(estimateNewInSlices(state, now, arrival)),
    estimateAllInSlices,
    estimateNewInSlices,
  };
}
