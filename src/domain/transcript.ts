import { createHash } from 'node:crypto';
import type { InterviewerChoiceBy } from './interviewer-summary.js';
import { codePointLength, countWords } from './text.js';

/** `other`: someone else who speaks in the interview (a second interviewer's aide, an interpreter, a colleague who joined). */
export type SpeakerRole = 'interviewer' | 'participant' | 'other';
export const SPEAKER_ROLES: readonly SpeakerRole[] = ['interviewer', 'participant', 'other'];
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

export interface InterviewerChoice {
  /** The speaker labels whose turns are the interviewer's, in the order they first speak. */
  labels: string[];
  /**
   * `label`: by an interviewer's label ("Interviewer", "I") or the interviewer's name in interviews.csv;
   * `mapping`: as the team said which label is whose (at this import, or remembered from an earlier
   * one of the same file); `none`: every turn is the participant's.
   */
  by: InterviewerChoiceBy;
}

/** Which label of a transcript is the interviewer, the participant or someone else, as the team says. */
export type SpeakerMapping = Readonly<Record<string, SpeakerRole>>;

/** A speaker label of a transcript, as shown to someone asked whose it is. */
export interface SpeakerLabel {
  speaker: string;
  turns: number;
  /** The first words of the label's first turn. */
  firstWords: string;
}

const FIRST_WORDS = 12;

/** The transcript's speaker labels in the order they first speak, each with its turn count and first words. */
export function speakerLabels(inputs: readonly Pick<TurnInput, 'speaker' | 'text'>[]): SpeakerLabel[] {
  const labels = new Map<string, SpeakerLabel>();
  for (const input of inputs) {
    const speaker = nfc(input.speaker);
    const label = labels.get(speaker);
    if (label) label.turns++;
    else {
      const words = input.text.split(/\s+/).filter(Boolean);
      labels.set(speaker, { speaker, turns: 1, firstWords: words.slice(0, FIRST_WORDS).join(' ') + (words.length > FIRST_WORDS ? ' …' : '') });
    }
  }
  return [...labels.values()];
}

/**
 * Whether the labels alone cannot say who is who: several speakers, none of them named as the
 * interviewer is ("Speaker 1" and "Speaker 2", or two names neither of which is the interviewer's).
 */
export function speakersUnclear(speakers: readonly string[], interviewer: string): boolean {
  return new Set(speakers).size > 1 && chooseInterviewer(speakers, interviewer).by === 'none';
}

export type SpeakerResolution =
  | { ok: true; mapping: SpeakerMapping | null }
  /** `unmapped`: labels whose role is to be said; `unknown`: labels of the mapping given that the transcript does not have. */
  | { ok: false; labels: SpeakerLabel[]; unmapped: string[]; unknown: string[] };

/**
 * Whose each label is. A mapping given at this import must name every label of the transcript, and
 * only those; a remembered one (from an earlier import of the same file) is used when it names every
 * label. Otherwise the labels decide, unless they cannot tell the speakers apart: then the team is asked.
 */
export function resolveSpeakers(
  inputs: readonly Pick<TurnInput, 'speaker' | 'text'>[],
  interviewer: string,
  given?: SpeakerMapping,
  remembered?: SpeakerMapping,
): SpeakerResolution {
  const labels = speakerLabels(inputs);
  const names = labels.map((l) => l.speaker);
  const covers = (m: SpeakerMapping) => names.every((n) => Object.hasOwn(m, n));
  if (given && Object.keys(given).length > 0) {
    const mapping = normalisedMapping(given);
    const unknown = Object.keys(mapping).filter((k) => !names.includes(k));
    const unmapped = names.filter((n) => !Object.hasOwn(mapping, n));
    return unknown.length || unmapped.length ? { ok: false, labels, unmapped, unknown } : { ok: true, mapping };
  }
  if (remembered && covers(normalisedMapping(remembered))) return { ok: true, mapping: normalisedMapping(remembered) };
  if (speakersUnclear(names, interviewer)) return { ok: false, labels, unmapped: names, unknown: [] };
  return { ok: true, mapping: null };
}

const normalisedMapping = (m: SpeakerMapping): SpeakerMapping => Object.fromEntries(Object.entries(m).map(([k, v]) => [nfc(k.trim()), v]));

/** "Speaker 1" (12 turns: "So tell me about…"), "Speaker 2" (11 turns: "Well, …"). */
export function describeSpeakers(labels: readonly SpeakerLabel[], only?: readonly string[]): string {
  return labels
    .filter((l) => !only || only.includes(l.speaker))
    .map((l) => `"${l.speaker}" (${l.turns} turn${l.turns === 1 ? '' : 's'}: "${l.firstWords}")`)
    .join(', ');
}

export function speakerRoleOf(speaker: string, interviewer: string): SpeakerRole {
  const s = speaker.trim().toLowerCase();
  const name = interviewer.trim().toLowerCase();
  if (INTERVIEWER_LABELS.has(s)) return 'interviewer';
  if (name && (s === name || name.split(/\s+/).includes(s))) return 'interviewer';
  return 'participant';
}

/** Which of a transcript's speakers (in the order they first speak) are the interviewer, by their labels. */
export function chooseInterviewer(speakers: readonly string[], interviewer: string): InterviewerChoice {
  const distinct = [...new Set(speakers)];
  const labels = distinct.filter((s) => speakerRoleOf(s, interviewer) === 'interviewer');
  return labels.length ? { labels, by: 'label' } : { labels: [], by: 'none' };
}

export const turnLine = (t: Pick<TurnInput, 'speaker' | 'text'>): string => `${t.speaker}: ${t.text}`;

/** NFC leaves text below U+0300 (Latin letters, precomposed accents) as it is; skip the work there. */
const nfc = (s: string) => (/[^\u0000-\u02ff]/.test(s) ? s.normalize('NFC') : s);

/** Lays out the turns; with a mapping (which must name every label), each label's role is the mapping's. */
export function layOutTranscript(inputs: readonly TurnInput[], interviewer: string, mapping?: SpeakerMapping | null): TranscriptContent {
  const turns: Turn[] = [];
  const hash = createHash('sha256');
  let offset = 0;
  let words = 0;
  // Stored in NFC, so an accent typed either way is one code point, counted and searched alike.
  const speakers = inputs.map((input) => nfc(input.speaker));
  const choice: InterviewerChoice = mapping
    ? { labels: [...new Set(speakers)].filter((s) => mapping[s] === 'interviewer'), by: 'mapping' }
    : chooseInterviewer(speakers, interviewer);
  const interviewers = new Set(choice.labels);
  const roleOf = (speaker: string): SpeakerRole => (mapping ? (mapping[speaker] ?? 'participant') : interviewers.has(speaker) ? 'interviewer' : 'participant');
  for (let seq = 0; seq < inputs.length; seq++) {
    const input = inputs[seq]!;
    const speaker = speakers[seq]!;
    const text = nfc(input.text);
    if (seq > 0) offset += 1; // the newline between turns
    const textStart = offset + codePointLength(speaker) + 2;
    const end = textStart + codePointLength(text);
    const turnWords = countWords(text);
    const role = roleOf(speaker);
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
