// A learned duration (a service at the counter, a no-show's lost minutes, a break): recent, robust to outliers, shrunk to a prior while thin.
import { normal, normalCdf, normalQuantile, exponential, type Random } from './random.ts';

export interface DurationModelSettings {
  /** The mean assumed before any data, in minutes. */
  priorMinutes: number;
  /** The log-normal spread of the prior (sigma of the log). */
  priorSpread?: number;
  /** How many observations the prior is worth: it fades as real ones arrive. */
  priorWeight?: number;
  /** After this many newer observations one counts half: the model follows the day. */
  halfLife?: number;
  /** How many recent observations are kept. */
  window?: number;
}

export interface DurationSummary {
  medianMinutes: number;
  /** The mean after clipping outliers, prior included. */
  meanMinutes: number;
  /** Observations seen, all time. */
  observations: number;
}

export interface DurationModel {
  add(minutes: number): void;
  readonly observations: number;
  summary(): DurationSummary;
  /** A duration in minutes. */
  sample(random: Random): number;
  /** How many more minutes something that has lasted `elapsedMinutes` goes on for. */
  sampleRemaining(random: Random, elapsedMinutes: number): number;
  /** The chance a duration lasts longer than `elapsedMinutes`. */
  survival(elapsedMinutes: number): number;
}

interface Fitted {
  /** Recorded values ascending, with running weight totals for weighted draws. */
  sorted: Float64Array;
  cumulative: Float64Array;
  totalWeight: number;
  priorShare: number;
  median: number;
  mean: number;
  logCenter: number;
  logSpread: number;
}

// Beyond this many robust spreads from the median a value is clipped in the mean: one two-hour
// service does not make the typical time look long. Futures are drawn from the record as it is,
// so the rare tangled case keeps its real length: when a service has already run far past the
// usual, the queue behind it learns how long such cases go on, not that it must be nearly done.
const clipSpreads = 3.5;

export function createDurationModel(settings: DurationModelSettings): DurationModel {
  const priorSpread = settings.priorSpread ?? 0.6;
  const priorWeight = settings.priorWeight ?? 8;
  const halfLife = settings.halfLife ?? 120;
  const window = settings.window ?? 400;
  const priorMean = Math.max(0.05, settings.priorMinutes);
  const priorLogCenter = Math.log(priorMean) - (priorSpread * priorSpread) / 2;
  const recent: number[] = [];
  let next = 0;
  let observations = 0;
  let fitted: Fitted | undefined;

  const fit = (): Fitted => {
    if (fitted) return fitted;
    const count = recent.length;
    const items: { value: number; weight: number }[] = [];
    for (let age = 0; age < count; age += 1) {
      const index = (next - 1 - age + window) % window;
      items.push({ value: recent[index] as number, weight: Math.pow(0.5, age / halfLife) });
    }
    items.sort((a, b) => a.value - b.value);
    const totalRaw = items.reduce((sum, item) => sum + item.weight, 0);
    const weightedMedian = (values: { value: number; weight: number }[]) => {
      let running = 0;
      for (const item of values) {
        running += item.weight;
        if (running >= totalRaw / 2) return item.value;
      }
      return values.at(-1)?.value ?? 0;
    };
    const logCenterRaw = count > 0 ? Math.log(Math.max(1e-3, weightedMedian(items))) : priorLogCenter;
    const deviations = items
      .map((item) => ({ value: Math.abs(Math.log(Math.max(1e-3, item.value)) - logCenterRaw), weight: item.weight }))
      .sort((a, b) => a.value - b.value);
    const rawSpread = count > 2 ? 1.4826 * weightedMedian(deviations) : priorSpread;
    const shrink = priorWeight / (totalRaw + priorWeight);
    const logCenter = (1 - shrink) * logCenterRaw + shrink * priorLogCenter;
    const logSpread = Math.sqrt((1 - shrink) * rawSpread * rawSpread + shrink * priorSpread * priorSpread);
    const clipSpread = Math.max(rawSpread, 0.2) * clipSpreads;
    const high = Math.exp(logCenterRaw + clipSpread);
    const low = Math.exp(logCenterRaw - clipSpread);
    const sorted = new Float64Array(count);
    const cumulative = new Float64Array(count);
    let running = 0;
    let weightedSum = 0;
    items.forEach((item, index) => {
      running += item.weight;
      weightedSum += item.weight * Math.min(high, Math.max(low, item.value));
      sorted[index] = item.value;
      cumulative[index] = running;
    });
    const empiricalMean = totalRaw > 0 ? weightedSum / totalRaw : priorMean;
    fitted = {
      sorted,
      cumulative,
      totalWeight: totalRaw,
      priorShare: shrink,
      median: Math.exp(logCenter),
      mean: (1 - shrink) * empiricalMean + shrink * priorMean,
      logCenter,
      logSpread,
    };
    return fitted;
  };

  // The first recorded value at or past a running weight: a weighted draw from the record.
  const valueAtWeight = (model: Fitted, weight: number) => {
    let low = 0;
    let high = model.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((model.cumulative[middle] as number) < weight) low = middle + 1;
      else high = middle;
    }
    return model.sorted[low] as number;
  };
  const weightBelow = (model: Fitted, value: number) => {
    let low = 0;
    let high = model.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((model.sorted[middle] as number) <= value) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0 : (model.cumulative[low - 1] as number);
  };
  // Draw from a log-normal's tail past `elapsed`: inverse CDF, or the asymptotic tail far out.
  const logNormalRemaining = (random: Random, center: number, spread: number, elapsed: number) => {
    const z = (Math.log(Math.max(1e-6, elapsed)) - center) / spread;
    const tailZ = z < 3 ? normalQuantile(normalCdf(z) + random() * (1 - normalCdf(z))) : z + exponential(random, 1) / z;
    return Math.max(0, Math.exp(center + spread * tailZ) - elapsed);
  };

  const survivalParts = (model: Fitted, elapsed: number) => {
    const priorSurvival = 1 - normalCdf((Math.log(Math.max(1e-6, elapsed)) - priorLogCenter) / priorSpread);
    const below = weightBelow(model, elapsed);
    const recordSurvival = model.totalWeight > 0 ? (model.totalWeight - below) / model.totalWeight : 0;
    return { priorPart: model.priorShare * priorSurvival, recordPart: (1 - model.priorShare) * recordSurvival, below };
  };

  return {
    add(minutes) {
      if (!Number.isFinite(minutes) || minutes < 0) return;
      recent[next] = Math.max(0.01, minutes);
      next = (next + 1) % window;
      observations += 1;
      fitted = undefined;
    },
    get observations() {
      return observations;
    },
    summary() {
      const model = fit();
      return { medianMinutes: model.median, meanMinutes: model.mean, observations };
    },
    sample(random) {
      const model = fit();
      if (model.totalWeight === 0 || random() < model.priorShare) return Math.exp(priorLogCenter + priorSpread * normal(random));
      return valueAtWeight(model, random() * model.totalWeight);
    },
    survival(elapsedMinutes) {
      const { priorPart, recordPart } = survivalParts(fit(), Math.max(0, elapsedMinutes));
      return priorPart + recordPart;
    },
    sampleRemaining(random, elapsedMinutes) {
      const model = fit();
      const elapsed = Math.max(0, elapsedMinutes);
      const { priorPart, recordPart, below } = survivalParts(model, elapsed);
      if (priorPart + recordPart < 1e-9) return logNormalRemaining(random, model.logCenter, model.logSpread, elapsed);
      if (random() * (priorPart + recordPart) < priorPart) return logNormalRemaining(random, priorLogCenter, priorSpread, elapsed);
      const drawn = valueAtWeight(model, below + random() * (model.totalWeight - below));
      return Math.max(0, drawn - elapsed);
    },
  };
}
