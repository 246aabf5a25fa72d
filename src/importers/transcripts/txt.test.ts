import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../domain/text.js';
import { layOutTranscript, transcriptText, type TurnInput } from '../../domain/transcript.js';
import { F4_TXT, OTTER_TXT, REV_TXT, REV_TXT_UNNAMED } from '../../../test/support/service-transcripts.js';
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

const brief = (turns: { speaker: string; text: string; startMs: number | null; endMs: number | null; line: number }[]) =>
  turns.map(({ speaker, text, startMs, endMs, line }) => [speaker, text, startMs, endMs, line]);

/** The turns' words where the transcript's offsets put them. */
function wordsAtOffsets(turns: TurnInput[]): string[] {
  const content = layOutTranscript(turns, '');
  const text = transcriptText(content.turns);
  return content.turns.map((t) => sliceCodePoints(text, t.textStart, t.end));
}

describe('parseTxt: transcription services', () => {
  it("reads Otter.ai's export: heading lines with start times, words below, without its closing line", () => {
    const { turns, problems } = parseTxt(OTTER_TXT, 'otter.txt');
    expect(problems).toEqual([]);
    expect(brief(turns)).toEqual([
      ['Jane Smith', 'So tell me about the coaching this year.', 5_000, null, 1],
      ['Speaker 2', 'Well, it started in October, when Ms. Patel came to our school. She observed my class twice.', 12_000, null, 4],
      ['Jane Smith', 'And after that?', 3_723_000, null, 7],
      ['Speaker 2', 'We planned together.\nEvery Friday, in the café.', 3_730_000, null, 10],
    ]);
    expect(wordsAtOffsets(turns)).toEqual(turns.map((t) => t.text));
  });

  it("reads Rev's export, with minutes or hours, named or numbered speakers, and words on the heading's line", () => {
    const { turns, problems } = parseTxt(REV_TXT, 'rev.txt');
    expect(problems).toEqual([]);
    expect(brief(turns)).toEqual([
      ['Jane Smith', 'So tell me about the coaching this year.', 5_000, null, 1],
      ['Speaker 1', 'Well, it started in October.', 12_000, null, 4],
      ['Jane Smith', 'And after that?', 3_723_000, null, 7],
      ['Speaker 1', 'We planned together.', 3_730_000, null, 10],
    ]);
    const unnamed = parseTxt(REV_TXT_UNNAMED, 'rev.txt');
    expect(unnamed.problems).toEqual([]);
    expect(brief(unnamed.turns)).toEqual([
      ['Speaker 1', 'So tell me about the coaching.', 5_000, null, 1],
      ['Speaker 2', 'It started in October.', 12_000, null, 4],
    ]);
    expect(brief(parseTxt('Speaker 1 (00:05): Hello.\nSpeaker 2 (00:07): Hi.', 'rev.txt').turns)).toEqual([
      ['Speaker 1', 'Hello.', 5_000, null, 1],
      ['Speaker 2', 'Hi.', 7_000, null, 2],
    ]);
  });

  it("reads f4/f5's time marks as the time each turn ends (and the next begins), never as words", () => {
    const { turns, problems } = parseTxt(F4_TXT, 'f4.txt');
    expect(problems).toEqual([]);
    expect(brief(turns)).toEqual([
      ['I', 'Wie war das mit dem Coaching in diesem Jahr?', null, 5_300, 1],
      ['B', 'Na ja, also, das fing im Oktober an. Frau Patel kam an unsere Schule (lacht).', 5_300, 12_800, 3],
      ['I', 'Und danach?', 12_800, 14_000, 5],
      ['B', 'Wir haben freitags gemeinsam geplant.', 14_000, 20_500, 7],
    ]);
    expect(turns.some((t) => t.text.includes('#'))).toBe(false);
    expect(wordsAtOffsets(turns)).toEqual(turns.map((t) => t.text));
  });

  it('reads an f4 mark on a line of its own, or a paragraph of a turn, and marks without tenths', () => {
    const text = ['I: Erzählen Sie.', '#00:00:04-0#', 'B: Also.', 'Dann kam sie. #00:00:09#', 'I: Gut. #00:00:10-5#'].join('\n');
    expect(brief(parseTxt(text, 'f4.txt').turns)).toEqual([
      ['I', 'Erzählen Sie.', null, 4_000, 1],
      ['B', 'Also.\nDann kam sie.', 4_000, 9_000, 3],
      ['I', 'Gut.', 9_000, 10_500, 5],
    ]);
  });

  it('names the line of what it cannot read in these layouts', () => {
    const otter = parseTxt('Interview notes\n\nJane Smith  0:75\nHello.\n\nSpeaker 2  0:12\n\nJane Smith  0:20\nBye.\n', 'otter.txt');
    expect(brief(otter.turns)).toEqual([
      ['Jane Smith', 'Hello.', null, null, 3],
      ['Jane Smith', 'Bye.', 20_000, null, 8],
    ]);
    expect(otter.problems).toEqual([
      { severity: 'error', file: 'otter.txt', line: 1, message: expect.stringContaining('no speaker label before this text') },
      { severity: 'warning', file: 'otter.txt', line: 3, message: 'unreadable timestamp "0:75"; expected m:ss or h:mm:ss' },
      { severity: 'warning', file: 'otter.txt', line: 6, message: '"Speaker 2:" has no text after it; the turn was skipped' },
    ]);

    const rev = parseTxt('Jane Smith (00:5):\nHello.\nSpeaker 1 (00:10):\nHi.\nJane Smith (00:08):\nAgain.', 'rev.txt');
    expect(rev.turns.map((t) => t.startMs)).toEqual([null, 10_000, 8_000]);
    expect(rev.problems).toEqual([
      { severity: 'warning', file: 'rev.txt', line: 1, message: 'unreadable timestamp (00:5); expected (mm:ss) or (hh:mm:ss)' },
      { severity: 'warning', file: 'rev.txt', line: 5, message: 'timestamp (00:08) is earlier than the one before it ((00:10))' },
    ]);

    const f4 = parseTxt('I: Wie? #00:00:05-3#\nB: So. #00:00:5-3#\nI: Ach. #00:00:04-0#', 'f4.txt');
    expect(brief(f4.turns)).toEqual([
      ['I', 'Wie?', null, 5_300, 1],
      ['B', 'So. #00:00:5-3#', 5_300, null, 2],
      ['I', 'Ach.', null, 4_000, 3],
    ]);
    expect(f4.problems).toEqual([
      {
        severity: 'warning',
        file: 'f4.txt',
        line: 2,
        message: 'unreadable time mark #00:00:5-3#; expected #hh:mm:ss-t# (t: tenths of a second); it was kept in the text',
      },
      { severity: 'warning', file: 'f4.txt', line: 3, message: 'time mark #00:00:04-0# is earlier than the one before it (#00:00:05-3#)' },
    ]);
  });

  it('warns once for a line of unreadable marks, and leaves alone what is no time mark', () => {
    const { turns, problems } = parseTxt('B: Ja #00:61:00-1# und #1:2# und #3# #00:00:02-0#', 'f4.txt');
    expect(brief(turns)).toEqual([['B', 'Ja #00:61:00-1# und #1:2# und #3#', null, 2_000, 1]]);
    expect(problems).toEqual([{ severity: 'warning', file: 'f4.txt', line: 1, message: expect.stringContaining('unreadable time mark #00:61:00-1#') }]);
  });

  it('keeps words that only look like headings inside a plain transcript, and an Otter line that is not the last', () => {
    const text = ['Interviewer: When did you meet?', 'We met at 10:30.', 'Transcribed by https://otter.ai', 'Teacher: Yes.'].join('\n');
    expect(brief(parseTxt(text, 't.txt').turns)).toEqual([
      ['Interviewer', 'When did you meet?\nWe met at 10:30.\nTranscribed by https://otter.ai', null, null, 1],
      ['Teacher', 'Yes.', null, null, 4],
    ]);
  });
});

describe('parseTxt: a transcript without speaker labels', () => {
  const text = 'So we started in October.\n\nThe coach came every week.\n';

  it('is refused, naming the line, unless asked to read it as one speaker', () => {
    expect(parseTxt(text, 'plain.txt').problems).toEqual([
      { severity: 'error', file: 'plain.txt', line: 1, message: expect.stringContaining('can be imported as one speaker') },
      { severity: 'error', file: 'plain.txt', message: expect.stringContaining('empty transcript') },
    ]);
  });

  it('is one turn of the speaker given, with a warning', () => {
    const { turns, problems } = parseTxt(text, 'plain.txt', { unlabelledSpeaker: 'Unlabelled' });
    expect(brief(turns)).toEqual([['Unlabelled', 'So we started in October.\nThe coach came every week.', null, null, 1]]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        file: 'plain.txt',
        line: 1,
        message: 'no speaker label before this text; it was imported as spoken by "Unlabelled", to be labelled later',
      },
    ]);
  });

  it('gives the text before the first label to that speaker, and the rest to theirs', () => {
    const { turns } = parseTxt('Opening words.\nInterviewer: Hello.', 'plain.txt', { unlabelledSpeaker: 'Unlabelled' });
    expect(turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Unlabelled', 'Opening words.'],
      ['Interviewer', 'Hello.'],
    ]);
  });
});
