import { describe, expect, it } from 'vitest';
import { parseTxt } from './txt.js';

describe('parseTxt', () => {
  it('reads "Speaker: text" turns with their lines', () => {
    const { turns, problems } = parseTxt('Interviewer: How long have you taught here?\nMs. Rivera: About twelve years.\n', 't.txt');
    expect(problems).toEqual([]);
    expect(turns).toEqual([
      { speaker: 'Interviewer', text: 'How long have you taught here?', startMs: null, endMs: null, line: 1 },
      { speaker: 'Ms. Rivera', text: 'About twelve years.', startMs: null, endMs: null, line: 2 },
    ]);
  });

  it('joins unlabelled lines into the previous turn as paragraphs, dropping blank lines', () => {
    const text = [
      'Interviewer: Tell me about the unit.',
      '',
      'Teacher 2 (Grade 5): We started with fractions.',
      '   Then we moved on to decimals.   ',
      '',
      '',
      'Honestly, it was a lot.',
      'Interviewer:',
      'And the students?',
    ].join('\n');
    const { turns, problems } = parseTxt(text, 't.txt');
    expect(problems).toEqual([]);
    expect(turns.map(({ speaker, text, line }) => ({ speaker, text, line }))).toEqual([
      { speaker: 'Interviewer', text: 'Tell me about the unit.', line: 1 },
      {
        speaker: 'Teacher 2 (Grade 5)',
        text: 'We started with fractions.\nThen we moved on to decimals.\nHonestly, it was a lot.',
        line: 3,
      },
      { speaker: 'Interviewer', text: 'And the students?', line: 8 },
    ]);
  });

  it('reads timestamps before the label, after it, and after the colon', () => {
    const text = [
      '[00:01:05] Interviewer: First.',
      'Teacher [00:01:10.250]: Second.',
      'Interviewer: [01:12:00] Third.',
      '[75:30] Teacher: Fourth, minutes only.',
    ].join('\n');
    const { turns, problems } = parseTxt(text, 't.txt');
    expect(turns.map(({ speaker, text, startMs, endMs }) => ({ speaker, text, startMs, endMs }))).toEqual([
      { speaker: 'Interviewer', text: 'First.', startMs: 65_000, endMs: null },
      { speaker: 'Teacher', text: 'Second.', startMs: 70_250, endMs: null },
      { speaker: 'Interviewer', text: 'Third.', startMs: 4_320_000, endMs: null },
      { speaker: 'Teacher', text: 'Fourth, minutes only.', startMs: 4_530_000, endMs: null },
    ]);
    expect(problems).toEqual([]);
  });

  it('warns when timestamps go backwards', () => {
    const { turns, problems } = parseTxt('[00:02:00] A: One.\n[00:01:00] B: Two.\n', 't.txt');
    expect(turns).toHaveLength(2);
    expect(problems).toEqual([{ severity: 'warning', file: 't.txt', line: 2, message: expect.stringContaining('earlier than the one before it') }]);
  });

  it('reports text before the first speaker label as an error with its line', () => {
    const { turns, problems } = parseTxt('\nInterview with a teacher, March 2024\nInterviewer: Hello.\n', 'head.txt');
    expect(turns).toHaveLength(1);
    expect(problems).toEqual([{ severity: 'error', file: 'head.txt', line: 2, message: expect.stringContaining('no speaker label before this text') }]);
  });

  it('drops a turn without text, with a warning naming its line', () => {
    const { turns, problems } = parseTxt('Interviewer: Hello.\nTeacher:\n\nInterviewer: Anyone there?\n', 't.txt');
    expect(turns.map((t) => t.speaker)).toEqual(['Interviewer', 'Interviewer']);
    expect(problems).toEqual([{ severity: 'warning', file: 't.txt', line: 2, message: expect.stringContaining('"Teacher:" has no text') }]);
  });

  it('reports an empty transcript', () => {
    expect(parseTxt('\n  \n', 'empty.txt').problems).toEqual([{ severity: 'error', file: 'empty.txt', message: expect.stringContaining('empty transcript') }]);
  });

  it('applies the speaker-label rules', () => {
    const text = [
      "Mrs. O'Neil-Smith & Co/2: Label with allowed punctuation.",
      'See http://example.org for the slides.',
      'At 10:30 we met again.',
      'A speaker name that is far too long to be a label: so this continues.',
      'Enquêteur : French spacing before the colon.',
      '2nd: not a label, it starts with a digit.',
    ].join('\n');
    const { turns } = parseTxt(text, 't.txt');
    expect(turns.map((t) => t.speaker)).toEqual(["Mrs. O'Neil-Smith & Co/2", 'Enquêteur']);
    expect(turns[0]!.text.split('\n')).toHaveLength(4);
    expect(turns[1]!.text).toBe('French spacing before the colon.\n2nd: not a label, it starts with a digit.');
  });
});
