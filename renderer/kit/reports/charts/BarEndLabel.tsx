// A bar's figure, just past the bar's far end: to its right, or to its left where the chart runs
// right to left (a reversed axis draws the bar with a negative width, so the end is found, not assumed).
import type { ReactNode } from 'react';
import './chart.css';

interface BarEndLabelProps {
  /** The bar's box as the chart library hands it to a label. */
  box: unknown;
  text: ReactNode;
  rightToLeft: boolean;
}

const gap = 6;

function numberIn(box: object, key: string): number | null {
  const value: unknown = Reflect.get(box, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function BarEndLabel({ box, text, rightToLeft }: BarEndLabelProps) {
  if (typeof box !== 'object' || box === null) return null;
  const x = numberIn(box, 'x');
  const y = numberIn(box, 'y');
  const width = numberIn(box, 'width');
  const height = numberIn(box, 'height');
  if (x === null || y === null || width === null || height === null) return null;
  const end = rightToLeft ? Math.min(x, x + width) - gap : Math.max(x, x + width) + gap;
  return (
    <text x={end} y={y + height / 2} textAnchor={rightToLeft ? 'end' : 'start'} dominantBaseline="central" className="report-chart__bar-label">
      {text}
    </text>
  );
}
