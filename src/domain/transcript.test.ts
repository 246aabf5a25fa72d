import { describe, expect, it } from 'vitest';
import { sliceCodePoints, codePointLength } from './text.js';
import {
  chooseInterviewer,
  formatTimestamp,
  layOutTranscript,
  MAX_SEGMENT_LENGTH,
  resolveSpeakers,
  speakerLabels,
  speakerRoleOf,
  speakersUnclear,
  transcriptText,
  turnSegments,
  type TurnInput,
} from './transcript.js';

const turn = (speaker: string, text: string, startMs: number | null = null, endMs: number | null = null): TurnInput => ({
  speaker,
  text,
  startMs,
  endMs,
});

const INTERVIEW: TurnInput[] = [
  turn('Interviewer', 'How often does the coach visit? 🙂', 0, 4_000),
  turn('Ms. Rivera', "Maybe twice a month; we co-plan, and she's 👍 helpful.", 4_000, 11_500),
  turn('I', 'And the principal?', 11_500, 13_000),
  turn('Ms. Rivera', 'Twice a year.', 13_000, 15_000),
];

describe('layOutTranscript offsets', () => {
  it('places each turn on its own line: start, textStart after "Speaker: ", end at the end of the spoken text', () => {
    const { turns, length } = layOutTranscript([turn('Interviewer', 'Hello.'), turn('T', 'Hi there.')], 'Dana Cole');
    // "Interviewer: Hello.\nT: Hi there."
    expect(turns.map(({ seq, start, textStart, end }) => ({ seq, start, textStart, end }))).toEqual([
      { seq: 0, start: 0, textStart: 13, end: 19 },
      { seq: 1, start: 20, textStart: 23, end: 32 },
    ]);
    expect(length).toBe(32);
  });

  it('counts offsets in code points, consistent with transcriptText sliced by code points', () => {
    const { turns, length } = layOutTranscript(INTERVIEW, 'Dana Cole');
    const text = transcriptText(INTERVIEW);
    expect(length).toBe(codePointLength(text));
    expect(length).toBeLessThan(text.length); // the emoji take two UTF-16 units each
    for (const t of turns) {
      expect(sliceCodePoints(text, t.start, t.end)).toBe(`${t.speaker}: ${t.text}`);
      expect(sliceCodePoints(text, t.textStart, t.end)).toBe(t.text);
      expect(sliceCodePoints(text, t.start, t.textStart)).toBe(`${t.speaker}: `);
    }
    // turns are separated by exactly one newline
    for (let i = 1; i < turns.length; i++) {
      expect(turns[i]!.start).toBe(turns[i - 1]!.end + 1);
      expect(sliceCodePoints(text, turns[i - 1]!.end, turns[i]!.start)).toBe('\n');
    }
    expect(turns[turns.length - 1]!.end).toBe(length);
  });

  it('counts an emoji in a speaker label as one code point', () => {
    const { turns } = layOutTranscript([turn('🎤', 'Test'), turn('Coach', 'Yes')], '');
    expect(turns[0]).toMatchObject({ start: 0, textStart: 3, end: 7 });
    expect(turns[1]).toMatchObject({ start: 8, textStart: 15, end: 18 });
  });

  it('keeps the timestamps and input fields of each turn', () => {
    const { turns } = layOutTranscript(INTERVIEW, '');
    expect(turns[1]).toMatchObject({ speaker: 'Ms. Rivera', startMs: 4_000, endMs: 11_500, seq: 1 });
  });

  it('lays out an empty transcript as empty', () => {
    const content = layOutTranscript([], 'Dana Cole');
    expect(content.turns).toEqual([]);
    expect(content.length).toBe(0);
    expect(content.words).toBe(0);
    expect(transcriptText([])).toBe('');
  });
});

describe('interviewer detection', () => {
  it.each(['Interviewer', 'interviewer', 'I', 'i', 'Q', ' Q ', 'INT', 'Researcher', 'Interviewer 2'])('recognises the label %j', (label) => {
    expect(speakerRoleOf(label, '')).toBe('interviewer');
  });

  it("recognises the interviewer's full name or one of their names, ignoring case", () => {
    expect(speakerRoleOf('Dana Cole', 'Dana Cole')).toBe('interviewer');
    expect(speakerRoleOf('dana', 'Dana Cole')).toBe('interviewer');
    expect(speakerRoleOf('DANA', ' Dana Cole ')).toBe('interviewer');
  });

  it('treats everyone else as a participant', () => {
    expect(speakerRoleOf('Ms. Rivera', 'Dana Cole')).toBe('participant');
    expect(speakerRoleOf('Teacher', 'Dana Cole')).toBe('participant');
    expect(speakerRoleOf('Danielle', 'Dana Cole')).toBe('participant');
    expect(speakerRoleOf('A', 'Dana Cole')).toBe('participant');
  });

  it('does not match everybody when the interviewer name is unknown', () => {
    expect(speakerRoleOf('Ms. Rivera', '')).toBe('participant');
    expect(speakerRoleOf('Ms. Rivera', '   ')).toBe('participant');
  });

  it("takes f4's I (and I1, I2) as the interviewer and B as the participant", () => {
    expect(chooseInterviewer(['I', 'B', 'I', 'B'], 'Anna Weber')).toEqual({ labels: ['I'], by: 'label' });
    expect(chooseInterviewer(['I1', 'B1', 'I2', 'B2'], '')).toEqual({ labels: ['I1', 'I2'], by: 'label' });
  });

  it("takes no one as the interviewer by order: numbered speakers, or names that are not the interviewer's, are unclear", () => {
    expect(chooseInterviewer(['Speaker 2', 'Speaker 1', 'Speaker 2'], 'Dana Cole')).toEqual({ labels: [], by: 'none' });
    expect(chooseInterviewer(['Speaker 1', 'Dana Cole'], 'Dana Cole')).toEqual({ labels: ['Dana Cole'], by: 'label' });
    expect(speakersUnclear(['Speaker 1', 'Speaker 2', 'Speaker 1'], 'Dana Cole')).toBe(true);
    expect(speakersUnclear(['Ana Morales', 'Ms. Rivera'], 'Dana Cole')).toBe(true);
    expect(speakersUnclear(['Speaker 1', 'Dana Cole'], 'Dana Cole')).toBe(false);
    // One speaker alone is the participant: nothing to ask.
    expect(speakersUnclear(['Speaker 1'], '')).toBe(false);
  });

  const NUMBERED = [turn('Speaker 1', 'How often does the coach visit your classroom?'), turn('Speaker 2', 'Weekly.'), turn('Speaker 1', 'Why?')];

  it('lists each label with its turn count and first words, to ask whose it is', () => {
    const resolution = resolveSpeakers(NUMBERED, 'Dana Cole');
    expect(resolution).toEqual({
      ok: false,
      labels: [
        { speaker: 'Speaker 1', turns: 2, firstWords: 'How often does the coach visit your classroom?' },
        { speaker: 'Speaker 2', turns: 1, firstWords: 'Weekly.' },
      ],
      unmapped: ['Speaker 1', 'Speaker 2'],
      unknown: [],
    });
    expect(speakerLabels([turn('A', 'one two three four five six seven eight nine ten eleven twelve thirteen')])[0]!.firstWords).toBe(
      'one two three four five six seven eight nine ten eleven twelve …',
    );
  });

  it('lays out the turns as a mapping says, and refuses one that leaves out a label or names one the transcript lacks', () => {
    const given = { 'Speaker 1': 'interviewer', ' Speaker 2 ': 'participant' } as const;
    const resolution = resolveSpeakers(NUMBERED, 'Dana Cole', given);
    expect(resolution).toEqual({ ok: true, mapping: { 'Speaker 1': 'interviewer', 'Speaker 2': 'participant' } });
    const { turns, interviewer } = layOutTranscript(NUMBERED, 'Dana Cole', resolution.ok ? resolution.mapping : null);
    expect(turns.map((t) => t.speakerRole)).toEqual(['interviewer', 'participant', 'interviewer']);
    expect(interviewer).toEqual({ labels: ['Speaker 1'], by: 'mapping' });
    expect(layOutTranscript(NUMBERED, '', { 'Speaker 1': 'other', 'Speaker 2': 'participant' }).turns[0]!.speakerRole).toBe('other');

    expect(resolveSpeakers(NUMBERED, '', { 'Speaker 1': 'interviewer' })).toMatchObject({ ok: false, unmapped: ['Speaker 2'], unknown: [] });
    expect(resolveSpeakers(NUMBERED, '', { 'Speaker 1': 'interviewer', 'Speaker 2': 'participant', 'Speaker 3': 'other' })).toMatchObject({
      ok: false,
      unmapped: [],
      unknown: ['Speaker 3'],
    });
  });

  it('uses a remembered mapping when it names every label, and asks again when a corrected file has a new one', () => {
    const remembered = { 'Speaker 1': 'interviewer', 'Speaker 2': 'participant' } as const;
    expect(resolveSpeakers(NUMBERED, '', undefined, remembered)).toEqual({ ok: true, mapping: remembered });
    expect(resolveSpeakers([...NUMBERED, turn('Speaker 3', 'Sorry to interrupt.')], '', undefined, remembered)).toMatchObject({
      ok: false,
      unmapped: ['Speaker 1', 'Speaker 2', 'Speaker 3'],
    });
    // Labels that say who is who need no mapping.
    expect(resolveSpeakers(INTERVIEW, 'Dana Cole')).toEqual({ ok: true, mapping: null });
  });

  it('marks the role of each laid-out turn', () => {
    const { turns } = layOutTranscript([...INTERVIEW, turn('Dana', 'Thank you.')], 'Dana Cole');
    expect(turns.map((t) => t.speakerRole)).toEqual(['interviewer', 'participant', 'interviewer', 'participant', 'interviewer']);
  });
});

describe('word counts', () => {
  it('counts the spoken words of each turn and in total, not the speaker labels', () => {
    const { turns, words } = layOutTranscript([turn('Interviewer Two', 'How often?'), turn('Ms. Rivera', 'Twice a month, we co-plan.')], '');
    expect(turns.map((t) => t.words)).toEqual([2, 5]);
    expect(words).toBe(7);
  });
});

describe('content hash', () => {
  it('is equal for equal turns, whatever the interviewer name', () => {
    const a = layOutTranscript(INTERVIEW, 'Dana Cole');
    const b = layOutTranscript(
      INTERVIEW.map((t) => ({ ...t })),
      'Someone Else',
    );
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.contentHash).toBe(a.contentHash);
  });

  it('changes when a word changes', () => {
    const changed = INTERVIEW.map((t, i) => (i === 3 ? { ...t, text: 'Twice a week.' } : t));
    expect(layOutTranscript(changed, '').contentHash).not.toBe(layOutTranscript(INTERVIEW, '').contentHash);
  });

  it('changes when a timestamp changes or is removed', () => {
    const base = layOutTranscript(INTERVIEW, '').contentHash;
    const moved = INTERVIEW.map((t, i) => (i === 2 ? { ...t, startMs: 11_600 } : t));
    const endMoved = INTERVIEW.map((t, i) => (i === 2 ? { ...t, endMs: 13_001 } : t));
    const removed = INTERVIEW.map((t, i) => (i === 0 ? { ...t, startMs: null } : t));
    expect(layOutTranscript(moved, '').contentHash).not.toBe(base);
    expect(layOutTranscript(endMoved, '').contentHash).not.toBe(base);
    expect(layOutTranscript(removed, '').contentHash).not.toBe(base);
  });

  it('distinguishes a timestamp of 0 from no timestamp', () => {
    expect(layOutTranscript([turn('I', 'Hi', 0, null)], '').contentHash).not.toBe(layOutTranscript([turn('I', 'Hi', null, null)], '').contentHash);
  });

  it('changes when the speaker changes, or when words move from one turn to the next', () => {
    const base = layOutTranscript([turn('I', 'Hello there'), turn('T', 'Hi')], '').contentHash;
    expect(layOutTranscript([turn('Q', 'Hello there'), turn('T', 'Hi')], '').contentHash).not.toBe(base);
    expect(layOutTranscript([turn('I', 'Hello'), turn('T', 'there Hi')], '').contentHash).not.toBe(base);
  });

  it('changes when turns are reordered', () => {
    const reversed = [...INTERVIEW].reverse();
    expect(layOutTranscript(reversed, '').contentHash).not.toBe(layOutTranscript(INTERVIEW, '').contentHash);
  });
});

describe('formatTimestamp', () => {
  it('writes hours, minutes and seconds, dropping milliseconds', () => {
    expect(formatTimestamp(0)).toBe('00:00:00');
    expect(formatTimestamp(11_500)).toBe('00:00:11');
    expect(formatTimestamp(3_723_999)).toBe('01:02:03');
  });
});

describe('turnSegments', () => {
  it('keeps a turn up to the limit as one segment at its own offset', () => {
    expect(turnSegments('About twice a month.', 40)).toEqual([{ textOffset: 40, text: 'About twice a month.' }]);
    const full = 'x'.repeat(MAX_SEGMENT_LENGTH);
    expect(turnSegments(full, 0)).toEqual([{ textOffset: 0, text: full }]);
  });

  it('cuts a long turn after a sentence near the limit; the segments are the text, each at its code-point offset', () => {
    const sentence = 'The coach 🧮 models questioning and we plan the launch together. ';
    const text = sentence.repeat(2_000).trim();
    const segments = turnSegments(text, 100);
    expect(segments.length).toBeGreaterThan(text.length / MAX_SEGMENT_LENGTH);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    const cps = [...text];
    for (const [k, s] of segments.entries()) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH);
      if (k < segments.length - 1) expect(s.text.length).toBeGreaterThan(MAX_SEGMENT_LENGTH / 2);
      expect(cps.slice(s.textOffset - 100, s.textOffset - 100 + codePointLength(s.text)).join('')).toBe(s.text);
    }
    for (const s of segments.slice(0, -1)) expect(s.text.endsWith('together. ')).toBe(true);
  });

  it('cuts after a space when there is no sentence, and at the limit (never inside a surrogate pair) when there is neither', () => {
    const words = 'coach '.repeat(5_000);
    for (const s of turnSegments(words, 0).slice(0, -1)) expect(s.text.endsWith(' ')).toBe(true);
    const solid = '𝑥'.repeat(MAX_SEGMENT_LENGTH);
    const segments = turnSegments(solid, 0);
    expect(segments.map((s) => s.text).join('')).toBe(solid);
    for (const s of segments) expect(s.text.length % 2).toBe(0);
    expect(segments[1]!.textOffset).toBe(codePointLength(segments[0]!.text));
  });

  it('segments a 50 MB turn in linear time', () => {
    const text = 'We look at student work together. '.repeat(1_500_000);
    const started = performance.now();
    const segments = turnSegments(text, 0);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(segments.length).toBeGreaterThan(5_000);
  });
});
