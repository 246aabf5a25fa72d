import { describe, expect, it } from 'vitest';
import { interviewerSummary } from './interviewer-summary.js';

describe('interviewerSummary', () => {
  it('counts the labels taken as the interviewer, those the team mapped apart, and names interviews without one', () => {
    expect(
      interviewerSummary([
        { interview: 'T01', labels: ['Interviewer'], by: 'label' },
        { interview: 'T02', labels: ['I'], by: 'label' },
        { interview: 'T03', labels: ['Interviewer'], by: 'label' },
        { interview: 'T04', labels: ['Speaker 1'], by: 'mapping' },
        { interview: 'T05', labels: [], by: 'none' },
      ]),
    ).toBe('"Interviewer" in 2, "I" in 1; as the team said: "Speaker 1" in 1; no speaker taken as the interviewer in 1 (T05)');
    expect(interviewerSummary([])).toBe('');
  });
});
