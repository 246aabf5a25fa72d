import { describe, expect, it } from 'vitest';
import { parseVtt } from './vtt.js';

const vtt = (...lines: string[]) => lines.join('\n');
const brief = (turns: { speaker: string; text: string; startMs: number | null; endMs: number | null; line: number }[]) =>
  turns.map(({ speaker, text, startMs, endMs, line }) => [speaker, text, startMs, endMs, line]);

describe('parseVtt', () => {
  it('reads <v> voice tags, strips markup, decodes entities and merges consecutive cues', () => {
    const text = vtt(
      'WEBVTT - interview 3',
      'Kind: captions',
      '',
      'NOTE This is a comment',
      'that spans two lines --> and is ignored',
      '',
      'STYLE',
      '::cue { color: yellow }',
      '',
      'intro-1',
      '00:00:01.000 --> 00:00:04.000 align:start position:10%',
      '<v Interviewer>How long have you <i>taught</i> here?</v>',
      '',
      '00:00:04.500 --> 00:00:06.000',
      '<v.loud Ms. Rivera>About <b>twelve</b> years &amp; counting,',
      'give or take.',
      '',
      '00:06.000 --> 00:09.250',
      '<v Ms. Rivera><c.yellow>mostly</c> <00:00:07.000>in <lang fr>la</lang> <ruby>漢<rt>kan</rt></ruby> grade&nbsp;5 &lt;3 &#233;&#x2019;',
    );
    const { turns, problems } = parseVtt(text, 'c.vtt');
    expect(problems).toEqual([]);
    expect(brief(turns)).toEqual([
      ['Interviewer', 'How long have you taught here?', 1000, 4000, 11],
      ['Ms. Rivera', 'About twelve years & counting, give or take. mostly in la 漢 grade 5 <3 é’', 4500, 9250, 14],
    ]);
  });

  it('reads "Name:" prefixes, and lets an unlabelled cue continue the previous speaker', () => {
    const text = vtt(
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:02.000',
      'Interviewer: Tell me about the unit.',
      '',
      '00:00:02.000 --> 00:00:03.000',
      'We have time.',
      '',
      '00:00:03.500 --> 00:00:05.000',
      'Teacher: We started with fractions.',
      '',
      '00:00:05.000 --> 00:00:06.000',
      '- Interviewer: And then?',
      '- Teacher: Decimals.',
    );
    const { turns, problems } = parseVtt(text, 'c.vtt');
    expect(problems).toEqual([]);
    expect(brief(turns)).toEqual([
      ['Interviewer', 'Tell me about the unit. We have time.', 1000, 3000, 3],
      ['Teacher', 'We started with fractions.', 3500, 5000, 9],
      ['Interviewer', 'And then?', 5000, 6000, 12],
      ['Teacher', 'Decimals.', 5000, 6000, 12],
    ]);
  });

  it('splits a cue with several voices', () => {
    const { turns } = parseVtt(vtt('WEBVTT', '', '00:01.000 --> 00:02.000', '<v A>Hi.</v> <v B>Hello.</v>'), 'c.vtt');
    expect(turns.map((t) => [t.speaker, t.text])).toEqual([
      ['A', 'Hi.'],
      ['B', 'Hello.'],
    ]);
  });

  it('requires the WEBVTT header', () => {
    const { turns, problems } = parseVtt(vtt('00:01.000 --> 00:02.000', 'A: Hi.'), 'c.vtt');
    expect(turns).toEqual([]);
    expect(problems).toContainEqual({ severity: 'error', file: 'c.vtt', line: 1, message: expect.stringContaining('WEBVTT') });
  });

  it('reports a first cue without a speaker', () => {
    const { problems } = parseVtt(vtt('WEBVTT', '', '00:01.000 --> 00:02.000', 'Hello there.', '', '00:02.000 --> 00:03.000', 'A: Hi.'), 'c.vtt');
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'c.vtt',
        line: 3,
        message: expect.stringContaining("no speaker for this cue: label it 'Speaker: text' or <v Speaker>"),
      },
    ]);
  });

  it('reads captions without speakers as one speaker when asked to, saying so', () => {
    const text = vtt('WEBVTT', '', '00:01.000 --> 00:02.000', 'Hello there.', '', '00:02.000 --> 00:03.000', 'How are you?');
    const { turns, problems } = parseVtt(text, 'c.vtt', { unlabelledSpeaker: 'Unlabelled' });
    expect(brief(turns)).toEqual([['Unlabelled', 'Hello there. How are you?', 1000, 3000, 3]]);
    expect(problems).toEqual([{ severity: 'warning', file: 'c.vtt', line: 3, message: expect.stringContaining('imported as spoken by "Unlabelled"') }]);
  });

  it('reports malformed timing, end before start and out-of-order cues by line; overlap is a warning', () => {
    const text = vtt(
      'WEBVTT',
      '',
      '00:00:01.000 --> 00:00:03.000',
      'A: One.',
      '',
      '00:00:02.000 --> 00:00:04.000',
      'B: Overlaps one.',
      '',
      'cue-3',
      '00:00:05.000 --> 00:00:0x.000',
      'A: Malformed.',
      '',
      '00:00:08.000 --> 00:00:07.000',
      'A: Ends before it starts.',
      '',
      '00:00:01.500 --> 00:00:09.000',
      'A: Out of order.',
      '',
      'just some text',
      'A: without any timing',
    );
    const { turns, problems } = parseVtt(text, 'bad.vtt');
    expect(turns.map((t) => t.text)).toEqual(['One.', 'Overlaps one.']);
    expect(problems.map(({ severity, line }) => [severity, line])).toEqual([
      ['warning', 6],
      ['error', 10],
      ['error', 13],
      ['error', 16],
      ['error', 19],
    ]);
    expect(problems.every((p) => p.file === 'bad.vtt')).toBe(true);
    expect(problems[1]!.message).toContain('malformed cue timing "00:00:05.000 --> 00:00:0x.000"');
    expect(problems[2]!.message).toContain('ends (00:00:07.000) before it starts (00:00:08.000)');
    expect(problems[3]!.message).toContain('cues must be in time order');
  });

  it('reports a missing blank line between cues', () => {
    const text = vtt('WEBVTT', '', '00:01.000 --> 00:02.000', 'A: One.', '00:02.000 --> 00:03.000', 'B: Two.');
    expect(parseVtt(text, 'c.vtt').problems).toContainEqual(
      expect.objectContaining({ severity: 'error', line: 5, message: expect.stringContaining('blank line') }),
    );
  });

  it('reports an empty transcript', () => {
    expect(parseVtt('WEBVTT\n\nNOTE nothing here\n', 'e.vtt').problems).toEqual([
      { severity: 'error', file: 'e.vtt', message: expect.stringContaining('empty transcript') },
    ]);
  });
});
