import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { checkPartnership } from '../src/services/check.js';
import { cite } from '../src/services/citations.js';
import { createExcerpt } from '../src/services/excerpts.js';
import { addFinding, getFinding } from '../src/services/findings.js';
import { history } from '../src/services/history.js';
import { importBundle } from '../src/services/import-bundle.js';
import { createIsf, getIsf, writeEntry } from '../src/services/isfs.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { uncite } from '../src/services/retire.js';
import { addElement, citeStrategyEvidence, createStrategy, getStrategy } from '../src/services/strategies.js';
import { addClaim, createSummary } from '../src/services/summaries.js';
import { signedIn } from './support/api-client.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

describe.each(DIALECTS)('removing evidence where it was cited (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
  });
  afterEach(() => t.close());

  /** Passage → ISF entry → claim → finding, each citing one thing. */
  async function chain() {
    const excerpt = await createExcerpt(t.ctx, { partnershipId: pid, interview: 'T01-0910', quote: 'mostly about the pacing calendar' });
    const isfId = (await createIsf(t.ctx, pid, 'T01-0910')).isf.id;
    const entry = await writeEntry(t.ctx, { isfId, field: 'collaboration', text: 'Meetings are about pacing.', cite: [{ excerptId: excerpt.id }] });
    const school = await createSummary(t.ctx, {
      partnershipId: pid,
      kind: 'school',
      district: 'Northfield District',
      cycle: '2009-10',
      school: 'Maple Middle School',
    });
    const claim = await addClaim(t.ctx, { summaryId: school.id, text: 'Collaboration is about pacing.', cite: [{ entryId: entry.id }] });
    const finding = await addFinding(t.ctx, {
      partnershipId: pid,
      district: 'Northfield District',
      cycle: '2009-10',
      text: 'Teachers plan pacing together.',
      cite: [{ claimId: claim.claim.id }],
    });
    return { excerpt, isfId, entry, claim: claim.claim, finding: finding.finding };
  }

  it('withdraws a finding’s claim with the reason kept, and the chain check lists the finding left citing nothing', async () => {
    const { claim, finding } = await chain();
    expect(await checkPartnership(t.ctx, pid)).toEqual([]);

    const removed = await uncite(t.ctx, { citingId: finding.id, citedId: claim.id, reason: 'the claim is about coaches, not teachers' });
    expect(removed.kind).toBe('citation');
    expect((await getFinding(t.ctx, finding.id)).evidence).toEqual([]);
    // Nothing is deleted: the citation stays, retired, with who and why.
    expect(await t.store.citations.byId(removed.id)).toMatchObject({
      citing_id: finding.id,
      cited_id: claim.id,
      retired_by: 'analyst@test',
      retired_reason: 'the claim is about coaches, not teachers',
    });
    // The finding's own history tells of it.
    expect((await history(t.ctx, finding.id)).map((h) => [h.action, h.reason])).toEqual([
      ['finding.create', null],
      ['citation.create', null],
      ['citation.retire', 'the claim is about coaches, not teachers'],
    ]);
    const issues = await checkPartnership(t.ctx, pid);
    expect(issues.map((i) => [i.kind, i.id, i.severity, i.reasons])).toEqual([['finding', finding.id, 'broken', ['cites no claim']]]);

    // Cited again, it stands again.
    await cite(t.ctx, { citingId: finding.id, citedId: claim.id });
    expect(await checkPartnership(t.ctx, pid)).toEqual([]);
  });

  it('withdraws a passage from an ISF entry; the entry and what rests on it show as broken', async () => {
    const { excerpt, isfId, entry, claim, finding } = await chain();
    await uncite(t.ctx, { citingId: entry.id, citedId: excerpt.id, reason: 'the passage is about another meeting' });
    const field = (await getIsf(t.ctx, isfId)).fields.find((f) => f.field.key === 'collaboration')!;
    expect(field.evidence).toEqual([]);
    // The passage itself is not retired: other records may still cite it.
    expect((await t.store.excerpts.byId(excerpt.id))!.retired_at).toBeNull();
    const issues = await checkPartnership(t.ctx, pid);
    expect(issues.map((i) => [i.kind, i.id])).toEqual([
      ['finding', finding.id],
      ['claim', claim.id],
      ['isfEntry', entry.id],
    ]);
    expect(issues.find((i) => i.id === entry.id)!.reasons).toEqual(['cites no excerpt']);
    expect(issues.find((i) => i.id === finding.id)!.reasons[0]).toMatch(/whose chain is broken/);
    // The form's history holds the withdrawal with its reason.
    expect((await history(t.ctx, isfId)).at(-1)).toMatchObject({
      action: 'citation.retire',
      reason: 'the passage is about another meeting',
      actor: 'analyst@test',
    });
  });

  it('refuses a removal without a reason, of what is not cited, or twice', async () => {
    const { claim, finding, excerpt } = await chain();
    await rejects(uncite(t.ctx, { citingId: finding.id, citedId: claim.id, reason: '  ' }), 'invalid', /say why/);
    await rejects(uncite(t.ctx, { citingId: finding.id, citedId: excerpt.id, reason: 'wrong' }), 'invalid', /does not cite/);
    await rejects(uncite(t.ctx, { citingId: excerpt.id, citedId: claim.id, reason: 'wrong' }), 'invalid', /not a record that cites/);
    await uncite(t.ctx, { citingId: finding.id, citedId: claim.id, reason: 'not about this' });
    await rejects(uncite(t.ctx, { citingId: finding.id, citedId: claim.id, reason: 'again' }), 'invalid', /already withdrawn/);
    expect((await getFinding(t.ctx, finding.id)).evidence).toEqual([]);
  });

  it('withdraws a passage from a strategy element, kept with its reason', async () => {
    const strategy = await createStrategy(t.ctx, {
      partnershipId: pid,
      district: 'Northfield District',
      cycle: '2009-10',
      name: 'Walks',
      goal: 'Principals observe.',
    });
    const element = await addElement(t.ctx, strategy.strategy.id, {
      kind: 'support',
      supportType: 'organizational_routine',
      description: 'Learning Walks',
      rolesServed: ['school_leader'],
    });
    // A drag that ended inside "supervisor" cites the whole word.
    const d01 = await t.store.transcripts.current((await t.store.interviews.byCode(pid, 'D01-0910'))!.id);
    const text = (await t.store.transcripts.turns(d01!.id)).map((turn) => turn.text).join('\n');
    expect(text).toContain('Learning Walks once a month, with a supervisor.');
    const turn = (await t.store.transcripts.turns(d01!.id)).find((x) => x.text.startsWith('Learning Walks'))!;
    const passage = await createExcerpt(t.ctx, { partnershipId: pid, interview: 'D01-0910', start: turn.text_offset + 15, end: turn.text_offset + 44 });
    expect(passage.quote).toBe('once a month, with a supervisor');
    const evidence = await citeStrategyEvidence(t.ctx, { citingId: element.row.id, citedId: passage.id });

    const removed = await uncite(t.ctx, { citingId: element.row.id, citedId: passage.id, reason: 'about principals, not coaches' });
    expect(removed).toMatchObject({ id: evidence.id, kind: 'strategyEvidence' });
    expect((await getStrategy(t.ctx, strategy.strategy.id)).elements[0]!.evidence).toEqual([]);
    expect(await t.store.strategies.evidenceById(evidence.id)).toMatchObject({ retired_reason: 'about principals, not coaches' });
  });
});

describe('removing evidence over the API, as each kind of caller', () => {
  let t: TestDatabase;
  let api: ReturnType<typeof createApi>;
  let pid: string;
  const as = (who: 'lead' | 'analyst' | 'observer' | 'partner') => signedIn(api, `${who}@demo.warrant.test`, `demo-${who}-password`);

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    api = createApi({ store: t.store, demoMode: true, log: () => {} });
  });
  afterAll(() => t?.close());

  const liveCitations = (kind: 'finding' | 'isfEntry') =>
    t.store.db.selectFrom('citation').selectAll().where('citing_kind', '=', kind).where('retired_at', 'is', null).orderBy('id').execute();

  it('lets analysts and leads remove a finding’s claim, refuses observers and partner leaders, and asks why', async () => {
    const [first, second] = await liveCitations('finding');
    const body = (c: typeof first) => ({ citingId: c!.citing_id, citedId: c!.cited_id, reason: 'cited by mistake' });

    const observer = await (await as('observer')).send('POST', '/api/citation-withdrawals', body(first));
    expect(observer.status).toBe(403);
    const partner = await (await as('partner')).send('POST', '/api/citation-withdrawals', body(first));
    expect(partner.status).toBe(404);
    const noReason = await (await as('analyst')).send('POST', '/api/citation-withdrawals', { ...body(first), reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(/say why/);
    expect((await t.store.citations.byId(first!.id))!.retired_at).toBeNull();

    const analyst = await (await as('analyst')).send('POST', '/api/citation-withdrawals', body(first));
    expect(analyst.status).toBe(200);
    expect(analyst.body).toMatchObject({ id: first!.id, kind: 'citation' });
    expect(await t.store.citations.byId(first!.id)).toMatchObject({ retired_by: 'analyst@demo.warrant.test', retired_reason: 'cited by mistake' });
    const lead = await (await as('lead')).send('POST', '/api/citation-withdrawals', body(second));
    expect(lead.status).toBe(200);
  });

  it('lists a finding left citing no claim in the chain check', async () => {
    const lead = await as('lead');
    const findingId = (await liveCitations('finding'))[0]!.citing_id;
    for (const c of (await liveCitations('finding')).filter((x) => x.citing_id === findingId))
      expect((await lead.send('POST', '/api/citation-withdrawals', { citingId: findingId, citedId: c.cited_id, reason: 'rewriting the finding' })).status).toBe(
        200,
      );
    const check = await lead.get(`/api/partnerships/${pid}/check`);
    expect(check.body.issues).toContainEqual(expect.objectContaining({ id: findingId, kind: 'finding', severity: 'broken', reasons: ['cites no claim'] }));
  });

  it('removes a passage from a strategy element, as analysts may and observers may not', async () => {
    const [evidence] = await t.store.db
      .selectFrom('strategy_evidence')
      .selectAll()
      .where('retired_at', 'is', null)
      .where('citing_id', 'like', 'sel_%')
      .orderBy('id')
      .execute();
    expect(evidence).toBeDefined();
    const body = { citingId: evidence!.citing_id, citedId: evidence!.cited_id, reason: 'filler, not the district’s strategy' };
    expect((await (await as('observer')).send('POST', '/api/citation-withdrawals', body)).status).toBe(403);
    expect((await (await as('partner')).send('POST', '/api/citation-withdrawals', body)).status).toBe(404);
    const done = await (await as('analyst')).send('POST', '/api/citation-withdrawals', body);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ id: evidence!.id, kind: 'strategyEvidence' });
  });

  it('widens offsets that cut a word to the whole word when a passage is cut', async () => {
    const analyst = await as('analyst');
    const interview = (await t.store.interviews.listAll(pid)).find((i) => i.role === 'district_leader')!;
    // A leader's turn whose second and fourth words are plain words of four letters or more.
    const plain = (w: string | undefined) => /^[A-Za-z]{4,}$/.test(w ?? '');
    const turn = (await analyst.get(`/api/interviews/${interview.id}/transcript`)).body.turns.find(
      (x: any) => x.speakerRole === 'participant' && plain(x.text.split(' ')[1]) && plain(x.text.split(' ')[3]),
    );
    const words = (turn.text as string).split(' ');
    // From the middle of the second word to the middle of the fourth.
    const start = turn.textStart + words[0]!.length + 1 + 2;
    const end = turn.textStart + words.slice(0, 3).join(' ').length + 1 + 2;
    const excerpt = await analyst.send('POST', `/api/partnerships/${pid}/excerpts`, { interview: interview.id, start, end });
    expect(excerpt.status).toBe(201);
    expect(excerpt.body.quote).toBe(words.slice(1, 4).join(' '));
  });
});
