import { sampleCorrelation } from 'simple-statistics';
import { normalQuantile, twoSidedP } from './distributions.js';

/** Pearson's and Spearman's correlation of two measures over the cases that have both. */
export interface Correlation {
  /** Cases with both values. */
  n: number;
  pearson: { r: number | null; p: number | null; low: number | null; high: number | null };
  spearman: { rho: number | null; p: number | null };
}

/** Ranks from 1, tied values sharing the mean of their ranks. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) result[order[k]![1]] = rank;
    start = end + 1;
  }
  return result;
}

/** r, and its p from t = r √((n − 2) / (1 − r²)) with n − 2 degrees of freedom; null when a measure does not vary. */
function coefficient(x: readonly number[], y: readonly number[]): { r: number; p: number } | null {
  const n = x.length;
  if (n < 3) return null;
  const r = Math.max(-1, Math.min(1, sampleCorrelation(x as number[], y as number[])));
  if (!Number.isFinite(r)) return null;
  const t = Math.abs(r) === 1 ? Math.sign(r) * Infinity : r * Math.sqrt((n - 2) / (1 - r * r));
  return { r, p: twoSidedP(t, n - 2) };
}

/**
 * Correlates two measures given case by case (null for a missing value): pairwise complete cases,
 * Pearson's r with a 95 % interval from Fisher's z (n − 3), Spearman's ρ on average ranks, each with
 * its two-sided p from the t distribution with n − 2 degrees of freedom (as scipy computes them).
 */
export function correlate(xs: readonly (number | null)[], ys: readonly (number | null)[]): Correlation {
  const x: number[] = [];
  const y: number[] = [];
  xs.forEach((v, i) => {
    const w = ys[i];
    if (v !== null && w !== null && w !== undefined) {
      x.push(v);
      y.push(w);
    }
  });
  const n = x.length;
  const pearson = coefficient(x, y);
  const spearman = coefficient(ranks(x), ranks(y));
  let low: number | null = null;
  let high: number | null = null;
  if (pearson && n > 3 && Math.abs(pearson.r) < 1) {
    const z = Math.atanh(pearson.r);
    const half = normalQuantile(0.975) / Math.sqrt(n - 3);
    low = Math.tanh(z - half);
    high = Math.tanh(z + half);
  }
  return {
    n,
    pearson: { r: pearson?.r ?? null, p: pearson?.p ?? null, low, high },
    spearman: { rho: spearman?.r ?? null, p: spearman?.p ?? null },
  };
}
