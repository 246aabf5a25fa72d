import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toDocx, toSrt, toTxt, toVtt } from '../../demo/transcript-files.js';
import type { Random } from '../../domain/random.js';
import { readCsvTable } from '../../importers/csv-table.js';
import { INTERVIEW_COLUMNS, ROSTER_COLUMNS } from '../../importers/bundle.js';
import { readTranscript, type TranscriptFormat } from '../../importers/transcripts/index.js';
import type { ServiceContext } from '../../services/context.js';
import { importBundle } from '../../services/import-bundle.js';
import { mutate } from './mutate.js';
import { type FuzzOptions, type FuzzResult, SLOW_MS } from './result.js';
import { INTERVIEWS, ROSTER, TURNS } from './seeds.js';
import { toF4Txt, toOtterDocx, toOtterTxt, toRevDocx, toRevTxt } from './service-layouts.js';

/**
 * Mutated transcripts of every format and mutated roster and interview lists, each read or refused
 * with problems naming the file, in time; every `importEvery` cases a transcript goes through a
 * whole bundle import.
 */
export async function fuzzTranscriptsAndLists(ctx: ServiceContext, dir: string, r: Random, options: FuzzOptions, result: FuzzResult): Promise<void> {
  const text = (s: string) => new TextEncoder().encode(s);
  // Each seed by the name results are counted under; a service's layout is read as its file's format.
  const seeds: Record<string, Uint8Array> = {
    txt: text(toTxt(TURNS)),
    'otter.txt': text(toOtterTxt(TURNS)),
    'rev.txt': text(toRevTxt(TURNS)),
    'f4.txt': text(toF4Txt(TURNS)),
    vtt: text(toVtt(TURNS)),
    srt: text(toSrt(TURNS)),
    docx: await toDocx(TURNS, 'fuzz'),
    'otter.docx': await toOtterDocx(TURNS),
    'rev.docx': await toRevDocx(TURNS),
    'roster.csv': text(ROSTER),
    'interviews.csv': text(INTERVIEWS),
  };
  for (const [kind, seed] of Object.entries(seeds)) {
    const format = kind.split('.').at(-1)!;
    let refused = 0;
    for (let n = 0; n < options.casesPerFormat; n++) {
      const bytes = mutate(r, seed);
      const name = `case-${n}.${kind}`;
      const started = performance.now();
      try {
        if (format === 'csv') {
          const table = readCsvTable(new TextDecoder().decode(bytes), name, kind === 'roster.csv' ? ROSTER_COLUMNS : INTERVIEW_COLUMNS);
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
      if (ms > result.slowest.ms) result.slowest = { format: kind, ms };
      if (ms > SLOW_MS) result.problems.push(`${name}: took ${ms.toFixed(0)} ms`);

      if (options.importEvery && n % options.importEvery === 0 && format !== 'csv') {
        result.imports++;
        await importMutated(ctx, dir, kind, bytes, n, result);
      }
    }
    result.cases[kind] = options.casesPerFormat;
    result.refused[kind] = refused;
    options.log?.(`${kind}: ${options.casesPerFormat} cases, ${refused} refused, slowest ${result.slowest.ms.toFixed(1)} ms`);
  }
}

/** A bundle with the mutated transcript: imported whole, or refused with nothing written. */
async function importMutated(ctx: ServiceContext, dir: string, format: string, bytes: Uint8Array, n: number, result: FuzzResult) {
  const bundle = join(dir, `bundle-${format}-${n}`);
  await mkdir(bundle);
  const id = `I${format.replace(/\W/g, '')}${n}`;
  await writeFile(join(bundle, 'roster.csv'), ROSTER);
  await writeFile(join(bundle, 'interviews.csv'), INTERVIEWS.replace('I1,', `${id},`).replace('t.txt', `t.${format}`));
  await writeFile(join(bundle, `t.${format}`), bytes);
  const before = { audit: await ctx.store.audit.count(), interviews: (await ctx.store.db.selectFrom('interview').select('id').execute()).length };
  try {
    const report = await importBundle(ctx, bundle, { partnership: 'Fuzz' });
    const after = { audit: await ctx.store.audit.count(), interviews: (await ctx.store.db.selectFrom('interview').select('id').execute()).length };
    if (!report.imported && (after.audit !== before.audit || after.interviews !== before.interviews))
      result.problems.push(`${id}: a refused import wrote to the database`);
    if (report.imported && after.interviews !== before.interviews + 1)
      result.problems.push(`${id}: an import reported done stored ${after.interviews - before.interviews} interviews`);
  } catch (e) {
    result.problems.push(`${id}: the import threw ${e instanceof Error ? e.message : String(e)}`);
  }
}
