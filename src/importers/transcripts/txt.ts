import type { Problem } from '../../domain/problem.js';
import type { ParsedTurn } from './parsed-transcript.js';
import { BEFORE_COLON, SPEAKER_LABEL, emptyTranscript, parseClockTime, problemAt, type TurnsResult } from './speaker-turns.js';

const STAMP = String.raw`\[(\d+(?::\d+){1,2}(?:[.,]\d+)?)\]`;

/**
 * "[00:01:05] Speaker: text", "Speaker [00:01:05]: text", "Speaker: [00:01:05] text" or
 * "Speaker: text". Groups: leading stamp, speaker, stamp after the speaker, stamp after the colon.
 */
const TURN_START = new RegExp(String.raw`^(?:${STAMP}\s*)?(${SPEAKER_LABEL})(?:\s*${STAMP})?${BEFORE_COLON}:(?:\s+|$)(?:${STAMP}\s*)?`, 'u');

/**
 * Reads a plain-text transcript of "Speaker: text" lines. Lines without a label continue the
 * previous turn, one paragraph per line.
 */
export function parseTxt(text: string, file: string): TurnsResult {
  const problems: Problem[] = [];
  const turns: ParsedTurn[] = [];
  let orphanReported = false;
  let lastStamp: { ms: number; text: string } | undefined;

  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const content = raw.trim();
    if (!content) return;

    const m = TURN_START.exec(content);
    if (!m) {
      const current = turns.at(-1);
      if (current) {
        current.text = current.text ? `${current.text}\n${content}` : content;
      } else if (!orphanReported) {
        problems.push(problemAt('error', file, line, 'no speaker label before this text; start each turn with "Speaker: "'));
        orphanReported = true;
      }
      return;
    }

    const stamp = m[1] ?? m[3] ?? m[4];
    let startMs: number | null = null;
    if (stamp !== undefined) {
      const ms = parseClockTime(stamp);
      if (ms === undefined) {
        problems.push(problemAt('warning', file, line, `unreadable timestamp [${stamp}]; expected [hh:mm:ss] or [mm:ss]`));
      } else {
        if (lastStamp && ms < lastStamp.ms) {
          problems.push(problemAt('warning', file, line, `timestamp [${stamp}] is earlier than the one before it ([${lastStamp.text}])`));
        }
        lastStamp = { ms, text: stamp };
        startMs = ms;
      }
    }
    turns.push({ speaker: m[2]!.trim(), text: content.slice(m[0].length).trim(), startMs, endMs: null, line });
  });

  const kept = turns.filter((turn) => {
    if (turn.text) return true;
    problems.push(problemAt('warning', file, turn.line, `"${turn.speaker}:" has no text after it; the turn was skipped`));
    return false;
  });
  if (kept.length === 0) problems.push(emptyTranscript(file));
  return { turns: kept, problems };
}
