import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { krippendorffAlpha, unitizingAlpha } from '../src/domain/reliability.js';
import { createAccount } from '../src/services/accounts.js';
import { assignInterviews, listAssignments, setAssignmentDone, unassign } from '../src/services/coding-assignments.js';
import { firstVersion, NOT_RETIRED } from '../src/services/context.js';
import { createExcerpt } from '../src/services/excerpts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { grantRole } from '../src/services/memberships.js';
import { codingAgreement, codingDisagreements, listReconciliations, reconcile } from '../src/services/reliability.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { ApiClient, signedIn } from './support/api-client.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

const refusal = async (work: Promise<unknown>) => {
  const e = (await work.then(
    () => null,
    (x: unknown) => x,
  )) as { code: string; message: string; details?: { field?: string } } | null;
  expect(e, 'refused').not.toBeNull();
  return { code: e!.code, field: e!.details?.field, message: e!.message };
};

describe.each(DIALECTS)('double coding and agreement (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  let ana: string;
  let ben: string;
  let olga: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
    const account = async (name: string, role: string) => {
      const a = await createAccount(t.ctx, { email: `${name.toLowerCase()}@example.org`, displayName: name, password: 'correct horse battery staple' });
      await grantRole(t.ctx, { accountId: a.id, partnershipId: pid, role });
      return a.id;
    };
    ana = await account('Ana', 'analyst');
    ben = await account('Ben', 'lead');
    olga = await account('Olga', 'observer');
  });
  afterEach(() => t.close());

  let position = 0;
  async function newCode(name: string): Promise<string> {
    const id = t.ctx.ids.next('code');
    await t.store.codes.insert({
      id,
      partnership_id: pid,
      parent_id: null,
      name,
      definition: '',
      inclusion: '',
      exclusion: '',
      example: '',
      colour: '#336699',
      position: position++,
      merged_into_id: null,
      split_from_id: null,
      ...firstVersion(t.ctx),
      ...NOT_RETIRED,
    });
    return id;
  }

  /** A coding of a whole turn (or of a stretch within the interview's transcript). */
  async function coded(codeId: string, coder: string, interview: string, where: { turn: number } | { start: number; end: number }): Promise<string> {
    const e = await createExcerpt(t.ctx, { partnershipId: pid, interview, ...where });
    const id = t.ctx.ids.next('coding');
    await t.store.codings.insert({
      id,
      partnership_id: pid,
      code_id: codeId,
      coder,
      excerpt_id: e.id,
      interview_id: e.interview_id,
      transcript_id: e.transcript_id,
      artifact_id: null,
      start_offset: e.start_offset,
      end_offset: e.end_offset,
      ...firstVersion(t.ctx),
      ...NOT_RETIRED,
    });
    return id;
  }

  it('assigns interviews to coders who code, keeps an assignment given twice, and lets only the coder mark it done or reopen it', async () => {
    const assigned = await assignInterviews(t.ctx, { partnershipId: pid, interviews: ['T01-0910', 'T02-0910'], coders: [ana, ben] });
    expect(assigned.map((a) => [a.interviewCode, a.coderName, a.doneAt])).toEqual([
      ['T01-0910', 'Ana', null],
      ['T01-0910', 'Ben', null],
      ['T02-0910', 'Ana', null],
      ['T02-0910', 'Ben', null],
    ]);
    expect(await assignInterviews(t.ctx, { partnershipId: pid, interviews: ['T01-0910'], coders: [ana] })).toHaveLength(2);
    expect(await refusal(assignInterviews(t.ctx, { partnershipId: pid, interviews: ['T01-0910'], coders: [olga] }))).toMatchObject({
      code: 'invalid',
      field: 'coders',
      message: expect.stringContaining('Olga is an observer and does not code'),
    });
    expect(await refusal(assignInterviews(t.ctx, { partnershipId: pid, interviews: ['X99'], coders: [ana] }))).toMatchObject({ code: 'not_found' });

    const anaOnT01 = assigned[0]!;
    expect(await refusal(setAssignmentDone(t.ctx, { partnershipId: pid, assignmentId: anaOnT01.id, accountId: ben, done: true }))).toMatchObject({
      code: 'forbidden',
    });
    expect((await setAssignmentDone(t.ctx, { partnershipId: pid, assignmentId: anaOnT01.id, accountId: ana, done: true })).doneAt).not.toBeNull();
    expect((await setAssignmentDone(t.ctx, { partnershipId: pid, assignmentId: anaOnT01.id, accountId: ana, done: false })).doneAt).toBeNull();

    expect(await refusal(unassign(t.ctx, { partnershipId: pid, assignmentId: assigned[3]!.id, reason: ' ' }))).toMatchObject({ field: 'reason' });
    await unassign(t.ctx, { partnershipId: pid, assignmentId: assigned[3]!.id, reason: 'Ben is on leave' });
    expect((await listAssignments(t.ctx, pid, { interview: 'T02-0910' })).map((a) => a.coderName)).toEqual(['Ana']);
    const actions = await t.store.db.selectFrom('audit_log').select('action').where('entity_kind', '=', 'codingAssignment').orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual([
      ...Array(4).fill('coding_assignment.create'),
      'coding_assignment.done',
      'coding_assignment.reopen',
      'coding_assignment.retire',
    ]);
  });

  it('compares the codings of coders who are done, turn by turn, per code and overall, blind for a coder still at work', async () => {
    const pacing = await newCode('pacing');
    const feedback = await newCode('feedback');
    await newCode('unused');
    const assigned = await assignInterviews(t.ctx, { partnershipId: pid, interviews: ['T01-0910', 'T02-0910'], coders: [ana, ben] });
    // T01-0910 has four turns (0–3): Ana applies pacing to turns 1 and 3, Ben to turn 1 only; both feedback to turn 3.
    await coded(pacing, ana, 'T01-0910', { turn: 1 });
    await coded(pacing, ana, 'T01-0910', { turn: 3 });
    await coded(pacing, ben, 'T01-0910', { turn: 1 });
    await coded(feedback, ana, 'T01-0910', { turn: 3 });
    await coded(feedback, ben, 'T01-0910', { turn: 3 });

    // Nobody is done: nothing to compare.
    expect((await codingAgreement(t.ctx, pid)).interviews).toEqual([]);
    for (const a of assigned.filter((a) => a.interviewCode === 'T01-0910'))
      await setAssignmentDone(t.ctx, { partnershipId: pid, assignmentId: a.id, accountId: a.coder, done: true });

    const report = await codingAgreement(t.ctx, pid);
    expect(report.interviews.map((i) => i.code)).toEqual(['T01-0910']);
    expect(report.coders.map((c) => c.name).sort()).toEqual(['Ana', 'Ben']);
    const byName = Object.fromEntries(report.codes.map((c) => [c.code, c]));
    const [first, second] = report.coders.map((c) => c.id) as [string, string];
    const pacingTable = [0, 1, 2, 3].map((turn) => [first, second].map((coder) => ((coder === ana ? [1, 3] : [1]).includes(turn) ? 1 : 0)));
    expect(byName.pacing).toMatchObject({
      units: 4,
      pairableValues: 8,
      disagreements: 1,
      reconciled: 0,
      percentAgreement: 0.75,
      appliedBy: { [ana]: 2, [ben]: 1 },
    });
    expect(byName.pacing!.alpha).toBeCloseTo(krippendorffAlpha(pacingTable, 'nominal').alpha!, 12);
    // κ for two coders: Ana 1,1 on turns 1, 3; Ben 1 on turn 1; table [[2,1],[0,1]] with rows Ana's 0/1 (either order of coders gives the same κ).
    expect(byName.pacing!.kappa).toBeCloseTo(0.5, 12);
    expect(byName.feedback).toMatchObject({ alpha: 1, kappa: 1, percentAgreement: 1, disagreements: 0 });
    expect(byName.unused).toMatchObject({ alpha: null, kappa: null, percentAgreement: 1, units: 4 });
    expect(byName.pacing!.unitizingAlpha).not.toBeNull();
    const transcript = (await t.store.transcripts.current(report.interviews[0]!.id))!;
    const turns = await t.store.transcripts.turns(transcript.id);
    const whole = (n: number) => ({ start: turns[n]!.text_offset, end: turns[n]!.end_offset });
    expect(byName.pacing!.unitizingAlpha).toBeCloseTo(
      unitizingAlpha([
        {
          length: transcript.length,
          coders: [
            { coder: ana, segments: [whole(1), whole(3)] },
            { coder: ben, segments: [whole(1)] },
          ],
        },
      ]).alpha!,
      12,
    );
    // Overall: the 12 code × turn units pooled.
    const pooled = [...pacingTable, [0, 0], [0, 0], [0, 0], [1, 1], [0, 0], [0, 0], [0, 0], [0, 0]];
    expect(report.overall.units).toBe(12);
    expect(report.overall.alpha).toBeCloseTo(krippendorffAlpha(pooled, 'nominal').alpha!, 12);

    // Ana reopens her coding of T01-0910: she no longer sees its agreement, nor does anyone count her codings on it.
    await setAssignmentDone(t.ctx, { partnershipId: pid, assignmentId: assigned[0]!.id, accountId: ana, done: false });
    expect((await codingAgreement(t.ctx, pid, { viewer: ana })).interviews).toEqual([]);
    expect((await codingDisagreements(t.ctx, pid, { viewer: ana })).total).toBe(0);
    expect((await codingAgreement(t.ctx, pid)).interviews).toEqual([]);
  });

  it('lists disagreements side by side and records who decided each and why', async () => {
    const pacing = await newCode('pacing');
    const assigned = await assignInterviews(t.ctx, { partnershipId: pid, interviews: ['T01-0910'], coders: [ana, ben] });
    await coded(pacing, ana, 'T01-0910', { turn: 1 });
    const anas = await coded(pacing, ana, 'T01-0910', { turn: 3 });
    await coded(pacing, ben, 'T01-0910', { turn: 1 });
    for (const a of assigned) await setAssignmentDone(t.ctx, { partnershipId: pid, assignmentId: a.id, accountId: a.coder, done: true });

    const { total, disagreements } = await codingDisagreements(t.ctx, pid, { code: pacing });
    expect(total).toBe(1);
    expect(disagreements[0]).toMatchObject({
      interviewCode: 'T01-0910',
      code: 'pacing',
      turnSeq: 3,
      speaker: 'Ms. Rivera',
      text: expect.stringContaining('purple giraffe'),
      applied: [{ coder: ana, name: 'Ana', codings: [{ id: anas }] }],
      notApplied: [{ coder: ben, name: 'Ben' }],
      reconciliation: null,
    });

    const base = { partnershipId: pid, interview: 'T01-0910', codeId: pacing, turnSeq: 3, decidedBy: ben };
    expect(await refusal(reconcile(t.ctx, { ...base, decision: 'applied', reason: '' }))).toMatchObject({ field: 'reason' });
    expect(await refusal(reconcile(t.ctx, { ...base, decision: 'maybe', reason: 'x' }))).toMatchObject({ field: 'decision' });
    expect(await refusal(reconcile(t.ctx, { ...base, turnSeq: 9, decision: 'applied', reason: 'x' }))).toMatchObject({ field: 'turnSeq' });
    expect(await refusal(reconcile(t.ctx, { ...base, decision: 'not_applied', codingId: anas, reason: 'x' }))).toMatchObject({ field: 'codingId' });
    const decided = await reconcile(t.ctx, { ...base, decision: 'applied', reason: 'She describes the pacing calendar driving the lesson.' });
    expect(decided).toMatchObject({ decision: 'applied', codingId: anas, decidedBy: ben, decidedByName: 'Ben', turnSeq: 3 });

    const after = await codingDisagreements(t.ctx, pid);
    expect(after.disagreements[0]!.reconciliation).toMatchObject({ id: decided.id, reason: 'She describes the pacing calendar driving the lesson.' });
    expect((await codingAgreement(t.ctx, pid)).codes[0]).toMatchObject({ disagreements: 1, reconciled: 1 });
    expect(await listReconciliations(t.ctx, pid)).toHaveLength(1);
    const entry = await t.store.db.selectFrom('audit_log').select(['action', 'reason']).where('entity_id', '=', decided.id).execute();
    expect(entry).toEqual([{ action: 'reconciliation.create', reason: 'She describes the pacing calendar driving the lesson.' }]);

    // A decision changes no coding: none is added, none recoded or retired, whichever the decision.
    const codingsNow = () => t.store.db.selectFrom('coding').select(['id', 'code_id', 'version', 'retired_at']).orderBy('id').execute();
    const before = await codingsNow();
    expect(before).toHaveLength(3);
    const kept = await reconcile(t.ctx, { ...base, turnSeq: 1, decision: 'applied', reason: 'Both coded it; kept as it is.' });
    expect(kept).toMatchObject({ decision: 'applied', turnSeq: 1, codingId: expect.stringMatching(/^cdg_/) });
    const dropped = await reconcile(t.ctx, { ...base, decision: 'not_applied', reason: 'Read again: the calendar is named, not discussed.' });
    expect(await codingsNow()).toEqual(before);
    const audited = await t.store.db
      .selectFrom('audit_log')
      .select(['entity_id', 'action', 'reason', 'actor'])
      .where('entity_kind', '=', 'reconciliation')
      .orderBy('seq')
      .execute();
    expect(audited).toEqual([
      { entity_id: decided.id, action: 'reconciliation.create', reason: 'She describes the pacing calendar driving the lesson.', actor: 'lead@example.org' },
      { entity_id: kept.id, action: 'reconciliation.create', reason: 'Both coded it; kept as it is.', actor: 'lead@example.org' },
      { entity_id: dropped.id, action: 'reconciliation.create', reason: 'Read again: the calendar is named, not discussed.', actor: 'lead@example.org' },
    ]);
    expect(await t.store.db.selectFrom('audit_log').select('action').where('entity_kind', '=', 'coding').execute()).toEqual([]);
    // The latest decision on a unit is the one in force; the earlier ones stay listed.
    expect((await codingDisagreements(t.ctx, pid)).disagreements[0]!.reconciliation).toMatchObject({ id: dropped.id, decision: 'not_applied' });
    expect((await listReconciliations(t.ctx, pid)).map((r) => r.id)).toEqual([decided.id, kept.id, dropped.id]);

    // A coder still at work on the interview may not reconcile it.
    await setAssignmentDone(t.ctx, { partnershipId: pid, assignmentId: assigned[0]!.id, accountId: ana, done: false });
    expect(await refusal(reconcile(t.ctx, { ...base, decidedBy: ana, decision: 'not_applied', reason: 'x' }))).toMatchObject({ code: 'forbidden' });
    expect(await listReconciliations(t.ctx, pid, { viewer: ana })).toEqual([]);
    expect(await listReconciliations(t.ctx, pid, { viewer: ben })).toHaveLength(3);
  });

  it('answers the team through the API: assignments, done by the coder only, agreement blind to a coder at work, and a CSV of outside ratings', async () => {
    const pacing = await newCode('pacing');
    const api = createApi({ store: t.store });
    const asAna = await signedIn(api, 'ana@example.org', 'correct horse battery staple');
    const asBen = await signedIn(api, 'ben@example.org', 'correct horse battery staple');
    const asOlga = await signedIn(api, 'olga@example.org', 'correct horse battery staple');
    const base = `/api/partnerships/${pid}`;
    const made = await asBen.send('POST', `${base}/coding-assignments`, { interviews: ['T01-0910'], coders: [ana, ben] });
    expect(made.status).toBe(201);
    expect((await asOlga.send('POST', `${base}/coding-assignments`, { interviews: ['T01-0910'], coders: [ana] })).status).toBe(403);
    await coded(pacing, ana, 'T01-0910', { turn: 1 });
    await coded(pacing, ben, 'T01-0910', { turn: 3 });
    const [anas, bens] = [made.body.find((a: any) => a.coder === ana).id, made.body.find((a: any) => a.coder === ben).id];
    expect((await asBen.send('POST', `${base}/coding-assignments/done`, { assignmentId: anas })).status).toBe(403);
    expect((await asAna.send('POST', `${base}/coding-assignments/done`, { assignmentId: anas })).body.doneAt).not.toBeNull();
    // Ben is still at work: he sees nothing of T01-0910's agreement; Olga, an observer, sees none yet (one coder done).
    expect((await asBen.get(`${base}/reliability/agreement`)).body.interviews).toEqual([]);
    expect((await asBen.send('POST', `${base}/coding-assignments/done`, { assignmentId: bens })).status).toBe(200);
    const agreement = await asOlga.get(`${base}/reliability/agreement`);
    expect(agreement.status).toBe(200);
    expect(agreement.body.codes[0]).toMatchObject({ code: 'pacing', disagreements: 2, units: 4, percentAgreement: 0.5 });
    const listed = await asOlga.get(`${base}/reliability/disagreements?code=${pacing}`);
    expect(listed.body.total).toBe(2);
    expect(
      (
        await asOlga.send('POST', `${base}/reliability/reconciliations`, {
          interview: 'T01-0910',
          codeId: pacing,
          turnSeq: 1,
          decision: 'applied',
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const decided = await asBen.send('POST', `${base}/reliability/reconciliations`, {
      interview: 'T01-0910',
      codeId: pacing,
      turnSeq: 1,
      decision: 'not_applied',
      reason: 'Pacing is named, not discussed.',
    });
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({ decision: 'not_applied', decidedBy: ben, decidedByName: 'Ben', codingId: null });
    expect((await asOlga.get(`${base}/reliability/reconciliations`)).body).toHaveLength(1);

    const csv = (text: string, level: string) =>
      asOlga.request('POST', `/api/reliability?level=${level}&file=ratings.csv`, new TextEncoder().encode(text), { 'content-type': 'text/csv' });
    const good = await csv('A,B,C\n1,1,2\n2,2,2\n3,3,\n', 'interval');
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ file: 'ratings.csv', coders: ['A', 'B', 'C'], units: 3, pairableUnits: 3, pairableValues: 8, kappa: null });
    const bad = await csv('A,B\n1,lots\n', 'ratio');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'ratings.csv, line 2, field "B": column 2: ratio data must be numbers of zero or more; found "lots" (leave the cell blank for a missing value)',
    );
  });

  it('answers each kind of caller as the policy says: the team computes agreement on a CSV, partner leaders and people of no team are refused', async () => {
    const api = createApi({ store: t.store });
    const account = async (email: string, role?: string) => {
      const a = await createAccount(t.ctx, { email, displayName: email, password: 'correct horse battery staple' });
      if (role) await grantRole(t.ctx, { accountId: a.id, partnershipId: pid, role, ...(role === 'partner' && { district: 'Northfield District' }) });
      return signedIn(api, email, 'correct horse battery staple');
    };
    const callers = {
      anonymous: new ApiClient(api),
      analyst: await signedIn(api, 'ana@example.org', 'correct horse battery staple'),
      lead: await signedIn(api, 'ben@example.org', 'correct horse battery staple'),
      observer: await signedIn(api, 'olga@example.org', 'correct horse battery staple'),
      partner: await account('leader@northfield.example', 'partner'),
      'no team': await account('nobody@example.org'),
    };
    const expected = { anonymous: 401, analyst: 200, lead: 200, observer: 200, partner: 403, 'no team': 403 };
    const answers: Record<string, number> = {};
    const agreement: Record<string, number> = {};
    for (const [who, client] of Object.entries(callers)) {
      const r = await client.request('POST', '/api/reliability?level=nominal&file=ratings.csv', new TextEncoder().encode('A,B\n1,1\n2,2\n1,2\n'), {
        'content-type': 'text/csv',
      });
      answers[who] = r.status;
      if (r.status === 200) expect(r.body).toMatchObject({ coders: ['A', 'B'], units: 3, percentAgreement: 2 / 3 });
      else expect(JSON.stringify(r.body)).not.toMatch(/alpha/);
      agreement[who] = (await client.get(`/api/partnerships/${pid}/reliability/agreement`)).status;
    }
    expect(answers).toEqual(expected);
    // Agreement on the partnership's own coding is its team's: an observer reads it, a partner leader never does.
    expect(agreement).toMatchObject({ anonymous: 401, analyst: 200, lead: 200, observer: 200, partner: 403 });
    expect([403, 404]).toContain(agreement['no team']);
  });
});
