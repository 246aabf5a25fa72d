import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../src/services/accounts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { linkEvidence, linkViews } from '../src/services/evidence-links.js';
import { writeImplementation } from '../src/services/feedback.js';
import { addElement, createStrategy } from '../src/services/strategies.js';
import { defineRubric, editRubric, listRubrics } from '../src/services/rubrics.js';
import { interviewScores, participantTrajectory, scoreDistributions, scoreInterview, withdrawScore } from '../src/services/scores.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';

const refusal = async (work: Promise<unknown>) => {
  const e = (await work.then(
    () => null,
    (x: unknown) => x,
  )) as { code: string; message: string; details?: { field?: string } } | null;
  expect(e, 'refused').not.toBeNull();
  return { code: e!.code, field: e!.details?.field, message: e!.message };
};

const auditOf = (t: TestDatabase, entityId: string) =>
  t.store.db.selectFrom('audit_log').select(['action', 'reason', 'version']).where('entity_id', '=', entityId).orderBy('seq').execute();

const levels = (what: string) =>
  [1, 2, 3, 4].map((value) => ({ value, label: ['Absent', 'Emerging', 'Developing', 'Sophisticated'][value - 1], descriptor: `${what} at level ${value}` }));

describe.each(DIALECTS)('levelled rubrics and construct scores (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    const report = await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' });
    pid = report.partnership!.id;
    await createAccount(t.ctx, { email: 'lead@example.org', displayName: 'Lead', password: 'lead-password-1' });
  });
  afterEach(() => t.close());

  const vision = () =>
    defineRubric(t.ctx, {
      partnershipId: pid,
      name: 'Vision of high-quality mathematics instruction',
      dimensions: [
        { name: 'Classroom discourse', levels: levels('discourse') },
        { name: 'Mathematical tasks', levels: levels('tasks') },
      ],
    });

  it('defines a rubric, refuses a bad one naming the field, and edits it as its next version with the reason', async () => {
    const r = await vision();
    expect(r).toMatchObject({ version: 1, dimensions: [{ name: 'Classroom discourse' }, { name: 'Mathematical tasks' }] });
    expect(r.dimensions[0]!.levels.map((l) => l.value)).toEqual([1, 2, 3, 4]);
    expect(
      await refusal(defineRubric(t.ctx, { partnershipId: pid, name: 'vision of high-quality mathematics instruction', dimensions: r.dimensions })),
    ).toMatchObject({
      field: 'name',
    });
    expect(
      await refusal(
        defineRubric(t.ctx, { partnershipId: pid, name: 'Other', dimensions: [{ name: 'X', levels: [...levels('x'), { value: 4, descriptor: 'again' }] }] }),
      ),
    ).toMatchObject({ field: 'dimensions[0].levels[4].value' });
    expect(await listRubrics(t.ctx, pid)).toHaveLength(1);

    expect((await refusal(editRubric(t.ctx, { id: r.id, description: 'MIST' }))).code).toBe('conflict');
    expect(await refusal(editRubric(t.ctx, { id: r.id, description: 'MIST', expectedVersion: 1 }))).toMatchObject({ field: 'reason' });
    const dims = r.dimensions.map((d) => ({ id: d.id, name: d.name, levels: d.levels }));
    const edited = await editRubric(t.ctx, {
      id: r.id,
      description: "MIST's rubric",
      dimensions: [
        { ...dims[0]!, levels: dims[0]!.levels.map((l) => (l.value === 4 ? { ...l, descriptor: 'students justify and critique' } : l)) },
        dims[1]!,
        { name: 'Student engagement', levels: levels('engagement') },
      ],
      expectedVersion: 1,
      reason: 'the team adds engagement',
    });
    expect(edited).toMatchObject({ version: 2, description: "MIST's rubric" });
    expect(edited.dimensions.map((d) => d.name)).toEqual(['Classroom discourse', 'Mathematical tasks', 'Student engagement']);
    expect(edited.dimensions[0]!.id).toBe(r.dimensions[0]!.id);
    expect(edited.dimensions[0]!.levels[3]!.descriptor).toBe('students justify and critique');
    expect(await auditOf(t, r.id)).toEqual([
      expect.objectContaining({ action: 'rubric.create', version: 1 }),
      expect.objectContaining({ action: 'rubric.edit', version: 2, reason: 'the team adds engagement' }),
    ]);
  });

  it('scores interviews citing their passages, re-scores as the next version, and follows a participant across cycles', async () => {
    const r = await vision();
    const first = await scoreInterview(t.ctx, {
      partnershipId: pid,
      interview: 'T01-0910',
      dimension: 'classroom discourse',
      level: 1,
      cite: [{ quote: 'We rarely look at student work together.' }],
    });
    expect(first).toMatchObject({
      level: 1,
      levelLabel: 'Absent',
      version: 1,
      cycleLabel: '2009-10',
      passages: [{ quote: 'We rarely look at student work together.', stance: 'supports' }],
    });
    // The passage is an excerpt of the interview, the same identity the evidence chain cites.
    expect((await t.store.excerpts.byId(first.passages[0]!.excerptId))!.quote).toBe('We rarely look at student work together.');

    expect(await refusal(scoreInterview(t.ctx, { partnershipId: pid, interview: 'T02-0910', dimension: 'Classroom discourse', level: 2 }))).toMatchObject({
      field: 'cite',
    });
    expect(
      await refusal(scoreInterview(t.ctx, { partnershipId: pid, interview: 'T01-0910', dimension: 'Classroom discourse', level: 5, cite: [{ turn: 1 }] })),
    ).toMatchObject({ field: 'level', message: '"Classroom discourse" is scored 1, 2, 3, 4, not 5' });
    expect(await refusal(scoreInterview(t.ctx, { partnershipId: pid, interview: 'T01-0910', dimension: 'Tone', level: 1, cite: [{ turn: 1 }] }))).toMatchObject(
      { field: 'dimension' },
    );
    // Nothing was written by the refusals: no excerpt of turn 1.
    expect((await t.store.db.selectFrom('excerpt').select('id').execute()).length).toBe(1);

    // A second score of the same interview and dimension by the same scorer is a re-score: it names the version it was made on.
    const again = { partnershipId: pid, interview: 'T01-0910', dimension: r.dimensions[0]!.id, level: 2, cite: [{ turn: 1 }], reason: 'read again' };
    expect((await refusal(scoreInterview(t.ctx, again))).code).toBe('conflict');
    const rescored = await scoreInterview(t.ctx, { ...again, expectedVersion: 1 });
    expect(rescored).toMatchObject({ id: first.id, level: 2, version: 2 });
    expect(rescored.passages.map((p) => p.quote)).toEqual([expect.stringContaining('grade-level team')]);
    expect(await auditOf(t, first.id)).toEqual([
      expect.objectContaining({ action: 'score.create', version: 1 }),
      expect.objectContaining({ action: 'score.rescore', version: 2, reason: 'read again' }),
    ]);

    await scoreInterview(t.ctx, {
      partnershipId: pid,
      interview: 'T01-1011',
      dimension: 'Classroom discourse',
      level: 3,
      cite: [{ quote: 'Now we bring student work to the Tuesday meeting.' }],
    });
    const path = await participantTrajectory(t.ctx, pid, 'T01');
    expect(path.dimensions[0]!.points.map((p) => [p.cycleLabel, p.level, p.change])).toEqual([
      ['2009-10', 2, null],
      ['2010-11', 3, 1],
    ]);
    expect(path.dimensions[1]!.points.map((p) => p.level)).toEqual([null, null]);

    await scoreInterview(t.ctx, { partnershipId: pid, interview: 'T03-0910', dimension: 'Classroom discourse', level: 3, cite: [{ turn: 1 }] });
    await scoreInterview(t.ctx, { partnershipId: pid, interview: 'C01-0910', dimension: 'Classroom discourse', level: 2, cite: [{ turn: 1 }] });
    const byRole = await scoreDistributions(t.ctx, pid, { by: 'role' });
    const teachers = byRole.rows.filter((d) => d.group === 'teacher' && d.dimensionName === 'Classroom discourse');
    expect(teachers.map((d) => [d.cycleLabel, d.participants, d.mean, d.previousMean])).toEqual([
      ['2009-10', 2, 2.5, null],
      ['2010-11', 1, 3, 2.5],
    ]);
    expect(teachers[1]!.change).toMatchObject({ participants: 1, improved: 1, meanChange: 1, quality: 'improved' });
    expect(teachers[1]!.counts.map((c) => c.participants)).toEqual([0, 0, 1, 0]);
    expect(byRole.changes).toEqual([expect.objectContaining({ participantCode: 'T01', from: 2, to: 3, change: 1, previousCycleLabel: '2009-10' })]);
    const byCycle = await scoreDistributions(t.ctx, pid, { by: 'cycle', cycle: '2009-10' });
    expect(byCycle.rows.filter((d) => d.dimensionName === 'Classroom discourse').map((d) => [d.group, d.participants])).toEqual([[null, 3]]);
    expect((await scoreDistributions(t.ctx, pid, { by: 'district' })).rows[0]!.groupLabel).toBe('Northfield District');
    expect(await refusal(scoreDistributions(t.ctx, pid, { by: 'school' }))).toMatchObject({ field: 'by' });

    // A scored level cannot be taken out of the rubric; a withdrawn score no longer counts.
    const [discourse, tasks] = (await listRubrics(t.ctx, pid))[0]!.dimensions;
    expect(
      await refusal(
        editRubric(t.ctx, {
          id: r.id,
          dimensions: [{ id: discourse!.id, name: discourse!.name, levels: discourse!.levels.slice(0, 2) }, tasks!],
          expectedVersion: 1,
        }),
      ),
    ).toMatchObject({ message: 'level 3 of "Classroom discourse" was given in scores: it cannot be taken out' });
    await withdrawScore(t.ctx, first.id, 'scored the wrong interview');
    expect((await participantTrajectory(t.ctx, pid, 'T01')).dimensions[0]!.points.map((p) => p.change)).toEqual([null, null]);
  });

  it('keeps double scoring blind: an assigned scorer sees no one else’s scores until their own are done', async () => {
    await vision();
    const a = await createAccount(t.ctx, { email: 'a@example.org', displayName: 'Scorer A', password: 'scorer-a-password' });
    const b = await createAccount(t.ctx, { email: 'b@example.org', displayName: 'Scorer B', password: 'scorer-b-password' });
    const interview = (await t.store.interviews.byCode(pid, 'T01-0910'))!;
    const assignment = (id: string, coder: string) => ({
      id,
      partnership_id: pid,
      interview_id: interview.id,
      coder,
      assigned_by: 'lead@example.org',
      assigned_at: '2010-02-01T00:00:00.000Z',
      done_at: null,
      retired_at: null,
      retired_by: null,
      retired_reason: null,
    });
    await t.store.codingAssignments.insert(assignment('cas_000000000000000a', a.id));
    await t.store.codingAssignments.insert(assignment('cas_000000000000000b', b.id));
    const as = (email: string) => ({ ...t.ctx, actor: email });
    const score = (email: string, level: number) =>
      scoreInterview(as(email), { partnershipId: pid, interview: 'T01-0910', dimension: 'Classroom discourse', level, cite: [{ turn: 1 }] });
    await score('a@example.org', 2);
    await score('b@example.org', 3);
    const seenBy = async (email: string) => (await interviewScores(as(email), pid, 'T01-0910')).rubrics[0]!;
    expect((await seenBy('a@example.org')).scores.map((s) => [s.scorerName, s.level])).toEqual([['Scorer A', 2]]);
    expect((await seenBy('a@example.org')).hidden).toBe(1);
    // Nor do the distributions let the other's score through.
    expect((await scoreDistributions(as('a@example.org'), pid, { by: 'cycle' })).rows[0]!.mean).toBe(2);
    // The lead, not assigned, sees both; the lower median stands for the interview.
    expect((await seenBy('lead@example.org')).scores).toHaveLength(2);
    expect((await scoreDistributions(t.ctx, pid, { by: 'cycle' })).rows[0]!.median).toBe(2);
    await t.store.db.updateTable('coding_assignment').set({ done_at: '2010-02-02T00:00:00.000Z' }).where('coder', '=', a.id).execute();
    expect((await seenBy('a@example.org')).scores.map((s) => s.scorerName).sort()).toEqual(['Scorer A', 'Scorer B']);
    // Someone without an account cannot score.
    expect(await refusal(score('someone', 1))).toMatchObject({ field: 'scorer' });
  });

  it("lets an implementation assessment cite a score as evidence of a practice's change in quality, from its own district and cycle", async () => {
    await vision();
    const score = (interview: string, level: number, cite: string) =>
      scoreInterview(t.ctx, { partnershipId: pid, interview, dimension: 'Classroom discourse', level, cite: [{ quote: cite }] });
    const before = await score('T01-0910', 1, 'We rarely look at student work together.');
    const after = await score('T01-1011', 3, 'Now we bring student work to the Tuesday meeting.');
    const s = await createStrategy(t.ctx, {
      partnershipId: pid,
      district: 'Northfield District',
      cycle: '2010-11',
      name: 'Teacher teams',
      goal: 'Better talk.',
    });
    const practice = await addElement(t.ctx, s.strategy.id, { kind: 'practice', description: 'Teachers analyse student work together.', role: 'teacher' });
    const implementation = await writeImplementation(t.ctx, {
      elementId: practice.row.id,
      frequencyChange: 'increased',
      qualityChange: 'improved',
      text: 'Teams now bring student work.',
    });
    const link = await linkEvidence(t.ctx, { citingId: implementation.id, citedId: after.id, note: 'up two levels since 2009-10' });
    expect(link).toMatchObject({ cited_kind: 'score', bearing: 'supports' });
    expect((await linkViews(t.ctx, [implementation.id])).get(implementation.id)).toEqual([
      expect.objectContaining({ kind: 'score', label: 'Classroom discourse: level 3 of Vision of high-quality mathematics instruction', retired: false }),
    ]);
    expect(await refusal(linkEvidence(t.ctx, { citingId: implementation.id, citedId: before.id }))).toMatchObject({
      message: expect.stringContaining('the score is of another cycle'),
    });
    await withdrawScore(t.ctx, after.id, 'misread');
    expect((await linkViews(t.ctx, [implementation.id])).get(implementation.id)![0]!.retired).toBe(true);
  });
});
