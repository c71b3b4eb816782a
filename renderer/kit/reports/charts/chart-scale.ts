// How far a chart's value axis reaches: shares to 100% and ratings over the 1 to 5 stars whatever
// the figures, so two periods' charts read alike; anything else from nothing to a little past the
// largest figure.
import type { ColumnUnit } from '../../../../shared/reports/report-views.ts';

export function valueDomain(unit: ColumnUnit): [number, number | 'auto'] {
  if (unit === 'share') return [0, 1];
  if (unit === 'rating') return [1, 5];
  return [0, 'auto'];
}

/** Ticks at the marks a person expects: every quarter of a share, every star of a rating. */
export function valueTicks(unit: ColumnUnit): number[] | undefined {
  if (unit === 'share') return [0, 0.25, 0.5, 0.75, 1];
  if (unit === 'rating') return [1, 2, 3, 4, 5];
  return undefined;
}
