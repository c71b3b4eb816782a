import { describe, expect, it } from 'vitest';
import { createBadgeReader } from '../../../renderer/kit/badge-reader.ts';

/** Types `text` then Enter, `gapMs` apart, from `start`; returns what the reader made of the Enter. */
function type(reader: ReturnType<typeof createBadgeReader>, text: string, gapMs: number, start = 1000): string | null {
  let at = start;
  for (const key of text) {
    expect(reader.key(key, at)).toBeNull();
    at += gapMs;
  }
  return reader.key('Enter', at);
}

describe('the badge reader', () => {
  it('reads a scanner burst ending in Enter as a badge', () => {
    expect(type(createBadgeReader(), 'BADGE0001', 8)).toBe('BADGE0001');
  });

  it('takes a person typing at a keyboard for what it is: no badge', () => {
    expect(type(createBadgeReader(), '1234', 120)).toBeNull();
  });

  it('needs the Enter to come fast too: a burst, a pause, then Enter is no badge', () => {
    const reader = createBadgeReader();
    for (const [index, key] of [...'BADGE0001'].entries()) reader.key(key, 1000 + index * 5);
    expect(reader.key('Enter', 2000)).toBeNull();
  });

  it('does not take a few fast keys for a badge', () => {
    expect(type(createBadgeReader(), 'ab', 5)).toBeNull();
  });

  it('starts a new burst after a pause, keeping only the fast part', () => {
    const reader = createBadgeReader();
    reader.key('x', 0);
    reader.key('y', 400);
    expect(type(reader, 'CARD77', 10, 2000)).toBe('CARD77');
  });

  it('lets Shift pass within a burst (scanners type capitals with it), but not other keys', () => {
    const reader = createBadgeReader();
    let at = 0;
    for (const key of ['Shift', 'B', 'Shift', 'A', 'D', 'G', 'E', '7']) reader.key(key, (at += 5));
    expect(reader.key('Enter', (at += 5))).toBe('BADGE7');
    for (const key of ['C', 'A', 'R', 'ArrowLeft', 'D', '1', '2']) reader.key(key, (at += 5));
    expect(reader.key('Enter', at + 5)).toBeNull();
  });

  it('forgets a burst once reset, and reads the next one', () => {
    const reader = createBadgeReader();
    for (const [index, key] of [...'HALFWAY'].entries()) reader.key(key, index * 5);
    reader.reset();
    expect(reader.key('Enter', 40)).toBeNull();
    expect(type(reader, 'NEXT1234', 5, 100)).toBe('NEXT1234');
  });
});
