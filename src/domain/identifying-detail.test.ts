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
    ['Mrs Álvarez said so.', 'surname', 'Álvarez', 'Ms. Alvarez'],
    ['Ｍｓ. Ａｌｖａｒｅｚ (full-width) said so.', 'pseudonym', 'Ｍｓ. Ａｌｖａｒｅｚ', 'Ms. Alvarez'],
    ['lps-t01 said so.', 'participant code', 'lps-t01', 'the participant code of Ms. Alvarez'],
    ['LPS\u2011T01 said so.', 'participant code', 'LPS\u2011T01', 'the participant code of Ms. Alvarez'],
    ['LPS\u2013T01 and LPS\u2014T01 and LPS\u2212T01.', 'participant code', 'LPS\u2013T01', 'the participant code of Ms. Alvarez'],
    ['Principal reyes observes weekly.', 'pseudonym', 'Principal reyes', 'Principal Reyes'],
    ['In lps-t01-1011 she said so.', 'interview code', 'lps-t01-1011', 'an interview code'],
    ['the principal at Adams observes weekly', 'role at a school', 'principal at Adams', 'Principal Reyes, the one school leader interviewed at Adams Middle School'],
    ['the principal of Adams Middle School observes weekly', 'role at a school', 'principal of Adams Middle School', 'Principal Reyes, the one school leader interviewed at Adams Middle School'],
    ["Adams Middle School's principal observes weekly", 'role at a school', "Adams Middle School's principal", 'Principal Reyes, the one school leader interviewed at Adams Middle School'],
    ['the Jefferson coach meets teachers', 'role at a school', 'Jefferson coach', 'Coach Okafor, the one mathematics coach interviewed at Jefferson Middle School'],
    ["Jefferson’s math coach meets teachers", 'role at a school', "Jefferson’s math coach", 'Coach Okafor, the one mathematics coach interviewed at Jefferson Middle School'],
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
        { pseudonym: 'Principal Varga', code: 'LPS-P03', posts: [{ role: 'school_leader', school: 'Birchwood Middle School' }, { role: 'coach', school: 'Cedar Ridge Middle School' }] },
      ],
      interviewCodes: [],
    });
    expect(moved.find('the Birchwood principal observes weekly')).toBeUndefined();
    expect(moved.find('the coach at cedar ridge')).toMatchObject({ kind: 'role at a school', pointsTo: 'Principal Varga, the one mathematics coach interviewed at Cedar Ridge Middle School' });
  });

  it('matches surnames of fewer than three letters only with their title', () => {
    expect(named('Ms. Wu agreed.')).toMatchObject({ kind: 'pseudonym', words: 'Ms. Wu' });
    expect(named('Wu agreed.')).toBeUndefined();
  });

  it('finds every naming of a text, in order', () => {
    expect(details.findAll('Ms. Alvarez and the Jefferson coach met LPS-P01.').map((n) => n.words)).toEqual(['Ms. Alvarez', 'Jefferson coach', 'LPS-P01']);
  });

  it('checks a long text against a large roster in one pass over its words', () => {
    const big = identifyingDetails({
      participants: Array.from({ length: 400 }, (_, i) => ({ pseudonym: `Ms. Surname${i}`, code: `D01-T${String(i).padStart(3, '0')}`, posts: [{ role: 'teacher', school: `School ${i % 24} Middle School` }] })),
      interviewCodes: Array.from({ length: 1600 }, (_, i) => `D01-T${String(i % 400).padStart(3, '0')}-${1000 + i}`),
    });
    const text = Array.from({ length: 6000 }, (_, i) => (i % 10 === 0 ? 'Ms. Surname7 and D01-T012 said the teachers meet weekly.' : 'The teachers meet weekly about pacing.')).join(' ');
    const start = performance.now();
    expect(big.findAll(text)).toHaveLength(1200);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('says what a naming points to when the words do not say it', () => {
    expect(describeNaming(named('Ms. Alvarez said so.')!)).toBe('“Ms. Alvarez”');
    expect(describeNaming(named('alvarez said so.')!)).toBe('“alvarez”: Ms. Alvarez');
  });
});
