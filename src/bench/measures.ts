import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { describeByGroup } from '../domain/descriptives.js';
import { Random } from '../domain/random.js';
import { ols } from '../domain/regression.js';
import { createContext } from '../services/context.js';
import { importBundle } from '../services/import-bundle.js';
import { importInstrumentResponses } from '../services/instrument-import.js';
import { defineScale } from '../services/instruments.js';
import { describeMeasure, measureChange } from '../services/measures.js';
import { addCycle } from '../services/partnerships.js';
import { describeTable, regressTable } from '../services/table-analyses.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { writeCorpus } from './corpus.js';
import { percentile } from './statistics.js';

/**
 * `npm run bench:measures`: the analyses on tables of the issue's sizes, from the CSV's bytes (read,
 * checked and computed, as `warrant analyze` and the API do) and computed alone on values in memory.
 * And a survey imported into a partnership of 300 participants (`warrant instrument import`).
 * Goals: a 300-respondent, 150-item survey imports in ≤ 1 s; a descriptive table over 2,000
 * participants × 3 cycles ≤ 100 ms; OLS with cluster-robust errors on 2,000 rows and 10
 * predictors ≤ 50 ms.
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

/** A Qualtrics export (numeric values) of 300 respondents × 150 items on a 1–5 scale, a few unanswered. */
function qualtricsExport(codes: readonly string[]): string {
  const items = Array.from({ length: 150 }, (_, i) => `Q${Math.floor(i / 10) + 1}_${(i % 10) + 1}`);
  const ids = ['startDate', 'status', 'externalDataReference', ...items.map((q) => `QID${q.slice(1)}`)];
  const lines = [
    ['StartDate', 'Status', 'ExternalReference', ...items].join(','),
    ['Start Date', 'Response Type', 'External Data Reference', ...items.map((q) => `"Statement ${q}, agree?"`)].join(','),
    ids.map((id) => `"{""ImportId"":""${id}""}"`).join(','),
  ];
  for (const code of codes)
    lines.push(['2009-11-02 09:00:00', '0', code, ...items.map(() => (random() < 0.02 ? '' : String(1 + Math.floor(random() * 5))))].join(','));
  return lines.join('\n');
}

async function surveyImport(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'warrant-bench-measures-'));
  try {
    await writeCorpus(join(root, 'bundle'), { interviews: 600, wordsPerInterview: 300 });
    const store = Store.of(await connect({ dialect: 'sqlite', path: join(root, 'warrant.db') }));
    try {
      const ctx = createContext(store, 'bench');
      const report = await importBundle(ctx, join(root, 'bundle'), { partnership: 'Benchmark' });
      if (!report.imported) throw new Error(`the corpus did not import: ${report.problems[0]?.message}`);
      const partnershipId = report.partnership!.id;
      const codes = (await store.participants.list(partnershipId)).slice(0, 300).map((p) => p.code);
      const cycle = (await store.cycles.list(partnershipId))[0]!.label;
      const bytes = new TextEncoder().encode(qualtricsExport(codes));
      const samples: number[] = [];
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        const r = await importInstrumentResponses(ctx, { partnershipId, instrument: `Survey ${run}`, format: 'qualtrics', file: 'survey.csv', bytes, cycle });
        samples.push(performance.now() - start);
        if (!r.written || r.responses.added !== 300) throw new Error(`the survey did not import: ${r.problems.find((p) => p.severity === 'error')?.message}`);
      }
      const again = performance.now();
      await importInstrumentResponses(ctx, { partnershipId, instrument: 'Survey 0', format: 'qualtrics', file: 'survey.csv', bytes, cycle });
      const unchanged = performance.now() - again;
      const worst = Math.max(...samples);
      log(
        `survey import, 300 respondents × 150 items (${(bytes.length / 1024).toFixed(0)} KB), a new instrument each run: p50 ${percentile(samples, 50).toFixed(0)} ms, worst ${worst.toFixed(0)} ms  (goal ≤ 1000 ms: ${worst <= 1000 ? 'meets' : 'misses'})`,
      );
      log(`the same file again (nothing changes): ${unchanged.toFixed(0)} ms`);
    } finally {
      await store.destroy();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** A CSV panel of 2,000 participants' answers to a 4-item scale in a cycle, a few unanswered. */
function panelExport(codes: readonly string[], cycle: number): string {
  const lines = ['participant_id,q1,q2,q3,q4'];
  for (const code of codes)
    lines.push([code, ...[1, 2, 3, 4].map(() => (random() < 0.03 ? '' : String(Math.min(5, Math.max(1, Math.round(3 + 0.2 * cycle + normal()))))))].join(','));
  return lines.join('\n');
}

/** Descriptives of a stored scale over 2,000 participants × 3 cycles, by cycle and by school within each (`warrant measure describe`). */
async function storedDescriptives(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'warrant-bench-panel-'));
  try {
    await writeCorpus(join(root, 'bundle'), { interviews: 4000, wordsPerInterview: 200 });
    const store = Store.of(await connect({ dialect: 'sqlite', path: join(root, 'warrant.db') }));
    try {
      const ctx = createContext(store, 'bench');
      const report = await importBundle(ctx, join(root, 'bundle'), { partnership: 'Panel' });
      if (!report.imported) throw new Error(`the corpus did not import: ${report.problems[0]?.message}`);
      const partnershipId = report.partnership!.id;
      await addCycle(ctx, partnershipId, '2011-12');
      const codes = (await store.participants.list(partnershipId)).map((p) => p.code);
      for (const [i, cycle] of ['2009-10', '2010-11', '2011-12'].entries()) {
        const r = await importInstrumentResponses(ctx, {
          partnershipId,
          instrument: 'Panel survey',
          format: 'csv',
          file: `panel-${cycle}.csv`,
          bytes: panelExport(codes, i),
          cycle,
        });
        if (!r.written) throw new Error(`the panel did not import: ${r.problems.find((p) => p.severity === 'error')?.message}`);
      }
      await defineScale(ctx, partnershipId, 'Panel survey', { name: 'Collaboration', items: ['q1', 'q2', 'q3', 'q4'], minimumAnswered: 3 });
      const measure = { instrument: 'Panel survey', measure: 'Collaboration' };
      const timed = async (work: () => Promise<unknown>) => {
        for (let i = 0; i < 3; i++) await work();
        const samples: number[] = [];
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          await work();
          samples.push(performance.now() - start);
        }
        return { p50: percentile(samples, 50), p95: percentile(samples, 95), worst: Math.max(...samples) };
      };
      log(`Stored measures: ${codes.length.toLocaleString('en')} participants × 3 cycles, a 4-item scale, SQLite`);
      show('descriptives of the scale by cycle, from the database', await timed(() => describeMeasure(ctx, partnershipId, measure)), 100);
      show(
        'descriptives by cycle and school (200 schools), from the database',
        await timed(() => describeMeasure(ctx, partnershipId, { ...measure, by: ['school'] })),
        100,
      );
      show('paired change 2010-11 to 2011-12 by role group', await timed(() => measureChange(ctx, partnershipId, { ...measure, by: 'role' })), 100);
    } finally {
      await store.destroy();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await surveyImport();
await storedDescriptives();
