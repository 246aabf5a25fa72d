import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit-codes.js';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'statistics');
const TEACHERS = join(FIXTURES, 'teachers.csv');
const SURVEY = join(FIXTURES, 'survey.csv');
// From make_expected.py (pandas, scipy, statsmodels, R's psych); the unit tests check every figure.
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

function warrant(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

describe('warrant analyze', () => {
  it('describes a column by group, as JSON and as a table', () => {
    const r = warrant(['analyze', 'describe', TEACHERS, '--value', 'iqa_change', '--by', 'school', '--json']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ value: 'iqa_change', by: 'school', all: { n: expected.describe.all.n, missing: 7 } });
    expect(r.json().groups).toHaveLength(15);
    expect(r.json().all.sd).toBeCloseTo(expected.describe.all.sd, 12);
    const text = warrant(['analyze', 'describe', TEACHERS, '--value', 'iqa_change']);
    expect(text.stdout).toMatch(/^all\s+143\s+7\s+0\.488\s+0\.479\s+0\.530\s+0\.140\s+0\.830\s+0\.690\s+-0\.580\s+1\.560$/m);
  });

  it('correlates two columns', () => {
    const r = warrant(['analyze', 'correlate', TEACHERS, '--x', 'coach_ties', '--y', 'iqa_change', '--json']);
    expect(r.code).toBe(0);
    expect(r.json().n).toBe(expected.correlate.n);
    expect(r.json().pearson.r).toBeCloseTo(expected.correlate.pearson.r, 12);
    expect(r.json().spearman.rho).toBeCloseTo(expected.correlate.spearman.rho, 12);
    expect(warrant(['analyze', 'correlate', TEACHERS, '--x', 'coach_ties', '--y', 'iqa_change']).stdout).toMatch(
      /Pearson's r\s+0\.416\s+95% CI \[0\.269, 0\.544\]\s+p <0\.001/,
    );
  });

  it('fits OLS with cluster-robust errors, the predictors separated by commas', () => {
    const r = warrant(['analyze', 'ols', TEACHERS, '--y', 'iqa_2', '--x', 'iqa_1, coach_ties,knowledge,years', '--cluster', 'school', '--json']);
    expect(r.code).toBe(0);
    const e = expected.ols.clustered;
    expect(r.json()).toMatchObject({ n: e.n, errors: 'cluster-robust (CR1)', clusters: { name: 'school', count: 15 }, df: 14 });
    expect(r.json().coefficients.map((c: { term: string }) => c.term)).toEqual(['intercept', 'iqa_1', 'coach_ties', 'knowledge', 'years']);
    r.json().coefficients.forEach((c: { se: number }, i: number) => expect(c.se).toBeCloseTo(e.coefficients[i].se, 12));
    const text = warrant(['analyze', 'ols', TEACHERS, '--y', 'iqa_2', '--x', 'iqa_1,coach_ties,knowledge,years', '--cluster', 'school']);
    expect(text.stdout).toContain(
      '135 cases (15 left out for a missing value); cluster-robust (CR1) standard errors, 15 clusters of school; t tests on 14 degrees of freedom',
    );
    expect(text.stdout).toMatch(/^coach_ties\s+0\.2115\s+0\.0317\s+6\.67\s+<0\.001\s+\[0\.1435, 0\.2796\]$/m);
  });

  it("computes Cronbach's α on every column of numbers, or on the items named", () => {
    const r = warrant(['analyze', 'cronbach', SURVEY, '--json']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ items: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'], n: 85, dropped: 5 });
    expect(r.json().alpha).toBeCloseTo(expected.cronbach.alpha, 12);
    expect(warrant(['analyze', 'cronbach', SURVEY, '--items', 'q1,q2,q3', '--json']).json().items).toEqual(['q1', 'q2', 'q3']);
  });

  it('names the file, line and column of what it cannot use, and exits as for invalid input', () => {
    const folder = temporaryFolder('warrant-analyze-');
    const bad = join(folder, 'bad.csv');
    writeFileSync(bad, 'school;score\nA;3\nB;lots\n');
    const r = warrant(['analyze', 'describe', bad, '--value', 'score']);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toContain(`error: ${bad}, line 3, field "score": column score: "lots" is not a number`);
    const missing = warrant(['analyze', 'ols', join(folder, 'none.csv'), '--y', 'a', '--x', 'b']);
    expect(missing.stderr).toContain('none.csv does not exist');
    expect(missing.code).not.toBe(0);
    const collinear = join(folder, 'collinear.csv');
    writeFileSync(collinear, 'y,a,b\n1,1,2\n2,2,4\n4,3,6\n3,4,8\n');
    const c = warrant(['analyze', 'ols', collinear, '--y', 'y', '--x', 'a,b']);
    expect(c.code).toBe(EXIT.invalid);
    expect(c.stderr).toContain('b is a combination of intercept, a in the complete cases (the predictors are collinear): leave one out');
  });
});
