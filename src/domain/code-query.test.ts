import { describe, expect, it } from 'vitest';
import { meets, parseCodeQuery, turnAt, turnsApart, type QueryPassage } from './code-query.js';
import { plainColumnName } from './coded-segments.js';

const p = (start: number, end: number, firstTurn: number, lastTurn = firstTurn, transcriptId = 'trn_1'): QueryPassage => ({
  transcriptId,
  start,
  end,
  firstTurn,
  lastTurn,
});

describe('code queries', () => {
  it('reads codes of several words, quoted codes and the operators, left to right', () => {
    expect(parseCodeQuery('Coach support AND Pacing')).toEqual({ code: 'Coach support', steps: [{ op: 'AND', code: 'Pacing' }] });
    expect(parseCodeQuery('Coach support NEAR/3 Pacing NOT "Q AND A"')).toEqual({
      code: 'Coach support',
      steps: [
        { op: 'NEAR', turns: 3, code: 'Pacing' },
        { op: 'NOT', code: 'Q AND A' },
      ],
    });
    expect(parseCodeQuery('Pacing')).toEqual({ code: 'Pacing', steps: [] });
  });
  it('refuses what it cannot read, saying how to write it', () => {
    expect(() => parseCodeQuery('')).toThrow(/the code query is empty/);
    expect(() => parseCodeQuery('AND Pacing')).toThrow(/AND needs a code before it/);
    expect(() => parseCodeQuery('Pacing NOT')).toThrow(/NOT needs a code after it/);
    expect(() => parseCodeQuery('A NEAR B')).toThrow(/say within how many turns, as NEAR\/3/);
    expect(() => parseCodeQuery('A OR B')).toThrow(/OR is not a code query operator/);
    expect(() => parseCodeQuery('"A" "B"')).toThrow(/two codes in a row/);
  });
  it('keeps passages that overlap (AND), lie within n turns (NEAR) or overlap none (NOT)', () => {
    const a = p(10, 20, 1);
    expect(meets(a, { op: 'AND' }, [p(15, 30, 1, 2)]).ok).toBe(true);
    expect(meets(a, { op: 'AND' }, [p(20, 30, 1)]).ok).toBe(false);
    expect(meets(a, { op: 'AND' }, [p(15, 30, 1, 2, 'trn_2')]).ok).toBe(false);
    expect(meets(a, { op: 'NEAR', turns: 2 }, [p(50, 60, 3)]).ok).toBe(true);
    expect(meets(a, { op: 'NEAR', turns: 1 }, [p(50, 60, 3)]).ok).toBe(false);
    expect(meets(a, { op: 'NOT' }, [p(20, 30, 1)]).ok).toBe(true);
    expect(meets(a, { op: 'NOT' }, [p(19, 30, 1)]).ok).toBe(false);
    expect(turnsApart(p(0, 5, 2, 4), p(9, 12, 3))).toBe(0);
  });
  it('finds the turn holding an offset', () => {
    expect([0, 4, 5, 99].map((o) => turnAt([0, 5, 20], o))).toEqual([0, 0, 1, 2]);
  });
});

describe('column names for R, Stata and SPSS', () => {
  it('are letters, digits and underscores, start with a letter, at most 32 characters, unique in any case', () => {
    const taken = new Set(['code', 'school']);
    expect(plainColumnName('Years of experience', taken)).toBe('years_of_experience');
    expect(plainColumnName('Année (début)', taken)).toBe('annee_debut');
    expect(plainColumnName('School', taken)).toBe('school_2');
    expect(plainColumnName('7th grade?', taken)).toBe('v_7th_grade');
    expect(plainColumnName('a'.repeat(40), taken)).toHaveLength(32);
  });
});
