import { describe, expect, it } from 'vitest';
import { casePlacement, cycleOfDate, roleGroupFromText, sourceTranscript } from './refi-qda-import.js';
import { sliceCodePoints } from './text.js';
import { layOutTranscript, transcriptText } from './transcript.js';

/** The transcript's words at the offsets a source selection maps to. */
function mapped(text: string, start: number, end: number, unlabelled = 'Document') {
  const t = sourceTranscript(text, unlabelled);
  const laid = layOutTranscript(t.turns, 'Interviewer');
  const out = transcriptText(laid.turns);
  expect(laid.length).toBe(t.length);
  return sliceCodePoints(out, t.offsetOf(start, 'start'), t.offsetOf(end, 'end'));
}

describe('a text source as a transcript', () => {
  it('reads a labelled transcript turn for turn, its offsets unchanged (Warrant’s own exports)', () => {
    const text = 'Interviewer: How often does the coach visit?\nMs. Reyes: Weekly.  She models lessons.\nInterviewer: ';
    const t = sourceTranscript(text, 'Document');
    expect(t.turns.map((x) => [x.speaker, x.text])).toEqual([
      ['Interviewer', 'How often does the coach visit?'],
      ['Ms. Reyes', 'Weekly.  She models lessons.'],
      ['Interviewer', ''],
    ]);
    expect(transcriptText(t.turns)).toBe(text);
    for (const k of [0, 13, 45, 56, text.length]) expect(t.offsetOf(k, 'start')).toBe(k);
  });

  it('gives unlabelled lines the previous speaker (or the unlabelled one) and keeps every selection on its words', () => {
    const text = 'Some notes first.\n\nAna: I teach sixth grade.\nWe meet on Tuesdays.\r';
    expect(sourceTranscript(text, 'Document').turns.map((x) => x.speaker)).toEqual(['Document', 'Ana', 'Ana']);
    const words = (w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
    for (const w of ['notes first', 'sixth grade', 'meet on Tuesdays', 'Ana: I teach']) expect(mapped(text, ...words(w))).toBe(w);
    // A selection running across the blank line keeps both ends on words.
    expect(mapped(text, text.indexOf('first'), text.indexOf('teach') + 5)).toBe('first.\nAna: I teach');
    // Ends inside blank lines move onto the neighbouring words.
    expect(mapped(text, 18, text.indexOf(' I'))).toBe('Ana:');
  });

  it('counts code points, and offsets past text that the transcript stores in NFC', () => {
    const text = 'Zoë: 🎉 cafe\u0301 au lait\nJosé: ok';
    const words = (w: string) => {
      const i = Array.from(text).join('').indexOf(w);
      const start = Array.from(text.slice(0, i)).length;
      return [start, start + Array.from(w).length] as const;
    };
    expect(mapped(text, ...words('au lait'))).toBe('au lait');
    expect(mapped(text, ...words('ok'))).toBe('ok');
    expect(mapped(text, ...words('🎉'))).toBe('🎉');
  });

  it('has no turns for an empty or blank source', () => {
    expect(sourceTranscript('', 'Document').turns).toEqual([]);
    expect(sourceTranscript('\n \n', 'Document').offsetOf(2, 'start')).toBe(0);
  });
});

describe('a case placed by its variables', () => {
  it('reads the variables Warrant exports and those other tools commonly use', () => {
    expect(
      casePlacement([
        { variableGuid: 'a', name: 'role group', value: 'school_leader' },
        { variableGuid: 'b', name: 'School', value: 'Adams Middle' },
        { variableGuid: 'c', name: 'district', value: 'Lakeside' },
        { variableGuid: 'd', name: 'Gender', value: 'F' },
        { variableGuid: 'e', name: 'Years teaching', value: ' ' },
      ]),
    ).toEqual({ role: 'school_leader', school: 'Adams Middle', district: 'Lakeside', others: [{ name: 'Gender', value: 'F' }] });
  });

  it('knows a role group by its name, label or a common title', () => {
    expect(
      ['teacher', 'Mathematics coach', 'Assistant Principal', 'District leader', '8th grade math teacher', 'Superintendent'].map(roleGroupFromText),
    ).toEqual(['teacher', 'coach', 'school_leader', 'district_leader', 'teacher', 'district_leader']);
    expect(roleGroupFromText('parent')).toBeUndefined();
    expect(casePlacement([{ variableGuid: 'r', name: 'Role', value: 'Parent' }]).others).toEqual([{ name: 'Role', value: 'Parent' }]);
  });

  it('names the school year a date falls in', () => {
    expect([cycleOfDate('2025-06-30'), cycleOfDate('2025-07-01'), cycleOfDate('2009-12-01')]).toEqual(['2024-25', '2025-26', '2009-10']);
  });
});
