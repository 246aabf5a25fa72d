import { describe, expect, it } from 'vitest';
import { type InstrumentItem, instrumentProblems, itemResponse, itemScore, type ScaleDefinition, scaleScore } from './instrument.js';

const AGREE = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'].map((label, i) => ({ value: i + 1, label }));
const likert = (key: string, reverse = false): InstrumentItem => ({ key, text: `Statement ${key}`, type: 'scale', labels: AGREE, min: 1, max: 5, reverse });
const years: InstrumentItem = { key: 'years', text: 'Years teaching', type: 'number', labels: [], min: 0, max: 50, reverse: false };

describe('an answer to an item', () => {
  it('reads a scale value or a choice as Qualtrics writes choice text, blank as unanswered', () => {
    expect(itemResponse(likert('q1'), '4')).toEqual({ value: 4 });
    expect(itemResponse(likert('q1'), ' strongly  AGREE ')).toEqual({ value: 5 });
    expect(itemResponse(likert('q1'), '')).toEqual({ value: null });
    expect(itemResponse(likert('q1'), '6')).toEqual({
      problem: "6 is not a value of the item's scale (1 Strongly disagree, 2 Disagree, 3 Neither agree nor disagree, 4 Agree, 5 Strongly agree)",
    });
    expect(itemResponse(likert('q1'), 'Sometimes')).toMatchObject({ problem: expect.stringMatching(/^"Sometimes" is not one of the item's choices/) });
  });

  it('reads a number in its range, and text as written', () => {
    expect(itemResponse(years, '12')).toEqual({ value: 12 });
    expect(itemResponse(years, '3,5')).toEqual({ value: 3.5 });
    expect(itemResponse(years, '51')).toEqual({ problem: "51 is outside the item's range (0 to 50)" });
    expect(itemResponse(years, 'twelve')).toEqual({ problem: '"twelve" is not a number' });
    expect(itemResponse({ ...years, type: 'text' }, ' a comment ')).toEqual({ value: 'a comment' });
  });
});

describe('scores', () => {
  const items = new Map(['a', 'b', 'c'].map((k) => [k, likert(k, k === 'c')]));
  const mean: ScaleDefinition = { name: 'Collaboration', items: ['a', 'b', 'c'], method: 'mean', minimumAnswered: 2 };

  it('reverses a reverse-coded item within its scale', () => {
    expect(itemScore(items.get('c')!, 1)).toBe(5);
    expect(itemScore(items.get('c')!, 4)).toBe(2);
    expect(itemScore(items.get('a')!, 4)).toBe(4);
  });

  it('averages the answered items, reversed ones reversed, and is missing below the minimum answered', () => {
    expect(
      scaleScore(
        mean,
        items,
        new Map([
          ['a', 4],
          ['b', 5],
          ['c', 2],
        ]),
      ),
    ).toBeCloseTo((4 + 5 + 4) / 3, 12);
    expect(
      scaleScore(
        mean,
        items,
        new Map([
          ['a', 4],
          ['b', null],
          ['c', 1],
        ]),
      ),
    ).toBe(4.5);
    expect(scaleScore(mean, items, new Map([['a', 4]]))).toBeNull();
  });

  it('sums the items, prorating when some are unanswered', () => {
    const sum = { ...mean, method: 'sum' as const };
    expect(
      scaleScore(
        sum,
        items,
        new Map([
          ['a', 4],
          ['b', 5],
          ['c', 2],
        ]),
      ),
    ).toBe(13);
    expect(
      scaleScore(
        sum,
        items,
        new Map([
          ['a', 4],
          ['b', 5],
        ]),
      ),
    ).toBe(13.5);
  });
});

describe('an instrument that cannot stand', () => {
  it('names each item and scale at fault', () => {
    expect(
      instrumentProblems(
        [
          likert('q1'),
          likert('Q1'),
          { ...likert('q2'), labels: [AGREE[0]!] },
          { ...years, key: 'y', min: 9, max: 3 },
          { ...years, key: 'z', max: null, reverse: true },
          { ...years, key: 'note', type: 'text' },
        ],
        [
          { name: 'S', items: ['q1', 'missing', 'note'], method: 'mean', minimumAnswered: 4 },
          { name: 's', items: ['q1'], method: 'sum', minimumAnswered: 1 },
        ],
      ),
    ).toEqual([
      'item Q1: named twice',
      'item q2: a scale item needs two choices or more',
      'item y: its minimum 9 is above its maximum 3',
      'item z: a reverse-coded item needs a scale or a range with both ends',
      'scale S: the instrument has no item missing',
      'scale S: item note is text and cannot be scored',
      'scale S: the minimum of items answered must be between 1 and 3',
      'scale s: named twice',
      'scale s: a scale needs two items or more',
    ]);
  });
});
