import { describe, expect, it } from 'vitest';
import { parseSection } from '../domain/feedback-narrative.js';
import { findingsRef, practiceSentence, supportSentence } from './feedback-report.js';

describe("the feedback report's generated sentences", () => {
  it('says how a support was implemented in a sentence, with no frequency or focus for one that did not happen', () => {
    expect(supportSentence({ verdict: 'partly', frequency: 'once this year', focus: 'mathematics lessons' })).toBe(
      'This support was partly implemented (once this year), with a focus on mathematics lessons.',
    );
    expect(supportSentence({ verdict: 'not', frequency: 'Not reported', focus: '' })).toBe('This support was not implemented.');
    expect(supportSentence({ verdict: 'differently', frequency: '', focus: 'pacing' })).toBe(
      'This support was implemented, but differently from what was intended, with a focus on pacing.',
    );
    expect(supportSentence({ verdict: null, frequency: '', focus: '' })).toMatch(/has not been assessed yet\.$/);
  });

  it('says how a practice changed since last year, or that this is the first year it was looked at', () => {
    const p = { role: 'Teachers', comparison: 'compared for the 6 teachers interviewed in both cycles' };
    expect(practiceSentence({ ...p, frequencyChange: 'increased', qualityChange: 'improved' })).toBe(
      'Teachers do this more often than last year, and the quality of this practice improved (compared for the 6 teachers interviewed in both cycles).',
    );
    expect(practiceSentence({ ...p, frequencyChange: 'not known', qualityChange: 'not known' })).toMatch(/^We could not tell whether this practice changed/);
    expect(practiceSentence({ ...p, frequencyChange: 'unchanged', qualityChange: 'not known' })).toMatch(
      /^Teachers do this as often as last year; we could not tell whether its quality changed/,
    );
    expect(practiceSentence({ role: 'Teachers', comparison: null, frequencyChange: null, qualityChange: null })).toBe(
      'This is the first year we looked at this practice.',
    );
  });

  it('refers to findings by their numbers', () => {
    expect(findingsRef([2])).toBe('Finding 2');
    expect(findingsRef([3, 1, 3])).toBe('Findings 1 and 3');
    expect(findingsRef([4, 1, 2])).toBe('Findings 1, 2 and 4');
  });

  it('names a section as the CLI and the API do, refusing any other', () => {
    expect(parseSection('summary')).toEqual({ kind: 'summary', strategyId: null });
    expect(parseSection(' strategy:stg_abc ')).toEqual({ kind: 'strategy', strategyId: 'stg_abc' });
    expect(() => parseSection('strategy:')).toThrow(/the section is one of/);
  });
});
