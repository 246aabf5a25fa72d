import type { Problem } from '../../domain/problem.js';
import type { ParsedTurn } from './parsed-transcript.js';
import {
  BEFORE_COLON,
  SPEAKER_LABEL,
  emptyTranscript,
  parseClockTime,
  problemAt,
  unlabelledWarning,
  type ParseOptions,
  type TurnsResult,
} from './speaker-turns.js';

const STAMP = String.raw`\[(\d+(?::\d+){1,2}(?:[.,]\d+)?)\]`;
/** A clock time as transcription services write it: "0:05", "00:05", "1:02:03", "01:02:03.5". */
const CLOCK = String.raw`\d+(?::\d+){1,2}(?:[.,]\d+)?`;

/**
 * "[00:01:05] Speaker: text", "Speaker [00:01:05]: text", "Speaker: [00:01:05] text" or
 * "Speaker: text". Groups: leading stamp, speaker, stamp after the speaker, stamp after the colon.
 */
const TURN_START = new RegExp(String.raw`^(?:${STAMP}\s*)?(${SPEAKER_LABEL})(?:\s*${STAMP})?${BEFORE_COLON}:(?:\s+|$)(?:${STAMP}\s*)?`, 'u');

/** Rev: "Jane Smith (00:05):" or "Speaker 1 (01:02:03):", the words on the next lines (or after it). Groups: speaker, time. */
const REV_HEADING = new RegExp(String.raw`^(${SPEAKER_LABEL})[ \t]{0,4}\((${CLOCK})\)${BEFORE_COLON}:(?:\s+|$)`, 'u');

/**
 * Otter.ai: "Jane Smith  0:05" alone on its line (two spaces, or a tab as its DOCX has it), the
 * words on the next lines. Groups: speaker, time.
 */
const OTTER_HEADING = new RegExp(String.raw`^(${SPEAKER_LABEL})(?: {2,8}|[ ]{0,8}\t[ \t]{0,8})(${CLOCK})$`, 'u');
/** The line Otter.ai ends its export with. */
const OTTER_FOOTER = /^Transcribed by https?:\/\/(?:www\.)?otter\.ai\/?$/i;

/** f4/f5transkript's time marks, "#00:01:05-3#" (tenths of a second after the dash); anything alike, to report it if unreadable. */
const TIME_MARK = /#(\d{1,2}:[\d:.,-]*)#/;
const F4_TIME = /^(\d{1,2}):(\d{2}):(\d{2})(?:-(\d))?$/;

function f4Time(mark: string): number | undefined {
  const m = F4_TIME.exec(mark);
  if (!m) return undefined;
  const [, h, mm, ss, tenths] = m;
  if (Number(mm) > 59 || Number(ss) > 59) return undefined;
  return ((Number(h) * 60 + Number(mm)) * 60 + Number(ss)) * 1000 + Number(tenths ?? 0) * 100;
}

/**
 * The line without the time marks `take` accepts (each, with the spaces around it, becomes one
 * space); the others stay. Split rather than replaced with a pattern for the spaces around, which
 * would rescan a long run of spaces from each of its positions.
 */
function withoutTimeMarks(content: string, take: (mark: string) => boolean): string {
  if (!content.includes('#')) return content;
  const parts = content.split(TIME_MARK);
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k += 2) {
    const after = parts[k + 1]!;
    out = take(parts[k]!) ? `${out.trimEnd()} ${after.trimStart()}` : `${out}#${parts[k]!}#${after}`;
  }
  return out.trim();
}

interface Heading {
  speaker: string;
  /** The time as written, when the heading has one, and how it is shown in messages. */
  stamp?: { text: string; shown: string; expected: string };
  rest: string;
}

function headingOf(content: string): Heading | undefined {
  const rev = REV_HEADING.exec(content);
  if (rev)
    return {
      speaker: rev[1]!.trim(),
      stamp: { text: rev[2]!, shown: `(${rev[2]!})`, expected: '(mm:ss) or (hh:mm:ss)' },
      rest: content.slice(rev[0].length).trim(),
    };
  const otter = OTTER_HEADING.exec(content);
  if (otter) return { speaker: otter[1]!.trim(), stamp: { text: otter[2]!, shown: `"${otter[2]!}"`, expected: 'm:ss or h:mm:ss' }, rest: '' };
  const m = TURN_START.exec(content);
  if (!m) return undefined;
  const stamp = m[1] ?? m[3] ?? m[4];
  return {
    speaker: m[2]!.trim(),
    ...(stamp !== undefined && { stamp: { text: stamp, shown: `[${stamp}]`, expected: '[hh:mm:ss] or [mm:ss]' } }),
    rest: content.slice(m[0].length).trim(),
  };
}

/**
 * Reads a plain-text transcript, as people type them and as transcription services export them:
 * - "Speaker: text" lines, with optional "[hh:mm:ss]" stamps (the time the turn starts);
 * - Otter.ai: "Speaker  0:05" on its own line, the words on the lines after it, and perhaps a last
 *   line "Transcribed by https://otter.ai" (left out);
 * - Rev: "Speaker (00:05):" on its own line (or before the words), the words after it;
 * - f4/f5transkript: "I: text #00:01:05-3#", whose time marks are taken out of the text. A mark is
 *   the time at which the turn it ends (or the words before it) was spoken to, so the last mark in
 *   a turn is its end, and the turn after it starts then unless it gives its own time.
 * Lines without a label continue the previous turn, one paragraph per line. Text before the first
 * label is an error, or, with `unlabelledSpeaker`, a turn of that speaker, to be labelled later.
 */
export function parseTxt(text: string, file: string, options: ParseOptions = {}): TurnsResult {
  const problems: Problem[] = [];
  const turns: ParsedTurn[] = [];
  let orphanReported = false;
  let lastTime: { ms: number; shown: string } | undefined;
  const lines = text.split('\n');
  let lastLine = lines.length - 1;
  while (lastLine >= 0 && !lines[lastLine]!.trim()) lastLine--;

  /** Checks that times go forward; returns the time. */
  const timeAt = (line: number, ms: number, shown: string, what: string) => {
    if (lastTime && ms < lastTime.ms) problems.push(problemAt('warning', file, line, `${what} ${shown} is earlier than the one before it (${lastTime.shown})`));
    lastTime = { ms, shown };
    return ms;
  };

  lines.forEach((raw, i) => {
    const line = i + 1;
    let content = raw.trim();
    if (!content) return;
    if (i === lastLine && OTTER_FOOTER.test(content)) return;

    const marks: number[] = [];
    let unreadableMark = false;
    content = withoutTimeMarks(content, (mark) => {
      const ms = f4Time(mark);
      if (ms === undefined) {
        // One warning for the line, however many such marks it holds.
        if (!unreadableMark)
          problems.push(
            problemAt('warning', file, line, `unreadable time mark #${mark}#; expected #hh:mm:ss-t# (t: tenths of a second); it was kept in the text`),
          );
        unreadableMark = true;
        return false;
      }
      marks.push(timeAt(line, ms, `#${mark}#`, 'time mark'));
      return true;
    });
    if (!content && marks.length === 0) return;

    const heading = !content
      ? undefined
      : (headingOf(content) ?? (options.tabsAsSpaces && content.includes('\t') ? headingOf(content.replace(/\t/g, ' ')) : undefined));
    let current = turns.at(-1);
    if (heading) {
      let startMs: number | null = null;
      if (heading.stamp) {
        const ms = parseClockTime(heading.stamp.text);
        if (ms === undefined)
          problems.push(problemAt('warning', file, line, `unreadable timestamp ${heading.stamp.shown}; expected ${heading.stamp.expected}`));
        else startMs = timeAt(line, ms, heading.stamp.shown, 'timestamp');
      }
      // After a turn that ended at a time mark, the next one starts then.
      if (startMs === null && current?.endMs != null) startMs = current.endMs;
      current = { speaker: heading.speaker, text: heading.rest, startMs, endMs: null, line };
      turns.push(current);
    } else if (content && current) {
      current.text = current.text ? `${current.text}\n${content}` : content;
    } else if (content && options.unlabelledSpeaker !== undefined) {
      problems.push(unlabelledWarning(file, line, options.unlabelledSpeaker));
      current = { speaker: options.unlabelledSpeaker, text: content, startMs: null, endMs: null, line };
      turns.push(current);
    } else if (content && !orphanReported) {
      problems.push(
        problemAt(
          'error',
          file,
          line,
          'no speaker label before this text; start each turn with "Speaker: " (or "Speaker  0:05" as Otter.ai writes, "Speaker (00:05):" as Rev does); ' +
            'a transcript without speaker labels can be imported as one speaker (warrant import --unlabelled)',
        ),
      );
      orphanReported = true;
    }
    if (current && marks.length > 0) current.endMs = marks.at(-1)!;
  });

  const kept = turns.filter((turn) => {
    if (turn.text) return true;
    problems.push(problemAt('warning', file, turn.line, `"${turn.speaker}:" has no text after it; the turn was skipped`));
    return false;
  });
  if (kept.length === 0) problems.push(emptyTranscript(file));
  return { turns: kept, problems };
}
