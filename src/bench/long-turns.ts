import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { unpackBundleArchive } from '../importers/bundle-archive.js';
import { createContext } from '../services/context.js';
import { importBundle } from '../services/import-bundle.js';
import { searchTranscripts } from '../services/search.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';

/**
 * `npm run bench:long-turns`: searches over transcripts made of one very long turn, the shapes a
 * hostile or broken file takes (a 200 KB answer, 400 KB of one word said 68,000 times, a 50 MB
 * line delivered in a small zip), each imported and then searched for its most common word.
 */
const { values: args } = parseArgs({ options: { only: { type: 'string' }, runs: { type: 'string', default: '3' } } });

const SENTENCES = [
  'The coach comes in twice a month and we plan the launch of the task together.',
  'Our principal walks through with a checklist, but the feedback is about pacing, not the math.',
  'We look at student work in the grade-level team when there is time, which is rarely.',
  'I think high-quality instruction means students explain their thinking to each other.',
];

/** About `bytes` of ordinary speech, one sentence after another, in one turn. */
const speech = (bytes: number) => {
  const parts: string[] = [];
  for (let n = 0, i = 0; n < bytes; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    parts.push(s);
    n += s.length + 1;
  }
  return parts.join(' ');
};

const LONG_TURN_CASES = [
  { name: '200 KB single turn', query: 'coach', zipped: false, text: () => speech(200 * 1024) },
  { name: '400 KB, 68,000 matches', query: 'coach', zipped: false, text: () => 'coach '.repeat(68_000).trim() },
  { name: '50 MB one line, zipped', query: 'coach', zipped: true, text: () => speech(50_000_000) },
];

const ROSTER = 'participant_id,pseudonym,role,organization,district,unit\nT01,Ms. Rivera,teacher,Maple Middle School,Northfield District,\n';
const INTERVIEWS = 'interview_id,participant_id,cycle,date,interviewer,protocol,file\nI1,T01,2009-10,2010-01-12,Ana Morales,teacher,t.txt\n';

const log = (s: string) => process.stdout.write(`${s}\n`);
const root = await mkdtemp(join(tmpdir(), 'warrant-bench-long-'));
try {
  for (const c of LONG_TURN_CASES) {
    if (args.only && !c.name.includes(args.only)) continue;
    const store = Store.of(await connect({ dialect: 'sqlite', path: join(root, `${LONG_TURN_CASES.indexOf(c)}.db`) }));
    const ctx = createContext(store, 'bench');
    const files = { 'roster.csv': ROSTER, 'interviews.csv': INTERVIEWS, 't.txt': `Ms. Rivera: ${c.text()}\n` };
    const dir = join(root, `bundle-${LONG_TURN_CASES.indexOf(c)}`);
    await mkdir(dir);
    let bundle = dir;
    let started = performance.now();
    let size = '';
    if (c.zipped) {
      const zip = zipSync(Object.fromEntries(Object.entries(files).map(([n, s]) => [n, new TextEncoder().encode(s)])), { level: 9 });
      size = `, zip ${(zip.length / 1024).toFixed(0)} KB`;
      started = performance.now();
      bundle = await unpackBundleArchive(zip, dir, 'bundle.zip');
    } else {
      for (const [n, s] of Object.entries(files)) await writeFile(join(dir, n), s);
    }
    const report = await importBundle(ctx, bundle, { partnership: 'Bench' });
    if (!report.imported) throw new Error(`${c.name} was not imported: ${report.problems.map((p) => p.message).join('; ')}`);
    const imported = performance.now() - started;
    const warnings = report.problems.filter((p) => p.severity === 'warning').map((p) => `${p.file}:${p.line} ${p.message}`);
    const times: number[] = [];
    let hits = 0;
    for (let run = 0; run < Number(args.runs); run++) {
      started = performance.now();
      hits = (await searchTranscripts(ctx, report.partnership!.id, c.query, { limit: 20 })).hits.length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    log(
      `${c.name}: ${(files['t.txt'].length / 1024).toFixed(0)} KB${size}, unpacked and imported in ${(imported / 1000).toFixed(2)} s; search "${c.query}": ${hits} hits, median ${(times[Math.floor(times.length / 2)] ?? NaN).toFixed(1)} ms (of ${times.length})`,
    );
    for (const w of warnings) log(`  warning: ${w}`);
    await store.destroy();
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
