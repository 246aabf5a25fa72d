import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { Problem } from '../domain/problem.js';
import { layOutTranscript, type TranscriptContent } from '../domain/transcript.js';
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

/** The transcript's real path inside the bundle, or why it cannot be used. */
async function locate(realDir: string, file: string): Promise<{ path: string } | { error: string }> {
  if (isAbsolute(file) || /^[a-zA-Z]:[\\/]/.test(file)) return { error: 'must be a path inside the bundle folder, not an absolute path' };
  const path = join(realDir, normalize(file.replace(/\\/g, '/')));
  const rel = relative(realDir, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return { error: 'points outside the bundle folder' };
  try {
    const real = await realpath(path);
    const realRel = relative(realDir, real);
    if (realRel.startsWith('..') || isAbsolute(realRel) || realRel.split(sep).includes('..')) return { error: 'is a link to a file outside the bundle folder' };
    const info = await stat(real);
    if (!info.isFile()) return { error: 'is not a file' };
    if (info.size > MAX_TRANSCRIPT_BYTES) return { error: `is ${(info.size / 1048576).toFixed(0)} MB; a transcript may be at most ${MAX_TRANSCRIPT_BYTES / 1048576} MB` };
    return { path: real };
  } catch {
    return { error: `"${file}" does not exist in the bundle` };
  }
}

/** Locates, reads, decodes, parses and lays out one transcript. Never throws. */
export async function loadTranscript(job: TranscriptJob): Promise<LoadedTranscript> {
  const located = await locate(job.realDir, job.file);
  if ('error' in located) return { ok: false, error: located.error };
  let bytes: Buffer;
  try {
    bytes = await readFile(located.path);
  } catch (e) {
    return { ok: false, error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const parsed = readTranscript(bytes, job.file, job.format);
  const usable = !parsed.problems.some((p) => p.severity === 'error');
  return {
    ok: true,
    path: located.path,
    sourceSha256: createHash('sha256').update(bytes).digest('hex'),
    format: parsed.format,
    encoding: parsed.encoding,
    problems: parsed.problems,
    content: usable ? layOutTranscript(parsed.turns, job.interviewer) : null,
  };
}
