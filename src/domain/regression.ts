import { inverse, Matrix, QrDecomposition } from 'ml-matrix';
import { invalid } from './errors.js';
import { tQuantile, twoSidedP } from './distributions.js';

export interface Predictor {
  name: string;
  /** Case by case, null for a missing value. */
  values: readonly (number | null)[];
}

export interface RegressionInput {
  /** The outcome's name and values, case by case. */
  outcome: Predictor;
  predictors: readonly Predictor[];
  /** Each case's cluster (e.g. the teacher's school), for cluster-robust standard errors. */
  clusters?: { name: string; values: readonly (string | null)[] };
}

export interface Coefficient {
  term: string;
  estimate: number;
  se: number;
  t: number;
  p: number;
  /** The 95 % confidence interval. */
  low: number;
  high: number;
}

export interface Regression {
  outcome: string;
  /** Cases used: those with every value present. */
  n: number;
  /** Cases left out for a missing value. */
  dropped: number;
  coefficients: Coefficient[];
  r2: number | null;
  adjustedR2: number | null;
  /** The residuals' standard error, √(SSR / (n − k)). */
  residualSe: number;
  /** Ordinary (homoskedastic) standard errors, or cluster-robust CR1. */
  errors: 'ordinary' | 'cluster-robust (CR1)';
  clusters: { name: string; count: number } | null;
  /** Degrees of freedom of the t tests and intervals: n − k, or G − 1 with clusters. */
  df: number;
}

/** Below this, a predictor's part not explained by the ones before it is rounding: the design is singular. */
const COLLINEAR = 1e-10;

/**
 * Ordinary least squares with an intercept, on the complete cases. With clusters, the standard
 * errors are cluster-robust as Stata's `vce(cluster)` and statsmodels' default compute them: the
 * sandwich (X'X)⁻¹ (Σ_g X_g'u_g u_g'X_g) (X'X)⁻¹ scaled by G/(G − 1) · (N − 1)/(N − K), with t
 * tests on G − 1 degrees of freedom.
 */
export function ols(input: RegressionInput): Regression {
  const { outcome, predictors, clusters } = input;
  if (predictors.length === 0) throw invalid('name at least one predictor');
  const names = predictors.map((p) => p.name);
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated !== undefined) throw invalid(`the predictor ${repeated} is named twice`);
  if (names.includes(outcome.name)) throw invalid(`${outcome.name} is both the outcome and a predictor`);

  const rows: number[][] = [];
  const y: number[] = [];
  const groups: string[] = [];
  const cases = outcome.values.length;
  for (let i = 0; i < cases; i++) {
    const v = outcome.values[i];
    const row = predictors.map((p) => p.values[i]);
    const g = clusters ? clusters.values[i] : '';
    if (v === null || v === undefined || row.some((x) => x === null || x === undefined) || g === null || g === undefined) continue;
    rows.push([1, ...(row as number[])]);
    y.push(v);
    groups.push(g);
  }
  const n = rows.length;
  const k = predictors.length + 1;
  if (n <= k)
    throw invalid(`${n} complete case${n === 1 ? '' : 's'} (every value present) for ${k} coefficients: a regression needs more cases than coefficients`);
  const X = new Matrix(rows);
  singularDesign(X, ['intercept', ...names]);

  const Xt = X.transpose();
  const bread = inverse(Xt.mmul(X));
  const Y = Matrix.columnVector(y);
  const beta = bread.mmul(Xt.mmul(Y)).getColumn(0);
  const residuals = y.map((v, i) => v - rows[i]!.reduce((s, x, j) => s + x * beta[j]!, 0));
  const ssr = residuals.reduce((s, u) => s + u * u, 0);
  const mean = y.reduce((s, v) => s + v, 0) / n;
  const tss = y.reduce((s, v) => s + (v - mean) ** 2, 0);
  const sigma2 = ssr / (n - k);

  let covariance: Matrix;
  let df = n - k;
  let clusterCount: number | null = null;
  if (clusters) {
    const scores = new Map<string, number[]>();
    rows.forEach((row, i) => {
      const score = scores.get(groups[i]!) ?? new Array<number>(k).fill(0);
      for (let j = 0; j < k; j++) score[j]! += row[j]! * residuals[i]!;
      scores.set(groups[i]!, score);
    });
    const G = scores.size;
    if (G < 2) throw invalid(`every complete case is in one ${clusters.name}: cluster-robust errors need two clusters or more`);
    const meat = Matrix.zeros(k, k);
    for (const s of scores.values()) for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) meat.set(a, b, meat.get(a, b) + s[a]! * s[b]!);
    covariance = bread
      .mmul(meat)
      .mmul(bread)
      .mul((G / (G - 1)) * ((n - 1) / (n - k)));
    df = G - 1;
    clusterCount = G;
  } else covariance = bread.clone().mul(sigma2);

  const critical = tQuantile(0.975, df);
  const coefficients = ['intercept', ...names].map((term, j): Coefficient => {
    const estimate = beta[j]!;
    const se = Math.sqrt(covariance.get(j, j));
    const t = estimate / se;
    return { term, estimate, se, t, p: twoSidedP(t, df), low: estimate - critical * se, high: estimate + critical * se };
  });
  const r2 = tss > 0 ? 1 - ssr / tss : null;
  return {
    outcome: outcome.name,
    n,
    dropped: cases - n,
    coefficients,
    r2,
    adjustedR2: r2 === null ? null : 1 - ((1 - r2) * (n - 1)) / (n - k),
    residualSe: Math.sqrt(sigma2),
    errors: clusters ? 'cluster-robust (CR1)' : 'ordinary',
    clusters: clusters ? { name: clusters.name, count: clusterCount! } : null,
    df,
  };
}

/** Refuses a design whose columns are not independent, naming the first that the ones before it explain. */
function singularDesign(X: Matrix, terms: readonly string[]): void {
  const R = new QrDecomposition(X).upperTriangularMatrix;
  for (let j = 0; j < X.columns; j++) {
    const norm = Math.sqrt(X.getColumn(j).reduce((s, v) => s + v * v, 0));
    if (Math.abs(R.get(j, j)) > COLLINEAR * Math.max(norm, 1)) continue;
    const term = terms[j]!;
    const column = X.getColumn(j);
    throw invalid(
      column.every((v) => v === column[0])
        ? `${term} has the same value (${column[0]}) in every complete case: it cannot be estimated beside the intercept`
        : `${term} is a combination of ${terms.slice(0, j).join(', ')} in the complete cases (the predictors are collinear): leave one out`,
    );
  }
}
