import { describe, expect, it } from 'vitest';
import { seesOthersWork, visibleCoder } from './coding.js';

describe('blind double coding', () => {
  const assignments = [
    { coder: 'acc_a', done: false },
    { coder: 'acc_b', done: true },
  ];

  it('hides the others’ codings from a coder until their own coding is done', () => {
    expect(seesOthersWork('acc_a', assignments)).toBe(false);
    expect(visibleCoder('acc_a', assignments)('acc_b')).toBe(false);
    expect(visibleCoder('acc_a', assignments)('acc_a')).toBe(true);
  });

  it('shows everyone’s to a coder who is done, and to anyone not assigned', () => {
    expect(seesOthersWork('acc_b', assignments)).toBe(true);
    expect(seesOthersWork('acc_lead', assignments)).toBe(true);
    expect(visibleCoder('acc_lead', assignments)('acc_a')).toBe(true);
  });
});
