import { describe, expect, it } from 'vitest';
import { createIdleStore } from '../../../renderer/kiosk/idle/idle-store.ts';
import { createIdleWatch } from '../../../renderer/kiosk/idle/idle-watch.ts';
import { idleLimits, thanksSeconds } from '../../../renderer/kiosk/idle/time-limits.ts';
import { createFakeClock } from './fake-clock.ts';

function watchFixture() {
  const clock = createFakeClock();
  const store = createIdleStore();
  const calls: string[] = [];
  const watch = createIdleWatch({ store, timers: clock.timers, now: clock.now });
  watch.listen({ warned: () => calls.push('warn'), timedOut: () => calls.push('timeout') });
  watch.start({ idleSeconds: 60, warningSeconds: 30 });
  return { clock, store, calls, watch };
}

describe('the idle watch', () => {
  it('warns after the quiet period and counts down second by second', () => {
    const { clock, store, calls } = watchFixture();
    clock.advance(59_999);
    expect(store.getState().phase).toBe('watching');
    clock.advance(1);
    expect(calls).toEqual(['warn']);
    expect(store.getState()).toMatchObject({ phase: 'warning', secondsLeft: 30 });
    clock.advance(1000);
    expect(store.getState().secondsLeft).toBe(29);
    clock.advance(18_500);
    expect(store.getState().secondsLeft).toBe(11);
  });

  it('times out when the countdown reaches zero, and stops', () => {
    const { clock, store, calls } = watchFixture();
    clock.advance(60_000 + 29_999);
    expect(calls).toEqual(['warn']);
    clock.advance(1);
    expect(calls).toEqual(['warn', 'timeout']);
    expect(store.getState().phase).toBe('off');
    expect(clock.pending()).toBe(0);
  });

  it('starts the quiet period again on every touch or key', () => {
    const { clock, calls, watch } = watchFixture();
    clock.advance(50_000);
    watch.activity();
    clock.advance(50_000);
    expect(calls).toEqual([]);
    clock.advance(10_000);
    expect(calls).toEqual(['warn']);
  });

  it('is not dismissed by stray activity while warning; only asking for more time extends', () => {
    const { clock, store, calls, watch } = watchFixture();
    clock.advance(60_000);
    watch.activity();
    expect(store.getState().phase).toBe('warning');

    expect(watch.extend()).toBe(true);
    expect(store.getState().phase).toBe('watching');
    clock.advance(59_999);
    expect(calls).toEqual(['warn']);
    clock.advance(1);
    expect(calls).toEqual(['warn', 'warn']);
  });

  it('has nothing to extend when no warning is showing', () => {
    const { watch } = watchFixture();
    expect(watch.extend()).toBe(false);
  });

  it('does nothing once stopped', () => {
    const { clock, store, calls, watch } = watchFixture();
    watch.stop();
    clock.advance(600_000);
    expect(calls).toEqual([]);
    expect(store.getState().phase).toBe('off');
  });

  it('can be extended again and again, each time with the whole quiet period and at least 20 seconds of warning', () => {
    const { clock, store, calls, watch } = watchFixture();
    for (let extension = 1; extension <= 12; extension += 1) {
      clock.advance(60_000);
      expect(store.getState()).toMatchObject({ phase: 'warning', secondsLeft: 30 });
      // The customer answers late, with little of the warning left.
      clock.advance(28_000);
      expect(store.getState().secondsLeft).toBe(2);
      expect(watch.extend()).toBe(true);
    }
    expect(calls).toEqual(Array.from({ length: 12 }, () => 'warn'));
    clock.advance(60_000 + 30_000);
    expect(calls.at(-1)).toBe('timeout');
  });

  it('lengthens the quiet period under way when a mode comes on, and leaves a warning showing as it was', () => {
    const { clock, store, calls, watch } = watchFixture();
    clock.advance(30_000);
    watch.changeLimits(idleLimits({ idleSeconds: 60, warningSeconds: 30 }, 2, true));
    clock.advance(119_999);
    expect(calls).toEqual([]);
    clock.advance(1);
    expect(store.getState()).toMatchObject({ phase: 'warning', secondsLeft: 60 });

    watch.changeLimits({ idleSeconds: 60, warningSeconds: 30 });
    expect(store.getState()).toMatchObject({ phase: 'warning', secondsLeft: 60 });
    expect(watch.extend()).toBe(true);
    clock.advance(60_000);
    expect(store.getState()).toMatchObject({ phase: 'warning', secondsLeft: 30 });
  });
});

describe('time limits', () => {
  it('are the store’s own with no accessibility mode on', () => {
    expect(idleLimits({ idleSeconds: 60, warningSeconds: 30 }, 3, false)).toEqual({ idleSeconds: 60, warningSeconds: 30 });
  });

  it('are lengthened by the store’s factor while a mode is on', () => {
    expect(idleLimits({ idleSeconds: 60, warningSeconds: 30 }, 2.5, true)).toEqual({ idleSeconds: 150, warningSeconds: 75 });
  });

  it('never warn with less than 20 seconds to answer', () => {
    expect(idleLimits({ idleSeconds: 15, warningSeconds: 5 }, 1, false).warningSeconds).toBe(20);
  });

  it('keep the thank-you screen 30 seconds for a feedback question and 20 after, both lengthened in a mode', () => {
    expect([thanksSeconds(true, 2, false), thanksSeconds(false, 2, false)]).toEqual([30, 20]);
    expect([thanksSeconds(true, 2, true), thanksSeconds(false, 2, true)]).toEqual([60, 40]);
  });
});
