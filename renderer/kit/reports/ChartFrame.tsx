// Where a chart goes: an image to a screen reader, named by a sentence that sums it up (the table
// under it holds every figure), drawn by the chart library once its code has come. Until then the
// chart's place is kept, so nothing jumps when it arrives.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { languageDirection } from '../../../shared/i18n/languages.ts';
import { hasFigures } from './chart-points.ts';
import type { ReportChartProps } from './charts/ReportChart.tsx';
import './chart-frame.css';

// The chart library loads only here, on its own: the first paint does not wait for it.
const ReportChart = lazy(() => import('./charts/ReportChart.tsx'));

export function ChartFrame({ summary, ...chart }: Omit<ReportChartProps, 'rightToLeft'> & { summary: string }) {
  const { t, i18n } = useTranslation();
  // Rows without a figure (a service nobody was called for yet) would draw empty axes.
  if (!hasFigures(chart.chart)) return <p className="chart-frame__none">{t('backoffice.reports.nothing')}</p>;
  return (
    <div className="chart-frame" role="img" aria-label={summary}>
      <Suspense fallback={<div className="chart-frame__waiting" />}>
        <ReportChart {...chart} rightToLeft={languageDirection(i18n.language) === 'rtl'} />
      </Suspense>
    </div>
  );
}
