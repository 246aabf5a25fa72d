import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Problem } from '../domain/problem.js';
import {
  describeSpeakers,
  layOutTranscript,
  MAX_SEGMENT_LENGTH,
  resolveSpeakers,
  type SpeakerLabel,
  type SpeakerMapping,
  type TranscriptContent,
  type Turn,
  turnSegments,
} from '../domain/transcript.js';
import { locateInBundle } from './bundle-file.js';
import type { ParsedTurn } from './transcripts/parsed-transcript.js';
import { type ParsedTranscript, readTranscript, type TranscriptFormat } from './transcripts/index.js';

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
  speakers?: SpeakerOptions;
  /** A file uploaded on its own: its bytes, read instead of `file` in the bundle folder (`file` then only names it). */
  bytes?: Uint8Array;
}

export interface SpeakerOptions {
  /** Whose each label is, as given at this import. */
  given?: SpeakerMapping;
  /** The mapping given at an earlier import of the same file. */
  remembered?: SpeakerMapping;
  /** How to give a mapping, ending the problem that asks for one: " in speakers.csv (…)". */
  howToSay?: string;
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
      /** The mapping its turns were laid out by; null when the labels said who is who. */
      speakers: SpeakerMapping | null;
      /** When whose each label is must be said: the labels, to ask about. */
      askSpeakers?: SpeakerLabel[];
      /** Then also the transcript as read, to lay out once a mapping is found (relayOut). */
      parsed?: ParsedTranscript;
    };

export interface LaidOutTranscript {
  problems: Problem[];
  content: TranscriptContent | null;
  speakers: SpeakerMapping | null;
  askSpeakers?: SpeakerLabel[];
}

/** Lays out a parsed transcript, its speakers resolved (domain/transcript resolveSpeakers); asks whose the labels are when they cannot say. */
export function layOutParsed(parsed: ParsedTranscript, file: string, interviewer: string, speakers: SpeakerOptions = {}): LaidOutTranscript {
  if (parsed.problems.some((p) => p.severity === 'error')) return { problems: parsed.problems, content: null, speakers: null };
  const resolution = resolveSpeakers(parsed.turns, interviewer, speakers.given, speakers.remembered);
  if (!resolution.ok) {
    const parts = [
      resolution.unknown.length
        ? `the transcript has no speaker ${resolution.unknown.map((u) => `"${u}"`).join(', ')} (its speakers: ${describeSpeakers(resolution.labels)})`
        : '',
      resolution.unmapped.length
        ? speakers.given && Object.keys(speakers.given).length
          ? `say whose turns ${describeSpeakers(resolution.labels, resolution.unmapped)} are too`
          : `the speaker labels do not say which is the interviewer and which the participant: ${describeSpeakers(resolution.labels)}; say whose each label is`
        : '',
    ].filter(Boolean);
    const problem: Problem = { severity: 'error', file, message: `${parts.join('; ')}${speakers.howToSay ?? ''}` };
    return { problems: [...parsed.problems, problem], content: null, speakers: null, askSpeakers: resolution.labels };
  }
  const content = layOutTranscript(parsed.turns, interviewer, resolution.mapping);
  return { problems: [...parsed.problems, ...longTurns(content.turns, parsed.turns, file)], content, speakers: resolution.mapping };
}

/** Locates, reads, decodes, parses and lays out one transcript. Never throws. */
export async function loadTranscript(job: TranscriptJob): Promise<LoadedTranscript> {
  let bytes: Buffer;
  let located: { path: string };
  if (job.bytes) {
    bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
    located = { path: job.file };
  } else {
    const found = await locateInBundle(job.realDir, job.file, MAX_TRANSCRIPT_BYTES);
    if ('error' in found) return { ok: false, error: found.error };
    located = found;
    try {
      bytes = await readFile(located.path);
    } catch (e) {
      return { ok: false, error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
    }
  }
  const parsed = readTranscript(bytes, job.file, job.format, job.unlabelledSpeaker !== undefined ? { unlabelledSpeaker: job.unlabelledSpeaker } : {});
  const laidOut = layOutParsed(parsed, job.file, job.interviewer, job.speakers);
  return {
    ok: true,
    path: located.path,
    sourceSha256: createHash('sha256').update(bytes).digest('hex'),
    format: parsed.format,
    encoding: parsed.encoding,
    ...laidOut,
    ...(laidOut.askSpeakers && { parsed }),
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
