import type { Random } from '../../domain/random.js';
import { correlateTable, cronbachTable, describeTable, regressTable, type TableAnalysis } from '../../services/table-analyses.js';
import { mutate } from './mutate.js';
import { checkProblems, type FuzzOptions, type FuzzResult, SLOW_MS } from './result.js';

/** Teachers in schools with two years' scores, a few values missing, as a team prepares a table for R or Stata. */
const TEACHERS = `participant_id,school,role,years,coach_ties,iqa_1,iqa_2,q1,q2,q3
T01,School 1,teacher,4,1,2.1,2.6,4,5,4
T02,School 1,coach,12,0,3.0,3.1,5,5,4
T03,School 1,teacher,7,2,1.8,,3,3,2
T04,School 2,teacher,1,3,1.5,2.4,2,NA,3
T05,School 2,teacher,22,1,2.4,2.7,4,4,5
T06,School 2,teacher,9,.,2.0,2.2,3,2,3
T07,School 3,teacher,15,2,2.9,3.4,5,4,4
T08,School 3,teacher,3,0,1.2,1.6,1,2,1
T09,School 3,coach,30,1,3.5,3.6,5,5,5
T10,School 3,teacher,6,4,2.2,3.0,3,4,3
`;

/** Refusals of the statistics themselves are about the table as a whole, not a line of it. */
const ABOUT_THE_TABLE = /complete case|collinear|same value|respondent|clusters|two items|column of numbers|no cases|more cells|cannot be estimated/i;

/**
 * Mutated tables for the analyses (descriptives, correlation, OLS with clusters, Cronbach's α),
 * each computed or refused with problems naming the file (and the line, for an error in one), in
 * time; never an exception, and never a NaN or an infinity in a result.
 */
export function fuzzDataTables(r: Random, options: FuzzOptions, result: FuzzResult): void {
  const seed = new TextEncoder().encode(TEACHERS);
  const analyses: [string, (bytes: Uint8Array, name: string) => TableAnalysis<unknown>][] = [
    ['describe', (b, n) => describeTable(b, n, { value: 'iqa_2', by: 'school' })],
    ['correlate', (b, n) => correlateTable(b, n, { x: 'coach_ties', y: 'iqa_2' })],
    ['ols', (b, n) => regressTable(b, n, { y: 'iqa_2', x: ['iqa_1', 'coach_ties', 'years'], cluster: 'school' })],
    ['cronbach', (b, n) => cronbachTable(b, n, { items: ['q1', 'q2', 'q3'] })],
  ];
  let refused = 0;
  let slowest = 0;
  for (let n = 0; n < options.casesPerFormat; n++) {
    const [what, analyse] = analyses[n % analyses.length]!;
    const name = `case-${n}.${what}.csv`;
    const started = performance.now();
    try {
      const outcome = analyse(mutate(r, seed), name);
      checkProblems(name, outcome.problems, result, ABOUT_THE_TABLE);
      if (!outcome.ok) {
        refused++;
        if (!outcome.problems.some((p) => p.severity === 'error')) result.problems.push(`${name}: refused without an error`);
      } else {
        const bad = numbersIn(outcome.result).find((x) => !Number.isFinite(x));
        if (bad !== undefined) result.problems.push(`${name}: a result holds ${bad}`);
      }
    } catch (e) {
      result.problems.push(`${name}: threw ${e instanceof Error ? e.message : String(e)}`);
    }
    const ms = performance.now() - started;
    slowest = Math.max(slowest, ms);
    if (ms > result.slowest.ms) result.slowest = { format: 'data table', ms };
    if (ms > SLOW_MS) result.problems.push(`${name}: took ${ms.toFixed(0)} ms`);
  }
  result.cases['data table'] = options.casesPerFormat;
  result.refused['data table'] = refused;
  options.log?.(`data tables: ${options.casesPerFormat} cases, ${refused} refused, slowest ${slowest.toFixed(1)} ms`);
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}
