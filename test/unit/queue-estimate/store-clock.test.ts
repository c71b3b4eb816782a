import { describe, expect, it } from 'vitest';
import { createStoreClock, dayKind, isTimeZone } from '../../../shared/queue/estimate/store-clock.ts';

const dayKeyOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

describe("the store's clock", () => {
  it('puts a 21:00 close in Mexico City on its own day, though it is past midnight in UTC', () => {
    const clock = createStoreClock('America/Mexico_City');
    const close = Date.parse('2026-03-06T03:00:00Z');
    expect(clock.dayOf(close)).toEqual({ key: dayKeyOf('2026-03-05'), weekday: 3, minute: 21 * 60 });
  });

  it('reads the wall clock on both sides of a summer-time change', () => {
    const clock = createStoreClock('Europe/Madrid');
    // 14:00 in Madrid is 13:00 UTC in winter and 12:00 UTC in summer.
    expect(clock.instant(dayKeyOf('2026-03-27'), 14 * 60)).toBe(Date.parse('2026-03-27T13:00:00Z'));
    expect(clock.instant(dayKeyOf('2026-03-30'), 14 * 60)).toBe(Date.parse('2026-03-30T12:00:00Z'));
    expect(clock.dayOf(Date.parse('2026-03-30T12:00:00Z')).minute).toBe(14 * 60);
    // The day of the change itself has 23 hours; its 09:00 is still 09:00.
    expect(clock.instant(dayKeyOf('2026-03-29'), 9 * 60)).toBe(Date.parse('2026-03-29T07:00:00Z'));
    // An autumn change: 01:30 happens twice; the clock reads the first.
    expect(clock.dayOf(clock.instant(dayKeyOf('2026-10-25'), 90)).minute).toBe(90);
  });

  it('keeps a late-night shop on one day until its day starts again', () => {
    const clock = createStoreClock('Europe/Madrid', '04:00');
    // 01:30 on Saturday belongs to Friday's day, 27 hours and a half into it by the wall clock.
    const late = clock.dayOf(Date.parse('2026-01-10T00:30:00Z'));
    expect(late).toEqual({ key: dayKeyOf('2026-01-09'), weekday: 4, minute: 25 * 60 + 30 });
    expect(clock.instant(late.key, late.minute)).toBe(Date.parse('2026-01-10T00:30:00Z'));
  });

  it('tells Monday to Friday from Saturday and Sunday', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(dayKind)).toEqual(['weekday', 'weekday', 'weekday', 'weekday', 'weekday', 'saturday', 'sunday']);
  });

  it('knows an IANA time zone from a made-up one', () => {
    expect(isTimeZone('America/Mexico_City')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
