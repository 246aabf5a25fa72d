import type { Random } from '../../domain/random.js';
import { UnreadableArtifact } from '../../importers/artifacts/index.js';
import { ARTIFACT_READER_LIMITS, ArtifactReader } from '../../importers/artifacts/reader.js';
import { HOSTILE_PDFS } from '../hostile-pdfs.js';
import { mutate } from './mutate.js';
import type { FuzzOptions, FuzzResult } from './result.js';
import { seedPdf } from './seeds.js';

/**
 * Mutated PDFs through the artifact reader, two at a time: each read, or refused with a message
 * naming it; none may need the limits on time or memory, or end the reading process otherwise.
 */
export async function fuzzPdfs(r: Random, options: FuzzOptions, result: FuzzResult): Promise<void> {
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
export async function readHostilePdfs(options: FuzzOptions, result: FuzzResult): Promise<void> {
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
