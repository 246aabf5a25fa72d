import type { Correlation } from '../domain/correlation.js';
import type { Regression } from '../domain/regression.js';
import { bold, figure, print, printTable, pValue } from './output.js';

/** A correlation as printed, under the name of what was correlated (a file, an instrument). */
export function showCorrelation(r: Correlation & { x: string; y: string; file: string }): void {
  print(bold(`${r.file}: ${r.x} and ${r.y}, ${r.n} case${r.n === 1 ? '' : 's'} with both`));
  const interval = r.pearson.low === null ? '' : `  95% CI [${figure(r.pearson.low)}, ${figure(r.pearson.high)}]`;
  print(`  Pearson's r   ${figure(r.pearson.r)}${interval}  p ${pValue(r.pearson.p)}`);
  print(`  Spearman's ρ  ${figure(r.spearman.rho)}  p ${pValue(r.spearman.p)}`);
}

/** A regression's fit as printed, under the name of what was fitted. */
export function showRegression(r: Regression & { file: string }): void {
  print(
    bold(
      `${r.file}: OLS of ${r.outcome} on ${r.coefficients
        .slice(1)
        .map((c) => c.term)
        .join(', ')}`,
    ),
  );
  const left = r.dropped ? ` (${r.dropped} left out for a missing value)` : '';
  const errors = r.clusters ? `cluster-robust (CR1) standard errors, ${r.clusters.count} clusters of ${r.clusters.name}` : 'ordinary standard errors';
  print(`${r.n} cases${left}; ${errors}; t tests on ${r.df} degrees of freedom`);
  printTable(
    ['term', 'estimate', 'SE', 't', 'p', '95% CI'],
    r.coefficients.map((c) => [c.term, figure(c.estimate, 4), figure(c.se, 4), figure(c.t, 2), pValue(c.p), `[${figure(c.low, 4)}, ${figure(c.high, 4)}]`]),
  );
  print(`R² ${figure(r.r2)}, adjusted R² ${figure(r.adjustedR2)}, residual SE ${figure(r.residualSe, 4)}`);
}
