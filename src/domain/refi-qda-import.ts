/**
 * How a REFI-QDA project's parts become Warrant's: a text source's lines become a transcript's
 * turns (with a map from the source's offsets to the transcript's, so every selection keeps its
 * words), and a case's variables place its participant. Pure: no I/O.
 */

import { createHash } from 'node:crypto';
import { ROLE_GROUP_LABELS, ROLE_GROUPS, type RoleGroup } from './roles.js';
import { roleGroupOf } from './directory.js';
import { hashQuote } from './excerpt.js';
import type { RefiSource, RefiVariableValue } from './refi-qda.js';
import { codePointLength, sliceCodePoints, unwritableCharacter } from './text.js';
import { layOutTranscript, type TranscriptContent, transcriptText, type TurnInput } from './transcript.js';

/** `Speaker: words` at the start of a line, as transcripts (and Warrant's own exports) write a turn. */
const SPEAKER_LABEL = /^([^\s:][^:\n\t]{0,39}?): /u;

const nfc = (s: string) => (/[^\u0000-\u02ff]/.test(s) ? s.normalize('NFC') : s);
const nfcLength = (s: string) => codePointLength(nfc(s));
const firstCodePoints = (s: string, n: number) => Array.from(s).slice(0, n).join('');

interface Line {
  /** Code points of the source where the line starts, and how many it has. */
  sourceStart: number;
  length: number;
  /** Where the line's first character lands in the transcript's text. */
  transcriptStart: number;
  /** The line, kept only when it is not in NFC (the transcript stores NFC: offsets inside it shift). */
  unnormalised?: string;
}

export interface SourceTranscript {
  turns: TurnInput[];
  /** The transcript's length in code points, as layOutTranscript will count it. */
  length: number;
  /**
   * Where a code point offset of the source's text falls in the transcript's. A start inside a blank
   * line moves to the next turn's first character, an end to the previous turn's last, so that a
   * selection keeps exactly its words.
   */
  offsetOf(offset: number, side: 'start' | 'end'): number;
}

/**
 * A text source as a transcript: each non-blank line a turn. A line that opens with a speaker label
 * (`Ana: …`) is that speaker's turn and is its own line of the transcript; a line without one
 * continues the previous speaker (or, before any label, is spoken by `unlabelled`) and gains the
 * label in front. Blank lines are dropped. So Warrant's own exports come back turn for turn, and any
 * other tool's text keeps its words and their order.
 */
export function sourceTranscript(text: string, unlabelled: string): SourceTranscript {
  const turns: TurnInput[] = [];
  const lines: Line[] = [];
  let source = 0;
  let out = 0;
  let speaker: string | undefined;
  for (const line of text.split('\n')) {
    const length = codePointLength(line);
    if (line.trim() !== '') {
      const label = SPEAKER_LABEL.exec(line);
      let words: string;
      let prefix: number;
      if (label) {
        speaker = label[1]!;
        words = line.slice(label[0].length);
        prefix = 0;
      } else {
        speaker ??= unlabelled;
        words = line;
        prefix = nfcLength(speaker) + 2;
      }
      if (turns.length > 0) out += 1;
      lines.push({ sourceStart: source, length, transcriptStart: out + prefix, ...(nfc(line) !== line && { unnormalised: line }) });
      turns.push({ speaker, text: words, startMs: null, endMs: null });
      out += nfcLength(speaker) + 2 + nfcLength(words);
    }
    source += length + 1;
  }

  const within = (l: Line, k: number) => l.transcriptStart + (l.unnormalised ? nfcLength(firstCodePoints(l.unnormalised, k)) : k);
  const lineEnd = (l: Line) => within(l, l.length);
  function offsetOf(offset: number, side: 'start' | 'end'): number {
    if (lines.length === 0) return 0;
    let lo = 0;
    let hi = lines.length - 1;
    // The last line starting at or before the offset.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.sourceStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    const l = lines[lo]!;
    if (offset < l.sourceStart) return side === 'start' ? l.transcriptStart : 0;
    const next = lines[lo + 1];
    if (offset < l.sourceStart + l.length || (offset === l.sourceStart + l.length && (side === 'end' || !next))) return within(l, offset - l.sourceStart);
    // At or past the line's end: in the line break (or blank lines) before the next line.
    return side === 'start' && next ? next.transcriptStart : lineEnd(l);
  }
  return { turns, length: out, offsetOf };
}

/** A selection's words in the transcript a source becomes. */
export interface PreparedPassage {
  start: number;
  end: number;
  quote: string;
  quoteSha256: string;
}

/** A text source made ready to store: its transcript laid out and each selection placed on its words. */
export interface PreparedSource {
  /** Why the source cannot be stored: a character no transcript may hold (described), or no text at all. */
  refused?: { unwritable: string } | { blank: true };
  /** SHA-256 of the source's text as read. */
  sourceSha256: string;
  /** The interviewer the source's variables name (else "Interviewer"), as the layout took it. */
  interviewer: string;
  content: TranscriptContent;
  /** Where each of the source's selections falls, in their order; null for one that holds no words once blank lines are set aside. */
  selections: (PreparedPassage | null)[];
  /** The whole transcript as one passage, for codings of the whole source; null when it has none. */
  whole: PreparedPassage | null;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Everything about a text source that depends on its text alone (the transcript's turns and
 * offsets, each selection's words), so that it can be worked out on the thread that read the
 * archive while another stores the sources before it.
 */
export function prepareSource(source: RefiSource, unlabelled: string): PreparedSource {
  const interviewer = source.variables.findLast((v) => (v.name ?? '').trim().toLowerCase() === 'interviewer')?.value.trim() || 'Interviewer';
  const sourceSha256 = sha256(source.text);
  const unwritable = unwritableCharacter(source.text);
  const refused = unwritable ? { unwritable } : source.text.trim() ? undefined : ({ blank: true } as const);
  if (refused) return { refused, sourceSha256, interviewer, content: layOutTranscript([], interviewer), selections: [], whole: null };
  const mapped = sourceTranscript(source.text, unlabelled);
  const content = layOutTranscript(mapped.turns, interviewer);
  const text = transcriptText(content.turns);
  // Without characters beyond the BMP, code points are UTF-16 units: slice directly.
  const slice = content.length === text.length ? (a: number, b: number) => text.slice(a, b) : (a: number, b: number) => sliceCodePoints(text, a, b);
  const passage = (start: number, end: number): PreparedPassage | null => {
    if (end <= start) return null;
    const quote = slice(start, end);
    return { start, end, quote, quoteSha256: hashQuote(quote) };
  };
  return {
    sourceSha256,
    interviewer,
    content,
    selections: source.selections.map((sel) => passage(mapped.offsetOf(sel.start, 'start'), Math.min(content.length, mapped.offsetOf(sel.end, 'end')))),
    whole: source.codings.length ? passage(0, content.length) : null,
  };
}

/** What a case's variables say of where its participant works, and the variables that say something else. */
export interface CasePlacement {
  role?: RoleGroup;
  school?: string;
  district?: string;
  unit?: string;
  pseudonym?: string;
  /** The case's other variables, by name, in the project's order. */
  others: { name: string; value: string }[];
}

const VARIABLE_OF: { pattern: RegExp; field: 'role' | 'school' | 'district' | 'unit' | 'pseudonym' }[] = [
  { pattern: /^(role|role ?group|position|job|job title)$/i, field: 'role' },
  { pattern: /^(school|site|campus)$/i, field: 'school' },
  { pattern: /^(district|school district)$/i, field: 'district' },
  { pattern: /^(unit|department|central[- ]office unit)$/i, field: 'unit' },
  { pattern: /^pseudonym$/i, field: 'pseudonym' },
];

const ROLE_WORDS: [RegExp, RoleGroup][] = [
  [/\b(assistant )?principal|head ?teacher|school leader|school administrator\b/i, 'school_leader'],
  [/\bcoach\b/i, 'coach'],
  [/\b(district|central[- ]office|superintendent)\b/i, 'district_leader'],
  [/\bteacher\b/i, 'teacher'],
];

/** A role group from how a project may write it: `teacher`, `School leader`, `Mathematics coach`, `Principal`… */
export function roleGroupFromText(value: string): RoleGroup | undefined {
  const direct = roleGroupOf(value);
  if (direct) return direct;
  const lower = value.trim().toLowerCase();
  const byLabel = ROLE_GROUPS.find((r) => ROLE_GROUP_LABELS[r].toLowerCase() === lower);
  if (byLabel) return byLabel;
  return ROLE_WORDS.find(([pattern]) => pattern.test(value))?.[1];
}

/** Places a case by its variables (named as Warrant exports them, or as other tools commonly do). */
export function casePlacement(variables: readonly RefiVariableValue[]): CasePlacement {
  const placement: CasePlacement = { others: [] };
  for (const v of variables) {
    const name = (v.name ?? '').trim();
    const value = v.value.trim();
    if (!value) continue;
    const field = VARIABLE_OF.find((x) => x.pattern.test(name))?.field;
    if (field === 'role') {
      const role = roleGroupFromText(value);
      if (role) placement.role = role;
      else placement.others.push({ name, value });
    } else if (field) placement[field] = value;
    else placement.others.push({ name: name || v.variableGuid, value });
  }
  return placement;
}

/** The school year (cycle label, `2025-26`) an ISO date falls in: July to June. */
export function cycleOfDate(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const start = Number(isoDate.slice(5, 7)) >= 7 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
