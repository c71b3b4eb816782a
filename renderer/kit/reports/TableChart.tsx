// The chart a table's plan names: key-figure tiles, bars, lines, the funnel or the week's heatmap,
// each summed up in a sentence for screen readers.
import { useTranslation } from 'react-i18next';
import type { ReportLabeler } from '../../../shared/reports/report-labels.ts';
import type { ReportTable } from '../../../shared/reports/report-views.ts';
import { ChartFrame } from './ChartFrame.tsx';
import type { ChartPlan } from './chart-plans.ts';
import { chartPoints } from './chart-points.ts';
import { barsSummary, linesSummary } from './chart-summary.ts';
import { FunnelFigure } from './FunnelFigure.tsx';
import { Heatmap } from './Heatmap.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { tableTiles } from './key-figures.ts';

export function TableChart({ plan, table, title, labeler }: { plan: ChartPlan; table: ReportTable; title: string; labeler: ReportLabeler }) {
  const { t } = useTranslation();
  const translate = (key: string, options?: Record<string, unknown>) => t(key, options ?? {});
  switch (plan.kind) {
    case 'tiles':
      return <KeyFigures figures={tableTiles(table, plan.of ?? {}, labeler, translate)} label={title} />;
    case 'heatmap':
      return <Heatmap table={table} title={title} labeler={labeler} />;
    case 'funnel':
      return <FunnelFigure table={table} title={title} labeler={labeler} />;
    case 'lines': {
      const chart = chartPoints(table, { label: ['period'], values: plan.values, series: plan.series }, labeler);
      return <ChartFrame kind="lines" chart={chart} format={(value) => labeler.cell(chart.figure, value)} summary={linesSummary(title, chart, labeler, translate)} />;
    }
    case 'bars': {
      const chart = chartPoints(table, plan, labeler);
      const counted = plan.count ? { id: plan.count, unit: 'count' as const } : null;
      return (
        <ChartFrame
          kind={plan.stacked ? 'stacked' : 'bars'}
          chart={chart}
          format={(value) => labeler.cell(chart.figure, value)}
          countText={counted ? (count) => t('backoffice.reports.chart.count', { count: labeler.cell(counted, count) }) : undefined}
          summary={barsSummary(title, chart, labeler, translate)}
        />
      );
    }
  }
}
