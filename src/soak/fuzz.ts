import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Random } from '../domain/random.js';
import { createContext } from '../services/context.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { importLongTurn } from './fuzz/long-turns.js';
import { fuzzCodebooksAndRatings } from './fuzz/codebooks.js';
import { fuzzDataTables, fuzzSurveyExports } from './fuzz/data-tables.js';
import { fuzzPdfs, readHostilePdfs } from './fuzz/pdfs.js';
import { readHostileQdpx } from './fuzz/qdpx.js';
import type { FuzzOptions, FuzzResult } from './fuzz/result.js';
import { fuzzTranscriptsAndLists } from './fuzz/transcripts.js';
import { unpackHostileZip } from './fuzz/zips.js';

export type { FuzzOptions, FuzzResult } from './fuzz/result.js';

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
 * naming the archive, writing nothing outside their folder. REFI-QDA projects (.qdpx) with a mutated
 * project file or archive, or a hostile part, must be read or refused with problems naming the file.
 * Codebooks (.qdc and CSV) and tables of ratings for agreement (CSV), mutated, must be read or
 * refused with problems naming the file and, for an error at a place in it, the line.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const r = new Random(options.seed ?? 1);
  const result: FuzzResult = {
    cases: {},
    refused: {},
    slowest: { format: '', ms: 0 },
    imports: 0,
    hostile: [],
    longTurns: { cases: 0, slowestSearchMs: 0 },
    zips: { cases: 0, refused: 0, slowestMs: 0 },
    qdpx: { cases: 0, refused: 0, slowestMs: 0 },
    problems: [],
  };
  const dir = await mkdtemp(join(tmpdir(), 'warrant-fuzz-'));
  const store = Store.of(await connect({ dialect: 'sqlite', path: join(dir, 'fuzz.db') }));
  const ctx = createContext(store, 'fuzz');
  try {
    await fuzzTranscriptsAndLists(ctx, dir, r, options, result);
    await fuzzPdfs(r, options, result);
    await readHostilePdfs(options, result);
    for (let n = 0; n < (options.longTurns ?? 0); n++) await importLongTurn(ctx, dir, r, n, options.longTurnChars ?? 400_000, result);
    if (options.longTurns) options.log?.(`long turns: ${options.longTurns} cases, slowest search ${result.longTurns.slowestSearchMs.toFixed(1)} ms`);
    if (options.zips) {
      await mkdir(join(dir, 'zips'));
      for (let n = 0; n < options.zips; n++) await unpackHostileZip(dir, r, n, result);
      options.log?.(`zipped bundles: ${options.zips} cases, ${result.zips.refused} refused, slowest ${result.zips.slowestMs.toFixed(1)} ms`);
    }
    for (let n = 0; n < (options.qdpx ?? 0); n++) readHostileQdpx(r, n, result);
    if (options.qdpx) options.log?.(`REFI-QDA projects: ${options.qdpx} cases, ${result.qdpx.refused} refused, slowest ${result.qdpx.slowestMs.toFixed(1)} ms`);
    fuzzCodebooksAndRatings(r, options, result);
    fuzzDataTables(r, options, result);
    fuzzSurveyExports(r, options, result);
  } finally {
    await store.destroy();
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}
