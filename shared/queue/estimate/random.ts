// A small seeded random source and the distributions the wait simulation draws from, so every run is reproducible.

/** Uniform numbers in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for Monte Carlo; not for anything secret. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller; the second value is dropped to keep the source stateless). */
export function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf, error below 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  const clamped = Math.min(1 - 1e-12, Math.max(1e-12, p));
  const poly = (k: number[], x: number) => k.reduce((sum, coefficient) => sum * x + coefficient, 0);
  if (clamped < low) {
    const q = Math.sqrt(-2 * Math.log(clamped));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (clamped > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - clamped));
    return -poly(c, q) / (poly(d, q) * q + 1);
  }
  const q = clamped - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

/** The value at `level` (0–1) of numbers already sorted ascending, interpolating between neighbours. */
export function sortedQuantile(sorted: ArrayLike<number>, level: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = level * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  const lower = sorted[below] as number;
  return lower + ((sorted[above] as number) - lower) * (position - below);
}
