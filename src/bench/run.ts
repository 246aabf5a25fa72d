import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { parseSearchQuery, toFts5 } from '../domain/search-query.js';
import { seededIdSource } from '../domain/ids.js';
import { createContext, type ServiceContext } from '../services/context.js';
import { createExcerpt } from '../services/excerpts.js';
import { addFinding } from '../services/findings.js';
import { importBundle } from '../services/import-bundle.js';
import { createIsf, writeEntry } from '../services/isfs.js';
import { searchTranscripts } from '../services/search.js';
import { addClaim, createSummary } from '../services/summaries.js';
import { trace } from '../services/trace.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { PLANTED_PHRASES, writeCorpus } from './corpus.js';
import { percentile } from './statistics.js';

/**
 * `npm run bench`: import, search and trace on a generated corpus (by default 2,000 transcripts of
 * about 5,000 words), each beside the bare engine doing the same work, so the overhead is a ratio.
 */
const { values: args } = parseArgs({
  options: {
    interviews: { type: 'string', default: '2000' },
    words: { type: 'string', default: '5000' },
    queries: { type: 'string', default: '200' },
    keep: { type: 'string' },
  },
});

const MB = 1024 * 1024;
const log = (s: string) => process.stdout.write(`${s}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

function openRaw(path: string): SQLite.Database {
  const db = new SQLite(path);
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('cache_size = -65536');
  return db;
}

/** The queries a team types: common and rare words, phrases, prefixes, alternatives, with and without filters. */
function searchQueries(count: number): { q: string; filter: { role?: string; cycle?: string } }[] {
  const words = [
    'coach',
    'feedback',
    'observation',
    'curriculum',
    'benchmark',
    'fraction',
    'discourse',
    'rubric',
    'manipulatives',
    'supervisor',
    'walkthrough',
    'misconception',
    'bafo',
    'kilomu',
    'sotuva',
    'hadi',
  ];
  const shapes: ((w: string, v: string) => string)[] = [
    (w) => w,
    (w, v) => `${w} ${v}`,
    (w) => `${w.slice(0, 5)}*`,
    (w, v) => `${w} OR ${v}`,
    (w, v) => `"${w} ${v}"`,
    (w, v) => `${w} -${v}`,
  ];
  const out: { q: string; filter: { role?: string; cycle?: string } }[] = PLANTED_PHRASES.map((p) => ({ q: `"${p}"`, filter: {} }));
  for (let i = 0; out.length < count; i++) {
    const w = words[i % words.length]!;
    const v = words[(i * 7 + 3) % words.length]!;
    const filter = i % 3 === 0 ? { role: 'teacher' } : i % 3 === 1 ? { cycle: '2010-11' } : {};
    out.push({ q: shapes[i % shapes.length]!(w, v), filter });
  }
  return out;
}

/** A finding on 10 claims of a school summary, each on the 5 ISF entries of one interview, each citing a passage: 50 passages. */
async function buildDeepFinding(ctx: ServiceContext, partnershipId: string): Promise<string> {
  const first = (await ctx.store.interviews.list(partnershipId, {}))[0]!;
  const interviews = (await ctx.store.interviews.list(partnershipId, { organizationId: first.organization_id, cycleId: first.cycle_id })).slice(0, 10);
  const summary = await createSummary(ctx, {
    partnershipId,
    kind: 'school',
    district: first.district_id,
    cycle: first.cycle_id,
    school: first.organization_id,
  });
  const claims: string[] = [];
  for (const interview of interviews) {
    const isf = await createIsf(ctx, partnershipId, interview.id);
    const entries: string[] = [];
    for (const [k, { field }] of isf.fields.slice(0, 5).entries()) {
      const excerpt = await createExcerpt(ctx, { partnershipId, interview: interview.id, turn: 2 * k + 1 });
      entries.push((await writeEntry(ctx, { isfId: isf.isf.id, field: field.key, text: `${field.label}: entry ${k}.`, cite: [{ excerptId: excerpt.id }] })).id);
    }
    claims.push(
      (await addClaim(ctx, { summaryId: summary.id, text: `What ${interview.pseudonym} said.`, cite: entries.map((entryId) => ({ entryId })) })).claim.id,
    );
  }
  const finding = await addFinding(ctx, {
    partnershipId,
    district: first.district_id,
    cycle: first.cycle_id,
    text: 'A finding resting on many passages.',
    cite: claims.map((claimId) => ({ claimId })),
  });
  return finding.finding.id;
}

async function main() {
  const interviews = Number(args.interviews);
  const wordsPer = Number(args.words);
  const root = args.keep ?? (await mkdtemp(join(tmpdir(), 'warrant-bench-')));
  log(`Warrant benchmark: ${interviews} transcripts × ~${wordsPer} words (node ${process.version}, ${process.platform})`);

  const corpusDir = join(root, 'bundle');
  const generated = await time(() => writeCorpus(corpusDir, { interviews, wordsPerInterview: wordsPer }));
  log(`corpus written in ${seconds(generated.ms)} s: ${generated.result.words.toLocaleString('en-US')} words`);

  // --- import ---
  // Each import runs twice, into a new database each time, and the faster run counts (the machine
  // is shared; the slower run measures its neighbours).
  let store!: Store;
  let ctx!: ServiceContext;
  let best = Infinity;
  let report!: Awaited<ReturnType<typeof importBundle>>;
  for (const run of [1, 2]) {
    if (store) await store.destroy();
    store = Store.of(await connect({ dialect: 'sqlite', path: join(root, `warrant-${run}.db`) }));
    ctx = createContext(store, 'bench', { ids: seededIdSource(7) });
    const imported = await time(() => importBundle(ctx, corpusDir, { partnership: 'Benchmark' }));
    report = imported.result;
    if (!report.imported)
      throw new Error(
        `the corpus did not import: ${report.problems
          .slice(0, 5)
          .map((p) => p.message)
          .join('; ')}`,
      );
    best = Math.min(best, imported.ms);
    log(
      `import ${run}: ${(report.stored.textBytes / MB).toFixed(1)} MB of transcript text, ${report.stored.turns.toLocaleString('en-US')} turns in ${seconds(imported.ms)} s (reading, parsing, storing, indexing)`,
    );
  }
  const importRate = report.stored.textBytes / MB / (best / 1000);

  // --- the bare engine: the same turns into a bare FTS5 table, also the better of two runs ---
  const texts = (await store.db.selectFrom('turn').select('text').orderBy('id').execute()).map((r) => r.text);
  const rawMb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / MB;
  let raw!: SQLite.Database;
  let rawBest = Infinity;
  for (const run of [1, 2]) {
    raw?.close();
    raw = openRaw(join(root, `raw-${run}.db`));
    raw.exec(`CREATE VIRTUAL TABLE raw USING fts5(text, tokenize='porter unicode61 remove_diacritics 2')`);
    const insert = raw.prepare('INSERT INTO raw(text) VALUES (?)');
    const rawImport = await time(() => raw.transaction(() => texts.forEach((t) => insert.run(t)))());
    rawBest = Math.min(rawBest, rawImport.ms);
    log(`bare FTS5 insert ${run}: ${rawMb.toFixed(1)} MB in ${seconds(rawImport.ms)} s`);
  }
  const rawRate = rawMb / (rawBest / 1000);

  // --- search ---
  const partnershipId = report.partnership!.id;
  const queries = searchQueries(Number(args.queries));
  for (const { q, filter } of queries.slice(0, 20)) await searchTranscripts(ctx, partnershipId, q, filter); // warm up
  const ours: number[] = [];
  const rawTimes: number[] = [];
  const rawQuery = raw.prepare(`SELECT rowid, highlight(raw, 0, '[', ']') AS marked FROM raw WHERE raw MATCH ? ORDER BY rowid LIMIT 20`);
  for (const { q, filter } of queries) {
    ours.push((await time(() => searchTranscripts(ctx, partnershipId, q, { ...filter, limit: 20 }))).ms);
    const fts = toFts5(parseSearchQuery(q));
    rawTimes.push((await time(() => rawQuery.all(fts))).ms);
  }
  let plantedOk = true;
  for (const [phrase, ids] of Object.entries(generated.result.planted)) {
    const found = (await searchTranscripts(ctx, partnershipId, `"${phrase}"`, { limit: 200 })).hits.map((h) => h.interviewCode).sort();
    if (JSON.stringify(found) !== JSON.stringify([...ids].sort())) plantedOk = false;
  }

  // --- trace ---
  const findingId = await buildDeepFinding(ctx, partnershipId);
  const sample = await trace(ctx, findingId);
  const rawTrace = openRaw(join(root, 'warrant-2.db'));
  // The bare engine runs the same recursive query the trace rests on, as a prepared statement.
  const compiled = store.trace.chainQuery(findingId).compile(store.db);
  const rawTraceStatement = rawTrace.prepare(compiled.sql);
  const rawTraceQuery = { all: () => rawTraceStatement.all(...(compiled.parameters as unknown[])) };
  const traceTimes: number[] = [];
  const rawTraceTimes: number[] = [];
  for (let i = 0; i < 220; i++) {
    const ms = (await time(() => trace(ctx, findingId))).ms;
    const rms = (await time(() => rawTraceQuery.all())).ms;
    if (i >= 20) {
      traceTimes.push(ms);
      rawTraceTimes.push(rms);
    }
  }

  const searchP50 = percentile(ours, 50);
  const searchP95 = percentile(ours, 95);
  const rawP50 = percentile(rawTimes, 50);
  const rawP95 = percentile(rawTimes, 95);
  const traceP50 = percentile(traceTimes, 50);
  const traceP95 = percentile(traceTimes, 95);
  const rawTraceP50 = percentile(rawTraceTimes, 50);
  const rawTraceP95 = percentile(rawTraceTimes, 95);
  const verdict = (ok: boolean) => (ok ? 'meets' : 'MISSES');

  log('');
  log('| measure | Warrant | bare engine | ratio | goal |');
  log('|---|---|---|---|---|');
  log(
    `| import throughput (MB/s, indexing included) | ${importRate.toFixed(1)} | ${rawRate.toFixed(1)} (FTS5 insert) | ${(rawRate / importRate).toFixed(2)}× slower | ≥ 5 MB/s, within 2×: ${verdict(importRate >= 5 && rawRate / importRate <= 2)} |`,
  );
  log(
    `| search p50 / p95 (ms, ${queries.length} queries) | ${searchP50.toFixed(2)} / ${searchP95.toFixed(2)} | ${rawP50.toFixed(2)} / ${rawP95.toFixed(2)} (FTS5 MATCH, highlight) | ${(searchP95 / rawP95).toFixed(2)}× at p95 | p95 ≤ 20 ms, within 2×: ${verdict(searchP95 <= 20 && searchP95 / rawP95 <= 2)} |`,
  );
  log(
    `| trace p50 / p95 (ms, ${sample.passages.length} passages) | ${traceP50.toFixed(2)} / ${traceP95.toFixed(2)} | ${rawTraceP50.toFixed(2)} / ${rawTraceP95.toFixed(2)} (the chain query, prepared) | ${(traceP50 / rawTraceP50).toFixed(2)}× at p50 | ≤ 10 ms, within 2×: ${verdict(traceP95 <= 10 && traceP50 / rawTraceP50 <= 2)} |`,
  );
  log('');
  log(`planted phrases found in exactly the interviews they were planted in: ${plantedOk ? 'yes' : 'NO'}`);

  raw.close();
  rawTrace.close();
  await store.destroy();
  if (!args.keep) await rm(root, { recursive: true, force: true });
}

await main();
