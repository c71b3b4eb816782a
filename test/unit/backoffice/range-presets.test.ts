// The periods a manager picks from, on the store's calendar, and the custom ranges refused.
import { describe, expect, it } from 'vitest';
import { presetRange, rangeProblem } from '../../../renderer/kit/reports/range/range-presets.ts';

/** Noon, local time: a date, whatever the machine's time zone. */
const on = (date: string) => new Date(`${date}T12:00:00`);

describe('the report periods', () => {
  it('name today, yesterday and the last 7 and 30 days, both ends included', () => {
    const today = on('2026-03-05');
    expect(presetRange('today', today)).toEqual({ from: '2026-03-05', to: '2026-03-05' });
    expect(presetRange('yesterday', today)).toEqual({ from: '2026-03-04', to: '2026-03-04' });
    expect(presetRange('last7', today)).toEqual({ from: '2026-02-27', to: '2026-03-05' });
    expect(presetRange('last30', today)).toEqual({ from: '2026-02-04', to: '2026-03-05' });
  });

  it('know the calendar: this month so far, all of last month (a leap February too), this year so far', () => {
    expect(presetRange('thisMonth', on('2028-03-15'))).toEqual({ from: '2028-03-01', to: '2028-03-15' });
    expect(presetRange('lastMonth', on('2028-03-15'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(presetRange('lastMonth', on('2026-01-10'))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('yesterday', on('2026-01-01'))).toEqual({ from: '2025-12-31', to: '2025-12-31' });
    expect(presetRange('thisYear', on('2026-07-04'))).toEqual({ from: '2026-01-01', to: '2026-07-04' });
  });

  it('refuse a custom range with a date missing, running backwards, or longer than a report covers', () => {
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-31' })).toBeNull();
    expect(rangeProblem({ from: '2026-03-01', to: '' })).toBe('missing');
    expect(rangeProblem({ from: '2026-02-30', to: '2026-03-31' })).toBe('missing');
    expect(rangeProblem({ from: '2026-03-31', to: '2026-03-01' })).toBe('backwards');
    expect(rangeProblem({ from: '2020-01-01', to: '2026-03-01' })).toBe('tooLong');
  });
});
