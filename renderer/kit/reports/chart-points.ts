// A report table turned into what a chart draws: a point per bar group or period, with its label
// and a figure per series, the series' names, and the column that says how figures read. Series
// are keyed s0, s1…: ids may hold dots, which a chart library would take for a path.
import type { ReportLabeler } from '../../../shared/reports/report-labels.ts';
import type { ReportCell, ReportColumn, ReportTable } from '../../../shared/reports/report-views.ts';

export interface ChartPoint {
  label: string;
  /** The figure each series has here, by series key; null where there is none. */
  figures: Record<string, number | null>;
  /** The count a figure stands on ("of 420 started"), where the plan names one. */
  count: number | null;
}

export interface ChartSeries {
  key: string;
  name: string;
}

export interface ChartPoints {
  points: ChartPoint[];
  series: ChartSeries[];
  /** How the figures read: every series of a chart shares one unit. */
  figure: ReportColumn;
}

function columnIndex(table: ReportTable, id: string): number {
  return table.columns.findIndex((column) => column.id === id);
}

function cellOf(table: ReportTable, row: readonly ReportCell[], id: string): ReportCell {
  const index = columnIndex(table, id);
  return index < 0 ? null : (row[index] ?? null);
}

function numberOf(cell: ReportCell): number | null {
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

function columnOf(table: ReportTable, id: string): ReportColumn {
  return table.columns.find((column) => column.id === id) ?? { id, unit: 'count' };
}

/** The name a row's `label` columns give it, as the manager reads them. */
function rowLabel(table: ReportTable, row: readonly ReportCell[], label: readonly string[], labeler: ReportLabeler): string {
  return label.map((id) => labeler.cell(columnOf(table, id), cellOf(table, row, id))).join(' · ');
}

export interface PointsPlan {
  /** The columns that name a point (bars), or `period` (lines). */
  label: readonly string[];
  values: readonly string[];
  /** A column whose ids each make a series of the first value column. */
  series?: string;
  count?: string;
}

/** Points in the table's order; rows sharing a label (a period, with a series column) make one point. */
export function chartPoints(table: ReportTable, plan: PointsPlan, labeler: ReportLabeler): ChartPoints {
  const series: ChartSeries[] = [];
  const seriesKeys = new Map<string, string>();
  const seriesKey = (id: string, name: string): string => {
    const known = seriesKeys.get(id);
    if (known) return known;
    const key = `s${series.length}`;
    seriesKeys.set(id, key);
    series.push({ key, name });
    return key;
  };
  if (!plan.series) for (const id of plan.values) seriesKey(id, labeler.column(id));

  const points: ChartPoint[] = [];
  const byLabel = new Map<string, ChartPoint>();
  for (const row of table.rows) {
    const label = rowLabel(table, row, plan.label, labeler);
    let point = byLabel.get(label);
    if (!point) {
      point = { label, figures: {}, count: plan.count ? numberOf(cellOf(table, row, plan.count)) : null };
      byLabel.set(label, point);
      points.push(point);
    }
    if (plan.series) {
      const id = cellOf(table, row, plan.series);
      const name = labeler.cell(columnOf(table, plan.series), id);
      point.figures[seriesKey(String(id), name)] = numberOf(cellOf(table, row, plan.values[0] ?? ''));
    } else {
      for (const id of plan.values) point.figures[seriesKey(id, '')] = numberOf(cellOf(table, row, id));
    }
  }
  // Every point has every series, so a chart draws gaps where a figure is missing.
  for (const point of points) for (const { key } of series) point.figures[key] ??= null;
  return { points, series, figure: columnOf(table, plan.values[0] ?? '') };
}

/** Whether a chart has anything to draw: a table's rows may all be without figures (no customers yet). */
export function hasFigures({ points }: ChartPoints): boolean {
  return points.some((point) => Object.values(point.figures).some((figure) => figure !== null));
}

const abandonedColumns = ['abandonedCancel', 'abandonedTimeout', 'abandonedPreferPerson', 'abandonedError'] as const;

/** The flows a funnel table holds, in its order. */
export function funnelFlows(table: ReportTable): string[] {
  return [...new Set(table.rows.map((row) => String(cellOf(table, row, 'flow'))))];
}

/**
 * One flow's steps as a stacked bar each: the customers who went on from it, and those who left
 * there, by why they left. The bars' full length is the customers who reached the step.
 */
export function funnelPoints(table: ReportTable, flow: string, labeler: ReportLabeler, wentOnName: string): ChartPoints {
  const rows = table.rows.filter((row) => cellOf(table, row, 'flow') === flow);
  const series = [{ key: 's0', name: wentOnName }, ...abandonedColumns.map((id, index) => ({ key: `s${index + 1}`, name: labeler.column(id) }))];
  const points = rows.map((row) => {
    const reached = numberOf(cellOf(table, row, 'reached'));
    const left = abandonedColumns.map((id) => numberOf(cellOf(table, row, id)) ?? 0);
    const wentOn = reached === null ? null : Math.max(0, reached - left.reduce((sum, count) => sum + count, 0));
    return {
      label: labeler.cell(columnOf(table, 'step'), cellOf(table, row, 'step')),
      figures: Object.fromEntries([wentOn, ...left].map((figure, index) => [`s${index}`, figure])),
      count: reached,
    };
  });
  return { points, series, figure: columnOf(table, 'reached') };
}

export interface HeatmapCell {
  weekday: number;
  hour: number;
  sessions: number;
  /** 0 for none, then 1 to 5 by fifths of the busiest hour. */
  level: number;
}

/** The week as seven rows (Monday first) of 24 hours; hours the table lacks count as none. */
export function heatmapWeek(table: ReportTable): HeatmapCell[][] {
  const sessions = new Map<string, number>();
  for (const row of table.rows) {
    const weekday = numberOf(cellOf(table, row, 'weekday'));
    const hour = numberOf(cellOf(table, row, 'hour'));
    if (weekday !== null && hour !== null) sessions.set(`${weekday}-${hour}`, numberOf(cellOf(table, row, 'sessions')) ?? 0);
  }
  const busiest = Math.max(0, ...sessions.values());
  return Array.from({ length: 7 }, (_, day) =>
    Array.from({ length: 24 }, (_, hour) => {
      const count = sessions.get(`${day + 1}-${hour}`) ?? 0;
      return { weekday: day + 1, hour, sessions: count, level: count === 0 || busiest === 0 ? 0 : Math.max(1, Math.ceil((count / busiest) * 5)) };
    }),
  );
}
