import type { Problem } from '../../domain/problem.js';

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
  /** REFI-QDA projects (.qdpx), hostile or damaged, read as an import reads them. */
  qdpx?: number;
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
  qdpx: { cases: number; refused: number; slowestMs: number };
  problems: string[];
}

/** A case that takes longer than this is a problem. */
export const SLOW_MS = 2000;

/** Problems about the whole file (its size, its encoding, its being empty or holding nothing) need no line. */
const WHOLE_FILE = /MB|UTF-8|encoding|empty|holds no|no unit|nothing to pair|no units|set.* not imported|binary|NUL/i;

/** Every problem names the file; an error names its line unless it is about the whole file (`wholeFile`). */
export function checkProblems(name: string, problems: readonly Problem[], result: FuzzResult, wholeFile = WHOLE_FILE): void {
  for (const p of problems) {
    if (p.file !== name || !p.message) result.problems.push(`${name}: a problem that does not name the file: ${JSON.stringify(p)}`);
    else if (p.severity === 'error' && p.line === undefined && !WHOLE_FILE.test(p.message) && !wholeFile.test(p.message))
      result.problems.push(`${name}: an error that names no line: ${p.message}`);
  }
}
