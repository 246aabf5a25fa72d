import type { Problem } from '../../domain/problem.js';
import type { ParsedTurn } from './parsed-transcript.js';

export interface TurnsResult {
  turns: ParsedTurn[];
  problems: Problem[];
}

export const problemAt = (severity: Problem['severity'], file: string, line: number, message: string): Problem => ({
  severity,
  file,
  line,
  message,
});

export interface ParseOptions {
  /**
   * Text with no speaker label before it (a transcript without labels, or the cues before the first
   * one) is read as spoken by this speaker, with a warning, instead of being refused.
   */
  unlabelledSpeaker?: string;
  /** The text is a DOCX's paragraphs, whose tabs are kept for Otter.ai's headings; elsewhere in a heading a tab reads as a space. */
  tabsAsSpaces?: boolean;
}

/** The speaker label text without one gets when the import is asked to read it as one speaker. */
export const DEFAULT_UNLABELLED_SPEAKER = 'Unlabelled';

export const unlabelledWarning = (file: string, line: number, speaker: string): Problem =>
  problemAt('warning', file, line, `no speaker label before this text; it was imported as spoken by "${speaker}", to be labelled later`);

export const emptyTranscript = (file: string): Problem => ({
  severity: 'error',
  file,
  message: 'empty transcript: no speaker turns were found',
});

/** For listing problems in file order; those about the whole file come last. */
export const byLine = (a: Problem, b: Problem): number => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);

// --- Speaker labels ---

/** A speaker name (for a `u` regex): 1–40 characters, starting with a letter. */
export const SPEAKER_LABEL = String.raw`\p{L}[\p{L}\p{M}\p{N} .'’\-()&/]{0,39}?`;
/** Spaces allowed between a label and its colon, as French typography has it ("Enquêteur : ..."). */
export const BEFORE_COLON = String.raw`[ \t\u00A0]*`;

const LABELLED = new RegExp(String.raw`^(${SPEAKER_LABEL})${BEFORE_COLON}:(?:\s+|$)`, 'u');

/** "Speaker: text" → the speaker and the text after the label. */
export function matchSpeakerLabel(text: string): { speaker: string; rest: string } | undefined {
  const m = LABELLED.exec(text);
  return m ? { speaker: m[1]!.trim(), rest: text.slice(m[0].length).trim() } : undefined;
}

// --- Clock times ---

const CLOCK = /^(?:(\d+):)?(\d{1,3}):(\d{2})(?:[.,](\d{1,3}))?$/;

/** "hh:mm:ss.ttt", "mm:ss", "hh:mm:ss,ttt"… → milliseconds; undefined when malformed. */
export function parseClockTime(s: string): number | undefined {
  const m = CLOCK.exec(s.trim());
  if (!m) return undefined;
  const [, h, mm, ss, fraction] = m;
  const minutes = Number(mm);
  const seconds = Number(ss);
  // Without hours, minutes may run past 59 ("[75:30]" in a long interview).
  if (seconds > 59 || (h !== undefined && minutes > 59)) return undefined;
  const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  return ((Number(h ?? 0) * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

export function formatClockTime(ms: number): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const s = Math.floor(ms / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}.${pad(ms % 1000, 3)}`;
}

// --- Cue-based formats (WebVTT, SRT) ---

export interface TextBlock {
  /** 1-based line of the block's first line. */
  line: number;
  lines: string[];
}

/** Groups lines into blocks separated by blank lines. */
export function splitBlocks(lines: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = undefined;
    } else if (current) {
      current.lines.push(line);
    } else {
      current = { line: i + 1, lines: [line] };
      blocks.push(current);
    }
  });
  return blocks;
}

export interface RawCue {
  /** 1-based line of the timing line. */
  line: number;
  timing: string;
  payload: string[];
}

const TIMING = /^(\S+?)[ \t]*-->[ \t]*(\S+)(?:[ \t].*)?$/;

/**
 * Turns cues into speaker turns: checks their timing, finds speakers (voice tags or "Speaker:"
 * labels; a cue without one continues the previous speaker) and merges consecutive cues by the
 * same speaker. `timingExample` shows the expected timing line in error messages. Cues before the
 * first speaker are an error, or with `unlabelledSpeaker`, that speaker's.
 */
export function turnsFromCues(cues: readonly RawCue[], file: string, timingExample: string, options: ParseOptions = {}): TurnsResult {
  const problems: Problem[] = [];
  const error = (line: number, message: string) => problems.push(problemAt('error', file, line, message));
  const turns: ParsedTurn[] = [];
  let previous: { startMs: number; endMs: number } | undefined;
  let missingSpeakerReported = false;

  for (const cue of cues) {
    const timing = parseTiming(cue.timing);
    if (!timing) {
      error(cue.line, `malformed cue timing "${cue.timing}"; expected a line like "${timingExample}"`);
      continue;
    }
    const { startMs, endMs } = timing;
    if (endMs < startMs) {
      error(cue.line, `cue ends (${formatClockTime(endMs)}) before it starts (${formatClockTime(startMs)})`);
      continue;
    }
    if (previous && startMs < previous.startMs) {
      error(cue.line, `cue starts at ${formatClockTime(startMs)}, before the previous cue (${formatClockTime(previous.startMs)}); cues must be in time order`);
      continue;
    }
    if (previous && startMs < previous.endMs) {
      problems.push(
        problemAt('warning', file, cue.line, `cue starts at ${formatClockTime(startMs)}, before the previous cue ends (${formatClockTime(previous.endMs)})`),
      );
    }
    previous = timing;

    const strayTiming = cue.payload.findIndex((l) => l.includes('-->'));
    if (strayTiming !== -1) {
      error(cue.line + 1 + strayTiming, 'a timing line inside the text of the previous cue; put a blank line between cues');
      continue;
    }

    for (const segment of cueSegments(cue.payload)) {
      const last = turns.at(-1);
      let speaker = segment.speaker ?? last?.speaker;
      if (speaker === undefined && options.unlabelledSpeaker !== undefined) {
        speaker = options.unlabelledSpeaker;
        problems.push(unlabelledWarning(file, cue.line, speaker));
      }
      if (speaker === undefined) {
        if (!missingSpeakerReported)
          error(
            cue.line,
            "no speaker for this cue: label it 'Speaker: text' or <v Speaker>; captions without speakers can be imported as one speaker (warrant import --unlabelled)",
          );
        missingSpeakerReported = true;
      } else if (last && last.speaker === speaker) {
        last.text = joinWords(last.text, segment.text);
        last.endMs = endMs;
      } else {
        turns.push({ speaker, text: segment.text, startMs, endMs, line: cue.line });
      }
    }
  }

  const kept = turns.filter((turn) => {
    if (turn.text) return true;
    problems.push(problemAt('warning', file, turn.line, `the cue for "${turn.speaker}" has no text; it was skipped`));
    return false;
  });
  if (kept.length === 0) problems.push(emptyTranscript(file));
  return { turns: kept, problems };
}

function parseTiming(line: string): { startMs: number; endMs: number } | undefined {
  const m = TIMING.exec(line.trim());
  if (!m) return undefined;
  const startMs = parseClockTime(m[1]!);
  const endMs = parseClockTime(m[2]!);
  return startMs === undefined || endMs === undefined ? undefined : { startMs, endMs };
}

interface Segment {
  /** Undefined when the text continues whoever spoke before. */
  speaker?: string;
  text: string;
}

/** `<v Speaker>`, `<v.class Speaker>`; the annotation is captured, so `split` keeps it. */
const VOICE_TAG = /<v(?:\.[\w-]+)*(?:[ \t]+([^<>]*))?>/;

/** Splits a cue's lines where the speaker changes: at voice tags and at "Speaker:" labels. */
function cueSegments(payload: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  const add = (speaker: string | undefined, text: string) => {
    const last = segments.at(-1);
    if (last && (speaker === undefined || speaker === last.speaker)) last.text = joinWords(last.text, text);
    else segments.push({ ...(speaker !== undefined && { speaker }), text });
  };

  for (const line of payload) {
    const parts = line.split(VOICE_TAG);
    const before = cleanCueText(parts[0] ?? '');
    const label = matchSpeakerLabel(before.replace(/^[-–]\s+/, ''));
    if (label) add(label.speaker, label.rest);
    else if (before) add(undefined, before);
    for (let i = 1; i < parts.length; i += 2) {
      const voice = cleanCueText(parts[i] ?? '');
      add(voice || undefined, cleanCueText(parts[i + 1] ?? ''));
    }
  }
  return segments.filter((s) => s.text || s.speaker !== undefined);
}

const RUBY_TEXT = /<rt(?:[.\s][^<>]*)?>[\s\S]*?<\/rt>/gi;
/**
 * Caption markup (`<b>`, `</i>`, `<c.yellow>`, `<lang en>`, `<font color="red">`) and inline
 * timestamps (`<00:00:01.000>`). Only known tags, so text like "<laughs>" is kept.
 */
const TAG = /<\/?(?:b|c|font|i|lang|ruby|rt|s|u|v)(?:[.\s][^<>]*)?>|<\d[\d:.]*>/gi;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  lrm: '\u200E',
  rlm: '\u200F',
};

/** Cue text without markup, with entities decoded and whitespace collapsed. */
export function cleanCueText(text: string): string {
  return text
    .replace(RUBY_TEXT, '')
    .replace(TAG, '')
    .replace(ENTITY, (entity, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function joinWords(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}
