import jstat from 'jstat';

const { studentt, normal } = jstat.jStat;

/** The two-sided p of a t statistic with df degrees of freedom. */
export function twoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? Number.NaN : 0;
  // From the lower tail, which keeps its precision for very small p (1 − cdf would round to 0).
  return Math.min(1, 2 * studentt.cdf(-Math.abs(t), df));
}

/** The t value below which a proportion p of the distribution lies. */
export const tQuantile = (p: number, df: number): number => studentt.inv(p, df);

/** The standard normal value below which a proportion p lies. */
export const normalQuantile = (p: number): number => normal.inv(p, 0, 1);
