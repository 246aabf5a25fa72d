import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zlibSync } from 'fflate';
import { type TurnToWrite, toDocx, toSrt, toTxt, toVtt } from '../demo/transcript-files.js';
import { type Zippable, zipSync } from 'fflate';
import { WarrantError } from '../domain/errors.js';
import { Random } from '../domain/random.js';
import { UnreadableArtifact } from '../importers/artifacts/index.js';
import { ARTIFACT_READER_LIMITS, ArtifactReader } from '../importers/artifacts/reader.js';
import { MAX_MATCHES_PER_HIT } from '../domain/snippet.js';
import { sliceCodePoints } from '../domain/text.js';
import { MAX_SEGMENT_LENGTH, transcriptText } from '../domain/transcript.js';
import { unpackBundleArchive } from '../importers/bundle-archive.js';
import { readCsvTable } from '../importers/csv-table.js';
import { INTERVIEW_COLUMNS, ROSTER_COLUMNS } from '../importers/bundle.js';
import { readTranscript, type TranscriptFormat } from '../importers/transcripts/index.js';
import { createContext } from '../services/context.js';
import { importBundle } from '../services/import-bundle.js';
import { searchTranscripts } from '../services/search.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { HOSTILE_PDFS, pdfFile, pdfStream } from './hostile-pdfs.js';

/**
 * Fuzzing the importers: valid files of every format, mutated at random (bytes flipped, cut,
 * repeated, spliced with tokens the parsers look for), must each be read or refused with a clear
 * problem naming the file: no exception, no hang. Some of the mutated files go through a whole
 * bundle import, which must then write nothing unless it imported them. PDFs are read as the
 * server reads artifacts, each in a process of its own (so a tenth as many), and the hostile PDFs
 * must each be refused within the reader's limits. Transcripts of one very long turn, of every shape
 * that makes search work hard, must import with a warning and be searched in time, each match where
 * the transcript has the word. Zipped bundles with hostile entries (links, names leading out or too
 * long, a file that is also a folder, sizes that lie), mutated on top, must unpack or be refused
 * naming the archive, writing nothing outside their folder.
 */
export interface FuzzOptions {
  casesPerFormat: number;
  seed?: number;
  /** Every this many cases, a mutated transcript is imported as part of a bundle. */
  importEvery?: number;
  /** The time limit for the hostile PDFs that only a limit on time or memory stops (by default the reader's). */
  overrunTimeMs?: number;
  /** Transcripts with one very long turn, imported and then searched. */
  longTurns?: number;
  /** The longest such turn, in characters. */
  longTurnChars?: number;
  /** Zipped bundles, hostile or damaged, unpacked as an upload from the web is. */
  zips?: number;
  log?: (line: string) => void;
}

export interface FuzzResult {
  cases: Record<string, number>;
  refused: Record<string, number>;
  slowest: { format: string; ms: number };
  imports: number;
  /** Each hostile PDF, what the reader answered and how long it took. */
  hostile: { fileName: string; refusal: string; ms: number }[];
  /** Long-turn cases imported and searched, and the slowest of their searches. */
  longTurns: { cases: number; slowestSearchMs: number };
  zips: { cases: number; refused: number; slowestMs: number };
  problems: string[];
}

const SLOW_MS = 2000;

const TURNS: TurnToWrite[] = [
  { speaker: 'Interviewer', text: 'How often does the coach visit your classroom?', startMs: 1000, endMs: 4000 },
  { speaker: 'Ms. Rivera', text: 'About twice a month.\nWe plan the launch together, and she models questioning.', startMs: 4500, endMs: 12000 },
  { speaker: 'Interviewer', text: 'And the principal?', startMs: 12500, endMs: 14000 },
  { speaker: 'Ms. Rivera', text: 'Rarely. Maybe twice this year — “no feedback” on the math, café talk only.', startMs: 14500, endMs: 22000 },
];

const ROSTER = 'participant_id,pseudonym,role,organization,district,unit\nT01,Ms. Rivera,teacher,Maple Middle School,Northfield District,\n';
const INTERVIEWS = 'interview_id,participant_id,cycle,date,interviewer,protocol,file\nI1,T01,2009-10,2010-01-12,Ana Morales,teacher,t.txt\n';

/** Two pages: one drawn from a zlib stream, one from plain operators. */
function seedPdf(): Uint8Array {
  const lines = (texts: string[]) => new TextEncoder().encode(`BT /F1 12 Tf 14 TL 72 720 Td ${texts.map((t) => `(${t}) Tj T*`).join(' ')} ET`);
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    pdfStream('/Filter /FlateDecode', zlibSync(lines(['Professional development calendar', 'Coaching cycles start in October.']))),
    pdfStream('', lines(['Principals observe twice a term.', 'Caf\\351 talk only \\(no feedback\\).'])),
  ]);
}

const TOKENS = ['-->', 'WEBVTT', 'NOTE', '<v Speaker>', '</v>', 'Interviewer:', '[00:00:01]', '\u0000', '\uFEFF', '\r\n', '\n\n', '"', ',', '99:99:99,999', '&amp;', '&#x1F600;', 'Ã©', 'â€™', '<w:p>', ']]>', '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '𝑥', '\uD800'];

function mutate(r: Random, input: Uint8Array): Uint8Array {
  const bytes = [...input];
  const rounds = r.int(1, 6);
  for (let k = 0; k < rounds; k++) {
    const at = r.int(0, Math.max(0, bytes.length - 1));
    switch (r.int(0, 6)) {
      case 0:
        bytes[at] = (bytes[at] ?? 0) ^ (1 << r.int(0, 7));
        break;
      case 1:
        bytes.splice(at, r.int(1, 32));
        break;
      case 2:
        bytes.splice(at, 0, ...Array.from({ length: r.int(1, 16) }, () => r.int(0, 255)));
        break;
      case 3:
        bytes.splice(at, 0, ...new TextEncoder().encode(r.pick(TOKENS)));
        break;
      case 4: {
        const from = r.int(0, Math.max(0, bytes.length - 1));
        const chunk = bytes.slice(from, from + r.int(1, 200));
        for (let n = r.int(1, 20); n > 0; n--) bytes.splice(at, 0, ...chunk);
        break;
      }
      case 5:
        bytes.length = r.int(0, bytes.length);
        break;
      default:
        bytes.splice(at, 0, ...new TextEncoder().encode('x'.repeat(r.int(100, 20_000))));
    }
  }
  return new Uint8Array(bytes);
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const r = new Random(options.seed ?? 1);
  const seeds: Record<string, Uint8Array> = {
    txt: new TextEncoder().encode(toTxt(TURNS)),
    vtt: new TextEncoder().encode(toVtt(TURNS)),
    srt: new TextEncoder().encode(toSrt(TURNS)),
    docx: await toDocx(TURNS, 'fuzz'),
    'roster.csv': new TextEncoder().encode(ROSTER),
    'interviews.csv': new TextEncoder().encode(INTERVIEWS),
  };
  const result: FuzzResult = {
    cases: {},
    refused: {},
    slowest: { format: '', ms: 0 },
    imports: 0,
    hostile: [],
    longTurns: { cases: 0, slowestSearchMs: 0 },
    zips: { cases: 0, refused: 0, slowestMs: 0 },
    problems: [],
  };
  const dir = await mkdtemp(join(tmpdir(), 'warrant-fuzz-'));
  const store = Store.of(await connect({ dialect: 'sqlite', path: join(dir, 'fuzz.db') }));
  const ctx = createContext(store, 'fuzz');
  try {
    for (const [format, seed] of Object.entries(seeds)) {
      let refused = 0;
      for (let n = 0; n < options.casesPerFormat; n++) {
        const bytes = mutate(r, seed);
        const name = `case-${n}.${format}`;
        const started = performance.now();
        try {
          if (format.endsWith('.csv')) {
            const table = readCsvTable(new TextDecoder().decode(bytes), name, format === 'roster.csv' ? ROSTER_COLUMNS : INTERVIEW_COLUMNS);
            if (table.problems.some((p) => p.severity === 'error')) refused++;
            for (const p of table.problems) if (p.file !== name || !p.message) result.problems.push(`${name}: a problem that does not name the file`);
          } else {
            const parsed = readTranscript(bytes, name, format as TranscriptFormat);
            if (parsed.problems.some((p) => p.severity === 'error')) refused++;
            for (const p of parsed.problems) if (p.file !== name || !p.message) result.problems.push(`${name}: a problem that does not name the file`);
          }
        } catch (e) {
          result.problems.push(`${name}: threw ${e instanceof Error ? e.message : String(e)}`);
        }
        const ms = performance.now() - started;
        if (ms > result.slowest.ms) result.slowest = { format, ms };
        if (ms > SLOW_MS) result.problems.push(`${name}: took ${ms.toFixed(0)} ms`);

        if (options.importEvery && n % options.importEvery === 0 && !format.endsWith('.csv')) {
          result.imports++;
          await importMutated(ctx, dir, format, bytes, n, result);
        }
      }
      result.cases[format] = options.casesPerFormat;
      result.refused[format] = refused;
      options.log?.(`${format}: ${options.casesPerFormat} cases, ${refused} refused, slowest ${result.slowest.ms.toFixed(1)} ms`);
    }
    await fuzzPdfs(r, options, result);
    await readHostilePdfs(options, result);
    for (let n = 0; n < (options.longTurns ?? 0); n++) await importLongTurn(ctx, dir, r, n, options.longTurnChars ?? 400_000, result);
    if (options.longTurns) options.log?.(`long turns: ${options.longTurns} cases, slowest search ${result.longTurns.slowestSearchMs.toFixed(1)} ms`);
    if (options.zips) {
      await mkdir(join(dir, 'zips'));
      for (let n = 0; n < options.zips; n++) await unpackHostileZip(dir, r, n, result);
      options.log?.(`zipped bundles: ${options.zips} cases, ${result.zips.refused} refused, slowest ${result.zips.slowestMs.toFixed(1)} ms`);
    }
  } finally {
    await store.destroy();
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}

/** A bundle with the mutated transcript: imported whole, or refused with nothing written. */
async function importMutated(ctx: ReturnType<typeof createContext>, dir: string, format: string, bytes: Uint8Array, n: number, result: FuzzResult) {
  const bundle = join(dir, `bundle-${format}-${n}`);
  await mkdir(bundle);
  const id = `I${format}${n}`;
  await writeFile(join(bundle, 'roster.csv'), ROSTER);
  await writeFile(join(bundle, 'interviews.csv'), INTERVIEWS.replace('I1,', `${id},`).replace('t.txt', `t.${format}`));
  await writeFile(join(bundle, `t.${format}`), bytes);
  const before = { audit: await ctx.store.audit.count(), interviews: (await ctx.store.db.selectFrom('interview').select('id').execute()).length };
  try {
    const report = await importBundle(ctx, bundle, { partnership: 'Fuzz' });
    const after = { audit: await ctx.store.audit.count(), interviews: (await ctx.store.db.selectFrom('interview').select('id').execute()).length };
    if (!report.imported && (after.audit !== before.audit || after.interviews !== before.interviews)) result.problems.push(`${id}: a refused import wrote to the database`);
    if (report.imported && after.interviews !== before.interviews + 1) result.problems.push(`${id}: an import reported done stored ${after.interviews - before.interviews} interviews`);
  } catch (e) {
    result.problems.push(`${id}: the import threw ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Mutated PDFs through the artifact reader, two at a time: each read, or refused with a message
 * naming it; none may need the limits on time or memory, or end the reading process otherwise.
 */
async function fuzzPdfs(r: Random, options: FuzzOptions, result: FuzzResult): Promise<void> {
  const reader = new ArtifactReader();
  const seed = seedPdf();
  const cases = Math.ceil(options.casesPerFormat / 10);
  let refused = 0;
  let slowest = 0;
  for (let n = 0; n < cases; n += reader.limits.concurrent) {
    const names = Array.from({ length: Math.min(reader.limits.concurrent, cases - n) }, (_, i) => `case-${n + i}.pdf`);
    await Promise.all(
      names.map(async (name) => {
        const started = performance.now();
        try {
          await reader.read(mutate(r, seed), name);
        } catch (e) {
          refused++;
          const message = e instanceof Error ? e.message : String(e);
          if (!(e instanceof UnreadableArtifact) || !message.startsWith(`${name}: `)) result.problems.push(`${name}: threw ${message}`);
          else if (/reading the PDF (took longer|needed more|stopped unexpectedly)/.test(message)) result.problems.push(message);
        }
        slowest = Math.max(slowest, performance.now() - started);
      }),
    );
  }
  result.cases.pdf = cases;
  result.refused.pdf = refused;
  options.log?.(`pdf: ${cases} cases, ${refused} refused, slowest ${slowest.toFixed(1)} ms (each in a process of its own)`);
}

/** Each hostile PDF through the artifact reader: refused as expected, within the time limit (and a margin for starting the process). */
async function readHostilePdfs(options: FuzzOptions, result: FuzzResult): Promise<void> {
  const limited = new ArtifactReader();
  const overrun = new ArtifactReader({ ...ARTIFACT_READER_LIMITS, timeMs: options.overrunTimeMs ?? ARTIFACT_READER_LIMITS.timeMs });
  for (const hostile of HOSTILE_PDFS) {
    const reader = hostile.stoppedBy === 'time or memory' ? overrun : limited;
    const started = performance.now();
    const refusal = await reader.read(hostile.bytes(), hostile.fileName).then(
      () => 'read',
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    const ms = performance.now() - started;
    result.hostile.push({ fileName: hostile.fileName, refusal, ms });
    if (!hostile.refusal.test(refusal)) result.problems.push(`${hostile.fileName}: ${refusal}`);
    if (ms > reader.limits.timeMs + 2000) result.problems.push(`${hostile.fileName}: refused only after ${ms.toFixed(0)} ms`);
    options.log?.(`${hostile.fileName} (${hostile.attack}): ${refusal} (${ms.toFixed(0)} ms)`);
  }
}

/** Shapes of one very long turn, each with a word to search for and how its matches read. */
const LONG_TURNS: { kind: string; query: string; matched: RegExp; text: (r: Random, chars: number) => string }[] = [
  { kind: 'speech', query: 'coach', matched: /^coach$/i, text: (r, chars) => fill(chars, () => r.pick(SENTENCES)) },
  { kind: 'paragraphs', query: '"learning walk"', matched: /^learning walk$/i, text: (r, chars) => fill(chars, () => `${r.pick(SENTENCES)}${r.chance(0.2) ? '\n' : ''}`) },
  { kind: 'one word said over and over', query: 'coach', matched: /^coach( coach)*$/i, text: (_, chars) => 'coach '.repeat(chars / 6).trim() },
  { kind: 'one letter said over and over', query: 'a', matched: /^a( a)*$/i, text: (_, chars) => 'a '.repeat(chars / 2).trim() },
  { kind: 'no spaces for pages', query: 'coach', matched: /^coach$/i, text: (r, chars) => fill(chars, () => `${'x'.repeat(r.int(5_000, 30_000))} coach `) },
  { kind: 'astral and accented', query: 'cafe', matched: /^café$/i, text: (r, chars) => fill(chars, () => r.pick(['🧮 café talk ', 'naïve 𝑥 ', 'e\u0301cole coach ', '👍 '])) },
];

const SENTENCES = [
  'The coach comes in twice a month and we plan the launch of the task together.',
  'Our principal does a learning walk with a checklist, but the feedback is about pacing.',
  'We look at student work in the grade-level team when there is time, which is rarely.',
  'High-quality instruction means students explain their thinking to each other.',
];

const fill = (chars: number, next: () => string) => {
  const parts: string[] = [];
  for (let n = 0; n < chars; ) {
    const part = next();
    parts.push(part);
    n += part.length + 1;
  }
  return parts.join(' ').trim();
};

/**
 * A transcript with one very long turn: imported with a warning that names its file and line, then
 * searched within the time limit, each match at its place in the transcript.
 */
async function importLongTurn(ctx: ReturnType<typeof createContext>, dir: string, r: Random, n: number, maxChars: number, result: FuzzResult) {
  const shape = r.pick(LONG_TURNS);
  const turn = shape.text(r, r.int(MAX_SEGMENT_LENGTH + 1, maxChars));
  const name = `long turn ${n} (${shape.kind}, ${turn.length.toLocaleString('en-US')} characters)`;
  const bundle = join(dir, `long-${n}`);
  await mkdir(bundle);
  await writeFile(join(bundle, 'roster.csv'), ROSTER);
  await writeFile(join(bundle, 'interviews.csv'), INTERVIEWS);
  await writeFile(join(bundle, 't.txt'), `Interviewer: Tell me about your work with the coach.\nMs. Rivera: ${turn}\nInterviewer: Thank you.\n`);
  try {
    const report = await importBundle(ctx, bundle, { partnership: `Fuzz long ${n}` });
    result.longTurns.cases++;
    if (!report.imported) return void result.problems.push(`${name}: refused (${report.problems.map((p) => p.message).join('; ')})`);
    if (!report.problems.some((p) => p.severity === 'warning' && p.file === 't.txt' && p.line === 2 && /segments/.test(p.message))) {
      result.problems.push(`${name}: imported without a warning naming t.txt line 2`);
    }
    const started = performance.now();
    const { hits } = await searchTranscripts(ctx, report.partnership!.id, shape.query, { limit: 200 });
    const ms = performance.now() - started;
    result.longTurns.slowestSearchMs = Math.max(result.longTurns.slowestSearchMs, ms);
    if (ms > SLOW_MS) result.problems.push(`${name}: the search took ${ms.toFixed(0)} ms`);
    if (hits.length === 0) return void result.problems.push(`${name}: the search found nothing`);
    const text = transcriptText(await ctx.store.transcripts.turns(hits[0]!.transcriptId));
    let after = 0;
    for (const h of hits) {
      if (h.matches.length === 0 || h.matches.length > MAX_MATCHES_PER_HIT) result.problems.push(`${name}: a hit with ${h.matches.length} matches`);
      for (const m of h.matches) {
        const words = sliceCodePoints(text, m.start, m.end);
        if (m.start < after || !shape.matched.test(words.normalize('NFC'))) return void result.problems.push(`${name}: a match at ${m.start}–${m.end} reads "${words.slice(0, 40)}"`);
        after = m.end;
      }
    }
  } catch (e) {
    result.problems.push(`${name}: threw ${e instanceof Error ? e.message : String(e)}`);
  }
}

const encode = (s: string) => new TextEncoder().encode(s);

/** A zipped bundle with one hostile entry or none, its bytes mutated half of the time. */
function hostileZip(r: Random): Uint8Array {
  const top = r.chance(0.5) ? 'bundle/' : '';
  const files: Zippable = { [`${top}roster.csv`]: encode(ROSTER), [`${top}interviews.csv`]: encode(INTERVIEWS), [`${top}t.txt`]: encode(toTxt(TURNS)) };
  switch (r.int(0, 6)) {
    case 0:
      files[`${top}t.txt/inside.txt`] = encode('a file that is also a folder');
      break;
    case 1:
      files[`${top}transcripts`] = [encode('/etc'), { os: 3, attrs: 0o120777 << 16 }];
      break;
    case 2:
      files[`${top}${'n'.repeat(r.int(200, 1100))}.txt`] = encode('a long name');
      break;
    case 3:
      files[r.pick(['../outside.txt', '/absolute.txt', 'a/../../b.txt', 'C:/windows.txt', 'a\\..\\b.txt'])] = encode('out');
      break;
    case 4:
      files[`${top}dir/`] = new Uint8Array();
      files[`${top}dir`] = encode('a file named as the folder');
      break;
    case 5:
      files[`${top}zeros.txt`] = new Uint8Array(r.int(1, 4) * 1024 * 1024);
      break;
  }
  const zip = zipSync(files);
  return r.chance(0.5) ? mutate(r, zip) : zip;
}

/** One zipped bundle unpacked as an upload is: unpacked, or refused naming the archive; nothing written outside its folder. */
async function unpackHostileZip(dir: string, r: Random, n: number, result: FuzzResult) {
  const name = `case-${n}.zip`;
  const into = join(dir, 'zips', `zip-${n}`);
  await mkdir(into);
  const bytes = hostileZip(r);
  const started = performance.now();
  try {
    await unpackBundleArchive(bytes, into, name);
  } catch (e) {
    if (e instanceof WarrantError && e.code === 'invalid' && e.message.startsWith(name)) result.zips.refused++;
    else result.problems.push(`${name}: ${e instanceof WarrantError ? `a refusal that does not name the archive: ${e.message}` : `threw ${e instanceof Error ? e.message : String(e)}`}`);
  }
  const ms = performance.now() - started;
  result.zips.cases++;
  result.zips.slowestMs = Math.max(result.zips.slowestMs, ms);
  if (ms > SLOW_MS) result.problems.push(`${name}: took ${ms.toFixed(0)} ms`);
  const strays = [...(await readdir(join(dir, 'zips'))).filter((f) => f !== `zip-${n}`), ...(await readdir(dir)).filter((f) => !/^(fuzz\.db.*|bundle-.+|long-\d+|zips)$/.test(f))];
  if (strays.length) result.problems.push(`${name}: wrote ${strays.join(', ')} outside its folder`);
  await rm(into, { recursive: true, force: true });
}
