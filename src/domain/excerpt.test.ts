import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/support/errors.js';
import { hashQuote, MAX_PASSAGE_LENGTH, occurrences, passageAt, passageOfQuote, passageOfSelection } from './excerpt.js';

const TEXT = 'Interviewer: How often?\nT: Weekly. The coach comes weekly.';
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('passageAt', () => {
  it('returns the quote between the offsets with its sha256', () => {
    const p = passageAt(TEXT, 27, 34);
    expect(p).toEqual({ start: 27, end: 34, quote: 'Weekly.', quoteSha256: sha256('Weekly.') });
    expect(hashQuote('Weekly.')).toBe(p.quoteSha256);
  });

  it('counts offsets in code points, so an emoji before the passage shifts it by one', () => {
    const text = '🙂 The coach comes weekly.';
    const p = passageAt(text, 2, 11);
    expect(p.quote).toBe('The coach');
    expect(p.quoteSha256).toBe(sha256('The coach'));
    expect(passageAt(text, 0, 1).quote).toBe('🙂');
  });

  it('accepts a passage running to the very end of the text', () => {
    const end = [...TEXT].length;
    expect(passageAt(TEXT, end - 7, end).quote).toBe('weekly.');
  });

  it('refuses a passage beyond the end, naming both ranges', () => {
    const e = errorOf(() => passageAt('short text', 6, 11));
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('the passage 6–11 lies outside the transcript (0–10)');
    expect(e.details).toEqual({ field: 'end' });
  });

  it('measures the transcript in code points when checking bounds', () => {
    // four code points, eight UTF-16 units
    const e = errorOf(() => passageAt('🙂🙂🙂🙂', 0, 5));
    expect(e.message).toContain('(0–4)');
  });

  it('refuses a negative start', () => {
    const e = errorOf(() => passageAt(TEXT, -1, 5));
    expect(e.code).toBe('invalid');
    expect(e.message).toContain('lies outside the transcript');
  });

  it('refuses an end that is not after the start', () => {
    expect(errorOf(() => passageAt(TEXT, 10, 10)).message).toBe('the passage must end after it starts (start 10, end 10)');
    expect(errorOf(() => passageAt(TEXT, 12, 10)).message).toBe('the passage must end after it starts (start 12, end 10)');
  });

  it('refuses offsets that are not whole numbers', () => {
    for (const [s, e] of [
      [1.5, 4],
      [1, 4.2],
      [Number.NaN, 4],
    ] as const) {
      const err = errorOf(() => passageAt(TEXT, s, e));
      expect(err.code).toBe('invalid');
      expect(err.message).toBe('start and end are whole numbers (character offsets)');
    }
  });

  it('refuses a passage holding only white space', () => {
    const e = errorOf(() => passageAt('a  \n b', 1, 5));
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('the passage holds only white space');
  });

  it(`refuses a passage longer than ${MAX_PASSAGE_LENGTH} characters, but accepts one of exactly that length`, () => {
    const text = 'x'.repeat(MAX_PASSAGE_LENGTH + 1);
    expect(errorOf(() => passageAt(text, 0, MAX_PASSAGE_LENGTH + 1)).message).toContain(`at most ${MAX_PASSAGE_LENGTH} characters`);
    expect(passageAt(text, 1, MAX_PASSAGE_LENGTH + 1).quote).toHaveLength(MAX_PASSAGE_LENGTH);
  });
});

describe('occurrences', () => {
  it('lists every place a quote occurs, in code points', () => {
    expect(occurrences(TEXT, 'weekly')).toEqual([51]);
    expect(occurrences(TEXT, 'eekly')).toEqual([28, 52]);
    expect(occurrences('🙂 coach 🙂 coach', 'coach')).toEqual([2, 10]);
  });

  it('is case-sensitive and returns nothing for an absent or empty quote', () => {
    expect(occurrences(TEXT, 'WEEKLY')).toEqual([]);
    expect(occurrences(TEXT, 'monthly')).toEqual([]);
    expect(occurrences(TEXT, '')).toEqual([]);
  });

  it('finds overlapping occurrences', () => {
    expect(occurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
  });
});

describe('passageOfSelection', () => {
  it('stores the whole word when the selection ends or starts inside one, with the hash of the words stored', () => {
    const text = 'L: The schools are really different this year.';
    const p = passageOfSelection(text, 19, 33);
    expect(p).toEqual({ start: 19, end: 35, quote: 'really different', quoteSha256: sha256('really different') });
    expect(passageOfSelection(text, 21, 35).quote).toBe('really different');
  });

  it('still refuses offsets outside the transcript, naming them as given', () => {
    const e = errorOf(() => passageOfSelection('short text', 6, 11));
    expect(e.message).toContain('6–11');
  });
});

describe('passageOfQuote', () => {
  it('finds a quote occurring once and returns its passage', () => {
    const p = passageOfQuote(TEXT, 'The coach comes', 'interview INT-1');
    expect(p).toEqual({ start: 35, end: 50, quote: 'The coach comes', quoteSha256: sha256('The coach comes') });
  });

  it('trims white space around the quote', () => {
    expect(passageOfQuote(TEXT, '  The coach comes\n', 'INT-1').quote).toBe('The coach comes');
  });

  it('works after an emoji earlier in the text, in code points', () => {
    const text = 'Interviewer: 👋 Hi!\nT: The coach 🧮 comes weekly.';
    const p = passageOfQuote(text, 'comes weekly', 'INT-2');
    expect(p.start).toBe(34);
    expect(p.end).toBe(46);
    expect([...text].slice(p.start, p.end).join('')).toBe('comes weekly');
    // an emoji inside the quote counts as one
    expect(passageOfQuote(text, 'coach 🧮 comes', 'INT-2')).toMatchObject({ start: 26, end: 39 });
  });

  it('says when the quote is not in the transcript, naming the interview', () => {
    const e = errorOf(() => passageOfQuote(TEXT, 'The coach never comes', 'interview INT-1'));
    expect(e.code).toBe('invalid');
    expect(e.message).toBe("the quote does not appear in the transcript of interview INT-1 (it must match the transcript's words exactly)");
    expect(e.details).toEqual({ field: 'quote' });
  });

  it('lists the offsets when the quote occurs several times', () => {
    const e = errorOf(() => passageOfQuote('🙂 coach, coach and coach', 'coach', 'INT-3'));
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('the quote appears 3 times in the transcript of INT-3 (at 2, 9, 19); give the start and end offsets instead');
  });

  it('refuses an empty or white-space quote', () => {
    expect(errorOf(() => passageOfQuote(TEXT, '   ', 'INT-1')).message).toBe('the quote is empty');
  });
});
