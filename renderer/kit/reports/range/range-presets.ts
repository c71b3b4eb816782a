// The periods a manager asks for most, as date ranges on the store's calendar (the browser runs on
// the store's PC, so its clock's date is the store's): today, yesterday, the last 7 or 30 days,
// this month so far, last month, this year so far; or any two dates.
import { reportDateSchema, reportRangeSchema } from '../../../../shared/reports/report-views.ts';

export const rangePresets = ['today', 'yesterday', 'last7', 'last30', 'thisMonth', 'lastMonth', 'thisYear', 'custom'] as const;
export type RangePreset = (typeof rangePresets)[number];

export interface DateRange {
  from: string;
  to: string;
}

/** A date as `YYYY-MM-DD` on the local calendar. */
function localDate(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
}

function day(year: number, month: number, date: number): string {
  // Date normalises overflow: day 0 of a month is the last day of the month before.
  return localDate(new Date(year, month, date, 12));
}

/** The range a preset names on `today`; a custom range is left as it was. */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: Date): DateRange {
  const [year, month, date] = [today.getFullYear(), today.getMonth(), today.getDate()];
  const now = day(year, month, date);
  switch (preset) {
    case 'today':
      return { from: now, to: now };
    case 'yesterday':
      return { from: day(year, month, date - 1), to: day(year, month, date - 1) };
    case 'last7':
      return { from: day(year, month, date - 6), to: now };
    case 'last30':
      return { from: day(year, month, date - 29), to: now };
    case 'thisMonth':
      return { from: day(year, month, 1), to: now };
    case 'lastMonth':
      return { from: day(year, month - 1, 1), to: day(year, month, 0) };
    case 'thisYear':
      return { from: day(year, 0, 1), to: now };
  }
}

/** Why two typed dates make no report range (`backoffice.reports.range.<problem>`), or null when they do. */
export function rangeProblem(range: DateRange): 'missing' | 'backwards' | 'tooLong' | null {
  if (!reportDateSchema.safeParse(range.from).success || !reportDateSchema.safeParse(range.to).success) return 'missing';
  if (range.from > range.to) return 'backwards';
  return reportRangeSchema.safeParse(range).success ? null : 'tooLong';
}
