import { describe, expect, it } from 'vitest';
import { runFuzz } from '../src/soak/fuzz.js';
import { HOSTILE_PDFS } from '../src/soak/hostile-pdfs.js';
import { seedFrom } from './support/seeds.js';

// The same mutated files every run; WARRANT_FUZZ_SEED chooses others (or replays a run's).
const seed = seedFrom('WARRANT_FUZZ_SEED', 20261122);

describe('fuzzing the importers (a short pass; npm run fuzz runs 10,000 cases per format)', () => {
  it(`reads or refuses every mutated file of every format with a problem naming it, never throwing or hanging, writes nothing it refuses, and refuses each hostile PDF within the limits; searches long turns in time; unpacks or refuses every hostile zipped bundle; reads or refuses every hostile .qdpx, every mutated codebook (.qdc, CSV), table of ratings, table for the analyses and survey export (Qualtrics, REDCap and its dictionary, CSV) and file of lesson scores, naming the file and line (WARRANT_FUZZ_SEED=${seed})`, async () => {
    const result = await runFuzz({ casesPerFormat: 300, seed, importEvery: 25, overrunTimeMs: 4000, longTurns: 12, zips: 300, qdpx: 300 });
    expect(result.problems).toEqual([]);
    // 300 of each format (txt and docx also in the layouts of Otter.ai, Rev and f4/f5; codebooks as .qdc and CSV; tables of ratings; tables for the analyses; survey exports; lesson scores), and 30 PDFs, each read in a process of its own.
    expect(Object.keys(result.cases)).toEqual(
      expect.arrayContaining([
        'txt',
        'otter.txt',
        'rev.txt',
        'f4.txt',
        'vtt',
        'srt',
        'docx',
        'otter.docx',
        'rev.docx',
        'roster.csv',
        'interviews.csv',
        'qdc',
        'codebook.csv',
        'ratings.csv',
        'data table',
        'qualtrics.csv',
        'redcap.csv',
        'redcap-dictionary.csv',
        'survey.csv',
        'lessons.csv',
      ]),
    );
    expect(Object.values(result.cases).reduce((a, b) => a + b, 0)).toBe(6030);
    // The mutations do reach the error paths: most files of each format are refused, some are read.
    for (const [format, refused] of Object.entries(result.refused)) {
      expect(refused, format).toBeGreaterThan(result.cases[format]! / 10);
      expect(refused, format).toBeLessThan(result.cases[format]!);
    }
    expect(result.imports).toBeGreaterThan(0);
    // Each refused as HOSTILE_PDFS says, in time (else result.problems would name it).
    expect(result.hostile.map((h) => h.fileName)).toEqual(HOSTILE_PDFS.map((h) => h.fileName));
    expect(result.longTurns.cases).toBe(12);
    expect(result.zips.cases).toBe(300);
    expect(result.zips.refused).toBeGreaterThan(100);
    expect(result.zips.refused).toBeLessThan(300);
    expect(result.qdpx.cases).toBe(300);
    expect(result.qdpx.refused).toBeGreaterThan(30);
    expect(result.qdpx.refused).toBeLessThan(300);
  }, 240_000);
});
