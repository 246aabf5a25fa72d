import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBundle } from '../src/services/import-bundle.js';
import { importInstrumentResponses } from '../src/services/instrument-import.js';
import { defineScale, editItem, getInstrument, reviseScale } from '../src/services/instruments.js';
import { parse } from 'csv-parse/sync';
import { exportMeasures } from '../src/services/measure-export.js';
import { correlateMeasures, describeMeasure, measureChange, participantMeasures, regressMeasures, scaleReliabilities } from '../src/services/measures.js';
import { ROSTER, VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { closeTo, EXPECTED_STATISTICS, STATISTICS_FIXTURES } from './support/reference-values.js';

// The survey of test/fixtures/statistics in two cycles, stored, and what pandas and scipy compute of it (make_expected.py).
const expected = EXPECTED_STATISTICS.stored;
const fixture = (name: string) => readFileSync(join(STATISTICS_FIXTURES, name), 'utf8');
const roster = [ROSTER, ...fixture('measures-roster.csv').trim().split('\n').slice(1)].join('\n');

describe.each(DIALECTS)('measures stored in Warrant (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'ana@example.org');
    pid = (await importBundle(t.ctx, writeBundleFiles({ ...VALID_BUNDLE, 'roster.csv': roster }), { partnership: 'Northfield RPP' })).partnership!.id;
    for (const cycle of ['2009-10', '2010-11']) {
      const file = `measures-${cycle}.csv`;
      const report = await importInstrumentResponses(t.ctx, {
        partnershipId: pid,
        instrument: 'Teacher survey',
        format: 'csv',
        file,
        bytes: fixture(file),
        cycle,
      });
      expect(report.written, file).toBe(true);
    }
  }, 60_000);
  afterEach(() => t.close());

  /** Makes q1–q4 items of a 1-to-5 scale, q3 reverse-coded, and defines the scale as make_expected.py does. */
  async function defineCollaboration() {
    let version = (await getInstrument(t.ctx, pid, 'Teacher survey')).version;
    for (const key of expected.scale.items) {
      const edited = await editItem(t.ctx, pid, 'Teacher survey', key, {
        min: 1,
        max: 5,
        reverse: expected.scale.reverse.includes(key),
        expectedVersion: version,
        reason: 'answered on a 1-to-5 agreement scale',
      });
      version = edited.version;
    }
    return defineScale(t.ctx, pid, 'Teacher survey', { name: 'Collaboration', items: expected.scale.items, minimumAnswered: 3 });
  }

  it('describes a scale per cycle and per school, and its reliability per cycle, as pandas computes them', async () => {
    const scale = await defineCollaboration();
    expect(scale).toMatchObject({ name: 'Collaboration', method: 'mean', minimumAnswered: 3, version: 1 });
    const bySchool = await describeMeasure(t.ctx, pid, { instrument: 'teacher survey', measure: 'collaboration', by: ['school'] });
    expect(bySchool.measure).toEqual({ name: 'Collaboration', kind: 'scale' });
    expect(bySchool.cycles.map((c) => c.cycle)).toEqual(['2009-10', '2010-11']);
    for (const c of bySchool.cycles) closeTo(c, expected.byCycle[c.cycle], c.cycle);
    expect(bySchool.groups.map((g) => [g.cycle, g.group.school])).toEqual(
      ['2009-10', '2010-11'].flatMap((c) => Object.keys(expected.bySchool[c]).map((school) => [c, school])),
    );
    for (const g of bySchool.groups) closeTo(g, expected.bySchool[g.cycle][g.group.school!], `${g.cycle} ${g.group.school}`);

    const reliability = await scaleReliabilities(t.ctx, pid, { instrument: 'Teacher survey' });
    expect(reliability.scales.map((s) => s.cycle)).toEqual(['2009-10', '2010-11']);
    for (const s of reliability.scales) closeTo(s, expected.alpha[s.cycle], s.cycle);
  });

  it("gives the paired change of the same participants between cycles, over all and per role group, as scipy's ttest_rel", async () => {
    await defineCollaboration();
    const change = await measureChange(t.ctx, pid, { instrument: 'Teacher survey', measure: 'Collaboration', by: 'role' });
    expect([change.from, change.to]).toEqual(['2009-10', '2010-11']);
    closeTo(change.all, expected.change, 'all');
    expect(change.groups.map((g) => g.group)).toEqual(['Mathematics coach', 'Teacher']);
    closeTo(change.groups[0], expected.changeByRole.coach, 'coach');
    closeTo(change.groups[1], expected.changeByRole.teacher, 'teacher');
    expect(change.participants).toHaveLength(expected.change.n);
    const one = change.participants[0]!;
    expect(one.change).toBeCloseTo(one.after - one.before, 12);
  });

  it('measures no change across a rewording unless the item is marked comparable, and keeps the mark as a version', async () => {
    await defineCollaboration();
    let version = (await getInstrument(t.ctx, pid, 'Teacher survey')).version;
    await expect(editItem(t.ctx, pid, 'Teacher survey', 'q2', { rewordedIn: '2009-10', expectedVersion: version, reason: 'x' })).rejects.toThrow(
      /rewordedIn: item q2 was first asked in 2009-10; a rewording is in a later cycle/,
    );
    const reworded = await editItem(t.ctx, pid, 'Teacher survey', 'q2', {
      text: 'Teachers in my school look at student work together.',
      rewordedIn: '2010-11',
      expectedVersion: version,
      reason: 'the 2010-11 survey asked about student work, not lesson plans',
    });
    version = reworded.version;
    expect(reworded.itemList.find((i) => i.key === 'q2')).toMatchObject({ rewordedIn: '2010-11', comparable: false, firstCycle: '2009-10' });
    await expect(measureChange(t.ctx, pid, { instrument: 'Teacher survey', measure: 'Collaboration' })).rejects.toThrow(
      /Collaboration: item q2 was reworded in 2010-11, so its values before and after do not compare/,
    );
    await expect(measureChange(t.ctx, pid, { instrument: 'Teacher survey', measure: 'q2' })).rejects.toThrow(/item q2 was reworded in 2010-11/);
    expect((await measureChange(t.ctx, pid, { instrument: 'Teacher survey', measure: 'q1' })).all.n).toBeGreaterThan(0);
    // A participant measured in both cycles: no change shown across the rewording, except on the items that did not change.
    const both = (await measureChange(t.ctx, pid, { instrument: 'Teacher survey', measure: 'q1' })).participants[0]!.code;
    const theirs = (await participantMeasures(t.ctx, pid, both)).instruments[0]!.measures;
    const changeOf = (name: string) => theirs.find((x) => x.name === name)!.values[1]!.change;
    expect([changeOf('Collaboration'), changeOf('q2')]).toEqual([null, null]);
    expect(changeOf('q1')).not.toBeNull();

    const marked = await editItem(t.ctx, pid, 'Teacher survey', 'q2', {
      comparable: true,
      expectedVersion: version,
      reason: 'the wording changed, not what it asks',
    });
    expect(marked.itemList.find((i) => i.key === 'q2')).toMatchObject({ rewordedIn: '2010-11', comparable: true });
    closeTo((await measureChange(t.ctx, pid, { instrument: 'Teacher survey', measure: 'Collaboration' })).all, expected.change, 'all');
    const trail = await t.store.db.selectFrom('audit_log').select(['action', 'data']).where('action', '=', 'instrument_item.edit').orderBy('seq').execute();
    expect(JSON.parse(trail.at(-1)!.data!)).toMatchObject({ key: 'q2', from: { comparable: false }, to: { comparable: true } });
  });

  it("shows a participant's scales and items in every cycle they responded in, with the change since the one before", async () => {
    await defineCollaboration();
    const lines = fixture('measures-2009-10.csv').split('\n');
    const code = lines.find((l) => l.startsWith('S102,'))!.split(',')[0]!;
    const m = await participantMeasures(t.ctx, pid, code);
    expect(m.participant).toMatchObject({ code: 'S102', pseudonym: 'Teacher 1-02' });
    const survey = m.instruments[0]!;
    expect(survey.name).toBe('Teacher survey');
    const collaboration = survey.measures.find((x) => x.name === 'Collaboration')!;
    // S102 answered 4, 5, 3 (reversed to 3), 5 in 2009-10.
    expect(collaboration.values[0]).toEqual({ cycle: '2009-10', value: 4.25, change: null });
    if (survey.cycles.length === 2) {
      const [a, b] = collaboration.values;
      expect(b!.change).toBeCloseTo(b!.value! - a!.value!, 12);
    }
    expect(survey.measures.map((x) => x.name)).toEqual(['Collaboration', 'q1', 'q2', 'q3', 'q4', 'years']);
  });

  it('counts a participant in the school they were in when they responded', async () => {
    await defineCollaboration();
    const moved = (await t.store.participants.byCode(pid, 'S102'))!;
    const oak = (await t.store.organizations.resolve(pid, 'school', 'Oak Middle School'))[0]!;
    await t.store.participants.update(moved.id, { organization_id: oak.id });
    // A response stored after the move counts in the new school.
    const exit = 'participant_id,stay\nS102,1\nS103,0\n';
    await importInstrumentResponses(t.ctx, { partnershipId: pid, instrument: 'Exit survey', format: 'csv', file: 'exit.csv', bytes: exit, cycle: '2010-11' });
    const exitBySchool = await describeMeasure(t.ctx, pid, { instrument: 'Exit survey', measure: 'stay', by: ['school'] });
    expect(exitBySchool.groups.map((g) => [g.group.school, g.n])).toEqual([
      ['Maple Middle School', 1],
      ['Oak Middle School', 1],
    ]);
    const described = await describeMeasure(t.ctx, pid, { instrument: 'Teacher survey', measure: 'q1', by: ['school'], cycle: '2009-10' });
    const maple = described.groups.find((g) => g.group.school === 'Maple Middle School')!;
    expect(maple.n + maple.missing).toBe(
      fixture('measures-2009-10.csv')
        .split('\n')
        .filter((l) => l.startsWith('S1')).length,
    );
  });

  it('refuses a scale of text or unknown items, an item edit that stored answers break, and an edit on an old version', async () => {
    await expect(defineScale(t.ctx, pid, 'Teacher survey', { name: 'Bad', items: ['q1', 'q9'] })).rejects.toThrow(/scale Bad: the instrument has no item q9/);
    await expect(defineScale(t.ctx, pid, 'Teacher survey', { name: 'Short', items: ['q1'] })).rejects.toThrow(/needs two items or more/);
    await expect(defineScale(t.ctx, pid, 'Teacher survey', { name: 'Few', items: ['q1', 'q2'], minimumAnswered: 3 })).rejects.toThrow(/between 1 and 2/);
    const { version } = await getInstrument(t.ctx, pid, 'Teacher survey');
    await expect(editItem(t.ctx, pid, 'Teacher survey', 'q1', { max: 4, expectedVersion: version, reason: 'four points' })).rejects.toThrow(
      /item q1: \d+ stored answers would not read under this definition \(S\d+ in 2009-10: 5 is outside the item's range/,
    );
    await expect(editItem(t.ctx, pid, 'Teacher survey', 'q1', { reverse: true, expectedVersion: version, reason: 'x' })).rejects.toThrow(
      /a reverse-coded item needs a scale or a range with both ends/,
    );
    await expect(editItem(t.ctx, pid, 'Teacher survey', 'q1', { min: 1, reason: 'no version' })).rejects.toThrow(/version/);
    await editItem(t.ctx, pid, 'Teacher survey', 'q1', { min: 1, max: 5, expectedVersion: version, reason: 'range' });
    await expect(editItem(t.ctx, pid, 'Teacher survey', 'q2', { min: 1, max: 5, expectedVersion: version, reason: 'stale' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(describeMeasure(t.ctx, pid, { instrument: 'Teacher survey', measure: 'nothing' })).rejects.toThrow(
      /its scales and items: q1, q2, q3, q4, years/,
    );
    await expect(describeMeasure(t.ctx, pid, { instrument: 'Teacher survey', measure: 'q1', by: ['weather'] })).rejects.toThrow(/"weather" is not a grouping/);
  });

  it('revises a scale as its next version, with the reason in the audit trail, and scores follow the revision', async () => {
    const scale = await defineCollaboration();
    const before = await describeMeasure(t.ctx, pid, { instrument: 'Teacher survey', measure: 'Collaboration', cycle: '2009-10' });
    await expect(reviseScale(t.ctx, scale.id, { items: ['q1', 'q2'], reason: 'q3 and q4 load elsewhere' })).rejects.toThrow(/version/);
    const revised = await reviseScale(t.ctx, scale.id, { items: ['q1', 'q2'], expectedVersion: 1, reason: 'q3 and q4 load elsewhere' });
    expect(revised).toMatchObject({ version: 2, items: ['q1', 'q2'], minimumAnswered: 2 });
    const after = await describeMeasure(t.ctx, pid, { instrument: 'Teacher survey', measure: 'Collaboration', cycle: '2009-10' });
    expect(after.cycles[0]!.mean).not.toBe(before.cycles[0]!.mean);
    const audit = await t.store.db.selectFrom('audit_log').select(['action', 'reason']).where('entity_id', '=', scale.id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['instrument_scale.create', 'instrument_scale.revise']);
    expect(audit[1]!.reason).toBe('q3 and q4 load elsewhere');
  });

  it('exports the responses for R, Stata and SPSS, long and wide, with a dictionary naming every variable', async () => {
    await defineCollaboration();
    const long = await exportMeasures(t.ctx, pid, { instrument: 'Teacher survey', shape: 'long' });
    expect([long.dataFile, long.dictionaryFile]).toEqual(['teacher-survey-long.csv', 'teacher-survey-long-dictionary.csv']);
    const rows = parse(long.data, { columns: true }) as Record<string, string>[];
    const counts = ['2009-10', '2010-11'].map((c) => fixture(`measures-${c}.csv`).trim().split('\n').length - 1);
    expect(rows).toHaveLength(counts[0]! + counts[1]!);
    expect(Object.keys(rows[0]!)).toEqual([
      'participant_id',
      'pseudonym',
      'role',
      'district',
      'school',
      'cycle',
      'q1',
      'q2',
      'q3',
      'q4',
      'years',
      'scale_collaboration',
    ]);
    expect(rows.find((r) => r.participant_id === 'S102' && r.cycle === '2009-10')).toMatchObject({
      pseudonym: 'Teacher 1-02',
      role: 'Teacher',
      school: 'Maple Middle School',
      q3: '3',
      scale_collaboration: '4.25',
    });
    // Blank where missing, as R, Stata and SPSS read a missing value; the scale's scores are the ones described.
    const scores = rows.filter((r) => r.cycle === '2009-10').map((r) => r.scale_collaboration);
    expect(scores.filter((v) => v === '')).toHaveLength(expected.byCycle['2009-10'].missing);
    const mean = scores.filter((v) => v !== '').reduce((a, v) => a + Number(v), 0) / expected.byCycle['2009-10'].n;
    expect(mean).toBeCloseTo(expected.byCycle['2009-10'].mean, 12);
    const dictionary = parse(long.dictionary, { columns: true }) as Record<string, string>[];
    expect(dictionary.find((d) => d.variable === 'q3')).toMatchObject({
      type: 'numeric',
      source: 'item q3 (reverse-coded: as answered here, reversed in scales), 1 to 5',
    });
    expect(dictionary.find((d) => d.variable === 'scale_collaboration')!.source).toBe(
      'scale: mean of q1, q2, q3, q4 (reverse-coded items reversed), missing below 3 answered',
    );

    const wide = await exportMeasures(t.ctx, pid, { instrument: 'Teacher survey', shape: 'wide' });
    const people = parse(wide.data, { columns: true }) as Record<string, string>[];
    expect(new Set(people.map((p) => p.participant_id)).size).toBe(people.length);
    expect(Object.keys(people[0]!)).toContain('scale_collaboration_2010_11');
    expect(people.find((p) => p.participant_id === 'S102')!.scale_collaboration_2009_10).toBe('4.25');
    for (const name of Object.keys(people[0]!)) expect(name).toMatch(/^[a-z][a-z0-9_]{0,31}$/);
    await expect(exportMeasures(t.ctx, pid, { instrument: 'Teacher survey', shape: 'tall' as never })).rejects.toThrow(/"tall" is not a shape/);
  });

  it('correlates and regresses measures across cycles, matched by participant, as scipy and statsmodels do (clustered by school)', async () => {
    await defineCollaboration();
    const survey = (measure: string, cycle: string) => ({ instrument: 'Teacher survey', measure, cycle });
    const r = await correlateMeasures(t.ctx, pid, { x: survey('Collaboration', '2009-10'), y: survey('years', '2009-10') });
    expect([r.x, r.y]).toEqual(['Collaboration 2009-10', 'years 2009-10']);
    closeTo(r, expected.correlate);
    const fit = await regressMeasures(t.ctx, pid, {
      outcome: survey('Collaboration', '2010-11'),
      predictors: [survey('Collaboration', '2009-10'), survey('years', '2009-10')],
      cluster: 'school',
    });
    expect(fit.coefficients.map((c) => c.term)).toEqual(['intercept', 'Collaboration 2009-10', 'years 2009-10']);
    const { coefficients, clusters, ...rest } = expected.ols;
    closeTo(fit, rest);
    expect(fit.clusters).toEqual({ name: 'school', count: clusters });
    fit.coefficients.forEach((c, i) => {
      const { term: _term, ...reference } = coefficients[i];
      closeTo(c, reference, c.term);
    });
    await expect(regressMeasures(t.ctx, pid, { outcome: survey('q1', '2010-11'), predictors: [survey('q1', '2010-11')] })).rejects.toThrow(/named twice/);
    await expect(regressMeasures(t.ctx, pid, { outcome: survey('q1', '2010-11'), predictors: [] })).rejects.toThrow(/at least one predictor/);
  });
});
