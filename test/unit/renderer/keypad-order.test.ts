import { describe, expect, it } from 'vitest';
import { movedIndex } from '../../../renderer/kiosk/accessibility/keypad-order.ts';

describe('previous and next over the controls', () => {
  it('moves one control at a time, in order', () => {
    expect(movedIndex(4, { at: 1 }, 'next')).toBe(2);
    expect(movedIndex(4, { at: 2 }, 'previous')).toBe(1);
  });

  it('goes round from the last control to the first, and from the first to the last', () => {
    expect(movedIndex(4, { at: 3 }, 'next')).toBe(0);
    expect(movedIndex(4, { at: 0 }, 'previous')).toBe(3);
  });

  it('reaches every control and comes back, whichever way it goes', () => {
    for (const direction of ['next', 'previous'] as const) {
      const seen: number[] = [];
      let index = 0;
      for (let press = 0; press < 5; press += 1) {
        index = movedIndex(5, { at: index }, direction);
        seen.push(index);
      }
      expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
      expect(index).toBe(0);
    }
  });

  it('starts from where focus is when it is on no control (a heading): the next control after it, or the last before it', () => {
    expect(movedIndex(4, { after: 1 }, 'next')).toBe(1);
    expect(movedIndex(4, { after: 1 }, 'previous')).toBe(0);
    // Nothing focused, or a heading above every control.
    expect(movedIndex(4, { after: 0 }, 'next')).toBe(0);
    expect(movedIndex(4, { after: 0 }, 'previous')).toBe(3);
    // Below every control.
    expect(movedIndex(4, { after: 4 }, 'next')).toBe(0);
    expect(movedIndex(4, { after: 4 }, 'previous')).toBe(3);
  });

  it('has nowhere to go when there is no control', () => {
    expect(movedIndex(0, { after: 0 }, 'next')).toBe(-1);
  });

  it('stays on the only control there is', () => {
    expect(movedIndex(1, { at: 0 }, 'next')).toBe(0);
    expect(movedIndex(1, { at: 0 }, 'previous')).toBe(0);
  });
});
