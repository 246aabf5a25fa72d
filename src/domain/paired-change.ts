import { mean, sampleStandardDeviation } from 'simple-statistics';
import { tQuantile, twoSidedP } from './distributions.js';

/** How the same participants' values changed between two occasions: the paired t test of the differences. */
export interface PairedChange {
  /** Participants with a value on both occasions. */
  n: number;
  before: number | null;
  after: number | null;
  /** The mean of after − before. */
  change: number | null;
  /** The differences' sample standard deviation. */
  sd: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  /** The 95% confidence interval of the mean change. */
  low: number | null;
  high: number | null;
  /** Cohen's d for paired data (d_z): the mean change over the differences' SD. */
  effectSize: number | null;
  improved: number;
  unchanged: number;
  declined: number;
}

/**
 * The paired change of values measured twice on the same participants (as scipy's ttest_rel and
 * R's t.test(paired = TRUE) compute it); t, p and the interval need two pairs or more and
 * differences that are not all equal.
 */
export function pairedChange(pairs: readonly { before: number; after: number }[]): PairedChange {
  const n = pairs.length;
  const differences = pairs.map((p) => p.after - p.before);
  const improved = differences.filter((d) => d > 0).length;
  const declined = differences.filter((d) => d < 0).length;
  const counts = { improved, unchanged: n - improved - declined, declined };
  if (n === 0) return { n, before: null, after: null, change: null, sd: null, t: null, df: null, p: null, low: null, high: null, effectSize: null, ...counts };
  const change = mean(differences);
  const before = mean(pairs.map((p) => p.before));
  const after = mean(pairs.map((p) => p.after));
  const sd = n > 1 ? sampleStandardDeviation(differences) : null;
  if (sd === null || sd === 0) return { n, before, after, change, sd, t: null, df: null, p: null, low: null, high: null, effectSize: null, ...counts };
  const se = sd / Math.sqrt(n);
  const df = n - 1;
  const t = change / se;
  const margin = tQuantile(0.975, df) * se;
  return { n, before, after, change, sd, t, df, p: twoSidedP(t, df), low: change - margin, high: change + margin, effectSize: change / sd, ...counts };
}
