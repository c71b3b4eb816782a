// Durations kept as counts per value, so a day's times merge into a year's without keeping every
// one: whole values exactly up to 100, then three significant digits (within 0.5%).
export type Histogram = Record<string, number>;

const exactBelow = 100;

function bucketOf(value: number): number {
  const rounded = Math.max(0, Math.round(value));
  if (rounded < exactBelow) return rounded;
  const scale = 10 ** (Math.floor(Math.log10(rounded)) - 2);
  return Math.round(rounded / scale) * scale;
}

export function addValue(histogram: Histogram, value: number): void {
  const key = String(bucketOf(value));
  histogram[key] = (histogram[key] ?? 0) + 1;
}

export function countOf(histogram: Histogram): number {
  let total = 0;
  for (const count of Object.values(histogram)) total += count;
  return total;
}

/**
 * The q-quantile by nearest rank: the smallest value with at least ⌈q·n⌉ values at or below it
 * (the median of 1, 2, 3, 4 is 2); null for an empty histogram.
 */
export function quantile(histogram: Histogram, q: number): number | null {
  const values = Object.entries(histogram)
    .map(([value, count]) => [Number(value), count] as const)
    .sort((a, b) => a[0] - b[0]);
  const total = values.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const [value, count] of values) {
    seen += count;
    if (seen >= rank) return value;
  }
  return values.at(-1)?.[0] ?? null;
}
