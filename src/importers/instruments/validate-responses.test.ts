import { describe, expect, it } from 'vitest';
import type { InstrumentItem } from '../../domain/instrument.js';
import { readCsvSurvey } from './csv-survey.js';
import { validateResponses } from './validate-responses.js';

const FREQUENCY = ['Never', 'Monthly', 'Weekly', 'Daily'].map((label, i) => ({ value: i + 1, label }));
const ITEMS: InstrumentItem[] = [
  { key: 'plan', text: 'Plan lessons together', type: 'scale', labels: FREQUENCY, min: 1, max: 4, reverse: false },
  { key: 'years', text: 'Years teaching', type: 'number', labels: [], min: 0, max: 50, reverse: false },
  { key: 'comment', text: 'Anything else?', type: 'text', labels: [], min: null, max: null, reverse: false },
];
const ROSTER = new Map([
  ['T0101', 'p1'],
  ['T0102', 'p2'],
  ['T0103', 'p3'],
  // A mapping table: the district's staff ID of T0103.
  ['S-77', 'p3'],
]);
const participantOf = (id: string) => ROSTER.get(id);

describe('responses checked against the instrument and the roster', () => {
  it('reads every answer as its item reads it, blanks as unanswered, matched to participants through the roster or a mapping', () => {
    const csv = 'participant_id,plan,years,comment\nT0101,Weekly,12,"We plan, then teach"\nS-77,2,,\n';
    const v = validateResponses(readCsvSurvey(csv, 'survey.csv'), ITEMS, participantOf);
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(v.responses.map((r) => [r.line, r.participantId, [...r.answers]])).toEqual([
      [
        2,
        'p1',
        [
          ['plan', 3],
          ['years', 12],
          ['comment', 'We plan, then teach'],
        ],
      ],
      [
        3,
        'p3',
        [
          ['plan', 2],
          ['years', null],
          ['comment', null],
        ],
      ],
    ]);
    expect(v.unanswered).toBe(2);
    expect(v.problems).toEqual([
      { severity: 'warning', file: 'survey.csv', line: 3, field: 'years', message: 'item years unanswered' },
      { severity: 'warning', file: 'survey.csv', line: 3, field: 'comment', message: 'item comment unanswered' },
    ]);
  });

  it('names the line and column of every unknown or repeated respondent and every value it cannot read', () => {
    const csv = 'participant_id,plan,years\nT0101,Sometimes,12\nT0999,1,3\nT0102,4,77\n,1,1\nT0102,1,1\nT0103,1,ten\n';
    const v = validateResponses(readCsvSurvey(csv, 'survey.csv'), ITEMS, participantOf);
    expect(v.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.field, p.message])).toEqual([
      [2, 'plan', 'column plan: "Sometimes" is not one of the item\'s choices (1 Never, 2 Monthly, 3 Weekly, 4 Daily)'],
      [3, 'participant_id', 'T0999 is not a participant of the roster (nor mapped to one)'],
      [4, 'years', "column years: 77 is outside the item's range (0 to 50)"],
      [5, 'participant_id', 'no participant ID in column participant_id'],
      [6, 'participant_id', 'T0102 responded twice (lines 4 and 6): keep one response'],
      [7, 'years', 'column years: "ten" is not a number'],
    ]);
    expect(v.invalidLines).toEqual([2, 3, 4, 5, 6, 7]);
    expect(v.problems).toContainEqual({
      severity: 'warning',
      file: 'survey.csv',
      field: 'comment',
      message: 'the file has no column for item comment: it is unanswered in every response',
    });
  });

  it('refuses a column that is no item of the instrument, and reads IDs from the column named', () => {
    const v = validateResponses(readCsvSurvey('id,plan,mood\nT0101,1,3\n', 'survey.csv', { idColumn: 'id' }), ITEMS, participantOf);
    expect(v.problems.filter((p) => p.severity === 'error')).toEqual([
      { severity: 'error', file: 'survey.csv', line: 1, field: 'mood', message: 'column mood is not an item of the instrument' },
    ]);
    expect(readCsvSurvey('id,plan\nT0101,1\n', 'survey.csv').problems[0]!.message).toBe(
      "has no participant_id column for the respondents' IDs: name the column that holds them with --id-column",
    );
  });
});
