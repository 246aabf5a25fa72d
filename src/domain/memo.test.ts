import { describe, expect, it } from 'vitest';
import { checkMemoText, checkMemoTitle, memoSubjectKindOf } from './memo.js';

describe('memos', () => {
  it('reads the subject kinds users type, passages and cases included', () => {
    expect(memoSubjectKindOf('Passage')).toBe('excerpt');
    expect(memoSubjectKindOf('case')).toBe('participant');
    expect(memoSubjectKindOf('code')).toBe('code');
    expect(() => memoSubjectKindOf('finding')).toThrow(/subjectKind: "finding" is not something a memo is written on/);
  });
  it('needs a title of one line and keeps the text as written', () => {
    expect(checkMemoTitle('  Pacing\n talk ')).toBe('Pacing talk');
    expect(() => checkMemoTitle('  ')).toThrow('title: a memo needs a title');
    expect(() => checkMemoTitle('x'.repeat(201))).toThrow('title: at most 200 characters');
    expect(checkMemoText('first\r\nsecond  \n')).toBe('first\nsecond');
  });
});
