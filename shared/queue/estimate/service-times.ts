// Learned service times per service, with a speed factor per counter, from the services the queue has really finished.
import { createDurationModel, type DurationModel, type DurationSummary } from './duration-model.ts';
import type { Random } from './random.ts';

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
}

export interface ServiceTimes {
  learn(service: string, counter: string, tookMinutes: number): void;
  /** Minutes a service takes at a counter. */
  sample(random: Random, service: string, counter: string): number;
  /** Minutes left of a service that has run `elapsedMinutes` at a counter. */
  sampleRemaining(random: Random, service: string, counter: string, elapsedMinutes: number): number;
  /** The chance a service at a counter lasts longer than `elapsedMinutes`. */
  survival(service: string, counter: string, elapsedMinutes: number): number;
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
  const model = (service: string) => {
    let found = models.get(service);
    if (!found) {
      found = createDurationModel({
        priorMinutes: settings.priorServiceMinutes[service] ?? settings.defaultPriorMinutes,
        priorWeight: settings.priorWeight,
        halfLife: settings.halfLife,
      });
      models.set(service, found);
    }
    return found;
  };
  const counterFactor = (counter: string) => {
    const prior = Math.log(settings.priorCounterFactor[counter] ?? 1);
    const speed = speeds.get(counter);
    if (!speed) return Math.exp(prior);
    const shrink = settings.priorWeight / (speed.count + settings.priorWeight);
    return Math.exp((1 - shrink) * speed.logRatio + shrink * prior);
  };
  return {
    learn(service, counter, tookMinutes) {
      const services = model(service);
      const typical = services.summary().medianMinutes;
      const step = Math.max(-maxLogStep, Math.min(maxLogStep, Math.log(Math.max(0.05, tookMinutes) / typical)));
      const speed = speeds.get(counter) ?? { logRatio: 0, count: 0 };
      speed.count += 1;
      speed.logRatio += (step - speed.logRatio) / Math.min(speed.count, settings.halfLife);
      speeds.set(counter, speed);
      // The record keeps raw times, so a counter's factor is measured against all counters'
      // typical time and cannot feed back into it.
      services.add(tookMinutes);
    },
    sample(random, service, counter) {
      return model(service).sample(random) * counterFactor(counter);
    },
    sampleRemaining(random, service, counter, elapsedMinutes) {
      const factor = counterFactor(counter);
      return model(service).sampleRemaining(random, elapsedMinutes / factor) * factor;
    },
    survival: (service, counter, elapsedMinutes) => model(service).survival(elapsedMinutes / counterFactor(counter)),
    observations: (service) => models.get(service)?.observations ?? 0,
    summary: (service) => model(service).summary(),
    counterFactor,
  };
}
