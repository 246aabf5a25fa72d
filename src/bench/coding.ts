import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededIdSource } from '../domain/ids.js';
import { ROLE_GROUPS } from '../domain/roles.js';
import { createContext } from '../services/context.js';
import { importBundle } from '../services/import-bundle.js';
import { ZipArchive } from '../importers/zip.js';
import { exportQdpx } from '../services/qdpx-export.js';
import { importQdpx } from '../services/qdpx-import.js';
import { codingAgreement } from '../services/reliability.js';
import { codedPassages, codeMatrix } from '../services/retrieval.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { seedCoding } from './coding-corpus.js';
import { writeCorpus } from './corpus.js';
import { percentile } from './statistics.js';

/**
 * `npm run bench:coding`: qualitative coding on the benchmark corpus (by default 2,000 transcripts
 * of about 5,000 words, 50 codes, 20,000 codings by two coders, 400 interviews coded by both): a
 * code's passages with filters, the code × role group × cycle matrix, agreement for every code, and
 * the REFI-QDA exchange.
 */
const { values: args } = parseArgs({
  options: {
    interviews: { type: 'string', default: '2000' },
    words: { type: 'string', default: '5000' },
    codes: { type: 'string', default: '50' },
    codings: { type: 'string', default: '20000' },
    'double-coded': { type: 'string', default: '400' },
    keep: { type: 'string' },
  },
});

const MB = 1024 * 1024;
const log = (s: string) => process.stdout.write(`${s}\n`);

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

async function main() {
  const root = args.keep ?? (await mkdtemp(join(tmpdir(), 'warrant-bench-coding-')));
  const corpusDir = join(root, 'bundle');
  await writeCorpus(corpusDir, { interviews: Number(args.interviews), wordsPerInterview: Number(args.words) });
  const store = Store.of(await connect({ dialect: 'sqlite', path: join(root, 'warrant.db') }));
  const ctx = createContext(store, 'bench', { ids: seededIdSource(11) });
  const bundled = await time(() => importBundle(ctx, corpusDir, { partnership: 'Benchmark' }));
  const report = bundled.result;
  if (!report.imported) throw new Error(`the corpus did not import: ${report.problems[0]?.message}`);
  const partnershipId = report.partnership!.id;
  const seeded = await time(() =>
    seedCoding(ctx, partnershipId, { codes: Number(args.codes), codings: Number(args.codings), doubleCoded: Number(args['double-coded']) }),
  );
  const corpus = seeded.result;
  log(
    `${Number(args.interviews).toLocaleString('en-US')} transcripts; ${corpus.codeIds.length} codes, ${corpus.codings.toLocaleString('en-US')} codings by 2 coders, ${corpus.doubleCoded.length} interviews coded by both (seeded in ${(seeded.ms / 1000).toFixed(1)} s)`,
  );

  const cycles = await store.cycles.list(partnershipId);
  const rows: string[] = [];
  const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');

  // A code's passages, each time with one of the filters a team uses.
  const filters = [{}, { role: 'teacher' }, { cycle: cycles[0]!.id }, { coder: corpus.coders[1] }, { role: 'coach', cycle: cycles.at(-1)!.id }];
  for (const code of corpus.codeIds.slice(0, 5)) await codedPassages(ctx, partnershipId, code, {}); // warm up
  const passageTimes: number[] = [];
  let passages = 0;
  for (let i = 0; i < 200; i++) {
    const { ms, result } = await time(() => codedPassages(ctx, partnershipId, corpus.codeIds[i % corpus.codeIds.length]!, filters[i % filters.length]));
    passageTimes.push(ms);
    passages += result.passages.length;
  }
  const p95 = percentile(passageTimes, 95);
  rows.push(
    `| a code's passages with filters, p50 / p95 (ms, 200 reads, ${Math.round(passages / 200)} passages on average) | ${percentile(passageTimes, 50).toFixed(1)} / ${p95.toFixed(1)} | p95 ≤ 50 ms: ${verdict(p95 <= 50)} |`,
  );

  // Codes × role group, and × cycle: the matrix a team reads, each cell counting passages and participants.
  const matrixTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const { ms } = await time(async () => {
      await codeMatrix(ctx, partnershipId, 'role');
      await codeMatrix(ctx, partnershipId, 'cycle');
    });
    matrixTimes.push(ms);
  }
  const matrixWorst = Math.max(...matrixTimes.slice(2));
  rows.push(
    `| ${corpus.codeIds.length}-code × ${ROLE_GROUPS.length}-role-group and × ${cycles.length}-cycle matrices, worst of 18 (ms) | ${matrixWorst.toFixed(1)} | ≤ 200 ms: ${verdict(matrixWorst <= 200)} |`,
  );

  // The same in one table: codes × role group × cycle, each column a role group in a cycle.
  const tableTimes: number[] = [];
  let table!: Awaited<ReturnType<typeof codeMatrix>>;
  for (let i = 0; i < 20; i++) {
    const run = await time(() => codeMatrix(ctx, partnershipId, 'role,cycle'));
    tableTimes.push(run.ms);
    table = run.result;
  }
  const tableWorst = Math.max(...tableTimes.slice(2));
  rows.push(
    `| one ${table.codes.length}-code × ${ROLE_GROUPS.length}-role-group × ${cycles.length}-cycle matrix (${table.columns.length} columns), worst of 18 (ms) | ${tableWorst.toFixed(1)} | ≤ 200 ms: ${verdict(tableWorst <= 200)} |`,
  );

  // Agreement for every code over the double-coded interviews, turns as units, as the reliability page reads it.
  await codingAgreement(ctx, partnershipId); // warm up
  const agreementTimes: number[] = [];
  let agreement!: Awaited<ReturnType<typeof codingAgreement>>;
  for (let i = 0; i < 5; i++) {
    const run = await time(() => codingAgreement(ctx, partnershipId));
    agreementTimes.push(run.ms);
    agreement = run.result;
  }
  const agreementBest = Math.min(...agreementTimes);
  rows.push(
    `| Krippendorff's α, κ and % agreement for all ${agreement.codes.length} codes over ${corpus.doubleCoded.length} double-coded interviews, best of 5 (ms) | ${agreementBest.toFixed(0)} | ≤ 500 ms: ${verdict(agreementBest <= 500)} |`,
  );

  // The whole partnership as a REFI-QDA project, with the memory it took.
  const file = join(root, 'benchmark.qdpx');
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50);
  const exported = await time(() => exportQdpx(ctx, { partnershipId }, file));
  clearInterval(sampler);
  const written = (await stat(file)).size;
  // Rates count the project as written (project.qde and the sources, unpacked): the file's size
  // depends on how hard it is deflated, and a file stored without compression would double its rate.
  const bytes = new Uint8Array(await readFile(file));
  const unpacked = new ZipArchive(bytes, { maxEntries: 1_000_000 }).entries.reduce((sum, e) => sum + e.size, 0);
  const rate = unpacked / MB / (exported.ms / 1000);
  rows.push(
    `| .qdpx export (MB/s of the project written, ${(unpacked / MB).toFixed(1)} MB unpacked; of the ${(written / MB).toFixed(1)} MB file; resident memory at most) | ${rate.toFixed(1)} MB/s; ${(written / MB / (exported.ms / 1000)).toFixed(1)} MB/s of the file; ${(rssPeak / MB).toFixed(0)} MB | ≥ 20 MB/s, < 300 MB: ${verdict(rate >= 20 && rssPeak < 300 * MB)} |`,
  );

  // The same project brought back into a new partnership: every source, selection, coding and memo.
  const brought = await time(() => importQdpx(ctx, bytes, 'benchmark.qdpx', { partnership: 'Benchmark brought back' }));
  if (!brought.result.imported) throw new Error(`the project did not import: ${brought.result.problems[0]?.message}`);
  const textMb = report.stored.textBytes / MB;
  const importRate = unpacked / MB / (brought.ms / 1000);
  rows.push(
    `| .qdpx import into a new partnership (MB/s of the project read, ${(unpacked / MB).toFixed(1)} MB unpacked; its ${textMb.toFixed(0)} MB of text at ${(textMb / (brought.ms / 1000)).toFixed(1)} MB/s; ${(brought.ms / bundled.ms).toFixed(1)}× the bundle import of the same transcripts) | ${importRate.toFixed(1)} MB/s; ${(written / MB / (brought.ms / 1000)).toFixed(1)} MB/s of the file | ≥ 10 MB/s: ${verdict(importRate >= 10)} |`,
  );

  log('');
  log('| measure | Warrant | goal |');
  log('|---|---|---|');
  for (const row of rows) log(row);
  await store.destroy();
  if (!args.keep) await rm(root, { recursive: true, force: true });
}

await main();
