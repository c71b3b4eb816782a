import { describe, expect, it } from 'vitest';
import { createCornerHold, isInCorner, isStaffChord, type ScreenShape, type StaffGesture } from '../../../renderer/kiosk/staff/corner-hold.ts';
import { createFakeClock } from './fake-clock.ts';

const portrait: ScreenShape = { width: 1080, height: 1920, direction: 'ltr' };

function holdFixture(gesture: StaffGesture = { corner: 'topEnd', holdSeconds: 3 }, screen: ScreenShape = portrait) {
  const clock = createFakeClock();
  let fired = 0;
  const hold = createCornerHold({ gesture, timers: clock.timers, screen: () => screen, onHold: () => (fired += 1) });
  return { clock, hold, fired: () => fired };
}

describe('the hidden staff gesture', () => {
  it('fires once a press in the corner is held for the configured seconds', () => {
    const { clock, hold, fired } = holdFixture();
    hold.pressed({ id: 1, x: 1060, y: 20 });
    clock.advance(2999);
    expect(fired()).toBe(0);
    clock.advance(1);
    expect(fired()).toBe(1);
    hold.released(1);
    clock.advance(10_000);
    expect(fired()).toBe(1);
  });

  it('does not fire for a press lifted before the time, even one held almost long enough', () => {
    const { clock, hold, fired } = holdFixture();
    hold.pressed({ id: 1, x: 1060, y: 20 });
    clock.advance(2900);
    hold.released(1);
    clock.advance(10_000);
    expect(fired()).toBe(0);
    expect(clock.pending()).toBe(0);
  });

  it('does not fire when the finger slides more than a few pixels, but allows a tremor', () => {
    const { clock, hold, fired } = holdFixture();
    hold.pressed({ id: 1, x: 1040, y: 40 });
    hold.moved({ id: 1, x: 1046, y: 46 });
    clock.advance(3000);
    expect(fired()).toBe(1);

    hold.pressed({ id: 2, x: 1040, y: 40 });
    hold.moved({ id: 2, x: 1040, y: 51 });
    clock.advance(3000);
    expect(fired()).toBe(1);
  });

  it('does not fire for a hold anywhere else: another corner, or just outside the target', () => {
    const { clock, hold, fired } = holdFixture();
    for (const [x, y] of [
      [20, 20],
      [1060, 1900],
      [1060, 96],
      [983, 20],
      [540, 960],
    ] as const) {
      hold.pressed({ id: 1, x, y });
      clock.advance(5000);
      hold.released(1);
    }
    expect(fired()).toBe(0);
  });

  it('ignores the moves and lifts of other fingers, and gives up when a second finger lands', () => {
    const { clock, hold, fired } = holdFixture();
    hold.pressed({ id: 1, x: 1060, y: 20 });
    hold.moved({ id: 7, x: 300, y: 300 });
    hold.released(7);
    clock.advance(3000);
    expect(fired()).toBe(1);

    hold.pressed({ id: 1, x: 1060, y: 20 });
    hold.pressed({ id: 2, x: 1060, y: 30 });
    clock.advance(3000);
    expect(fired()).toBe(1);
  });

  it('stops watching a hold under way when stopped', () => {
    const { clock, hold, fired } = holdFixture();
    hold.pressed({ id: 1, x: 1060, y: 20 });
    hold.stop();
    clock.advance(3000);
    expect(fired()).toBe(0);
  });

  it('finds start and end by the writing direction: the top start corner is top right in Arabic', () => {
    const rtl: ScreenShape = { width: 1920, height: 1080, direction: 'rtl' };
    expect(isInCorner('topStart', { x: 1900, y: 10 }, rtl)).toBe(true);
    expect(isInCorner('topStart', { x: 10, y: 10 }, rtl)).toBe(false);
    expect(isInCorner('topStart', { x: 10, y: 10 }, { ...rtl, direction: 'ltr' })).toBe(true);
    expect(isInCorner('bottomEnd', { x: 10, y: 1070 }, rtl)).toBe(true);
    expect(isInCorner('bottomStart', { x: 10, y: 1070 }, { ...rtl, direction: 'ltr' })).toBe(true);
    expect(isInCorner('bottomStart', { x: 10, y: 983 }, { ...rtl, direction: 'ltr' })).toBe(false);

    const { clock, hold, fired } = holdFixture({ corner: 'bottomStart', holdSeconds: 2 }, rtl);
    hold.pressed({ id: 1, x: 1900, y: 1060 });
    clock.advance(2000);
    expect(fired()).toBe(1);
  });

  it('opens with Ctrl+Alt+S by the key’s place, and with no other chord', () => {
    const chord = { code: 'KeyS', ctrlKey: true, altKey: true, metaKey: false };
    expect(isStaffChord(chord)).toBe(true);
    expect(isStaffChord({ ...chord, altKey: false })).toBe(false);
    expect(isStaffChord({ ...chord, ctrlKey: false })).toBe(false);
    expect(isStaffChord({ ...chord, metaKey: true })).toBe(false);
    expect(isStaffChord({ ...chord, code: 'KeyA' })).toBe(false);
  });
});

