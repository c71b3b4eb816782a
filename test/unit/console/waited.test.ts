import { describe, expect, it } from 'vitest';
import { waitedSince, waitedText } from '../../../renderer/console/counter/waited.ts';
import { createKioskI18n } from '../../../renderer/kit/i18n/create-i18n.ts';

const issued = '2026-03-02T10:00:00.000Z';
const after = (ms: number) => Date.parse(issued) + ms;
const minute = 60_000;

describe('the waited-so-far time', () => {
  it('counts whole minutes, never rounding up', () => {
    expect(waitedSince(issued, after(59_999))).toEqual({ kind: 'underMinute' });
    expect(waitedSince(issued, after(minute))).toEqual({ kind: 'minutes', minutes: 1 });
    expect(waitedSince(issued, after(7 * minute + 59_000))).toEqual({ kind: 'minutes', minutes: 7 });
  });

  it('goes to hours and minutes from an hour on', () => {
    expect(waitedSince(issued, after(59 * minute))).toEqual({ kind: 'minutes', minutes: 59 });
    expect(waitedSince(issued, after(65 * minute))).toEqual({ kind: 'hours', hours: 1, minutes: 5 });
  });

  it('reads a clock that runs behind the host, or a time it cannot read, as just now', () => {
    expect(waitedSince(issued, after(-3 * minute))).toEqual({ kind: 'underMinute' });
    expect(waitedSince('not a time', after(0))).toEqual({ kind: 'underMinute' });
  });

  it('reads in English and Spanish as staff say it', () => {
    const english = createKioskI18n('en').t;
    const spanish = createKioskI18n('es').t;
    expect(waitedText(english, waitedSince(issued, after(30_000)))).toBe('under 1 min');
    expect(waitedText(english, waitedSince(issued, after(12 * minute)))).toBe('12 min');
    expect(waitedText(english, waitedSince(issued, after(125 * minute)))).toBe('2 h 05 min');
    expect(waitedText(spanish, waitedSince(issued, after(30_000)))).toBe('menos de 1 min');
    expect(waitedText(spanish, waitedSince(issued, after(61 * minute)))).toBe('1 h 01 min');
  });
});
