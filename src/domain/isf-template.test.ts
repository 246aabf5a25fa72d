import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/support/errors.js';
import { completionCheck, DEFAULT_TEMPLATES, fieldKeyFrom, inWords, validateFieldLabel } from './isf-template.js';
import { ROLE_GROUPS } from './roles.js';

describe('fieldKeyFrom', () => {
  it('turns a label into a snake_case key', () => {
    expect(fieldKeyFrom('Use of the new curriculum map')).toBe('use_of_the_new_curriculum_map');
  });

  it('drops accents', () => {
    expect(fieldKeyFrom('Élèves en difficulté')).toBe('eleves_en_difficulte');
    expect(fieldKeyFrom('Señora Núñez’s visión')).toBe('senora_nunez_s_vision');
  });

  it('collapses punctuation into single underscores and trims them at the ends', () => {
    expect(fieldKeyFrom('  PD (district & school) — usefulness?! ')).toBe('pd_district_school_usefulness');
    expect(fieldKeyFrom("Coach's / principal's expectations")).toBe('coach_s_principal_s_expectations');
  });

  it('prefixes a key that would start with a digit', () => {
    expect(fieldKeyFrom('5th grade team meetings')).toBe('f_5th_grade_team_meetings');
    expect(fieldKeyFrom('2010 goals')).toBe('f_2010_goals');
    expect(fieldKeyFrom('— 3 tools')).toBe('f_3_tools');
  });

  it('keeps a key within 63 characters', () => {
    const key = fieldKeyFrom('Interactions with colleagues about mathematics instruction and student work in grade-level teams');
    expect(key.length).toBeLessThanOrEqual(63);
    expect(key).toMatch(/^interactions_with_colleagues_about_mathematics/);
  });

  it('refuses a label without any letter or digit it can use', () => {
    const e = errorOf(() => fieldKeyFrom('?!— …'));
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('cannot make a field key from "?!— …": a key is written with the letters a–z and digits; give one explicitly');
    expect(e.details).toEqual({ field: 'key' });
  });

  it('prefixes a key that would start with a digit, and still keeps it within 63 characters', () => {
    const key = fieldKeyFrom("5th grade teachers' interactions with colleagues about mathematics instruction");
    expect(key.startsWith('f_5th_grade_teachers_interactions')).toBe(true);
    expect(key.length).toBeLessThanOrEqual(63);
  });

  it('derives a valid key from every default field label', () => {
    for (const role of ROLE_GROUPS) for (const f of DEFAULT_TEMPLATES[role]) expect(fieldKeyFrom(f.label)).toMatch(/^[a-z][a-z0-9_]{0,62}$/);
  });
});

describe('validateFieldLabel', () => {
  it('trims the label', () => {
    expect(validateFieldLabel('  Work with the coach \n')).toBe('Work with the coach');
  });

  it('refuses an empty label', () => {
    const e = errorOf(() => validateFieldLabel('  \t '));
    expect(e.code).toBe('invalid');
    expect(e.message).toBe('a field needs a label');
  });

  it('accepts 200 characters and refuses 201', () => {
    expect(validateFieldLabel('x'.repeat(200))).toHaveLength(200);
    expect(errorOf(() => validateFieldLabel('x'.repeat(201))).message).toBe('a field label is at most 200 characters');
  });
});

describe('DEFAULT_TEMPLATES', () => {
  it('has a template for every role group', () => {
    expect(Object.keys(DEFAULT_TEMPLATES).sort()).toEqual([...ROLE_GROUPS].sort());
  });

  it.each(ROLE_GROUPS)('%s: unique keys and labels, each a valid key, with guidance', (role) => {
    const fields = DEFAULT_TEMPLATES[role];
    expect(fields.length).toBeGreaterThan(3);
    const keys = fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(fields.map((f) => f.label)).size).toBe(fields.length);
    for (const f of fields) {
      expect(f.key).toMatch(/^[a-z][a-z0-9_]{0,62}$/);
      expect(validateFieldLabel(f.label)).toBe(f.label);
      expect(f.guidance.trim()).not.toBe('');
    }
  });

  it.each(ROLE_GROUPS)('%s: includes the vision of high-quality mathematics instruction', (role) => {
    const vision = DEFAULT_TEMPLATES[role].find((f) => f.key === 'vision_of_instruction');
    expect(vision?.label).toBe('Vision of high-quality mathematics instruction');
    expect(vision?.guidance).toMatch(/role of the teacher, classroom discourse, mathematical tasks, student engagement/);
  });
});

describe('what an ISF still lacks before it is complete', () => {
  it('refuses on the required fields left empty and only points out the optional ones', () => {
    const check = completionCheck([
      { label: 'Vision', required: true, written: false },
      { label: 'Accountability', required: true, written: true },
      { label: 'Tools', required: false, written: false },
      { label: 'Struggling students', required: false, written: false },
    ]);
    expect(check).toEqual({ missingRequired: ['Vision'], emptyOptional: ['Tools', 'Struggling students'], total: 4 });
  });

  it('names fields in a sentence', () => {
    expect(inWords(['Vision'])).toBe('“Vision”');
    expect(inWords(['Vision', 'Tools'])).toBe('“Vision” and “Tools”');
    expect(inWords(['A', 'B', 'C'])).toBe('“A”, “B” and “C”');
  });
});
