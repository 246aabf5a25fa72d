import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WarrantError } from '../src/domain/errors.js';
import { checkPartnership } from '../src/services/check.js';
import { cite } from '../src/services/citations.js';
import { createExcerpt } from '../src/services/excerpts.js';
import { addFinding } from '../src/services/findings.js';
import { history } from '../src/services/history.js';
import { importBundle } from '../src/services/import-bundle.js';
import { addField, effectiveTemplate, renameField, retireField } from '../src/services/isf-templates.js';
import { createIsf, getIsf, setIsfStatus, writeEntry } from '../src/services/isfs.js';
import { retire } from '../src/services/retire.js';
import { addClaim, createSummary, editClaim, getSummary } from '../src/services/summaries.js';
import { trace } from '../src/services/trace.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

describe.each(DIALECTS)('the evidence chain (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;

  /** An ISF entry on one field of an interview's form, citing one quoted passage. */
  const entryOn = async (interview: string, field: string, quote: string, text = `About ${field}.`) => {
    const excerpt = await createExcerpt(t.ctx, { partnershipId: pid, interview, quote });
    const existing = await t.store.isfs.byInterview((await t.store.interviews.byCode(pid, interview))!.id);
    const isfId = existing?.id ?? (await createIsf(t.ctx, pid, interview)).isf.id;
    const entry = await writeEntry(t.ctx, { isfId, field, text, cite: [{ excerptId: excerpt.id }] });
    return { excerpt, entry, isfId };
  };

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
  });
  afterEach(() => t.close());

  it('traces a finding through claims and ISF entries to passages, recording agreement and disagreement', async () => {
    const teacher1 = await entryOn('T01-0910', 'work_with_school_leaders', 'Maybe twice this year', 'Observed about twice this year.');
    const principal = await entryOn('P01-0910', 'observation_and_feedback', 'I am in math classrooms every week', 'Reports weekly observation.');
    const school = await createSummary(t.ctx, {
      partnershipId: pid,
      kind: 'school',
      district: 'Northfield District',
      cycle: '2009-10',
      school: 'Maple Middle School',
    });
    const claim = await addClaim(t.ctx, {
      summaryId: school.id,
      text: 'School leaders rarely observe mathematics teaching, by the teachers’ account.',
      cite: [
        { entryId: teacher1.entry.id, stance: 'supports' },
        { entryId: principal.entry.id, stance: 'contradicts' },
      ],
    });
    expect(claim.triangulation).toMatchObject({ status: 'contested', roleGroups: ['school_leader', 'teacher'] });
    expect(claim.triangulation.agreeing.map((a) => a.pseudonym)).toEqual(['Ms. Rivera']);
    expect(claim.triangulation.disagreeing.map((a) => a.pseudonym)).toEqual(['Principal Gray']);

    const finding = await addFinding(t.ctx, {
      partnershipId: pid,
      district: 'Northfield District',
      cycle: '2009-10',
      text: 'Principals are not yet observing.',
      cite: [{ claimId: claim.claim.id }],
    });
    const tr = await trace(t.ctx, finding.finding.id);
    expect(tr.issues).toEqual([]);
    expect(tr.passages.map((p) => [p.interviewCode, p.role, p.pseudonym, p.quote])).toEqual([
      ['T01-0910', 'teacher', 'Ms. Rivera', 'Maybe twice this year'],
      ['P01-0910', 'school_leader', 'Principal Gray', 'I am in math classrooms every week'],
    ]);
    const claimNode = tr.root.children[0]!;
    expect(claimNode.children.map((n) => n.stance)).toEqual(['supports', 'contradicts']);
    expect(await checkPartnership(t.ctx, pid)).toEqual([]);
  });

  it('keeps each level within its scope: a school summary cites only its school, a finding only its district and cycle', async () => {
    const otherSchool = await entryOn('T03-0910', 'vision_of_instruction', 'tangerine problem');
    const school = await createSummary(t.ctx, {
      partnershipId: pid,
      kind: 'school',
      district: 'Northfield District',
      cycle: '2009-10',
      school: 'Maple Middle School',
    });
    await rejects(addClaim(t.ctx, { summaryId: school.id, text: 'x', cite: [{ entryId: otherSchool.entry.id }] }), 'invalid', /another school/);
    expect((await t.store.summaries.claims(school.id)).length).toBe(0);

    const coaches = await createSummary(t.ctx, { partnershipId: pid, kind: 'role_group', district: 'Northfield District', cycle: '2009-10', role: 'coach' });
    await rejects(
      addClaim(t.ctx, { summaryId: coaches.id, text: 'x', cite: [{ entryId: otherSchool.entry.id }] }),
      'invalid',
      /teacher, not the summary's role group/,
    );

    const later = await entryOn('T01-1011', 'collaboration', 'student work to the Tuesday meeting');
    await rejects(addClaim(t.ctx, { summaryId: school.id, text: 'x', cite: [{ entryId: later.entry.id }] }), 'invalid', /another cycle/);

    // An ISF entry cites only passages of its own interview.
    const elsewhere = await createExcerpt(t.ctx, { partnershipId: pid, interview: 'P01-0910', turn: 1 });
    await rejects(cite(t.ctx, { citingId: otherSchool.entry.id, citedId: elsewhere.id }), 'invalid', /its own interview/);
    // Levels are fixed: a claim cites ISF entries, not excerpts.
    const teachers = await createSummary(t.ctx, { partnershipId: pid, kind: 'role_group', district: 'Northfield District', cycle: '2009-10', role: 'teacher' });
    const claim = await addClaim(t.ctx, { summaryId: teachers.id, text: 'Visions vary.', cite: [{ entryId: otherSchool.entry.id }] });
    await rejects(cite(t.ctx, { citingId: claim.claim.id, citedId: elsewhere.id }), 'invalid', /cites ISF entrys|cites ISF entries|is not one/);
    await rejects(
      addFinding(t.ctx, { partnershipId: pid, district: 'Northfield District', cycle: '2010-11', text: 'x', cite: [{ claimId: claim.claim.id }] }),
      'invalid',
      /another cycle/,
    );
    expect(await t.store.findings.list(pid)).toEqual([]);
  });

  it('lists broken chains: nothing cited, retired evidence, and what rests on them', async () => {
    const { excerpt, entry } = await entryOn('T01-0910', 'collaboration', 'mostly about the pacing calendar');
    const school = await createSummary(t.ctx, {
      partnershipId: pid,
      kind: 'school',
      district: 'Northfield District',
      cycle: '2009-10',
      school: 'Maple Middle School',
    });
    const claim = await addClaim(t.ctx, { summaryId: school.id, text: 'Meetings are about pacing.', cite: [{ entryId: entry.id }] });
    const unsupported = await addClaim(t.ctx, { summaryId: school.id, text: 'A claim with no evidence yet.' });
    const finding = await addFinding(t.ctx, {
      partnershipId: pid,
      district: 'Northfield District',
      cycle: '2009-10',
      text: 'Collaboration is about pacing.',
      cite: [{ claimId: claim.claim.id }],
    });
    expect((await checkPartnership(t.ctx, pid)).map((i) => [i.id, i.severity])).toEqual([[unsupported.claim.id, 'broken']]);

    await retire(t.ctx, excerpt.id, 'mis-transcribed passage');
    const issues = await checkPartnership(t.ctx, pid);
    expect(issues.map((i) => [i.kind, i.id])).toEqual([
      ['finding', finding.finding.id],
      ...[claim.claim.id, unsupported.claim.id].sort().map((id) => ['claim', id]),
      ['isfEntry', entry.id],
    ]);
    expect(issues.every((i) => i.severity === 'broken')).toBe(true);
    expect(issues.find((i) => i.id === entry.id)!.reasons[0]).toMatch(/was retired/);
    expect(issues.find((i) => i.id === finding.finding.id)!.reasons[0]).toMatch(/whose chain is broken/);

    // Retiring is kept in the record with its reason; retiring twice is refused.
    expect((await history(t.ctx, excerpt.id)).at(-1)).toMatchObject({ action: 'excerpt.retire', reason: 'mis-transcribed passage', actor: 'analyst@test' });
    await rejects(retire(t.ctx, excerpt.id, 'again'), 'invalid', /already retired/);
    await rejects(retire(t.ctx, excerpt.id, '  '), 'invalid', /say why/);
  });

  it('never loses either analyst’s work when two edit the same entry', async () => {
    const { entry, isfId } = await entryOn('T01-0910', 'collaboration', 'mostly about the pacing calendar', 'First draft.');
    const second = { ...t.ctx, actor: 'second@test' };
    // Replacing text without saying which version it was written on is refused, with the current text.
    const blind = await writeEntry(second, { isfId, field: 'collaboration', text: 'Blind overwrite.' }).catch((e: WarrantError) => e);
    expect(blind).toBeInstanceOf(WarrantError);
    expect((blind as WarrantError).code).toBe('conflict');
    expect((blind as WarrantError).message).toMatch(/version 1: say which version/);
    expect((blind as WarrantError).details).toMatchObject({ current: { text: 'First draft.' } });
    // Saving the same text changes nothing: no new version, nothing in the history.
    expect((await writeEntry(second, { isfId, field: 'collaboration', text: 'First draft.' })).version).toBe(1);
    await writeEntry(t.ctx, { isfId, field: 'collaboration', text: 'Analyst one’s revision.', expectedVersion: 1 });
    const error = await writeEntry(second, { isfId, field: 'collaboration', text: 'Analyst two’s revision.', expectedVersion: 1 }).catch(
      (e: WarrantError) => e,
    );
    expect(error).toBeInstanceOf(WarrantError);
    expect((error as WarrantError).code).toBe('conflict');
    expect((error as WarrantError).details).toMatchObject({ currentVersion: 2, current: { text: 'Analyst one’s revision.', updatedBy: 'analyst@test' } });
    // Merged and saved on the current version.
    await writeEntry(second, { isfId, field: 'collaboration', text: 'Merged revision.', expectedVersion: 2, reason: 'merged both edits' });
    const changes = await history(t.ctx, entry.id);
    // The entry's history holds the passage it cited too.
    expect(changes.map((c) => [c.action, c.actor, c.version])).toEqual([
      ['isf_entry.create', 'analyst@test', 1],
      ['citation.create', 'analyst@test', null],
      ['isf_entry.update', 'analyst@test', 2],
      ['isf_entry.update', 'second@test', 3],
    ]);
    expect(changes[3]!.data).toEqual({ from: 'Analyst one’s revision.', to: 'Merged revision.' });

    const claimSummary = await createSummary(t.ctx, {
      partnershipId: pid,
      kind: 'school',
      district: 'Northfield District',
      cycle: '2009-10',
      school: 'Maple Middle School',
    });
    const claim = await addClaim(t.ctx, { summaryId: claimSummary.id, text: 'v1', cite: [{ entryId: entry.id }] });
    await editClaim(t.ctx, { claimId: claim.claim.id, text: 'v2', expectedVersion: 1 });
    await rejects(editClaim(second, { claimId: claim.claim.id, text: 'stale', expectedVersion: 1 }), 'conflict', /changed by someone else/);
  });

  it("customises a district's ISF template in versions, keeping entries on retired fields", async () => {
    const target = { partnershipId: pid, role: 'teacher', districtId: (await t.store.organizations.find(pid, 'district', 'Northfield District'))!.id };
    const before = await effectiveTemplate(t.ctx, pid, 'teacher', target.districtId);
    expect(before.template.district_id).toBeNull();
    const { isfId } = await entryOn('T01-0910', 'struggling_students', 'We rarely look at student work together');

    const added = await addField(
      t.ctx,
      target,
      { label: 'Use of the new curriculum map', guidance: 'How the map is used in planning.' },
      { reason: 'district asked for it' },
    );
    expect(added.template.district_id).toBe(target.districtId);
    expect(added.template.version).toBe(2);
    const renamed = await renameField(t.ctx, target, 'collaboration', 'Collaboration with colleagues');
    const retired = await retireField(t.ctx, target, 'struggling_students', { reason: 'covered by the intervention study' });
    expect(retired.template.version).toBe(4);
    expect(renamed.fields.find((f) => f.key === 'collaboration')!.label).toBe('Collaboration with colleagues');
    await rejects(addField(t.ctx, target, { label: 'Use of the new curriculum map' }), 'invalid', /already has a field/);
    await rejects(addField(t.ctx, target, { label: 'Another' }, { expectedVersion: 2 }), 'conflict', /version 2/);

    // The default template is untouched; the form started before keeps its template and its entry.
    expect((await effectiveTemplate(t.ctx, pid, 'teacher', null)).fields.map((f) => f.key)).toEqual(before.fields.map((f) => f.key));
    const oldForm = await getIsf(t.ctx, isfId);
    expect(oldForm.fields.find((f) => f.field.key === 'struggling_students')!.entry).not.toBeNull();
    // A new form of the district uses the district's template: the new field, not the retired one.
    const fresh = await createIsf(t.ctx, pid, 'T02-0910');
    const keys = fresh.fields.map((f) => f.field.key);
    expect(keys).toContain('use_of_the_new_curriculum_map');
    expect(keys).not.toContain('struggling_students');
    await rejects(writeEntry(t.ctx, { isfId: fresh.isf.id, field: 'struggling_students', text: 'x' }), 'invalid', /was retired/);
  });

  it('counts retired evidence neither for completing an ISF nor as an account in triangulation', async () => {
    const { excerpt, isfId } = await entryOn('T01-0910', 'collaboration', 'mostly about the pacing calendar');
    await retire(t.ctx, excerpt.id, 'wrong passage');
    await rejects(setIsfStatus(t.ctx, isfId, 'complete'), 'invalid', /only retired ones\): collaboration/);

    const teacher = await entryOn('T02-0910', 'work_with_coach', 'Coach Patel co-taught the ratio unit with me');
    const coach = await entryOn('C01-0910', 'work_with_teachers', 'Every Monday');
    const school = await createSummary(t.ctx, {
      partnershipId: pid,
      kind: 'school',
      district: 'Northfield District',
      cycle: '2009-10',
      school: 'Maple Middle School',
    });
    const claim = await addClaim(t.ctx, {
      summaryId: school.id,
      text: 'The coach works with teachers.',
      cite: [{ entryId: teacher.entry.id }, { entryId: coach.entry.id }],
    });
    expect(claim.triangulation.status).toBe('corroborated');
    await retire(t.ctx, coach.entry.id, 'misread the interview');
    const after = (await getSummary(t.ctx, school.id)).claims[0]!;
    expect(after.evidence).toHaveLength(2);
    expect(after.triangulation).toMatchObject({ status: 'single account', agreeing: [expect.objectContaining({ pseudonym: 'Mr. Osei' })] });
  });

  it('completes an ISF only when every entry cites its passages', async () => {
    const { isfId } = await entryOn('T01-0910', 'collaboration', 'mostly about the pacing calendar');
    await writeEntry(t.ctx, { isfId, field: 'accountability', text: 'To the principal.' });
    await rejects(setIsfStatus(t.ctx, isfId, 'complete'), 'invalid', /accountability/);
    await retire(
      t.ctx,
      (await t.store.isfs.liveEntry(isfId, (await getIsf(t.ctx, isfId)).fields.find((f) => f.field.key === 'accountability')!.field.id))!.id,
      'no evidence',
    );
    expect((await setIsfStatus(t.ctx, isfId, 'complete')).isf.status).toBe('complete');
  });
});
