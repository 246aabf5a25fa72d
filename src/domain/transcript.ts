import { createHash } from 'node:crypto';
import type { InterviewerChoiceBy } from './interviewer-summary.js';
import { codePointLength, countWords } from './text.js';

export type SpeakerRole = 'interviewer' | 'participant';
export const SPEAKER_ROLES: readonly SpeakerRole[] = ['interviewer', 'participant'];
export const isSpeakerRole = (s: string): s is SpeakerRole => (SPEAKER_ROLES as readonly string[]).includes(s);

export interface TurnInput {
  speaker: string;
  text: string;
  startMs: number | null;
  endMs: number | null;
}

/**
 * A speaker turn placed in the transcript's text. The text of a transcript is its turns, one per
 * line, each written `Speaker: spoken text`; `start`/`end` delimit the whole line and `textStart`
 * where the spoken words begin (all in code points).
 */
export interface Turn extends TurnInput {
  seq: number;
  speakerRole: SpeakerRole;
  start: number;
  textStart: number;
  end: number;
  words: number;
}

export interface TranscriptContent {
  turns: Turn[];
  /** Length of the transcript text in code points. */
  length: number;
  /** Words of spoken text (speaker labels and timestamps not counted). */
  words: number;
  /** Hash of speakers (and which is the interviewer), words and timings: equal hashes mean the same transcript. */
  contentHash: string;
  /** Which speakers were taken as the interviewer, and why. */
  interviewer: InterviewerChoice;
}

/** Labels that say the speaker is the interviewer; "I" and "I1" are also f4/f5transkript's (whose "B" is the Befragte, a participant). */
const INTERVIEWER_LABELS = new Set(['interviewer', 'int', 'i', 'q', 'researcher', 'interviewer 1', 'interviewer 2', 'i1', 'i2', 'interviewerin']);

/** The labels transcription services give speakers they cannot name: "Speaker 1" (Otter.ai, Rev, Zoom), "Sprecher 2". */
const NUMBERED_SPEAKER = /^(?:speaker|sprecher|sprecherin|spk)[ _-]?\d{1,3}$/iu;

export interface InterviewerChoice {
  /** The speaker labels whose turns are the interviewer's, in the order they first speak. */
  labels: string[];
  /**
   * `label`: by an interviewer's label ("Interviewer", "I") or the interviewer's name in interviews.csv;
   * `first-speaker`: no speaker was named so and the speakers are numbered ("Speaker 1", "Speaker 2"),
   * so the one who speaks first, as the interviewer does, was taken; `none`: every turn is the participant's.
   */
  by: InterviewerChoiceBy;
}

export function speakerRoleOf(speaker: string, interviewer: string): SpeakerRole {
  const s = speaker.trim().toLowerCase();
  const name = interviewer.trim().toLowerCase();
  if (INTERVIEWER_LABELS.has(s)) return 'interviewer';
  if (name && (s === name || name.split(/\s+/).includes(s))) return 'interviewer';
  return 'participant';
}

/** Which of a transcript's speakers (in the order they first speak) are the interviewer. */
export function chooseInterviewer(speakers: readonly string[], interviewer: string): InterviewerChoice {
  const distinct = [...new Set(speakers)];
  const labels = distinct.filter((s) => speakerRoleOf(s, interviewer) === 'interviewer');
  if (labels.length) return { labels, by: 'label' };
  if (distinct.length > 1 && distinct.every((s) => NUMBERED_SPEAKER.test(s.trim()))) return { labels: [distinct[0]!], by: 'first-speaker' };
  return { labels: [], by: 'none' };
}

export const turnLine = (t: Pick<TurnInput, 'speaker' | 'text'>): string => `${t.speaker}: ${t.text}`;

/** NFC leaves text below U+0300 (Latin letters, precomposed accents) as it is; skip the work there. */
const nfc = (s: string) => (/[^\u0000-\u02ff]/.test(s) ? s.normalize('NFC') : s);

export function layOutTranscript(inputs: readonly TurnInput[], interviewer: string): TranscriptContent {
  const turns: Turn[] = [];
  const hash = createHash('sha256');
  let offset = 0;
  let words = 0;
  // Stored in NFC, so an accent typed either way is one code point, counted and searched alike.
  const speakers = inputs.map((input) => nfc(input.speaker));
  const choice = chooseInterviewer(speakers, interviewer);
  const interviewers = new Set(choice.labels);
  for (let seq = 0; seq < inputs.length; seq++) {
    const input = inputs[seq]!;
    const speaker = speakers[seq]!;
    const text = nfc(input.text);
    if (seq > 0) offset += 1; // the newline between turns
    const textStart = offset + codePointLength(speaker) + 2;
    const end = textStart + codePointLength(text);
    const turnWords = countWords(text);
    const role: SpeakerRole = interviewers.has(speaker) ? 'interviewer' : 'participant';
    turns.push({ speaker, text, startMs: input.startMs, endMs: input.endMs, seq, speakerRole: role, start: offset, textStart, end, words: turnWords });
    words += turnWords;
    offset = end;
    // Who is the interviewer is part of the transcript: naming another one makes a new version.
    hash.update(`${speaker}\u0000${role}\u0000${text}\u0000${input.startMs ?? ''}\u0000${input.endMs ?? ''}\u0001`);
  }
  return { turns, length: offset, words, contentHash: hash.digest('hex'), interviewer: choice };
}

/**
 * Search reads a turn in segments of at most MAX_SEGMENT_LENGTH UTF-16 units, so that no single row
 * of its index dominates a search (a pasted report, or a transcript whose speaker labels were lost,
 * can be one turn of megabytes; PostgreSQL also stops counting word positions at 16,383). A long turn
 * is cut after the last sentence, else the last space, in the second half of each window; its
 * segments, in order, are its text, and each knows where it starts in the transcript (code points).
 */
export const MAX_SEGMENT_LENGTH = 10_000;

export interface TurnSegment {
  textOffset: number;
  text: string;
}

export function turnSegments(text: string, textOffset: number): TurnSegment[] {
  if (text.length <= MAX_SEGMENT_LENGTH) return [{ textOffset, text }];
  const segments: TurnSegment[] = [];
  let offset = textOffset;
  for (let from = 0; from < text.length;) {
    const to = from + MAX_SEGMENT_LENGTH >= text.length ? text.length : segmentEnd(text, from, from + MAX_SEGMENT_LENGTH);
    const piece = text.slice(from, to);
    segments.push({ textOffset: offset, text: piece });
    offset += codePointLength(piece);
    from = to;
  }
  return segments;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/** Where a segment that could run to `to` ends: after a sentence, else after a space, never inside a surrogate pair. */
function segmentEnd(s: string, from: number, to: number): number {
  let space = -1;
  for (let i = to - 1; i > from + MAX_SEGMENT_LENGTH / 2; i--) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) continue;
    const before = s.charCodeAt(i - 1);
    if (c === 10 || before === 46 || before === 63 || before === 33) return i + 1;
    if (space < 0) space = i + 1;
  }
  if (space > 0) return space;
  const last = s.charCodeAt(to - 1);
  return last >= 0xd800 && last <= 0xdbff ? to - 1 : to;
}

/** The transcript's text, as offsets count it. */
export const transcriptText = (turns: readonly Pick<TurnInput, 'speaker' | 'text'>[]): string => turns.map(turnLine).join('\n');

export function formatTimestamp(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}
