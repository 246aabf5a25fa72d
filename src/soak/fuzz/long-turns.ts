import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Random } from '../../domain/random.js';
import { MAX_MATCHES_PER_HIT } from '../../domain/snippet.js';
import { sliceCodePoints } from '../../domain/text.js';
import { MAX_SEGMENT_LENGTH, transcriptText } from '../../domain/transcript.js';
import type { ServiceContext } from '../../services/context.js';
import { importBundle } from '../../services/import-bundle.js';
import { searchTranscripts } from '../../services/search.js';
import { type FuzzResult, SLOW_MS } from './result.js';
import { INTERVIEWS, ROSTER } from './seeds.js';

/** Shapes of one very long turn, each with a word to search for and how its matches read. */
const LONG_TURNS: { kind: string; query: string; matched: RegExp; text: (r: Random, chars: number) => string }[] = [
  { kind: 'speech', query: 'coach', matched: /^coach$/i, text: (r, chars) => fill(chars, () => r.pick(SENTENCES)) },
  {
    kind: 'paragraphs',
    query: '"learning walk"',
    matched: /^learning walk$/i,
    text: (r, chars) => fill(chars, () => `${r.pick(SENTENCES)}${r.chance(0.2) ? '\n' : ''}`),
  },
  { kind: 'one word said over and over', query: 'coach', matched: /^coach( coach)*$/i, text: (_, chars) => 'coach '.repeat(chars / 6).trim() },
  { kind: 'one letter said over and over', query: 'a', matched: /^a( a)*$/i, text: (_, chars) => 'a '.repeat(chars / 2).trim() },
  { kind: 'no spaces for pages', query: 'coach', matched: /^coach$/i, text: (r, chars) => fill(chars, () => `${'x'.repeat(r.int(5_000, 30_000))} coach `) },
  {
    kind: 'astral and accented',
    query: 'cafe',
    matched: /^café$/i,
    text: (r, chars) => fill(chars, () => r.pick(['🧮 café talk ', 'naïve 𝑥 ', 'e\u0301cole coach ', '👍 '])),
  },
];

const SENTENCES = [
  'The coach comes in twice a month and we plan the launch of the task together.',
  'Our principal does a learning walk with a checklist, but the feedback is about pacing.',
  'We look at student work in the grade-level team when there is time, which is rarely.',
  'High-quality instruction means students explain their thinking to each other.',
];

const fill = (chars: number, next: () => string) => {
  const parts: string[] = [];
  for (let n = 0; n < chars;) {
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
export async function importLongTurn(ctx: ServiceContext, dir: string, r: Random, n: number, maxChars: number, result: FuzzResult) {
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
        if (m.start < after || !shape.matched.test(words.normalize('NFC')))
          return void result.problems.push(`${name}: a match at ${m.start}–${m.end} reads "${words.slice(0, 40)}"`);
        after = m.end;
      }
    }
  } catch (e) {
    result.problems.push(`${name}: threw ${e instanceof Error ? e.message : String(e)}`);
  }
}
