// The charts drawn with a chart library, loaded only when a report is shown: the customer screens
// never load it, and the reports' first paint never waits for it. The library is Recharts (MIT,
// React, SVG, well kept): https://recharts.github.io.
import type { ChartPoints } from '../chart-points.ts';
import { BarsChart } from './BarsChart.tsx';
import { LinesChart } from './LinesChart.tsx';

export interface ReportChartProps {
  kind: 'bars' | 'stacked' | 'lines';
  chart: ChartPoints;
  /** A figure as the table writes it (a share as 67%, minutes with their unit). */
  format: (value: number) => string;
  /** What a bar's count reads as, beside its figure ("of 420"). */
  countText?: (count: number) => string;
  rightToLeft: boolean;
}

export default function ReportChart({ kind, ...props }: ReportChartProps) {
  return kind === 'lines' ? <LinesChart {...props} /> : <BarsChart {...props} stacked={kind === 'stacked'} />;
}
