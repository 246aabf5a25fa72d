import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeTo, EXPECTED_STATISTICS, STATISTICS_FIXTURES } from '../../test/support/reference-values.js';
import { correlateTable, cronbachTable, describeTable, regressTable, type TableAnalysis } from './table-analyses.js';

// Values computed by test/fixtures/statistics/make_expected.py with pandas, scipy, statsmodels and R's
// psych package on the committed files (expected.json names the versions).
const expected = EXPECTED_STATISTICS;
const teachers = readFileSync(join(STATISTICS_FIXTURES, 'teachers.csv'));
const survey = readFileSync(join(STATISTICS_FIXTURES, 'survey.csv'));
const close = closeTo;

function ok<R>(outcome: TableAnalysis<R>): R {
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join('; '));
  return outcome.result;
}

describe('analyses of a table prepared outside Warrant, against established packages', () => {
  it('describes a measure over all cases and per group as pandas does', () => {
    const e = expected.describe;
    const r = ok(describeTable(teachers, 'teachers.csv', { value: e.value, by: e.by }));
    close(r.all, e.all);
    expect(r.all.iqr).toBeCloseTo(e.all.q3 - e.all.q1, 12);
    expect(r.groups.map((g) => g.group)).toEqual(Object.keys(e.groups));
    for (const g of r.groups) close(g, e.groups[g.group], g.group);
  });

  it("correlates two measures as scipy's pearsonr (with its interval) and spearmanr do", () => {
    const e = expected.correlate;
    const r = ok(correlateTable(teachers, 'teachers.csv', { x: e.x, y: e.y }));
    expect(r.n).toBe(e.n);
    close(r.pearson, e.pearson, 'pearson');
    close(r.spearman, e.spearman, 'spearman');
  });

  it('fits OLS with ordinary and with cluster-robust (CR1) errors as statsmodels does', () => {
    const e = expected.ols;
    const ordinary = ok(regressTable(teachers, 'teachers.csv', { y: e.y, x: e.x }));
    const { clusters: _none, ...ordinaryExpected } = e.ordinary;
    close(ordinary, ordinaryExpected, 'ordinary');
    expect(ordinary).toMatchObject({ errors: 'ordinary', clusters: null, df: e.ordinary.n - 5, dropped: 150 - e.ordinary.n });
    const clustered = ok(regressTable(teachers, 'teachers.csv', { y: e.y, x: e.x, cluster: 'school' }));
    const { clusters, ...clusteredExpected } = e.clustered;
    close(clustered, clusteredExpected, 'clustered');
    expect(clustered).toMatchObject({ errors: 'cluster-robust (CR1)', clusters: { name: 'school', count: clusters }, df: clusters - 1 });
  });

  it("computes Cronbach's α, α if an item is deleted and item-rest correlations as R's psych::alpha does", () => {
    const e = expected.cronbach;
    const r = ok(cronbachTable(survey, 'survey.csv', {}));
    expect(r.items).toEqual(e.items);
    expect(r).toMatchObject({ n: e.n, dropped: 90 - e.n });
    // psych prints 15 significant digits.
    expect(r.alpha).toBeCloseTo(e.alpha, 12);
    r.itemStatistics.forEach((s, i) => {
      expect(s.alphaIfDeleted).toBeCloseTo(e.alphaIfDeleted[i], 12);
      expect(s.itemRestCorrelation).toBeCloseTo(e.itemRestCorrelation[i], 12);
    });
    expect(ok(cronbachTable(survey, 'survey.csv', { items: ['q1', 'q2'] })).items).toEqual(['q1', 'q2']);
  });
});

describe('a table the analyses cannot use', () => {
  const problems = (outcome: TableAnalysis<unknown>) => (outcome.ok ? [] : outcome.problems.map((p) => ({ line: p.line, field: p.field, message: p.message })));

  it('names the line and column of a value that is not a number, and reads blank, NA and . as missing', () => {
    const csv = 'school,score\nA,3\nB,NA\nC,.\nD,\nE,three\nF,4,5\n';
    expect(problems(describeTable(csv, 'scores.csv', { value: 'score' }))).toEqual([
      { line: 7, field: undefined, message: 'has 3 fields, the header has 2 (a separator inside a value?)' },
    ]);
    expect(problems(describeTable(csv.replace('F,4,5\n', ''), 'scores.csv', { value: 'score' }))).toEqual([
      { line: 6, field: 'score', message: 'column score: "three" is not a number (leave the cell blank, or write NA, for a missing value)' },
    ]);
    expect(ok(describeTable(csv.replace(/E,three\nF,4,5\n/, ''), 'scores.csv', { value: 'score' })).all).toMatchObject({ n: 1, missing: 3 });
  });

  it('names a column the table does not have, with the ones it has', () => {
    expect(problems(correlateTable('a;b\n1;2\n', 'x.csv', { x: 'a', y: 'c' }))).toEqual([
      { line: 1, field: 'c', message: 'has no column "c" (the y); its columns are a, b' },
    ]);
  });

  it('refuses a regression on collinear predictors, a constant one, or too few cases, naming the predictor', () => {
    const csv = 'y,a,b,c,g\n1,1,2,5,x\n2,2,4,5,x\n4,3,6,5,y\n3,4,8,5,y\n';
    expect(problems(regressTable(csv, 'r.csv', { y: 'y', x: ['a', 'b'] }))[0]!.message).toBe(
      'b is a combination of intercept, a in the complete cases (the predictors are collinear): leave one out',
    );
    expect(problems(regressTable(csv, 'r.csv', { y: 'y', x: ['a', 'c'] }))[0]!.message).toBe(
      'c has the same value (5) in every complete case: it cannot be estimated beside the intercept',
    );
    expect(problems(regressTable('y,a\n1,2\n2,3\n', 'r.csv', { y: 'y', x: ['a'] }))[0]!.message).toBe(
      '2 complete cases (every value present) for 2 coefficients: a regression needs more cases than coefficients',
    );
    expect(problems(regressTable(csv, 'r.csv', { y: 'y', x: ['a'], cluster: 'c' }))[0]!.message).toBe(
      'every complete case is in one c: cluster-robust errors need two clusters or more',
    );
  });

  it('refuses a file in an encoding it cannot read, and reads one in Windows-1252', () => {
    const latin = Buffer.from('\u00e9cole,score\nA,1\nB,2\nC,4\n', 'latin1');
    expect(ok(describeTable(latin, 'latin.csv', { value: 'score', by: 'école' })).groups.map((g) => g.group)).toEqual(['A', 'B', 'C']);
    expect(problems(describeTable(new Uint8Array([0, 1, 2, 3, 255, 0]), 'bin.csv', { value: 'score' }))).toHaveLength(1);
  });
});
