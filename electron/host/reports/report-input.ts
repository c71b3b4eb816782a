// What every report module reads: the range's days summed, grouped by the trend's grain, and day by
// day; the store's order for its flows, steps and services; and the complaint desk's own record.
import type { ComplaintFigure } from '../complaints/complaint-rows.ts';
import type { ReportRange } from '../../../shared/reports/report-views.ts';
import type { DaySummary, RatingCounts, RunCounts } from './day-summary.ts';
import { quantile, type Histogram } from './histogram.ts';

export interface ReportInput {
  range: ReportRange;
  total: DaySummary;
  /** Every period of the range by its grain, oldest first, empty ones included. */
  periods: { period: string; summary: DaySummary }[];
  /** Every day of the range up to today, oldest first. */
  days: { date: string; summary: DaySummary }[];
  /** The store's own order; ids the log has and the config no longer has come after, sorted. */
  order: { flows: string[]; steps: Record<string, string[]>; services: string[] };
  complaints: ComplaintFigure[];
}

/** A share, or null when there is nothing to take a share of. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function completedShare(runs: RunCounts): number | null {
  return shareOf(runs.completed, runs.started);
}

export function meanRating(ratings: RatingCounts): number | null {
  return ratings.count > 0 ? ratings.sum / ratings.count : null;
}

/** A quantile of seconds, in minutes to a tenth. */
export function minutesAt(histogram: Histogram, q: number): number | null {
  const seconds = quantile(histogram, q);
  return seconds === null ? null : Math.round(seconds / 6) / 10;
}

/** Known ids in the store's order, then the others the log has, sorted. */
export function ordered(known: readonly string[], seen: Iterable<string>): string[] {
  const present = new Set(seen);
  return [...known.filter((id) => present.has(id)), ...[...present].filter((id) => !known.includes(id)).sort()];
}

/** Flow ids the range has anything of, in the store's order. */
export function flowsOf(input: ReportInput): string[] {
  return ordered(input.order.flows, Object.keys(input.total.flows));
}
