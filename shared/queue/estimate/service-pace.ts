// How fast service runs by the hour of the store's clock and today, against the usual: clerks slow
// down late in the day, and one day runs slower than the next.
//
// Both are learned from the log-ratio of real service times to their usual time (the service's
// typical time at that counter), each shrunk towards "as usual" until it has seen enough: the shape
// of the day from the services started in each hour over recent weeks, today from today's own
// services. So a slow Friday does not make Saturday's first customers wait longer on paper, and the
// last hour's slower services are expected in the last hour, not spread over the whole day.
import type { StoreClock } from './store-clock.ts';

export interface ServicePace {
  /** Learns from one service: the log of its time over the usual time, and when it started. */
  learn(logRatio: number, startedAt: number): void;
  /** The log of how much longer than usual a service starting at `at` takes. */
  logPace(at: number): number;
  /** The part of it that comes from the hour of the day alone. */
  logHourPace(at: number): number;
}

// Services an hour must have seen for its own departure from the day's line to count half, how
// many it remembers, and the services the whole day needs before its slope counts half.
const hourPriorWeight = 100;
const hourMemory = 300;
const slopePriorWeight = 300;
// Today's own pace counts in proportion to how much days really differ in this store: measured
// over the last weeks as the spread between days' mean paces against the spread of services
// within a day (empirical Bayes). Until enough days are seen, today needs this many services to
// count half; and a store whose days barely differ still lets a day speak after a few hundred.
const todayPriorWeight = 40;
const daysForTodayWeight = 5;
const keptDays = 28;
const minDaySpread = 0.02;
const todayWeightRange = [5, 1000] as const;
// One tangled case is not a slow day: a single service moves either pace by at most this (log).
const maxLogRatio = 1;

interface DayPace {
  sum: number;
  squares: number;
  count: number;
}

export function createServicePace(clock: StoreClock): ServicePace {
  const hourMean = new Float64Array(24);
  const hourCount = new Float64Array(24);
  let todayKey = Number.NaN;
  let today: DayPace = { sum: 0, squares: 0, count: 0 };
  const pastDays: DayPace[] = [];
  let todayWeight = todayPriorWeight;

  // How many of today's services make its own pace count half: the noise of one service over the
  // real spread between days.
  const weighToday = () => {
    const days = pastDays.filter((day) => day.count >= 2);
    if (days.length < daysForTodayWeight) return todayPriorWeight;
    const within = days.reduce((sum, day) => sum + day.squares - (day.sum * day.sum) / day.count, 0) / days.reduce((sum, day) => sum + day.count - 1, 0);
    const means = days.map((day) => day.sum / day.count);
    const average = means.reduce((sum, mean) => sum + mean, 0) / means.length;
    const spread = means.reduce((sum, mean) => sum + (mean - average) ** 2, 0) / (means.length - 1);
    const noise = days.reduce((sum, day) => sum + within / day.count, 0) / days.length;
    const between = Math.max(minDaySpread * minDaySpread, spread - noise);
    return Math.min(todayWeightRange[1], Math.max(todayWeightRange[0], within / between));
  };

  const hourOf = (at: number) => Math.floor(clock.dayOf(at).minute / 60) % 24;
  // The shape of the day: a straight line through the hours' means (weighted by their services),
  // centred on the day as a whole, since the level belongs to the counters' speeds. An hour's own
  // departure from the line counts only once the hour has seen many services: a line has two
  // numbers to learn, twenty-four hours have twenty-four, and one slow afternoon is not a shape.
  const dayShape = () => {
    let weight = 0;
    let meanHour = 0;
    let meanValue = 0;
    for (let hour = 0; hour < 24; hour += 1) {
      const count = hourCount[hour] as number;
      weight += count;
      meanHour += count * hour;
      meanValue += count * (hourMean[hour] as number);
    }
    if (weight === 0) return { centre: 0, slope: 0, meanHour: 0 };
    meanHour /= weight;
    meanValue /= weight;
    let covariance = 0;
    let variance = 0;
    for (let hour = 0; hour < 24; hour += 1) {
      const count = hourCount[hour] as number;
      covariance += count * (hour - meanHour) * ((hourMean[hour] as number) - meanValue);
      variance += count * (hour - meanHour) ** 2;
    }
    // The slope too waits for data: a day or two of services does not make a trend.
    const slope = variance > 0 ? (covariance / variance) * (weight / (weight + slopePriorWeight)) : 0;
    return { centre: meanValue, slope, meanHour };
  };
  const hourEffect = (hour: number) => {
    const count = hourCount[hour] as number;
    if (count === 0) return 0;
    const { centre, slope, meanHour } = dayShape();
    const line = slope * (hour - meanHour);
    const own = (hourMean[hour] as number) - centre - line;
    return line + (own * count) / (count + hourPriorWeight);
  };
  const todayEffect = (key: number) => (key === todayKey ? today.sum / (today.count + todayWeight) : 0);

  return {
    learn(logRatio, startedAt) {
      const ratio = Math.max(-maxLogRatio, Math.min(maxLogRatio, logRatio));
      const local = clock.dayOf(startedAt);
      const hour = Math.floor(local.minute / 60) % 24;
      if (local.key !== todayKey) {
        if (today.count > 0) pastDays.push(today);
        if (pastDays.length > keptDays) pastDays.shift();
        todayWeight = weighToday();
        todayKey = local.key;
        today = { sum: 0, squares: 0, count: 0 };
      }
      // The hours learn from the services as they are, since slow and quick days even out over
      // weeks; today learns what the shape of the day leaves unexplained. Neither feeds the other.
      const forToday = ratio - hourEffect(hour);
      hourCount[hour] = (hourCount[hour] as number) + 1;
      hourMean[hour] = (hourMean[hour] as number) + (ratio - (hourMean[hour] as number)) / Math.min(hourCount[hour] as number, hourMemory);
      today.sum += forToday;
      today.squares += forToday * forToday;
      today.count += 1;
    },
    logPace(at) {
      return hourEffect(hourOf(at)) + todayEffect(clock.dayOf(at).key);
    },
    logHourPace: (at) => hourEffect(hourOf(at)),
  };
}
