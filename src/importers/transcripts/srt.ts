import type { Problem } from '../../domain/problem.js';
import { byLine, problemAt, splitBlocks, turnsFromCues, type ParseOptions, type RawCue, type TurnsResult } from './speaker-turns.js';

/** Positioning codes such as `{\an8}`. */
const STYLE_CODE = /\{\\[^{}]*\}/g;

/** Reads a SubRip (.srt) subtitle file; speakers come from "Speaker:" labels or `<v Speaker>` tags. */
export function parseSrt(text: string, file: string, options: ParseOptions = {}): TurnsResult {
  const problems: Problem[] = [];
  const cues: RawCue[] = [];

  for (const block of splitBlocks(text.split('\n'))) {
    const timingIndex = block.lines.findIndex((l) => l.includes('-->'));
    if (timingIndex === -1) {
      problems.push(problemAt('error', file, block.line, 'expected a cue timing line like "00:01:02,000 --> 00:01:05,000"; the cue was skipped'));
      continue;
    }
    const index = block.lines.slice(0, timingIndex).join(' ').trim();
    if (!/^\d+$/.test(index)) {
      const message = index ? `"${index}" is not a cue number; the text before the timing line was ignored` : 'the cue has no number before its timing line';
      problems.push(problemAt('warning', file, block.line, message));
    }
    cues.push({
      line: block.line + timingIndex,
      timing: block.lines[timingIndex]!,
      payload: block.lines.slice(timingIndex + 1).map((l) => l.replace(STYLE_CODE, '')),
    });
  }

  const result = turnsFromCues(cues, file, '00:01:02,000 --> 00:01:05,000', options);
  return { turns: result.turns, problems: [...problems, ...result.problems].sort(byLine) };
}
