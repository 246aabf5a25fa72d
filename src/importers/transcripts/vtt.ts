import type { Problem } from '../../domain/problem.js';
import { byLine, problemAt, splitBlocks, turnsFromCues, type ParseOptions, type RawCue, type TurnsResult } from './speaker-turns.js';

const HEADER = /^WEBVTT(?:[ \t].*)?$/;
const NON_CUE_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/** Reads a WebVTT caption file; speakers come from `<v Speaker>` tags or "Speaker:" labels. */
export function parseVtt(text: string, file: string, options: ParseOptions = {}): TurnsResult {
  const lines = text.split('\n');
  if (!HEADER.test(lines[0]?.trimEnd() ?? '')) {
    return { turns: [], problems: [problemAt('error', file, 1, 'not a WebVTT file: the first line must be "WEBVTT"')] };
  }

  const [header, ...blocks] = splitBlocks(lines);
  // Tolerate a missing blank line between the header and the first cue.
  const stray = header?.lines.findIndex((l) => l.includes('-->')) ?? -1;
  if (header && stray > 0) blocks.unshift({ line: header.line + stray, lines: header.lines.slice(stray) });

  const cues: RawCue[] = [];
  const problems: Problem[] = [];
  for (const block of blocks) {
    if (NON_CUE_BLOCK.test(block.lines[0]!)) continue;
    // An optional identifier line comes before the timing line.
    const timingIndex = block.lines.slice(0, 2).findIndex((l) => l.includes('-->'));
    if (timingIndex === -1) {
      problems.push(problemAt('error', file, block.line, 'expected a cue timing line like "00:01:02.000 --> 00:01:05.000"; the cue was skipped'));
      continue;
    }
    cues.push({ line: block.line + timingIndex, timing: block.lines[timingIndex]!, payload: block.lines.slice(timingIndex + 1) });
  }

  const result = turnsFromCues(cues, file, '00:01:02.000 --> 00:01:05.000', options);
  return { turns: result.turns, problems: [...problems, ...result.problems].sort(byLine) };
}
