import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../src/services/import-bundle.js';
import { importInstrumentResponses, type InstrumentImport } from '../src/services/instrument-import.js';
import { lessonAgreement } from '../src/services/lesson-scores.js';
import { describeMeasure, participantMeasures } from '../src/services/measures.js';
import { ROSTER, VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { closeTo, STATISTICS_FIXTURES } from './support/reference-values.js';

// Lessons scored on the IQA by three raters, eight of them twice, and what NLTK and pandas compute of them (make_lesson_scores.py).
const fixture = (name: string) => readFileSync(join(STATISTICS_FIXTURES, name), 'utf8');
const SCORES = fixture('lesson-scores-2009-10.csv');
const expected = JSON.parse(fixture('lesson-scores.json'));
const DIMENSIONS = Object.keys(expected.dimensions);
const roster = [ROSTER, ...fixture('measures-roster.csv').trim().split('\n').slice(1)].join('\n');

describe.each(DIALECTS)('lessons scored on an observation rubric (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'ana@example.org');
    pid = (await importBundle(t.ctx, writeBundleFiles({ ...VALID_BUNDLE, 'roster.csv': roster }), { partnership: 'Northfield RPP' })).partnership!.id;
  }, 60_000);
  afterEach(() => t.close());

  const lessons = (bytes: string, more: Partial<InstrumentImport> = {}) =>
    importInstrumentResponses(t.ctx, { partnershipId: pid, instrument: 'IQA', format: 'lessons', file: 'iqa.csv', bytes, cycle: '2009-10', ...more });

  it("imports raters' scores of lessons as a rubric, and gives their agreement and the teachers' levels as NLTK and pandas compute them", async () => {
    const report = await lessons(SCORES);
    expect(report).toMatchObject({
      written: true,
      format: 'lessons',
      instrument: { name: 'IQA', created: true },
      items: { total: 4, added: DIMENSIONS },
      responses: { read: expected.lessons + expected.doubleRated, added: expected.lessons + expected.doubleRated, corrected: 0, unchanged: 0, skipped: 0 },
      unanswered: 1,
    });
    expect(report.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'level', message: 'Rigor of the discussion not scored' })]);
    const instrument = (await t.store.instruments.byId(report.instrument.id!))!;
    expect(instrument.kind).toBe('observation rubric');
    const items = await t.store.instruments.items(instrument.id);
    expect(items.map((i) => [i.key, i.type, JSON.parse(i.labels).map((l: { value: number }) => l.value)])).toEqual(
      DIMENSIONS.map((d) => [d, 'scale', [1, 2, 3, 4]]),
    );

    const agreement = await lessonAgreement(t.ctx, pid, { instrument: 'iqa', cycle: '2009-10' });
    expect(agreement).toMatchObject({ cycle: '2009-10', lessons: expected.lessons, doubleRated: expected.doubleRated, raters: ['AB', 'CD', 'EF'] });
    expect(agreement.dimensions.map((d) => d.dimension)).toEqual(DIMENSIONS);
    for (const d of agreement.dimensions) {
      const { alpha, ...rest } = expected.dimensions[d.dimension!];
      closeTo(d.alpha.alpha, alpha, `${d.dimension} α`);
      closeTo(d, rest, d.dimension!);
    }
    const { alpha, ...pooled } = expected.pooled;
    closeTo(agreement.pooled.alpha.alpha, alpha, 'pooled α');
    closeTo(agreement.pooled, { ...pooled, doubleRated: expected.doubleRated }, 'pooled');

    for (const d of DIMENSIONS) {
      const described = await describeMeasure(t.ctx, pid, { instrument: 'IQA', measure: d, by: [] });
      expect(described.cycles.map((c) => c.cycle)).toEqual(['2009-10']);
      closeTo(described.cycles[0], expected.described[d], d);
    }
    const s102 = await participantMeasures(t.ctx, pid, 'S102');
    const iqa = s102.instruments.find((i) => i.name === 'IQA')!;
    expect(iqa.cycles).toEqual(['2009-10']);
    for (const d of DIMENSIONS) closeTo(iqa.measures.find((m) => m.name === d)!.values[0]!.value, expected.teacherLevels[d].S102, `S102 ${d}`);
  });

  it('changes nothing when the same file comes again, and stores a corrected score as its next version with the change audited', async () => {
    await lessons(SCORES);
    const again = await lessons(SCORES);
    expect(again.responses).toEqual({ read: 32, added: 0, corrected: 0, unchanged: 32, skipped: 0 });
    const lines = SCORES.split('\n');
    const at = lines.findIndex((l) => l.startsWith('S102,2009-11-05,AB,Potential of the task,'));
    const was = Number(lines[at]!.split(',').at(-1));
    lines[at] = `S102,2009-11-05,AB,Potential of the task,${was === 4 ? 3 : was + 1}`;
    const corrected = await lessons(lines.join('\n'));
    expect(corrected.responses).toEqual({ read: 32, added: 0, corrected: 1, unchanged: 31, skipped: 0 });
    const instrument = (await t.store.instruments.byName(pid, 'IQA'))!;
    const s102 = (await t.store.participants.byCode(pid, 'S102'))!;
    const score = (await t.store.lessonScores.ofInstrument(instrument.id)).find(
      (s) => s.participant_id === s102.id && s.lesson_date === '2009-11-05' && s.rater === 'AB',
    )!;
    expect(score.version).toBe(2);
    expect(JSON.parse(score.levels)['Potential of the task']).toBe(was === 4 ? 3 : was + 1);
    const trail = await t.store.db.selectFrom('audit_log').select(['action', 'data']).where('entity_id', '=', score.id).execute();
    expect(trail.map((a) => a.action)).toEqual(['lesson_score.correct']);
    expect(JSON.parse(trail[0]!.data!)).toMatchObject({ from: { 'Potential of the task': was }, to: { 'Potential of the task': was === 4 ? 3 : was + 1 } });
  });

  it('stores nothing when a line is wrong, naming each by line and column, unless the invalid scores are to be skipped', async () => {
    const bad = [
      'participant_id,lesson_date,rater,dimension,level',
      'S102,2009-11-05,AB,Potential of the task,3',
      'S102,2009-11-05,AB,Rigor of the discussion,2',
      'S999,2009-11-05,AB,Potential of the task,3',
      'S103,5 Nov 2009,AB,Potential of the task,3',
      'S104,2009-11-05,,Potential of the task,3',
      'S105,2009-11-05,CD,Potential of the task,7',
      'S106,2009-11-05,CD,Potential of the task,two',
      'S107,2009-11-05,CD,Potential of the task,2',
      'S107,2009-11-05,CD,Potential of the task,3',
      'S108,2009-11-05,CD,,3',
    ].join('\n');
    const refused = await lessons(bad);
    expect(refused.written).toBe(false);
    const errors = refused.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.field, p.message]);
    expect(errors).toEqual([
      [4, 'participant_id', 'S999 is not a participant of the roster (nor mapped to one)'],
      [5, 'lesson_date', 'the lesson date is a date, YYYY-MM-DD; "5 Nov 2009" is not'],
      [6, 'rater', 'no rater: name who scored the lesson'],
      [7, 'level', expect.stringMatching(/^Potential of the task: 7 is not a value of the item's scale \(1 Level 1, .*4 Level 4\)$/)],
      [8, 'level', expect.stringMatching(/^Potential of the task: "two" is not one of the item's choices/)],
      [10, 'level', "CD scored S107's lesson of 2009-11-05 on Potential of the task twice, 2 on line 9 and 3 here: keep one"],
      [11, 'dimension', 'no dimension'],
    ]);
    expect(refused.problems.every((p) => p.file === 'iqa.csv')).toBe(true);
    expect(await t.store.instruments.byName(pid, 'IQA')).toBeUndefined();

    const skipped = await lessons(bad, { skipInvalid: true });
    expect(skipped.written).toBe(true);
    expect(skipped.responses).toMatchObject({ added: 1, skipped: 4 });
    const instrument = (await t.store.instruments.byName(pid, 'IQA'))!;
    const stored = await t.store.lessonScores.ofInstrument(instrument.id);
    expect(stored.map((s) => [s.lesson_date, s.rater, JSON.parse(s.levels)])).toEqual([
      ['2009-11-05', 'AB', { 'Potential of the task': 3, 'Rigor of the discussion': 2 }],
    ]);
  });

  it('refuses a file without the columns it needs, lesson scores for a survey, and levels that are no range', async () => {
    const missing = await lessons('participant_id,date,rater,level\nS102,2009-11-05,AB,3\n');
    expect(missing.written).toBe(false);
    expect(missing.problems.map((p) => [p.line, p.message])).toEqual([[1, 'the header lacks the columns lesson_date, dimension']]);
    await importInstrumentResponses(t.ctx, {
      partnershipId: pid,
      instrument: 'Survey',
      format: 'csv',
      file: 's.csv',
      bytes: 'participant_id,q1\nS102,3\n',
      cycle: '2009-10',
    });
    await expect(lessons(SCORES, { instrument: 'survey' })).rejects.toThrow(/Survey is a survey; lesson scores go to an observation rubric/);
    await expect(lessons(SCORES, { levels: { min: 4, max: 1 } })).rejects.toThrow(/levels: a rubric's levels run from a whole number to a greater one/);
    await expect(lessonAgreement(t.ctx, pid, { instrument: 'Survey' })).rejects.toThrow(/Survey is a survey; raters' agreement is a rubric's/);
  });
});
