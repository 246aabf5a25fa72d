import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Problem } from '../domain/problem.js';
import { layOutTranscript, MAX_SEGMENT_LENGTH, type TranscriptContent, type Turn, turnSegments } from '../domain/transcript.js';
import { locateInBundle } from './bundle-file.js';
import type { ParsedTurn } from './transcripts/parsed-transcript.js';
import { readTranscript, type TranscriptFormat } from './transcripts/index.js';

export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;

/** One transcript of a bundle to read: where it is and whose words it holds. */
export interface TranscriptJob {
  /** The bundle folder's real path. */
  realDir: string;
  /** The path interviews.csv gives. */
  file: string;
  format: TranscriptFormat;
  /** The interviewer's name, to tell the interviewer's turns from the participant's. */
  interviewer: string;
  /** Read text without a speaker label as this speaker's instead of refusing it. */
  unlabelledSpeaker?: string;
}

export type LoadedTranscript =
  | { ok: false; error: string }
  | {
      ok: true;
      /** The real path, to notice two interviews naming one file. */
      path: string;
      sourceSha256: string;
      format: TranscriptFormat;
      encoding: string;
      problems: Problem[];
      /** Null when the transcript has errors. */
      content: TranscriptContent | null;
    };

/** Locates, reads, decodes, parses and lays out one transcript. Never throws. */
export async function loadTranscript(job: TranscriptJob): Promise<LoadedTranscript> {
  const located = await locateInBundle(job.realDir, job.file, MAX_TRANSCRIPT_BYTES);
  if ('error' in located) return { ok: false, error: located.error };
  let bytes: Buffer;
  try {
    bytes = await readFile(located.path);
  } catch (e) {
    return { ok: false, error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const parsed = readTranscript(bytes, job.file, job.format, job.unlabelledSpeaker !== undefined ? { unlabelledSpeaker: job.unlabelledSpeaker } : {});
  const usable = !parsed.problems.some((p) => p.severity === 'error');
  const content = usable ? layOutTranscript(parsed.turns, job.interviewer) : null;
  return {
    ok: true,
    path: located.path,
    sourceSha256: createHash('sha256').update(bytes).digest('hex'),
    format: parsed.format,
    encoding: parsed.encoding,
    problems: content ? [...parsed.problems, ...longTurns(content.turns, parsed.turns, job.file)] : parsed.problems,
    content,
  };
}

/** A warning for each turn that search reads in several segments: often a transcript whose speaker labels were lost. */
function longTurns(turns: readonly Turn[], parsed: readonly ParsedTurn[], file: string): Problem[] {
  const count = (n: number) => n.toLocaleString('en-US');
  return turns
    .filter((t) => t.text.length > MAX_SEGMENT_LENGTH)
    .map((t) => ({
      severity: 'warning',
      file,
      line: parsed[t.seq]!.line,
      message:
        `one turn of ${count(t.end - t.textStart)} characters: search reads it in ${count(turnSegments(t.text, t.textStart).length)} segments of at most ` +
        `${count(MAX_SEGMENT_LENGTH)} characters, and a phrase that runs across two of them is not found (are speaker labels missing?)`,
    }));
}
