// Learned service times per service, with a speed factor per counter and a pace by the hour and the day, from the services the queue has really finished.
import { createDurationModel, type DurationModel, type DurationSummary } from './duration-model.ts';
import type { Random } from './random.ts';
import { createServicePace } from './service-pace.ts';
import type { StoreClock } from './store-clock.ts';

export interface ServiceTimesSettings {
  /** The mean service minutes assumed per service before data. */
  priorServiceMinutes: Readonly<Record<string, number>>;
  /** For a service missing from the prior. */
  defaultPriorMinutes: number;
  /** How much slower than usual a counter is thought to be before data (1 = usual). */
  priorCounterFactor: Readonly<Record<string, number>>;
  /** How many observations a prior is worth. */
  priorWeight: number;
  /** Observations after which an old one counts half. */
  halfLife: number;
  /** The store's clock, for the pace by hour and by day. */
  clock: StoreClock;
}

export interface ServiceTimes {
  /** Learns from a finished service that started at `startedAt`. */
  learn(service: string, counter: string, tookMinutes: number, startedAt: number): void;
  /** How much longer than usual a service starting at `at` takes: 1 = usual, for every counter alike. */
  pace(at: number): number;
  /** Minutes a service takes, times `factor` (its counter's factor times the pace when it starts). */
  sample(random: Random, service: string, factor: number): number;
  /** Minutes left of a service that has run `elapsedMinutes`, at `factor` as in `sample`. */
  sampleRemaining(random: Random, service: string, factor: number, elapsedMinutes: number): number;
  /** The chance a service lasts longer than `elapsedMinutes`, at `factor` as in `sample`. */
  survival(service: string, factor: number, elapsedMinutes: number): number;
  /** Services finished (not no-shows) seen for a service. */
  observations(service: string): number;
  summary(service: string): DurationSummary;
  counterFactor(counter: string): number;
}

interface CounterSpeed {
  logRatio: number;
  count: number;
}

// A single observation may move a counter's factor by at most this (in log terms): one long case
// is not a slow clerk.
const maxLogStep = 1.2;

export function createServiceTimes(settings: ServiceTimesSettings): ServiceTimes {
  const models = new Map<string, DurationModel>();
  const speeds = new Map<string, CounterSpeed>();
  const pace = createServicePace(settings.clock);
  const model = (service: string) => {
    let found = models.get(service);
    if (!found) {
      found = createDurationModel({
        priorMinutes: settings.priorServiceMinutes[service] ?? settings.defaultPriorMinutes,
        priorWeight: settings.priorWeight,
        halfLife: settings.halfLife,
        window: 2 * settings.halfLife,
      });
      models.set(service, found);
    }
    return found;
  };
  // A counter's speed is how it compares with the store's counters as a whole, whose level is
  // the record's: the counters' learned speeds are centred on their services' weighted mean, so
  // one counter alone is the store's own speed, not a second, noisier copy of it.
  const counterFactor = (counter: string) => {
    const prior = Math.log(settings.priorCounterFactor[counter] ?? 1);
    const speed = speeds.get(counter);
    if (!speed) return Math.exp(prior);
    let total = 0;
    let weight = 0;
    for (const other of speeds.values()) {
      total += other.logRatio * other.count;
      weight += other.count;
    }
    const shrink = settings.priorWeight / (speed.count + settings.priorWeight);
    return Math.exp((1 - shrink) * (speed.logRatio - total / weight) + shrink * prior);
  };
  return {
    learn(service, counter, tookMinutes, startedAt) {
      const services = model(service);
      const typical = services.summary().medianMinutes;
      const logRatio = Math.log(Math.max(0.05, tookMinutes) / typical);
      // The counter's speed is measured against the pace of the hour, and the pace against the
      // counter's speed: an afternoon clerk is not slow because afternoons are. Today's pace is
      // what today differs from the counters' recent speed, so the two cannot trade places.
      const step = Math.max(-maxLogStep, Math.min(maxLogStep, logRatio - pace.logHourPace(startedAt)));
      pace.learn(logRatio - Math.log(counterFactor(counter)), startedAt);
      const speed = speeds.get(counter) ?? { logRatio: 0, count: 0 };
      speed.count += 1;
      speed.logRatio += (step - speed.logRatio) / Math.min(speed.count, settings.halfLife);
      speeds.set(counter, speed);
      // The record keeps raw times, so a counter's factor is measured against all counters'
      // typical time and cannot feed back into it.
      services.add(tookMinutes);
    },
    pace: (at) => Math.exp(pace.logPace(at)),
    sample: (random, service, factor) => model(service).sample(random) * factor,
    sampleRemaining: (random, service, factor, elapsedMinutes) => model(service).sampleRemaining(random, elapsedMinutes / factor) * factor,
    survival: (service, factor, elapsedMinutes) => model(service).survival(elapsedMinutes / factor),
    observations: (service) => models.get(service)?.observations ?? 0,
    summary: (service) => model(service).summary(),
    counterFactor,
  };
}
