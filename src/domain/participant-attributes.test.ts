import { describe, expect, it } from 'vitest';
import { attributeKindOf, attributeMatches, attributeValueOf, checkChoices, formatAttributeValue, splitAssignment } from './participant-attributes.js';

const years = { name: 'years of experience', kind: 'number', choices: [] } as const;
const grades = { name: 'grades taught', kind: 'choices', choices: ['6', '7', '8'] } as const;
const band = { name: 'certification', kind: 'choice', choices: ['general', 'math specialist'] } as const;
const hired = { name: 'hired on', kind: 'date', choices: [] } as const;

describe("participants' attribute values", () => {
  it('reads a value as typed or as JSON, and says what is wrong naming the attribute', () => {
    expect(attributeValueOf(years, ' 12 ')).toBe(12);
    expect(attributeValueOf(years, '2,5')).toBe(2.5);
    expect(attributeValueOf(years, 7)).toBe(7);
    expect(attributeValueOf(years, '12 yrs')).toEqual({ field: 'years of experience', message: 'years of experience is a number; "12 yrs" is not' });
    expect(attributeValueOf(grades, '8, 6,8')).toEqual(['6', '8']);
    expect(attributeValueOf(grades, ['7'])).toEqual(['7']);
    expect(attributeValueOf(grades, '5')).toMatchObject({ message: 'grades taught is several of 6, 7, 8 (separated by commas); "5" is not one of them' });
    expect(attributeValueOf(band, 'MATH SPECIALIST')).toBe('math specialist');
    expect(attributeValueOf(hired, '2011-09-01')).toBe('2011-09-01');
    expect(attributeValueOf(hired, '2011-13-01')).toMatchObject({ field: 'hired on' });
    for (const empty of ['', '  ', null, undefined, []]) expect(attributeValueOf(grades, empty)).toBeNull();
  });

  it('checks the choices of a definition and reads kinds as typed', () => {
    expect(checkChoices('choice', [' a', 'b', ''], 'x')).toEqual(['a', 'b']);
    expect(checkChoices('choice', ['a', 'A'], 'x')).toMatchObject({ field: 'choices', message: 'choices: "A" is given twice' });
    expect(checkChoices('choices', ['a,b'], 'x')).toMatchObject({ field: 'choices' });
    expect(checkChoices('text', ['a'], 'notes')).toMatchObject({ message: 'choices: notes is text, which has no choices' });
    expect([attributeKindOf('One of'), attributeKindOf('several'), attributeKindOf('Number'), attributeKindOf('integer')]).toEqual([
      'choice',
      'choices',
      'number',
      undefined,
    ]);
  });

  it('formats, splits an assignment and matches a filter', () => {
    expect(formatAttributeValue(['7', '8'])).toBe('7, 8');
    expect(formatAttributeValue(null)).toBe('');
    expect(splitAssignment('years of experience = 12')).toEqual({ name: 'years of experience', value: '12' });
    expect(splitAssignment('no value')).toBeUndefined();
    expect(attributeMatches(grades, ['7', '8'], '7')).toBe(true);
    expect(attributeMatches(grades, ['8'], '7')).toBe(false);
    expect(attributeMatches(years, 12, '12')).toBe(true);
    expect(attributeMatches(years, undefined, '12')).toBe(false);
  });
});
