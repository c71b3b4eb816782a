// A trend: a line per figure (or per flow) over the days, weeks or months of the range, with a
// dot on each period when there are few enough to see them. Recharts draws it.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReportChartProps } from './ReportChart.tsx';
import { seriesColour } from './chart-colours.ts';
import { valueDomain, valueTicks } from './chart-scale.ts';
import './chart.css';

export function LinesChart({ chart, format, rightToLeft }: Omit<ReportChartProps, 'kind'>) {
  const data = chart.points.map((point) => ({ label: point.label, ...point.figures }));
  const dots = chart.points.length <= 16;
  return (
    <LineChart
      className="report-chart"
      data={data}
      responsive
      style={{ width: '100%', height: chart.series.length > 1 ? 280 : 240 }}
      accessibilityLayer={false}
      margin={{ top: 8, bottom: 4, left: 8, right: 16 }}
    >
      <CartesianGrid vertical={false} />
      <XAxis dataKey="label" reversed={rightToLeft} minTickGap={16} />
      <YAxis
        domain={valueDomain(chart.figure.unit)}
        ticks={valueTicks(chart.figure.unit)}
        allowDecimals={chart.figure.unit !== 'count'}
        tickFormatter={(value: number) => format(value)}
        orientation={rightToLeft ? 'right' : 'left'}
        width="auto"
      />
      <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : '')} isAnimationActive={false} />
      {chart.series.length > 1 ? <Legend itemSorter={null} /> : null}
      {chart.series.map((series, index) => (
        <Line
          key={series.key}
          type="linear"
          dataKey={series.key}
          name={series.name}
          stroke={seriesColour(index)}
          strokeWidth={2}
          dot={dots ? { r: 3 } : false}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
