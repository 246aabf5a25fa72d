import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAccount } from '../src/services/accounts.js';
import { addArtifact } from '../src/services/artifacts.js';
import { codePassage, codingsOfArtifact, codingsOfInterview, recode, uncode } from '../src/services/codings.js';
import { NOT_RETIRED, type ServiceContext } from '../src/services/context.js';
import { createExcerpt } from '../src/services/excerpts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { createPartnership } from '../src/services/partnerships.js';
import { trace } from '../src/services/trace.js';
import { createIsf, writeEntry } from '../src/services/isfs.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

describe.each(DIALECTS)('coding passages (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  let ana: ServiceContext;
  let ben: ServiceContext;
  const codes: Record<string, string> = {};

  const addCode = async (partnershipId: string, name: string, colour: string, retired = false) => {
    const id = t.ctx.ids.next('code');
    const at = '2010-02-01T00:00:00.000Z';
    await t.store.codes.insert({
      id,
      partnership_id: partnershipId,
      parent_id: null,
      name,
      definition: `${name}, as the team defines it`,
      inclusion: '',
      exclusion: '',
      example: '',
      colour,
      position: Object.keys(codes).length,
      merged_into_id: null,
      split_from_id: null,
      version: 1,
      created_by: 'lead@test',
      created_at: at,
      updated_by: 'lead@test',
      updated_at: at,
      ...(retired ? { retired_at: at, retired_by: 'lead@test', retired_reason: 'folded into another' } : NOT_RETIRED),
    });
    return id;
  };

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
    const a = await createAccount(t.ctx, { email: 'ana@example.org', displayName: 'Ana Morales', password: 'ana-password-1234' });
    const b = await createAccount(t.ctx, { email: 'ben@example.org', displayName: 'Ben Okafor', password: 'ben-password-1234' });
    ana = { ...t.ctx, actor: a.id };
    ben = { ...t.ctx, actor: b.id };
    codes.collaboration = await addCode(pid, 'Collaboration', '#1f77b4');
    codes.pacing = await addCode(pid, 'Pacing', '#ff7f0e');
    codes.feedback = await addCode(pid, 'Feedback', '#2ca02c');
    codes.old = await addCode(pid, 'Old code', '#7f7f7f', true);
    const other = await createPartnership(t.ctx, 'Another partnership');
    codes.elsewhere = await addCode(other.id, 'Elsewhere', '#000000');
  });
  afterEach(() => t.close());

  it('codes a selection widened to whole words, a quote and a turn, as excerpts of the one passage identity', async () => {
    const [selected] = await codePassage(ana, { partnershipId: pid, interview: 'T01-0910', quote: 'mostly about the pacing calendar', codes: ['Pacing'] });
    expect(selected).toMatchObject({ codeName: 'Pacing', colour: '#ff7f0e', coderName: 'Ana Morales', quote: 'mostly about the pacing calendar' });
    // The same words selected by offsets, a little inside the first and last words, are the same excerpt.
    const [again] = await codePassage(ana, {
      partnershipId: pid,
      interview: 'T01-0910',
      start: selected!.start + 2,
      end: selected!.end - 3,
      codes: ['Collaboration'],
    });
    expect(again!.excerptId).toBe(selected!.excerptId);
    expect(again!.quote).toBe('mostly about the pacing calendar');
    // An excerpt marked for an ISF entry on the same words is that passage too.
    const cited = await createExcerpt(t.ctx, { partnershipId: pid, interview: 'T01-0910', quote: 'mostly about the pacing calendar' });
    expect(cited.id).toBe(selected!.excerptId);
    // A whole turn, with two codes at once; nested codings and overlapping ones are allowed.
    const turn = await codePassage(ben, { partnershipId: pid, interview: 'T01-0910', turn: 1, codes: [codes.collaboration!, 'pacing'] });
    expect(turn.map((c) => c.codeName)).toEqual(['Collaboration', 'Pacing']);
    expect(turn[0]!.quote).toMatch(/^Our grade-level team meets on Tuesdays/);
    expect(turn[0]!.start).toBeLessThan(selected!.start);
    const listed = await codingsOfInterview(t.ctx, pid, 'T01-0910');
    expect(listed.codings.map((c) => [c.codeName, c.coderName])).toEqual([
      ['Collaboration', 'Ben Okafor'],
      ['Pacing', 'Ben Okafor'],
      ['Pacing', 'Ana Morales'],
      ['Collaboration', 'Ana Morales'],
    ]);
    expect((await codingsOfInterview(t.ctx, pid, 'T01-0910', { code: 'Collaboration' })).codings.map((c) => c.coderName)).toEqual([
      'Ben Okafor',
      'Ana Morales',
    ]);
    const audited = await t.store.db.selectFrom('audit_log').select(['action', 'actor']).where('entity_kind', '=', 'coding').execute();
    expect(audited.filter((a) => a.action === 'coding.create')).toHaveLength(4);
  });

  it('refuses the same code twice on a passage by the same coder, and unknown, retired or foreign codes, writing nothing', async () => {
    await codePassage(ana, { partnershipId: pid, interview: 'T01-0910', quote: 'Maybe twice this year', codes: ['Feedback'] });
    await rejects(
      codePassage(ana, { partnershipId: pid, interview: 'T01-0910', quote: 'Maybe twice this year', codes: ['Pacing', 'Feedback'] }),
      'conflict',
      /already coded this passage with "Feedback"/,
    );
    // Another coder may apply it: each coding is its coder's.
    await codePassage(ben, { partnershipId: pid, interview: 'T01-0910', quote: 'Maybe twice this year', codes: ['Feedback'] });
    await rejects(codePassage(ana, { partnershipId: pid, interview: 'T01-0910', turn: 2, codes: ['Nonsense'] }), 'not_found', /code "Nonsense"/);
    await rejects(codePassage(ana, { partnershipId: pid, interview: 'T01-0910', turn: 2, codes: ['Old code'] }), 'invalid', /"Old code" was retired/);
    await rejects(codePassage(ana, { partnershipId: pid, interview: 'T01-0910', turn: 2, codes: [codes.elsewhere!] }), 'not_found', /code/);
    await rejects(codePassage(ana, { partnershipId: pid, interview: 'T01-0910', turn: 2, codes: [] }), 'invalid', /at least one code/);
    await rejects(codePassage(ana, { partnershipId: pid, interview: 'T01-0910', turn: 99, codes: ['Pacing'] }), 'invalid', /turns 0–/);
    const rows = await t.store.db.selectFrom('coding').select('code_id').execute();
    expect(rows.map((r) => r.code_id).sort()).toEqual([codes.feedback, codes.feedback]);
  });

  it('uncodes and recodes, audited, only by the coder', async () => {
    const [coding] = await codePassage(ana, { partnershipId: pid, interview: 'T01-0910', turn: 3, codes: ['Pacing'] });
    await rejects(recode(ben, coding!.id, { code: 'Feedback', expectedVersion: 1 }), 'forbidden', /Ana Morales's: only its coder/);
    await rejects(recode(ana, coding!.id, { code: 'Feedback' }), 'conflict', /version 1/);
    const recoded = await recode(ana, coding!.id, { code: 'Feedback', expectedVersion: 1, reason: 'about feedback, not pacing' });
    expect(recoded).toMatchObject({ codeName: 'Feedback', version: 2 });
    await rejects(recode(ana, coding!.id, { code: 'Feedback', expectedVersion: 2 }), 'invalid', /already applies "Feedback"/);
    await rejects(uncode(ben, coding!.id, { expectedVersion: 2 }), 'forbidden', /only its coder/);
    await rejects(uncode(ana, coding!.id, {}), 'conflict', /version 2/);
    await rejects(uncode(ana, coding!.id, { expectedVersion: 1 }), 'conflict', /changed by someone else/);
    const gone = await uncode(ana, coding!.id, { expectedVersion: 2, reason: 'not about the principal' });
    expect(gone.retired).toBe(true);
    await rejects(uncode(ana, coding!.id, { expectedVersion: 2 }), 'invalid', /was uncoded/);
    expect((await codingsOfInterview(t.ctx, pid, 'T01-0910')).codings).toEqual([]);
    const trail = await t.store.db.selectFrom('audit_log').select(['action', 'reason']).where('entity_id', '=', coding!.id).orderBy('seq').execute();
    expect(trail).toEqual([
      { action: 'coding.create', reason: null },
      { action: 'coding.recode', reason: 'about feedback, not pacing' },
      { action: 'coding.uncode', reason: 'not about the principal' },
    ]);
    // Coded again after uncoding: a new coding of the same passage.
    await codePassage(ana, { partnershipId: pid, interview: 'T01-0910', turn: 3, codes: ['Feedback'] });
  });

  it('is blind: a coder assigned to an interview sees only their own codings until they mark theirs done', async () => {
    await codePassage(ana, { partnershipId: pid, interview: 'T01-0910', turn: 1, codes: ['Pacing'] });
    await codePassage(ben, { partnershipId: pid, interview: 'T01-0910', turn: 1, codes: ['Collaboration'] });
    const interview = (await t.store.interviews.byCode(pid, 'T01-0910'))!;
    const assign = (coder: string, done: boolean) =>
      t.store.codingAssignments.insert({
        id: t.ctx.ids.next('codingAssignment'),
        partnership_id: pid,
        interview_id: interview.id,
        coder,
        assigned_by: 'lead@test',
        assigned_at: '2010-02-01T00:00:00.000Z',
        done_at: done ? '2010-02-10T00:00:00.000Z' : null,
        ...NOT_RETIRED,
      });
    await assign(ana.actor, false);
    await assign(ben.actor, true);
    const anaSees = await codingsOfInterview(ana, pid, 'T01-0910');
    expect(anaSees.othersShown).toBe(false);
    expect(anaSees.codings.map((c) => c.coderName)).toEqual(['Ana Morales']);
    expect((await codingsOfInterview(ben, pid, 'T01-0910')).codings.map((c) => c.coderName).sort()).toEqual(['Ana Morales', 'Ben Okafor']);
    // Someone not assigned (a lead reconciling) sees everyone's.
    expect((await codingsOfInterview(t.ctx, pid, 'T01-0910')).codings).toHaveLength(2);
  });

  it("codes an artifact's text by offsets or a quote", async () => {
    const text = 'Principals meet the coach every Monday to plan the Learning Walks.\n\nThe walks focus on student discourse.';
    const { artifact } = await addArtifact(t.ctx, {
      partnershipId: pid,
      district: 'Northfield District',
      cycle: '2009-10',
      fileName: 'walks.txt',
      bytes: new TextEncoder().encode(text),
    });
    const [walks] = await codePassage(ana, { partnershipId: pid, artifact: artifact.id, quote: 'plan the Learning Walks', codes: ['Collaboration'] });
    expect(walks).toMatchObject({ artifactId: artifact.id, excerptId: null, quote: 'plan the Learning Walks' });
    const [discourse] = await codePassage(ana, {
      partnershipId: pid,
      artifact: artifact.id,
      start: text.indexOf('walks focus') + 1,
      end: text.indexOf('walks focus') + 9,
      codes: ['Feedback'],
    });
    expect(discourse!.quote).toBe('walks focus');
    await rejects(codePassage(ana, { partnershipId: pid, artifact: artifact.id, turn: 1, codes: ['Pacing'] }), 'invalid', /no turns/);
    await rejects(
      codePassage(ana, { partnershipId: pid, artifact: artifact.id, quote: 'plan the Learning Walks', codes: ['Collaboration'] }),
      'conflict',
      /already coded/,
    );
    expect((await codingsOfArtifact(t.ctx, artifact.id)).map((c) => c.quote)).toEqual(['plan the Learning Walks', 'walks focus']);
    expect((await codingsOfArtifact(t.ctx, artifact.id, { code: 'Feedback' })).map((c) => c.quote)).toEqual(['walks focus']);
  });

  it('shows the codes of each passage in the trace', async () => {
    const [coding] = await codePassage(ana, { partnershipId: pid, interview: 'T01-0910', quote: 'Maybe twice this year', codes: ['Feedback'] });
    const isfId = (await createIsf(t.ctx, pid, 'T01-0910')).isf.id;
    const entry = await writeEntry(t.ctx, {
      isfId,
      field: 'work_with_school_leaders',
      text: 'Observed about twice this year.',
      cite: [{ excerptId: coding!.excerptId! }],
    });
    const traced = await trace(t.ctx, entry.id);
    expect(traced.passages).toHaveLength(1);
    expect(traced.passages[0]!.codes).toEqual([{ codingId: coding!.id, code: 'Feedback', colour: '#2ca02c', coder: 'Ana Morales' }]);
  });
});
