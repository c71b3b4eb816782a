// What a chart shows, in one sentence a screen reader says in its place: the highest and lowest
// bar, where a trend went, the busiest hour. The table under every chart holds each figure.
import type { ReportLabeler, Translate } from '../../../shared/reports/report-labels.ts';
import type { ChartPoints, HeatmapCell } from './chart-points.ts';

interface Figure {
  label: string;
  value: number;
}

/** The first series' figures that are there, with their point's label. */
function firstSeries({ points, series }: ChartPoints): { name: string; figures: Figure[] } {
  const key = series[0]?.key ?? 's0';
  const figures = points.flatMap((point) => {
    const value = point.figures[key];
    return value === null || value === undefined ? [] : [{ label: point.label, value }];
  });
  return { name: series[0]?.name ?? '', figures };
}

function extremes(figures: Figure[]): { top: Figure; bottom: Figure } | null {
  const [first] = figures;
  if (!first) return null;
  return {
    top: figures.reduce((best, figure) => (figure.value > best.value ? figure : best), first),
    bottom: figures.reduce((least, figure) => (figure.value < least.value ? figure : least), first),
  };
}

export function barsSummary(title: string, chart: ChartPoints, labeler: ReportLabeler, t: Translate): string {
  const { name, figures } = firstSeries(chart);
  const found = extremes(figures);
  if (!found) return t('backoffice.reports.chart.empty', { title });
  const value = (figure: Figure) => labeler.cell(chart.figure, figure.value);
  if (figures.length === 1) return t('backoffice.reports.chart.single', { title, series: name, label: found.top.label, value: value(found.top) });
  return t('backoffice.reports.chart.bars', {
    title,
    series: name,
    top: found.top.label,
    topValue: value(found.top),
    bottom: found.bottom.label,
    bottomValue: value(found.bottom),
  });
}

export function linesSummary(title: string, chart: ChartPoints, labeler: ReportLabeler, t: Translate): string {
  const { name, figures } = firstSeries(chart);
  const found = extremes(figures);
  const first = figures[0];
  const last = figures.at(-1);
  if (!found || !first || !last) return t('backoffice.reports.chart.empty', { title });
  const value = (figure: Figure) => labeler.cell(chart.figure, figure.value);
  if (figures.length === 1) return t('backoffice.reports.chart.single', { title, series: name, label: first.label, value: value(first) });
  return t('backoffice.reports.chart.lines', {
    title,
    series: name,
    from: first.label,
    fromValue: value(first),
    to: last.label,
    toValue: value(last),
    top: found.top.label,
    topValue: value(found.top),
  });
}

export function funnelSummary(title: string, flow: string, chart: ChartPoints, labeler: ReportLabeler, t: Translate): string {
  const first = chart.points[0];
  const last = chart.points.at(-1);
  if (!first || !last || first.count === null || last.count === null) return t('backoffice.reports.chart.empty', { title });
  return t('backoffice.reports.chart.funnel', {
    title,
    flow,
    first: first.label,
    firstValue: labeler.cell(chart.figure, first.count),
    last: last.label,
    lastValue: labeler.cell(chart.figure, last.count),
  });
}

export function heatmapSummary(title: string, week: HeatmapCell[][], labeler: ReportLabeler, t: Translate): string {
  const busiest = week.flat().reduce<HeatmapCell | null>((best, cell) => (cell.sessions > (best?.sessions ?? 0) ? cell : best), null);
  if (!busiest) return t('backoffice.reports.chart.empty', { title });
  return t('backoffice.reports.chart.heatmap', {
    title,
    weekday: labeler.cell({ id: 'weekday', unit: 'weekday' }, busiest.weekday),
    hour: labeler.cell({ id: 'hour', unit: 'hour' }, busiest.hour),
    value: labeler.cell({ id: 'sessions', unit: 'count' }, busiest.sessions),
  });
}
