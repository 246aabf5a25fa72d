import { describe, expect, it } from 'vitest';
import { checkImplementation } from './implementation.js';

describe("an envisioned practice's implementation", () => {
  it('needs its changes since last year when there was a last year, named in words', () => {
    expect(() => checkImplementation('practice', { text: 'More discussion in class.', frequencyChange: 'increased' })).toThrow(
      'the change in quality since last year is one of: improved, unchanged, declined, not known',
    );
    expect(checkImplementation('practice', { text: 'More discussion.', frequencyChange: 'increased', qualityChange: 'improved' })).toMatchObject({
      frequency_change: 'increased',
      quality_change: 'improved',
    });
  });

  it("leaves the changes out in the partnership's first year, and still checks one given", () => {
    expect(checkImplementation('practice', { text: 'Teachers began to pose tasks.' }, { previousCycle: false })).toMatchObject({
      frequency_change: null,
      quality_change: null,
    });
    expect(() => checkImplementation('practice', { text: 'x', qualityChange: 'better' }, { previousCycle: false })).toThrow(
      /the change in quality since last year is one of/,
    );
  });

  it('asks for what was found without naming a field', () => {
    expect(() => checkImplementation('support', { verdict: 'partly', text: ' ' })).toThrow(/^say what was found$/);
  });
});
