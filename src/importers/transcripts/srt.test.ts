import { describe, expect, it } from 'vitest';
import { parseSrt } from './srt.js';

const srt = (...lines: string[]) => lines.join('\n');

describe('parseSrt', () => {
  it('reads cues with "Speaker:" labels, strips markup and merges consecutive cues', () => {
    const text = srt(
      '1',
      '00:00:01,000 --> 00:00:03,500',
      '{\\an8}Interviewer: <i>How long</i> have you',
      'taught here?',
      '',
      '2',
      '00:00:04,000 --> 00:00:06,000 X1:100 X2:200 Y1:10 Y2:20',
      '<font color="#ffff00">Ms. Rivera:</font> About <b>twelve</b> <u>years</u>.',
      '',
      '3',
      '00:00:06.000 --> 00:00:08.000',
      'Mostly grade 5.',
      '',
      '4',
      '01:00:00,000 --> 01:00:02,000',
      '<v Interviewer>Thank you.',
      '',
    );
    const { turns, problems } = parseSrt(text, 's.srt');
    expect(problems).toEqual([]);
    expect(turns).toEqual([
      { speaker: 'Interviewer', text: 'How long have you taught here?', startMs: 1000, endMs: 3500, line: 2 },
      { speaker: 'Ms. Rivera', text: 'About twelve years. Mostly grade 5.', startMs: 4000, endMs: 8000, line: 7 },
      { speaker: 'Interviewer', text: 'Thank you.', startMs: 3_600_000, endMs: 3_602_000, line: 15 },
    ]);
  });

  it('warns about a missing or non-numeric cue number, and still reads the cue', () => {
    const text = srt('00:00:01,000 --> 00:00:02,000', 'A: One.', '', 'two', '00:00:02,000 --> 00:00:03,000', 'B: Two.');
    const { turns, problems } = parseSrt(text, 's.srt');
    expect(turns.map((t) => [t.speaker, t.line])).toEqual([
      ['A', 1],
      ['B', 5],
    ]);
    expect(problems).toEqual([
      { severity: 'warning', file: 's.srt', line: 1, message: 'the cue has no number before its timing line' },
      { severity: 'warning', file: 's.srt', line: 4, message: expect.stringContaining('"two" is not a cue number') },
    ]);
  });

  it('reports bad timing with the line of the timing line', () => {
    const text = srt(
      '1',
      '00:00:05,000 --> 00:00:07,000',
      'A: One.',
      '',
      '2',
      '00:00:06,000 --> 00:00:08,000',
      'B: Overlap.',
      '',
      '3',
      '00:00:09,000 -> 00:00:10,000',
      'A: Malformed arrow.',
      '',
      '4',
      '00:00:12,000 --> 00:00:11,000',
      'A: Ends before it starts.',
      '',
      '5',
      '00:00:01,000 --> 00:00:02,000',
      'A: Out of order.',
    );
    const { turns, problems } = parseSrt(text, 'bad.srt');
    expect(turns.map((t) => t.text)).toEqual(['One.', 'Overlap.']);
    expect(problems.map(({ severity, file, line }) => [severity, file, line])).toEqual([
      ['warning', 'bad.srt', 6],
      ['error', 'bad.srt', 9],
      ['error', 'bad.srt', 14],
      ['error', 'bad.srt', 18],
    ]);
    expect(problems[1]!.message).toContain('expected a cue timing line like "00:01:02,000 --> 00:01:05,000"');
  });

  it('reports a first cue without a speaker', () => {
    const { problems } = parseSrt(srt('1', '00:00:01,000 --> 00:00:02,000', 'Hello.'), 's.srt');
    expect(problems).toEqual([
      { severity: 'error', file: 's.srt', line: 2, message: expect.stringContaining('no speaker for this cue') },
      { severity: 'error', file: 's.srt', message: expect.stringContaining('empty transcript') },
    ]);
  });
});
