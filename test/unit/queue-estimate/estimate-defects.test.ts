// The four ways the estimator once told whole groups of customers a wrong wait, each on a generated log.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../bench/queue/queue-bench.ts';
import { storeScenarios } from '../../bench/queue/store-scenarios.ts';
import { createWaitEstimator, type WaitEstimatorSettings } from '../../../shared/queue/estimate/monte-carlo-estimator.ts';
import type { WaitEstimate } from '../../../shared/queue/estimate/wait-estimator.ts';
import { waitPredictionSchema } from '../../../shared/usage/events.ts';
import { datesFrom, storeQueue, type StoreDay } from './store-days.ts';

const tillsArrival = { service: 'tills', advanceMinutes: 0 };

function estimator(timeZone: string, settings: Partial<WaitEstimatorSettings> = {}) {
  return createWaitEstimator({ priorServiceMinutes: { tills: 4, returns: 4 }, minWaitsToEstimate: 0, timeZone, seed: 5, ...settings });
}

const median = (estimate: WaitEstimate) => {
  if (estimate.kind !== 'range') throw new Error(`expected a range, got ${estimate.kind}`);
  return estimate.medianMinutes;
};

describe('a ticket that some possible futures never reach', () => {
  // One counter serves tills. On one weekday in seven it left at 11:00 while the store went on
  // issuing tickets for returns, so a future that borrows that day never calls a tills ticket
  // waiting at 10:50: with ten futures per estimate, one in ten of them never ends.
  const weekday = (date: string, leavesAt: string): StoreDay => ({
    date,
    counters: [
      { id: 'c1', services: ['tills'], opens: '09:00', closes: leavesAt },
      { id: 'c2', services: ['returns'], opens: '09:00', closes: '18:00' },
    ],
    every: { tills: 12, returns: 15 },
  });

  it('is told "not sure yet", never a range without an end', () => {
    const waits = estimator('UTC', { runs: 10 });
    const store = storeQueue([waits], 'UTC');
    const past = datesFrom('2026-03-02', 12).filter((day) => day.weekday < 5);
    store.days(past.slice(0, 7).map((day, index) => weekday(day.date, index === 3 ? '11:00' : '18:00')));
    const today = past[7]?.date as string;
    const cut = store.today(weekday(today, '18:00'), '10:50', { busy: ['c1'], waiting: 3, service: 'tills' });
    const seen: WaitEstimate[] = [];
    for (let step = 0; step < 40; step += 1) {
      const now = cut + step * 15_000;
      seen.push(waits.estimateNew(store.state, now, tillsArrival), ...waits.estimateAll(store.state, now).values());
    }
    expect(seen.some((estimate) => estimate.kind === 'range')).toBe(true);
    expect(seen.some((estimate) => estimate.kind === 'unsure')).toBe(true);
    for (const estimate of seen) {
      expect(waitPredictionSchema.safeParse(estimate).success).toBe(true);
      if (estimate.kind === 'range') expect(Number.isFinite(estimate.highMinutes)).toBe(true);
    }
  });
});

describe('appointments checked in early', () => {
  // A week of the advice branch: a fifth of its customers check in for an appointment, most of
  // them 5 to 25 minutes early, and every walk-in issued before their booked time goes first.
  const week = runScenario(storeScenarios.find((scenario) => scenario.id === 'appointments') as (typeof storeScenarios)[number], { days: 7 });
  const early = week.scorecard.groups.kind.find((group) => group.group === 'appointment, 20+ min early');

  it('are told a wait that holds the walk-ins who come before their booked time', () => {
    expect(early?.ranges).toBeGreaterThan(25);
    expect(early?.coverage).toBeGreaterThan(0.7);
    expect(early?.pastUpper).toBeLessThan(0.15);
    expect(early?.biasMinutes).toBeGreaterThan(-5);
  });
});

describe('a store west of UTC open in the evening', () => {
  // Mexico City (UTC-6): the store's day runs past UTC midnight. A counter leaves at 16:00;
  // the evening counters close at 21:00 only once the queue is empty.
  const day = (date: string): StoreDay => ({
    date,
    counters: [
      { id: 'c1', services: ['tills'], opens: '10:00', closes: '16:00' },
      { id: 'c2', services: ['tills'], opens: '10:00', closes: '21:00' },
      { id: 'c3', services: ['tills'], opens: '15:00', closes: '21:00' },
    ],
    every: { tills: 4 },
    lastTicketBefore: 15,
  });

  it('serves the evening queue past 21:00 instead of sending its counters home at a UTC midnight', () => {
    const waits = estimator('America/Mexico_City');
    const store = storeQueue([waits], 'America/Mexico_City');
    const dates = datesFrom('2026-03-02', 9).filter((date) => date.weekday < 5);
    store.days(dates.slice(0, 5).map((date) => day(date.date)));
    const cut = store.today(day(dates[5]?.date as string), '20:40', { busy: ['c2', 'c3'], waiting: 10, service: 'tills' });
    const estimates = [...waits.estimateAll(store.state, cut).values()];
    expect(estimates).toHaveLength(10);
    // Ten customers at two counters of four-minute services: about twenty minutes for the last one.
    for (const estimate of estimates) expect(estimate.kind).toBe('range');
    expect(Math.max(...estimates.map(median))).toBeLessThan(35);
  });
});

describe('a summer-time change', () => {
  // Madrid: a counter leaves at 14:00 local every weekday; the clocks go forward on Sunday 29 March.
  const day = (date: string): StoreDay => ({
    date,
    counters: [
      { id: 'c1', services: ['tills'], opens: '09:00', closes: '20:00' },
      { id: 'c2', services: ['tills'], opens: '09:00', closes: '14:00' },
    ],
    every: { tills: 5 },
  });
  const queueAt = (lastDay: string) => {
    const waits = estimator('Europe/Madrid');
    const store = storeQueue([waits], 'Europe/Madrid');
    const dates = datesFrom('2026-03-09', 30).filter((date) => date.weekday < 5 && date.date < lastDay);
    store.days(dates.slice(-8).map((date) => day(date.date)));
    const cut = store.today(day(lastDay), '13:45', { busy: ['c1', 'c2'], waiting: 8, service: 'tills' });
    return median(waits.estimateNew(store.state, cut, tillsArrival));
  };

  it('keeps the 14:00 shift end at 14:00 after the clocks go forward', () => {
    // The Monday before the change and the Monday after: the same queue, the same local routine.
    const winter = queueAt('2026-03-23');
    const summer = queueAt('2026-03-30');
    expect(Math.abs(summer - winter) / winter).toBeLessThan(0.15);
  });
});

describe('a short Saturday', () => {
  // Weekdays: c1 lunches at 13:00 and c2 leaves at 14:00 for c3. Saturdays: c1 and c2 until the
  // 14:00 close with no break, serving everyone still waiting.
  const weekday = (date: string): StoreDay => ({
    date,
    counters: [
      { id: 'c1', services: ['tills'], opens: '09:00', closes: '20:00', pauses: [{ at: '13:00', minutes: 45 }] },
      { id: 'c2', services: ['tills'], opens: '09:00', closes: '14:00' },
      { id: 'c3', services: ['tills'], opens: '14:00', closes: '20:00' },
    ],
    every: { tills: 5 },
  });
  const saturday = (date: string): StoreDay => ({
    date,
    counters: [
      { id: 'c1', services: ['tills'], opens: '09:00', closes: '14:10' },
      { id: 'c2', services: ['tills'], opens: '09:00', closes: '14:10' },
    ],
    every: { tills: 4 },
    lastTicketBefore: 15,
  });

  it('borrows Saturdays for its routine, not a weekday lunch break and shift end', () => {
    const waits = estimator('UTC');
    const store = storeQueue([waits], 'UTC');
    const dates = datesFrom('2026-03-02', 19);
    store.days(dates.slice(0, 19).filter((date) => date.weekday !== 6).map((date) => (date.weekday === 5 ? saturday(date.date) : weekday(date.date))));
    // Saturday 21 March, 12:50: twelve waiting at both counters.
    const cut = store.today(saturday('2026-03-21'), '12:50', { busy: ['c1', 'c2'], waiting: 12, service: 'tills' });
    const onSaturday = median(waits.estimateNew(store.state, cut, tillsArrival));
    // Without a lunch break or a shift end, thirteen four-minute services at two counters take about half an hour.
    expect(onSaturday).toBeLessThan(35);
  });
});
