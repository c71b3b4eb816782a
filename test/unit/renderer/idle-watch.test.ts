import { describe, expect, it } from 'vitest';
import { createIdleStore } from '../../../renderer/kiosk/idle/idle-store.ts';
import { createIdleWatch } from '../../../renderer/kiosk/idle/idle-watch.ts';
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
});
