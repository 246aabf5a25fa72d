import { describe, expect, it } from 'vitest';
import { roleInWords } from './labels';

describe('one’s role in words', () => {
  it('names the role in the partnership, and administration beside it', () => {
    expect(roleInWords('lead', false)).toBe('Lead researcher');
    expect(roleInWords('lead', true)).toBe('Lead researcher, administrator');
    expect(roleInWords('partner', false)).toBe('Partner leader');
    expect(roleInWords('admin', true)).toBe('Administrator');
  });
  it('says when there is no role in the partnership', () => {
    expect(roleInWords(null, true)).toBe('Administrator, with no role of your own in this partnership');
    expect(roleInWords(undefined, false)).toBe('none in this partnership');
  });
});
