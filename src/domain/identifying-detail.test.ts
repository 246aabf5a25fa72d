import { describe, expect, it } from 'vitest';
import { describeNaming, identifyingDetails, type Roster } from './identifying-detail.js';

const roster: Roster = {
  participants: [
    { pseudonym: 'Ms. Alvarez', code: 'LPS-T01', posts: [{ role: 'teacher', school: 'Adams Middle School' }] },
    { pseudonym: 'Mr. Brennan', code: 'LPS-T02', posts: [{ role: 'teacher', school: 'Adams Middle School' }] },
    { pseudonym: 'Principal Reyes', code: 'LPS-P01', posts: [{ role: 'school_leader', school: 'Adams Middle School' }] },
    { pseudonym: 'Coach Lindqvist', code: 'LPS-C01', posts: [{ role: 'coach', school: 'Adams Middle School' }] },
    { pseudonym: 'Mr. Lee', code: 'JFS-T01', posts: [{ role: 'teacher', school: 'Jefferson Middle School' }] },
    { pseudonym: 'Coach Okafor', code: 'JFS-C01', posts: [{ role: 'coach', school: 'Jefferson Middle School' }] },
    { pseudonym: 'Ms. Wu', code: 'JFS-T02', posts: [{ role: 'teacher', school: 'Jefferson Middle School' }] },
    { pseudonym: 'Dr. Whitfield', code: 'LPS-D01', posts: [] },
  ],
  interviewCodes: ['LPS-T01-1011', 'LPS-P01-0910'],
};
const details = identifyingDetails(roster);
const named = (text: string) => details.find(text);

describe('identifying detail', () => {
  it.each([
    ['Alvarez said the walks helped.', 'surname', 'Alvarez', 'Ms. Alvarez'],
    ['As ms. alvarez put it, the walks helped.', 'pseudonym', 'ms. alvarez', 'Ms. Alvarez'],
    ['MS. ALVAREZ: the walks helped.', 'pseudonym', 'MS. ALVAREZ', 'Ms. Alvarez'],
    ['Ms. Al\u200bvarez said so.', 'pseudonym', 'Ms. Alvarez', 'Ms. Alvarez'],
    ['Ms. Al\u200cva\u200drez said so.', 'pseudonym', 'Ms. Alvarez', 'Ms. Alvarez'],
    ['Ms. Al\u2060var\ufeffez said so.', 'pseudonym', 'Ms. Alvarez', 'Ms. Alvarez'],
    ['Ms. Al\u00advarez said so.', 'pseudonym', 'Ms. Alvarez', 'Ms. Alvarez'],
    ['Mrs Álvarez said so.', 'surname', 'Mrs Álvarez', 'Ms. Alvarez'],
    ['Ｍｓ. Ａｌｖａｒｅｚ (full-width) said so.', 'pseudonym', 'Ｍｓ. Ａｌｖａｒｅｚ', 'Ms. Alvarez'],
    ['lps-t01 said so.', 'participant code', 'lps-t01', 'the participant code of Ms. Alvarez'],
    ['LPS\u2011T01 said so.', 'participant code', 'LPS\u2011T01', 'the participant code of Ms. Alvarez'],
    ['LPS\u2013T01 and LPS\u2014T01 and LPS\u2212T01.', 'participant code', 'LPS\u2013T01', 'the participant code of Ms. Alvarez'],
    ['Principal reyes observes weekly.', 'pseudonym', 'Principal reyes', 'Principal Reyes'],
    ['In lps-t01-1011 she said so.', 'interview code', 'lps-t01-1011', 'an interview code'],
    [
      'the principal at Adams observes weekly',
      'role at a school',
      'principal at Adams',
      'Principal Reyes, the one school leader interviewed at Adams Middle School',
    ],
    [
      'the principal of Adams Middle School observes weekly',
      'role at a school',
      'principal of Adams Middle School',
      'Principal Reyes, the one school leader interviewed at Adams Middle School',
    ],
    [
      "Adams Middle School's principal observes weekly",
      'role at a school',
      "Adams Middle School's principal",
      'Principal Reyes, the one school leader interviewed at Adams Middle School',
    ],
    [
      'the Jefferson coach meets teachers',
      'role at a school',
      'Jefferson coach',
      'Coach Okafor, the one mathematics coach interviewed at Jefferson Middle School',
    ],
    [
      'Jefferson’s math coach meets teachers',
      'role at a school',
      'Jefferson’s math coach',
      'Coach Okafor, the one mathematics coach interviewed at Jefferson Middle School',
    ],
    ['As Lee said, the employees agree.', 'surname', 'Lee', 'Mr. Lee'],
  ])('finds a name in %j', (text, kind, words, pointsTo) => {
    expect(named(text)).toEqual({ kind, words, pointsTo });
  });

  it.each([
    'Every employee of the district took part.',
    'Teachers at Adams meet weekly; the Adams teachers agree.',
    'The teacher at Jefferson said so.',
    'Principals at Adams and Jefferson observe weekly.',
    'The coaches met monthly.',
    'LPS-T010 is not a code of this partnership.',
    'Alvarezes is not a name here.',
    'A wu-tang reference is two words: wu, tang.',
    'The district leader of curriculum said so.',
  ])('finds no name in %j', (text) => {
    expect(named(text)).toBeUndefined();
  });

  it('takes a role for one person only where one person held it in the school', () => {
    const moved = identifyingDetails({
      participants: [
        { pseudonym: 'Principal Okonkwo', code: 'LPS-P02', posts: [{ role: 'school_leader', school: 'Birchwood Middle School' }] },
        {
          pseudonym: 'Principal Varga',
          code: 'LPS-P03',
          posts: [
            { role: 'school_leader', school: 'Birchwood Middle School' },
            { role: 'coach', school: 'Cedar Ridge Middle School' },
          ],
        },
      ],
      interviewCodes: [],
    });
    expect(moved.find('the Birchwood principal observes weekly')).toBeUndefined();
    expect(moved.find('the coach at cedar ridge')).toMatchObject({
      kind: 'role at a school',
      pointsTo: 'Principal Varga, the one mathematics coach interviewed at Cedar Ridge Middle School',
    });
  });

  it('matches surnames of fewer than three letters only with their title', () => {
    expect(named('Ms. Wu agreed.')).toMatchObject({ kind: 'pseudonym', words: 'Ms. Wu' });
    expect(named('Wu agreed.')).toBeUndefined();
  });

  it.each([
    ['Ms Wu agreed.', 'Ms Wu'],
    ['Ms.Wu agreed.', 'Ms.Wu'],
    ['Ms . Wu agreed.', 'Ms . Wu'],
    ['As ms, wu put it.', 'ms, wu'],
    ['Ms.\u200bWu agreed.', 'Ms.Wu'],
  ])('reads a pseudonym on its words alone, whatever stands between them: %j', (text, words) => {
    expect(named(text)).toEqual({ kind: 'pseudonym', words, pointsTo: 'Ms. Wu' });
  });

  it.each([
    ['Mrs. Wu agreed.', 'Mrs. Wu'],
    ['Mrs Wu agreed.', 'Mrs Wu'],
    ['Mr. Wu agreed.', 'Mr. Wu'],
    ['Mx Wu agreed.', 'Mx Wu'],
    ['Miss Wu agreed.', 'Miss Wu'],
    ['Dr. Wu agreed.', 'Dr. Wu'],
    ['Dr Wu agreed.', 'Dr Wu'],
    ['DR.WU agreed.', 'DR.WU'],
    ['Prof. Wu agreed.', 'Prof. Wu'],
    ['Coach Wu agreed.', 'Coach Wu'],
    ['Vice Principal Wu agreed.', 'Vice Principal Wu'],
    ["Dr. Wu's class agreed.", 'Dr. Wu'],
  ])('takes any title before a surname, short ones too: %j', (text, words) => {
    expect(named(text)).toEqual({ kind: 'surname', words, pointsTo: 'Ms. Wu' });
  });

  it('takes a title before a longer surname with the title in the words to reword', () => {
    expect(named('Dr. Alvarez agreed.')).toEqual({ kind: 'surname', words: 'Dr. Alvarez', pointsTo: 'Ms. Alvarez' });
    expect(named('Coach Lee agreed.')).toEqual({ kind: 'surname', words: 'Coach Lee', pointsTo: 'Mr. Lee' });
  });

  it.each([
    'Wu agreed.',
    "Wu's idea was taken up.",
    'The Wuhan trip was cancelled.',
    'Dr. Wuhan is no one here.',
    'Ms. Wuertz is no one here.',
    'The doctors and the coaches agree.',
  ])('takes a short surname for no one without a title: %j', (text) => {
    expect(named(text)).toBeUndefined();
  });

  it.each([
    ['LPS T01 said so.', 'LPS T01'],
    ['LPS_T01 said so.', 'LPS_T01'],
    ['LPST01 said so.', 'LPST01'],
    ['LPS.T01 said so.', 'LPS.T01'],
    ['LPS/T01 said so.', 'LPS/T01'],
    ['LPS+T01 said so.', 'LPS+T01'],
    ['LPS\u00adT01 said so.', 'LPST01'],
    ['LPS\u200bT01 said so.', 'LPST01'],
    ['LPS - T01 said so.', 'LPS - T01'],
    ['lps t 01 said so.', 'lps t 01'],
    ['(LPS-T01) said so.', 'LPS-T01'],
    ["LPS-T01's answer.", 'LPS-T01'],
    ['LPS-T01-2 said so.', 'LPS-T01'],
  ])('reads a participant code on its letters and digits alone: %j', (text, words) => {
    expect(named(text)).toEqual({ kind: 'participant code', words, pointsTo: 'the participant code of Ms. Alvarez' });
  });

  it.each([
    ['LPS_T01_1011', 'LPS_T01_1011'],
    ['LPS T01 1011', 'LPS T01 1011'],
    ['lpst011011', 'lpst011011'],
    ['LPS/T01.1011', 'LPS/T01.1011'],
  ])('reads an interview code the same way, before the participant code it starts with: %j', (text, words) => {
    expect(named(`In ${text} she said so.`)).toEqual({ kind: 'interview code', words, pointsTo: 'an interview code' });
  });

  it.each([
    'LPS-T012 is not a code of this partnership.',
    'XLPST01 is not a code of this partnership.',
    'LPST01X is not a code of this partnership.',
    'LPS-T0 and T01 apart are not a code.',
    'LPS: T01 is two things.',
  ])('takes a code only whole, apart from the words around it: %j', (text) => {
    expect(named(text)).toBeUndefined();
  });

  it.each([
    ['\u0410lvarez said so.', 'surname', '\u0410lvarez', 'Ms. Alvarez'], // Cyrillic А
    ['Ms. \u0410lv\u0430r\u0435z said so.', 'pseudonym', 'Ms. \u0410lv\u0430r\u0435z', 'Ms. Alvarez'], // Cyrillic А, а, е
    ['\u0391lvarez said so.', 'surname', '\u0391lvarez', 'Ms. Alvarez'], // Greek Α
    ['\u039cs. Wu said so.', 'pseudonym', '\u039cs. Wu', 'Ms. Wu'], // Greek Μ
    ['\u041c\u0455 Wu said so.', 'pseudonym', '\u041c\u0455 Wu', 'Ms. Wu'], // Cyrillic М, ѕ
    ['Ms. W\u03c5 said so.', 'pseudonym', 'Ms. W\u03c5', 'Ms. Wu'], // Greek υ
    ['Principal R\u0435y\u0435s said so.', 'pseudonym', 'Principal R\u0435y\u0435s', 'Principal Reyes'], // Cyrillic е
    [
      '\u0420rincipal at \u0410dams said so.',
      'role at a school',
      '\u0420rincipal at \u0410dams',
      'Principal Reyes, the one school leader interviewed at Adams Middle School',
    ],
    ['L\u0420S-\u042201 said so.', 'participant code', 'L\u0420S-\u042201', 'the participant code of Ms. Alvarez'], // Cyrillic Р, Т
  ])('reads Cyrillic and Greek letters that look Latin as the Latin letter: %j', (text, kind, words, pointsTo) => {
    expect(named(text)).toEqual({ kind, words, pointsTo });
  });

  it('takes other Cyrillic and Greek words for themselves', () => {
    expect(named('Привет, Αθήνα: the walks helped.')).toBeUndefined();
    const own = identifyingDetails({ participants: [{ pseudonym: 'Г-жа Иванова', code: 'ЛПШ-У01', posts: [] }], interviewCodes: [] });
    expect(own.find('Как сказала Иванова.')).toMatchObject({ kind: 'surname', words: 'Иванова' });
    expect(own.find('ЛПШ У01 сказала.')).toMatchObject({ kind: 'participant code', words: 'ЛПШ У01' });
  });

  it('finds every naming of a text, in order', () => {
    expect(details.findAll('Ms. Alvarez and the Jefferson coach met LPS-P01.').map((n) => n.words)).toEqual(['Ms. Alvarez', 'Jefferson coach', 'LPS-P01']);
  });

  it('checks a long text against a large roster in one pass over its words', () => {
    const big = identifyingDetails({
      participants: Array.from({ length: 400 }, (_, i) => ({
        pseudonym: `Ms. Surname${i}`,
        code: `D01-T${String(i).padStart(3, '0')}`,
        posts: [{ role: 'teacher', school: `School ${i % 24} Middle School` }],
      })),
      interviewCodes: Array.from({ length: 1600 }, (_, i) => `D01-T${String(i % 400).padStart(3, '0')}-${1000 + i}`),
    });
    const text = Array.from({ length: 6000 }, (_, i) =>
      i % 10 === 0 ? 'Ms. Surname7 and D01-T012 said the teachers meet weekly.' : 'The teachers meet weekly about pacing.',
    ).join(' ');
    const start = performance.now();
    expect(big.findAll(text)).toHaveLength(1200);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('checks in one pass a text made only of what starts a naming without ending one', () => {
    const big = identifyingDetails({
      participants: Array.from({ length: 500 }, (_, i) => ({
        pseudonym: `Ms. W${i}`,
        code: `D01-T${String(i).padStart(3, '0')}`,
        posts: [{ role: 'coach', school: `School ${i} Middle School` }],
      })),
      interviewCodes: [],
    });
    for (const unit of ['Dr. Ms. Vice Principal ', 'D01-D01-T00-', 'School 3 school school school ', 'the coach at the School ', '.', 'a']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const start = performance.now();
      expect(big.findAll(text), unit).toEqual([]);
      expect(performance.now() - start, unit).toBeLessThan(2000);
    }
  });

  it('says what a naming points to when the words do not say it', () => {
    expect(describeNaming(named('Ms. Alvarez said so.')!)).toBe('“Ms. Alvarez”');
    expect(describeNaming(named('alvarez said so.')!)).toBe('“alvarez”: Ms. Alvarez');
  });
});
