// Bars side by side, one group per flow, service or category (horizontal, so long names read in
// full), or piled up where parts make a whole (the funnel, help requests by kind). Each bar ends in
// its figure and, where the table has it, the count the figure stands on. Recharts draws it.
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { BarEndLabel } from './BarEndLabel.tsx';
import type { ReportChartProps } from './ReportChart.tsx';
import { seriesColour } from './chart-colours.ts';
import { valueDomain } from './chart-scale.ts';
import './chart.css';

/** Room for a bar and the gap to the next, in pixels: thinner where a group has many. */
const barPitch = (bars: number) => (bars > 2 ? 16 : 22);
/** Room for a figure and its count at a bar's end, in pixels. */
const labelRoom = 150;

export function BarsChart({ chart, format, countText, rightToLeft, stacked }: Omit<ReportChartProps, 'kind'> & { stacked: boolean }) {
  const data = chart.points.map((point) => ({ label: point.label, count: point.count, ...point.figures }));
  const barsPerGroup = stacked ? 1 : chart.series.length;
  const height = Math.min(900, 48 + (chart.series.length > 1 ? 28 : 0) + chart.points.length * (barsPerGroup * barPitch(barsPerGroup) + 14));
  const labelled = !stacked;
  return (
    <BarChart
      className="report-chart"
      layout="vertical"
      data={data}
      responsive
      style={{ width: '100%', height }}
      accessibilityLayer={false}
      // Room at the bars' end for their figures and counts.
      margin={{ top: 4, bottom: 4, left: rightToLeft && labelled ? labelRoom : 8, right: !rightToLeft && labelled ? labelRoom : 8 }}
      barCategoryGap={6}
      barGap={2}
    >
      {/* Labelled bars say their figures: a value axis would only repeat them. */}
      {labelled ? null : <CartesianGrid horizontal={false} />}
      {/* Bars start at nothing whatever the unit: one from 1 star would hide a rating of 1. */}
      <XAxis
        type="number"
        hide={labelled}
        domain={[0, valueDomain(chart.figure.unit)[1]]}
        allowDecimals={chart.figure.unit !== 'count'}
        tickFormatter={(value: number) => format(value)}
        reversed={rightToLeft}
      />
      <YAxis type="category" dataKey="label" width="auto" orientation={rightToLeft ? 'right' : 'left'} interval={0} />
      <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : '')} isAnimationActive={false} />
      {chart.series.length > 1 ? <Legend itemSorter={null} /> : null}
      {chart.series.map((series, index) => (
        <Bar
          key={series.key}
          dataKey={series.key}
          name={series.name}
          fill={seriesColour(index)}
          stackId={stacked ? 'all' : undefined}
          maxBarSize={20}
          isAnimationActive={false}
        >
          {labelled ? (
            <LabelList
              content={(label) => <BarEndLabel box={label.viewBox} text={label.value} rightToLeft={rightToLeft} />}
              valueAccessor={(entry) => {
                const row = entry.payload as Record<string, unknown>;
                const value = row[series.key];
                if (typeof value !== 'number') return '';
                // The count goes with the first figure of a group: the others stand on the same one.
                return index === 0 && countText && typeof row.count === 'number' ? `${format(value)} · ${countText(row.count)}` : format(value);
              }}
            />
          ) : null}
        </Bar>
      ))}
    </BarChart>
  );
}
