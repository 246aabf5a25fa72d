import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeCodes } from '../src/services/codebook.js';
import { addMemo, editMemo, memoById, memosOf } from '../src/services/memos.js';
import { retire } from '../src/services/retire.js';
import { codedBundle } from './support/coding-fixture.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

const refusal = async (work: Promise<unknown>) => {
  const e = (await work.then(
    () => null,
    (x: unknown) => x,
  )) as { code: string; message: string; details?: { field?: string; currentVersion?: number } } | null;
  expect(e, 'refused').not.toBeNull();
  return { code: e!.code, field: e!.details?.field, message: e!.message, currentVersion: e!.details?.currentVersion };
};

describe.each(DIALECTS)('memos (%s)', (dialect) => {
  let t: TestDatabase;
  let f: Awaited<ReturnType<typeof codedBundle>>;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    f = await codedBundle(t);
  });
  afterEach(() => t.close());

  const titles = (memos: { row: { title: string } }[]) => memos.map((m) => m.row.title).sort();

  it('writes memos on each kind of subject, found by ID or by code and name, and free-standing ones, authored and dated', async () => {
    const onCode = await addMemo(t.ctx, {
      partnershipId: f.pid,
      subjectKind: 'code',
      subject: 'pacing',
      title: 'Pacing vs. planning',
      text: 'Teachers say pacing when they mean the calendar.',
    });
    expect(onCode.subject).toEqual({ kind: 'code', id: f.codes.Pacing, label: 'code Pacing' });
    expect(onCode.row).toMatchObject({ created_by: 'lead@example.org', version: 1, created_at: expect.stringMatching(/^\d{4}-/) });
    const onCoding = await addMemo(t.ctx, { partnershipId: f.pid, subject: f.codings.e4B, title: 'Coded twice', text: 'Both codes fit.' });
    expect(onCoding.subject).toMatchObject({ kind: 'coding', label: 'coding Pacing in C01-0910' });
    const onPassage = await addMemo(t.ctx, { partnershipId: f.pid, subject: f.passages.e1!, title: 'Tuesday meetings', text: 'Only about pacing.' });
    expect(onPassage.subject).toMatchObject({ kind: 'excerpt', label: expect.stringMatching(/^passage of T01-0910: “grade-level team/) });
    const onInterview = await addMemo(t.ctx, {
      partnershipId: f.pid,
      subjectKind: 'interview',
      subject: 'T01-1011',
      title: 'Student work now',
      text: 'A change since last year.',
    });
    expect(onInterview.subject).toMatchObject({ kind: 'interview', label: 'interview T01-1011' });
    const onCase = await addMemo(t.ctx, {
      partnershipId: f.pid,
      subjectKind: 'case',
      subject: 'T01',
      title: 'Ms. Rivera across years',
      text: 'Learning walks come up in both.',
    });
    expect(onCase.subject).toMatchObject({ kind: 'participant', label: 'participant T01' });
    const free = await addMemo(t.ctx, { partnershipId: f.pid, title: 'Emerging theme: time', text: 'Everyone talks about time.' });
    expect(free.subject).toBeNull();
    expect((await t.store.audit.forEntity(free.row.id)).map((a) => a.action)).toEqual(['memo.create']);

    expect(titles(await memosOf(t.ctx, f.pid))).toHaveLength(6);
    expect(titles(await memosOf(t.ctx, f.pid, { subjectKind: 'interview' }))).toEqual(['Student work now']);
    expect(titles(await memosOf(t.ctx, f.pid, { subjectKind: 'none' }))).toEqual(['Emerging theme: time']);
    expect(titles(await memosOf(t.ctx, f.pid, { subject: f.codes.Pacing! }))).toEqual(['Pacing vs. planning']);
    expect(titles(await memosOf(t.ctx, f.pid, { subjectKind: 'participant', subject: 'T01' }))).toEqual(['Ms. Rivera across years']);

    expect(await refusal(addMemo(t.ctx, { partnershipId: f.pid, subjectKind: 'interview', subject: 'X99', title: 'x', text: '' }))).toMatchObject({
      code: 'not_found',
      message: 'interview "X99" does not exist',
    });
    expect(await refusal(addMemo(t.ctx, { partnershipId: f.pid, subject: 'fnd_0000000000000000', title: 'x', text: '' }))).toMatchObject({ field: 'subject' });
    expect(await refusal(addMemo(t.ctx, { partnershipId: f.pid, subjectKind: 'finding', subject: 'x', title: 'x', text: '' }))).toMatchObject({
      field: 'subjectKind',
    });
    expect(await refusal(addMemo(t.ctx, { partnershipId: f.pid, title: ' ', text: 'no title' }))).toMatchObject({ field: 'title' });
    expect(await refusal(addMemo(t.ctx, { partnershipId: f.pid, subject: 'T01', title: 'x', text: '' }))).toMatchObject({ field: 'subject' });
    expect(await t.store.db.selectFrom('memo').select('id').execute()).toHaveLength(6);
  });

  it('refuses a subject of another partnership as one that does not exist', async () => {
    const other = await t.store.db.selectFrom('partnership').select('id').where('id', '!=', f.pid).executeTakeFirst();
    const { createPartnership } = await import('../src/services/partnerships.js');
    const elsewhere = other ?? (await createPartnership(t.ctx, 'Elsewhere'));
    expect(await refusal(addMemo(t.ctx, { partnershipId: elsewhere.id, subject: f.codes.Pacing!, title: 'x', text: '' }))).toMatchObject({ code: 'not_found' });
  });

  it('edits a memo as its next version with the version it was made on, audited with the reason, and keeps its history; retired memos leave the list', async () => {
    const m = await addMemo(t.ctx, { partnershipId: f.pid, subject: f.codes.Collaboration!, title: 'Collaboration', text: 'First thoughts.' });
    expect(await refusal(editMemo(t.ctx, { id: m.row.id, text: 'Second' }))).toMatchObject({ code: 'conflict', currentVersion: 1 });
    const edited = await editMemo(t.ctx, { id: m.row.id, text: 'Second thoughts: grade-level teams.', expectedVersion: 1, reason: 'after coding C01' });
    expect(edited.row).toMatchObject({ version: 2, title: 'Collaboration', text: 'Second thoughts: grade-level teams.' });
    expect(await refusal(editMemo(t.ctx, { id: m.row.id, title: 'Stale', expectedVersion: 1 }))).toMatchObject({ code: 'conflict', currentVersion: 2 });
    const shown = await memoById(t.ctx, m.row.id);
    expect(shown.history.map((h) => [h.action, h.version, h.reason])).toEqual([
      ['memo.create', 1, null],
      ['memo.update', 2, 'after coding C01'],
    ]);
    expect(shown.history[1]!.data).toEqual({ from: { text: 'First thoughts.' }, to: { text: 'Second thoughts: grade-level teams.' } });

    await retire(t.ctx, m.row.id, 'folded into the codebook definition');
    expect(await memosOf(t.ctx, f.pid)).toEqual([]);
    expect((await memosOf(t.ctx, f.pid, { includeRetired: true })).map((x) => x.row.retired_reason)).toEqual(['folded into the codebook definition']);
    expect(await refusal(editMemo(t.ctx, { id: m.row.id, text: 'x', expectedVersion: 2 }))).toMatchObject({ message: expect.stringContaining('was retired') });
  });

  it('searches title and text with the transcript query language: words, phrases, prefixes, OR and left-out words', async () => {
    await addMemo(t.ctx, { partnershipId: f.pid, title: 'Learning walks', text: 'Principals observe lessons with a supervisor.' });
    await addMemo(t.ctx, { partnershipId: f.pid, title: 'Coach cycles', text: 'The coach co-plans launches; walks are rare.' });
    await addMemo(t.ctx, { partnershipId: f.pid, subject: f.codes.Pacing!, title: 'Pacing', text: 'The calendar rules the Tuesday meeting.' });
    const search = async (q: string) => titles(await memosOf(t.ctx, f.pid, { q }));
    expect(await search('"learning walks"')).toEqual(['Learning walks']);
    expect(await search('walks')).toEqual(['Coach cycles', 'Learning walks']);
    expect(await search('walks -coach')).toEqual(['Learning walks']);
    expect(await search('observ*')).toEqual(['Learning walks']);
    expect(await search('calendar OR supervisor')).toEqual(['Learning walks', 'Pacing']);
    expect(await search('tuesday calendar')).toEqual(['Pacing']);
    expect(titles(await memosOf(t.ctx, f.pid, { q: 'walks', subjectKind: 'none' }))).toEqual(['Coach cycles', 'Learning walks']);
    expect(await refusal(memosOf(t.ctx, f.pid, { q: '-walks' }))).toMatchObject({ field: 'q' });
  });

  it('keeps the memos of a merged code reachable from the code it was merged into, saying which code they were written on', async () => {
    const onPacing = await addMemo(t.ctx, { partnershipId: f.pid, subject: f.codes.Pacing!, title: 'Pacing vs. planning', text: 'The calendar.' });
    await addMemo(t.ctx, { partnershipId: f.pid, subject: f.codes.Observation!, title: 'Who observes', text: 'Principals, twice a year.' });
    await addMemo(t.ctx, { partnershipId: f.pid, subject: f.codes.Collaboration!, title: 'Teams', text: 'Grade-level teams.' });
    const onCoding = await addMemo(t.ctx, { partnershipId: f.pid, subject: f.codings.e2B, title: 'Calendar named', text: 'Only named.' });
    // Observation into Pacing, then Pacing into Collaboration: the memos of both follow to Collaboration.
    await mergeCodes(t.ctx, { sourceId: f.codes.Observation!, targetId: f.codes.Pacing!, expectedVersion: 1, reason: 'observation is about pacing here' });
    expect(titles(await memosOf(t.ctx, f.pid, { subject: f.codes.Pacing! }))).toEqual(['Pacing vs. planning', 'Who observes']);
    await mergeCodes(t.ctx, { sourceId: f.codes.Pacing!, targetId: f.codes.Collaboration!, expectedVersion: 1, reason: 'one code for the team meeting' });

    const reached = await memosOf(t.ctx, f.pid, { subject: f.codes.Collaboration! });
    expect(titles(reached)).toEqual(['Pacing vs. planning', 'Teams', 'Who observes']);
    expect(titles(await memosOf(t.ctx, f.pid, { subjectKind: 'code', subject: 'collaboration' }))).toEqual(titles(reached));
    // Each still names the code it was written on, and where that code went.
    expect(reached.find((m) => m.row.id === onPacing.row.id)!.subject).toEqual({
      kind: 'code',
      id: f.codes.Pacing,
      label: 'code Pacing (merged into Collaboration)',
    });
    // Nothing about the memos was changed to get there: each is at its first version, on its own subject.
    expect((await memoById(t.ctx, onPacing.row.id)).row).toMatchObject({ version: 1, subject_id: f.codes.Pacing });
    // The coding recoded by the merge keeps its memo, now a coding of the surviving code.
    expect((await memoById(t.ctx, onCoding.row.id)).subject).toMatchObject({ kind: 'coding', id: f.codings.e2B, label: 'coding Collaboration in T01-0910' });
    // The merged code's own memos stay where they were written.
    expect(titles(await memosOf(t.ctx, f.pid, { subject: f.codes.Observation! }))).toEqual(['Who observes']);
  });
});
