import { describe, expect, it } from 'vitest';
import { createWaitCalibration } from '../../../shared/queue/estimate/calibration.ts';
import { createCounterHabits } from '../../../shared/queue/estimate/counter-habits.ts';
import { createCounterRoutine } from '../../../shared/queue/estimate/counter-routine.ts';
import { createDurationModel } from '../../../shared/queue/estimate/duration-model.ts';
import { createFutureArrivals } from '../../../shared/queue/estimate/future-arrivals.ts';
import { createRandom, normal } from '../../../shared/queue/estimate/random.ts';
import { createServicePace } from '../../../shared/queue/estimate/service-pace.ts';
import { createServiceTimes } from '../../../shared/queue/estimate/service-times.ts';
import { createStoreClock } from '../../../shared/queue/estimate/store-clock.ts';
import type { WaitEstimator } from '../../../shared/queue/estimate/wait-estimator.ts';
import { at as at_, call, issue, open, queueWith, time } from './queue-factory.ts';

const served = (ticket: string, counter: string, minute: number) => ({ type: 'ticket.served', at: at_(minute), ticket, counter }) as const;
/** Something that learns from the log as the estimator does, fed by the test queue. */
const watching = (observe: WaitEstimator['observe']): WaitEstimator => ({ observe, estimateAll: () => new Map(), estimateNew: () => ({ kind: 'unsure' }) });

const utc = createStoreClock('UTC');
const hour = 3_600_000;
const monday = Date.UTC(2026, 2, 2);

describe('the pace of service', () => {
  it('learns that service slows through the day, as a shape around the day as a whole', () => {
    const pace = createServicePace(utc);
    const random = createRandom(4);
    // Three weeks of services from 9:00 to 19:00, each hour 2% slower than the one before.
    for (let day = 0; day < 21; day += 1) {
      for (let minute = 0; minute < 600; minute += 5) {
        const at = monday + day * 24 * hour + 9 * hour + minute * 60_000;
        pace.learn(0.02 * (minute / 60) + 0.5 * normal(random), at);
      }
    }
    const morning = pace.logPace(monday + 21 * 24 * hour + 9.5 * hour);
    const evening = pace.logPace(monday + 21 * 24 * hour + 18.5 * hour);
    expect(evening - morning).toBeGreaterThan(0.12);
    expect(evening - morning).toBeLessThan(0.24);
    expect(Math.abs(morning + evening)).toBeLessThan(0.06);
  });
});

describe("today's own pace", () => {
  // Twenty past days of services whose days differ by `daySpread` (in log terms), then today:
  // sixty services of a day really `todaySlower` slower. Returns today's pace in the afternoon
  // and the next morning's.
  const learnedToday = (daySpread: number, todaySlower: number) => {
    const pace = createServicePace(utc);
    const random = createRandom(7);
    const day = (index: number, slower: number, services: number) => {
      for (let service = 0; service < services; service += 1) pace.learn(slower + 0.6 * normal(random), monday + index * 24 * hour + 9 * hour + service * 5 * 60_000);
    };
    for (let index = 0; index < 20; index += 1) day(index, daySpread * normal(random), 100);
    day(20, todaySlower, 60);
    return { afternoon: pace.logPace(monday + 20 * 24 * hour + 14 * hour), nextMorning: pace.logPace(monday + 21 * 24 * hour + 9 * hour) };
  };

  it('counts for little where days barely differ, so sixty noisy services are not taken for a slow day', () => {
    expect(Math.abs(learnedToday(0.02, 0.1).afternoon)).toBeLessThan(0.06);
  });

  it('counts for much where days really differ, and is forgotten the next morning', () => {
    const { afternoon, nextMorning } = learnedToday(0.3, 0.3);
    expect(afternoon).toBeGreaterThan(0.15);
    expect(Math.abs(nextMorning)).toBeLessThan(0.08);
  });
});

describe('the habits of counters', () => {
  it('does not take the idle minutes of a counter whose ticket another counter called for a call gap', () => {
    const habits = createCounterHabits();
    const queue = queueWith([watching(habits.observe)]);
    queue.apply(open('c1', 120), open('c2', 120));
    for (let index = 0; index < 30; index += 1) {
      const at = 121 + index * 10;
      const counter = index % 2 === 0 ? 'c1' : 'c2';
      // Both counters are free; one calls the new ticket after 15 seconds, the other sits idle until its turn.
      queue.apply(issue(`t${index}`, at), call(`t${index}`, counter, at + 0.25), served(`t${index}`, counter, at + 3));
    }
    expect(habits.callGap.summary().meanMinutes).toBeLessThan(0.5);
  });
});

describe('the routine of counters', () => {
  it('expects a break under way to last like that counter’s break at that time on the borrowed day', () => {
    const routine = createCounterRoutine(utc);
    const queue = queueWith([watching((event) => routine.observe(event))]);
    // Minutes since the factory's first morning (8:00 UTC), day by day.
    const on = (day: number, minute: number) => day * 1440 + minute;
    const pause = (day: number, minute: number) => ({ type: 'counter.paused', at: at_(on(day, minute)), counter: 'c1' }) as const;
    for (let day = 0; day < 3; day += 1) {
      queue.apply(open('c1', on(day, 60)), issue(`t${day}`, on(day, 61)));
      // A ten-minute coffee break at 10:00 and a forty-five-minute lunch at 13:00.
      queue.apply(pause(day, 120), open('c1', on(day, 130)), pause(day, 300), open('c1', on(day, 345)));
      queue.apply({ type: 'counter.closed', at: at_(on(day, 600)), counter: 'c1' });
    }
    // Today c1 had its coffee, and went to lunch at 13:02; at 13:07, which break is it on?
    queue.apply(open('c1', on(3, 60)), pause(3, 120), open('c1', on(3, 130)), pause(3, 302));
    const plan = routine.sample(createRandom(1), time(on(3, 307)))?.get('c1');
    expect(plan?.breakMinutes).toBeCloseTo(45, 5);
  });
});

describe('the speed of counters', () => {
  it('is how counters compare with each other: one counter alone is the store’s own speed', () => {
    const alone = createServiceTimes({ priorServiceMinutes: { tills: 4 }, defaultPriorMinutes: 5, priorCounterFactor: {}, priorWeight: 8, halfLife: 150, clock: utc });
    const random = createRandom(9);
    for (let index = 0; index < 300; index += 1) alone.learn('tills', 'c1', Math.exp(Math.log(4) + 0.5 * normal(random)) * (index % 50 === 0 ? 5 : 1), monday + index * 300_000);
    expect(alone.counterFactor('c1')).toBeCloseTo(1, 5);
    const pair = createServiceTimes({ priorServiceMinutes: { tills: 4 }, defaultPriorMinutes: 5, priorCounterFactor: {}, priorWeight: 8, halfLife: 150, clock: utc });
    for (let index = 0; index < 400; index += 1) pair.learn('tills', index % 2 === 0 ? 'quick' : 'slow', Math.exp(Math.log(4) + 0.4 * normal(random)) * (index % 2 === 0 ? 1 : 1.5), monday + index * 300_000);
    expect(pair.counterFactor('slow') / pair.counterFactor('quick')).toBeGreaterThan(1.35);
    expect(Math.abs(Math.log(pair.counterFactor('slow')) + Math.log(pair.counterFactor('quick')))).toBeLessThan(0.05);
  });
});

describe('the record of service times', () => {
  it('keeps the rare tangled case at its real length, so a service long past the usual is not about to end', () => {
    const model = createDurationModel({ priorMinutes: 4, halfLife: 1000, window: 2000 });
    const random = createRandom(8);
    for (let index = 0; index < 1500; index += 1) model.add(Math.exp(Math.log(4) + 0.5 * normal(random)) * (index % 100 === 0 ? 6 : 1));
    const left = Array.from({ length: 2000 }, () => model.sampleRemaining(random, 18)).sort((a, b) => a - b);
    // A service at 18 minutes is one of the tangled ones: they ran about 24 minutes.
    expect(left[1000]).toBeGreaterThan(3);
  });
});

describe('the calibration by group', () => {
  it("widens the range of a group whose waits run long, without widening everyone else's", () => {
    const calibration = createWaitCalibration({ coverage: 0.8, pastUpper: 0.07, step: 0.03, medianStep: 0.01 });
    const random = createRandom(10);
    const raw = { lowMinutes: 8, medianMinutes: 12, highMinutes: 16 };
    const pastUpper = { late: 0, morning: 0 };
    for (let round = 0; round < 6000; round += 1) {
      const late = round % 4 === 0;
      const shown = calibration.adjust(raw, [late ? 'hour:19' : 'hour:10']);
      // The simulation is right for the morning; in the last hour waits run 30% longer.
      const waited = (12 + 2.5 * normal(random)) * (late ? 1.3 : 1);
      if (round > 3000 && waited > shown.highMinutes) pastUpper[late ? 'late' : 'morning'] += 1;
      calibration.learn(shown, waited);
    }
    expect(pastUpper.late / 750).toBeLessThan(0.12);
    expect(pastUpper.morning / 2250).toBeLessThan(0.12);
    const morning = calibration.adjust(raw, ['hour:10']);
    const late = calibration.adjust(raw, ['hour:19']);
    expect(late.highMinutes - morning.highMinutes).toBeGreaterThan(2);
  });
});

describe('the tickets still to come', () => {
  it('has every walk-in before an early appointment’s booked time go first, and only then', () => {
    const arrivals = createFutureArrivals(utc);
    const queue = queueWith([watching((event) => arrivals.observe(event))]);
    // Two days of walk-ins from 8:00 to 14:00 every three minutes: twenty an hour.
    for (const day of [0, 1440]) {
      queue.apply(open('c1', day));
      for (let minute = day; minute < day + 360; minute += 3) queue.apply(issue(`w${minute}`, minute), call(`w${minute}`, 'c1', minute + 0.1), served(`w${minute}`, 'c1', minute + 2));
      queue.apply({ type: 'counter.closed', at: at_(day + 365), counter: 'c1' });
    }
    const random = createRandom(3);
    // The third morning at 10:00.
    const now = time(2880 + 120);
    // None can pass a ticket ready now; about seven come before one ready in twenty minutes.
    expect(arrivals.sample(random, now, now, ['tills'])).toHaveLength(0);
    const counts = Array.from({ length: 400 }, () => arrivals.sample(random, now, now + 20 * 60_000, ['tills']).length);
    const mean = counts.reduce((sum, count) => sum + count, 0) / counts.length;
    expect(mean).toBeGreaterThan(5);
    expect(mean).toBeLessThan(9);
  });
});
