import { describe, expect, it } from 'vitest';
import { createDurationModel } from '../../../shared/queue/estimate/duration-model.ts';
import { createWaitCalibration } from '../../../shared/queue/estimate/calibration.ts';
import { createRandom, normal } from '../../../shared/queue/estimate/random.ts';
import { createServiceTimes } from '../../../shared/queue/estimate/service-times.ts';
import { createStoreClock } from '../../../shared/queue/estimate/store-clock.ts';

const fourMinuteServices = (count: number, seed = 5) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => Math.exp(Math.log(4) + 0.4 * normal(random)));
};

describe('the learned service time', () => {
  it('barely moves for one two-hour service among ordinary ones', () => {
    const model = createDurationModel({ priorMinutes: 5 });
    for (const minutes of fourMinuteServices(60)) model.add(minutes);
    const before = model.summary();
    model.add(120);
    const after = model.summary();
    expect(Math.abs(after.medianMinutes - before.medianMinutes) / before.medianMinutes).toBeLessThan(0.03);
    expect(Math.abs(after.meanMinutes - before.meanMinutes) / before.meanMinutes).toBeLessThan(0.1);
  });

  it('starts from the configured prior and leaves it as services are seen', () => {
    const model = createDurationModel({ priorMinutes: 10 });
    expect(model.summary().meanMinutes).toBeCloseTo(10, 5);
    for (const minutes of fourMinuteServices(100)) model.add(minutes);
    expect(model.summary().meanMinutes).toBeLessThan(5.5);
  });

  it('follows the day: recent services count more than old ones', () => {
    const model = createDurationModel({ priorMinutes: 4, halfLife: 40 });
    for (const minutes of fourMinuteServices(150)) model.add(minutes);
    for (const minutes of fourMinuteServices(60, 9)) model.add(minutes * 2);
    expect(model.summary().medianMinutes).toBeGreaterThan(6);
  });

  it('learns that one counter is slower than the others at the same service', () => {
    const times = createServiceTimes({ priorServiceMinutes: { tills: 4 }, defaultPriorMinutes: 5, priorCounterFactor: {}, priorWeight: 8, halfLife: 150, clock: createStoreClock('UTC') });
    fourMinuteServices(200).forEach((minutes, index) => times.learn('tills', index % 2 === 0 ? 'quick' : 'slow', index % 2 === 0 ? minutes : minutes * 1.5, Date.UTC(2026, 2, 2, 10) + index * 300_000));
    expect(times.counterFactor('slow') / times.counterFactor('quick')).toBeGreaterThan(1.3);
  });

  it('expects less time left of a service the longer it has run, up to its usual length', () => {
    const model = createDurationModel({ priorMinutes: 4 });
    for (const minutes of fourMinuteServices(200)) model.add(minutes);
    const random = createRandom(1);
    const meanLeft = (elapsed: number) => Array.from({ length: 2000 }, () => model.sampleRemaining(random, elapsed)).reduce((a, b) => a + b) / 2000;
    expect(meanLeft(3.5)).toBeLessThan(meanLeft(0.5) - 2);
  });
});

describe('the interval calibration', () => {
  it('widens an interval that holds too few real waits until it holds 80%', () => {
    const calibration = createWaitCalibration({ coverage: 0.8, pastUpper: 0.09, step: 0.03, medianStep: 0.01 });
    const random = createRandom(2);
    // The simulation claims 10 to 14 minutes; real waits are spread twice as widely.
    const raw = { lowMinutes: 10, medianMinutes: 12, highMinutes: 14 };
    let held = 0;
    let pastUpper = 0;
    const rounds = 3000;
    for (let index = 0; index < rounds; index += 1) {
      const shown = calibration.adjust(raw);
      const waited = 12 + 3.2 * normal(random);
      if (index >= rounds / 2) {
        if (waited >= shown.lowMinutes && waited <= shown.highMinutes) held += 1;
        if (waited > shown.highMinutes) pastUpper += 1;
      }
      calibration.learn(shown, waited);
    }
    expect(held / (rounds / 2)).toBeGreaterThan(0.76);
    expect(held / (rounds / 2)).toBeLessThan(0.84);
    expect(pastUpper / (rounds / 2)).toBeLessThan(0.12);
  });
});
