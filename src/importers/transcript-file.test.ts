import { describe, expect, it } from 'vitest';
import { layOutParsed } from './transcript-file.js';
import { readTranscript } from './transcripts/index.js';

const NUMBERED = 'Speaker 1: How often does the coach visit?\nSpeaker 2: Twice a month.\nSpeaker 1: And the principal?\n';
const parsed = (text: string) => readTranscript(new TextEncoder().encode(text), 'export.txt', 'txt');

describe('laying out a read transcript with its speakers', () => {
  it('asks whose "Speaker 1" and "Speaker 2" are, naming the file, each label and how to say it', () => {
    const laidOut = layOutParsed(parsed(NUMBERED), 'export.txt', 'Dana Cole', { howToSay: ' in speakers.csv' });
    expect(laidOut.content).toBeNull();
    expect(laidOut.askSpeakers?.map((l) => [l.speaker, l.turns])).toEqual([
      ['Speaker 1', 2],
      ['Speaker 2', 1],
    ]);
    expect(laidOut.problems).toEqual([
      {
        severity: 'error',
        file: 'export.txt',
        message:
          'the speaker labels do not say which is the interviewer and which the participant: "Speaker 1" (2 turns: "How often does the coach visit?"), ' +
          '"Speaker 2" (1 turn: "Twice a month."); say whose each label is in speakers.csv',
      },
    ]);
  });

  it('asks the same of two names neither of which is the interviewer, and not of a transcript that names the interviewer', () => {
    expect(layOutParsed(parsed('Ana Morales: Hello.\nMs. Rivera: Hi.\n'), 'x.txt', 'Dana Cole').askSpeakers).toHaveLength(2);
    const named = layOutParsed(parsed('Dana Cole: Hello.\nMs. Rivera: Hi.\n'), 'x.txt', 'Dana Cole');
    expect(named.content?.turns.map((t) => t.speakerRole)).toEqual(['interviewer', 'participant']);
  });

  it('lays the turns out as given, and says which labels a mapping leaves out or names wrongly', () => {
    const given = layOutParsed(parsed(NUMBERED), 'export.txt', '', { given: { 'Speaker 1': 'interviewer', 'Speaker 2': 'other' } });
    expect(given.content?.turns.map((t) => t.speakerRole)).toEqual(['interviewer', 'other', 'interviewer']);
    expect(given.speakers).toEqual({ 'Speaker 1': 'interviewer', 'Speaker 2': 'other' });
    const partial = layOutParsed(parsed(NUMBERED), 'export.txt', '', { given: { 'Speaker 1': 'interviewer', Speaker2: 'participant' } });
    expect(partial.problems.at(-1)!.message).toBe(
      'the transcript has no speaker "Speaker2" (its speakers: "Speaker 1" (2 turns: "How often does the coach visit?"), "Speaker 2" (1 turn: "Twice a month.")); ' +
        'say whose turns "Speaker 2" (1 turn: "Twice a month.") are too',
    );
  });
});
