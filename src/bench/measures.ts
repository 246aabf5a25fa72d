import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { describeByGroup } from '../domain/descriptives.js';
import { Random } from '../domain/random.js';
import { ols } from '../domain/regression.js';
import { describeTable, regressTable } from '../services/table-analyses.js';
import { percentile } from './statistics.js';

/**
 * `npm run bench:measures`: the analyses on tables of the issue's sizes, from the CSV's bytes (read,
 * checked and computed, as `warrant analyze` and the API do) and computed alone on values in memory.
 * Goals: a descriptive table over 2,000 participants × 3 cycles ≤ 100 ms; OLS with cluster-robust
 * errors on 2,000 rows and 10 predictors ≤ 50 ms.
 */
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(args.runs);
const log = (line = '') => process.stdout.write(`${line}\n`);

const seeded = new Random(20261207);
const random = () => seeded.next();
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** 2,000 participants in 40 schools and 4 role groups, each with a measure in each of 3 cycles (a few missing). */
function longTable(): string {
  const roles = ['teacher', 'coach', 'principal', 'district leader'];
  const lines = ['participant_id,school,role,cycle,score'];
  for (let p = 0; p < 2000; p++)
    for (let c = 1; c <= 3; c++)
      lines.push(`P${p},School ${p % 40},${roles[p % 4]},${2006 + c},${random() < 0.03 ? '' : (2 + 0.2 * c + normal() * 0.6).toFixed(2)}`);
  return lines.join('\n');
}

/** 2,000 teachers in 50 schools, an outcome and 10 predictors. */
function wideTable(): { csv: string; x: string[] } {
  const x = Array.from({ length: 10 }, (_, j) => `x${j + 1}`);
  const lines = [['teacher', 'school', 'y', ...x].join(',')];
  for (let i = 0; i < 2000; i++) {
    const values = x.map(() => normal());
    const y = values.reduce((s, v, j) => s + v * (j % 3) * 0.1, 1) + normal();
    lines.push([`T${i}`, `School ${i % 50}`, y.toFixed(4), ...values.map((v) => v.toFixed(4))].join(','));
  }
  return { csv: lines.join('\n'), x };
}

function time(work: () => unknown): { p50: number; p95: number; worst: number } {
  for (let i = 0; i < 3; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), worst: Math.max(...samples) };
}

const show = (what: string, t: { p50: number; p95: number; worst: number }, goal?: number) =>
  log(
    `${what.padEnd(64)} p50 ${t.p50.toFixed(1).padStart(6)} ms  p95 ${t.p95.toFixed(1).padStart(6)} ms  worst ${t.worst.toFixed(1).padStart(6)} ms${goal ? `  (goal ≤ ${goal} ms: ${t.worst <= goal ? 'meets' : 'misses'})` : ''}`,
  );

const long = longTable();
const bytes = new TextEncoder().encode(long);
log(`Analyses of a table, ${runs} runs each after 3 warm-up runs`);
const described = describeTable(bytes, 'long.csv', { value: 'score', by: 'cycle' });
if (!described.ok) throw new Error('the long table did not read');
show(
  `descriptives, 2,000 × 3 cycles by cycle, from the CSV (${(bytes.length / 1024).toFixed(0)} KB)`,
  time(() => describeTable(bytes, 'long.csv', { value: 'score', by: 'cycle' })),
  100,
);
show(
  'descriptives, 2,000 × 3 by school, from the CSV',
  time(() => describeTable(bytes, 'long.csv', { value: 'score', by: 'school' })),
  100,
);
const rows = long
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const grouped = rows.map((r) => ({ group: r[3]!, value: r[4] === '' ? null : Number(r[4]) }));
show(
  'descriptives, 2,000 × 3 by cycle, computed alone',
  time(() => describeByGroup(grouped)),
);

const wide = wideTable();
const wideBytes = new TextEncoder().encode(wide.csv);
show(
  `OLS, 2,000 rows × 10 predictors, CR1 by school, from the CSV (${(wideBytes.length / 1024).toFixed(0)} KB)`,
  time(() => regressTable(wideBytes, 'wide.csv', { y: 'y', x: wide.x, cluster: 'school' })),
  50,
);
const cells = wide.csv
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const input = {
  outcome: { name: 'y', values: cells.map((c) => Number(c[2])) },
  predictors: wide.x.map((name, j) => ({ name, values: cells.map((c) => Number(c[3 + j])) })),
  clusters: { name: 'school', values: cells.map((c) => c[1]!) },
};
show(
  'OLS, 2,000 rows × 10 predictors, CR1 by school, computed alone',
  time(() => ols(input)),
  50,
);
