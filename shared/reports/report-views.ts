// What the host's usage reports look like to whoever reads them: the back office, the exports and
// the `npm run report` command. Every report is a few tables of plain cells, each column saying what
// its cells are, so one renderer draws any table, one writer exports any table as CSV, and a chart
// is a view of a table a manager can always read under it.
import { z } from 'zod';
import { localizedTextSchema } from '../config/localized-text.ts';

/** The reports, in the order the back office and the exports show them. */
export const reportIds = [
  'sessions',
  'completion',
  'funnel',
  'taskTime',
  'assisted',
  'learning',
  'pilots',
  'languages',
  'accessibility',
  'heatmap',
  'help',
  'queue',
  'estimates',
  'satisfaction',
  'complaints',
  'incidents',
] as const;
export const reportIdSchema = z.enum(reportIds);
export type ReportId = z.infer<typeof reportIdSchema>;

/** How trend tables group days: by day, by ISO week (Monday first) or by calendar month. */
export const grainSchema = z.enum(['day', 'week', 'month']);
export type Grain = z.infer<typeof grainSchema>;

/** A calendar date on the store's clock, as `YYYY-MM-DD`. */
export const reportDateSchema = z.iso.date();

/** The longest range one report covers: three years of days. */
export const maxReportDays = 3 * 366;

/** A date range, both ends included, on the store's clock. */
export const reportRangeSchema = z
  .object({ from: reportDateSchema, to: reportDateSchema, grain: grainSchema.default('day') })
  .strict()
  .refine((range) => range.from <= range.to, { message: 'the range ends before it starts', path: ['to'] })
  .refine((range) => daysBetween(range.from, range.to) < maxReportDays, { message: `a range is at most ${maxReportDays} days`, path: ['to'] });
export type ReportRange = z.infer<typeof reportRangeSchema>;

/** Days from one date to another (0 for the same date). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * What a column's cells are, so each reader can show them:
 * - ids the store names (`flow`, `step`, `service`, `category`) are looked up in the report's `names`;
 * - ids the product names (`screen`, `language`, `dimension`, `reason`, `trigger`, `cause`, `outcome`,
 *   `kind`, `incident`, `mode`) are translated from the locale files, under `reports.values.<unit>.<id>`;
 * - `period` is a day (`2026-03-14`), an ISO week (`2026-W11`) or a month (`2026-03`), after the grain;
 * - `weekday` is 1 (Monday) to 7 (Sunday), `hour` 0 to 23, on the store's clock;
 * - `count` a whole number, `share` a fraction from 0 to 1, `seconds` and `minutes` durations,
 *   `rating` a mean of 1 to 5 stars, `hours` running time, `code` an error code shown as it is.
 */
const columnUnits = [
  'flow',
  'step',
  'service',
  'category',
  'screen',
  'language',
  'dimension',
  'reason',
  'trigger',
  'cause',
  'outcome',
  'kind',
  'incident',
  /** An accessibility mode (shared/accessibility/modes.ts). */
  'mode',
  'period',
  'weekday',
  'hour',
  'count',
  'share',
  'seconds',
  'minutes',
  'rating',
  'hours',
  'code',
] as const;
export const columnUnitSchema = z.enum(columnUnits);
export type ColumnUnit = z.infer<typeof columnUnitSchema>;

/** A cell: an id or a figure; null when there is nothing to say (no customers, or too few to say it). */
export const reportCellSchema = z.union([z.string().max(200), z.number(), z.null()]);
export type ReportCell = z.infer<typeof reportCellSchema>;

export const reportColumnSchema = z.object({
  /** Names the column in the locale files: `reports.columns.<id>`. */
  id: z.string().min(1).max(64),
  unit: columnUnitSchema,
});
export type ReportColumn = z.infer<typeof reportColumnSchema>;

export const reportTableSchema = z.object({
  /** Names the table in the locale files (`reports.tables.<id>`) and the CSV file it exports to. */
  id: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  columns: z.array(reportColumnSchema).min(1),
  rows: z.array(z.array(reportCellSchema)),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

export const reportSchema = z.object({ id: reportIdSchema, tables: z.array(reportTableSchema).min(1) });
export type Report = z.infer<typeof reportSchema>;

/** The store's own names for the ids its reports hold, in every language the store has. */
export const reportNamesSchema = z.object({
  flows: z.record(z.string(), localizedTextSchema),
  /** Keyed `flowId.stepId`. */
  steps: z.record(z.string(), localizedTextSchema),
  services: z.record(z.string(), localizedTextSchema),
  categories: z.record(z.string(), localizedTextSchema),
});
export type ReportNames = z.infer<typeof reportNamesSchema>;

export const reportSetSchema = z.object({
  store: z.object({ id: z.string(), name: z.string() }),
  /** The IANA time zone the dates, weekdays and hours are in. */
  timeZone: z.string(),
  range: z.object({ from: reportDateSchema, to: reportDateSchema, grain: grainSchema }),
  generatedAt: z.iso.datetime({ offset: true }),
  names: reportNamesSchema,
  reports: z.array(reportSchema),
});
export type ReportSet = z.infer<typeof reportSetSchema>;
