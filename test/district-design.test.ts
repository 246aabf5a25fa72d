import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { renderDocx } from '../src/reports/render/docx.js';
import { addArtifact, searchArtifacts } from '../src/services/artifacts.js';
import { writeAssessment } from '../src/services/assessments.js';
import { compareVersions, designDocumentState, designScope, issueVersion, respondToMemberCheck, sendMemberCheck } from '../src/services/design-documents.js';
import { addSupportType, editSupportType, supportTypes } from '../src/services/framework.js';
import { history } from '../src/services/history.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { partnershipProgress } from '../src/services/progress.js';
import { addElement, citeStrategyEvidence, createStrategy, editElement, listStrategies } from '../src/services/strategies.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

const RIVERTON = 'Riverton Unified School District';
const LAKESIDE = 'Lakeside Public Schools';

describe.each(DIALECTS)("districts' strategies, design documents and member checks (%s)", (dialect) => {
  let t: TestDatabase;
  let pid: string;
  const partner = DEMO_ACCOUNTS.find((a) => a.role === 'partner')!;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
  });
  afterAll(() => t?.close());

  /** A passage of an interview of the given role in a district and cycle, cut fresh. */
  async function passage(district: string, role: string, cycle = '2010-11'): Promise<string> {
    const d = (await t.store.organizations.list(pid, 'district')).find((o) => o.name === district)!;
    const c = (await t.store.cycles.byLabel(pid, cycle))!;
    const interview = (await t.store.interviews.listAll(pid)).find((i) => i.district_id === d.id && i.cycle_id === c.id && i.role === role)!;
    const { createExcerpt } = await import('../src/services/excerpts.js');
    return (await createExcerpt(t.ctx, { partnershipId: pid, interview: interview.id, turn: 1 })).id;
  }

  it('starts every partnership on the default framework, refined as new versions with their reasons', async () => {
    const types = await supportTypes(t.ctx, pid);
    expect(types.map((x) => x.key)).toEqual([
      'new_position',
      'learning_event_ongoing',
      'learning_event_discrete',
      'learning_event_incidental',
      'organizational_routine',
      'tool',
    ]);
    const tool = types.find((x) => x.key === 'tool')!;
    await rejects(editSupportType(t.ctx, { id: tool.id, description: 'Protocols and maps.', expectedVersion: tool.version }), 'invalid', /say why/);
    const edited = await editSupportType(t.ctx, {
      id: tool.id,
      description: 'Protocols, maps and data systems.',
      expectedVersion: tool.version,
      reason: 'Team meeting, 2010-11',
    });
    expect(edited.version).toBe(tool.version + 1);
    await rejects(
      editSupportType(t.ctx, { id: tool.id, description: 'Stale edit.', expectedVersion: tool.version, reason: 'x' }),
      'conflict',
      /changed by someone else/,
    );
    const log = await history(t.ctx, tool.id);
    expect(log.at(-1)).toMatchObject({ action: 'support_type.update', reason: 'Team meeting, 2010-11' });
    await rejects(addSupportType(t.ctx, { partnershipId: pid, key: 'Lesson Study', name: 'Lesson study', description: 'x' }), 'invalid', /key is/);
    await rejects(addSupportType(t.ctx, { partnershipId: pid, key: 'tool', name: 'Tool again', description: 'x' }), 'invalid', /already has/);
    const added = await addSupportType(t.ctx, {
      partnershipId: pid,
      key: 'lesson_study',
      name: 'Lesson study',
      category: 'Learning event',
      description: 'Teachers plan, observe and revise a lesson together.',
    });
    expect((await supportTypes(t.ctx, pid)).at(-1)!.id).toBe(added.id);
  });

  it('documents a strategy element by element, refusing what is incomplete by field', async () => {
    const s = await createStrategy(t.ctx, {
      partnershipId: pid,
      district: RIVERTON,
      cycle: '2009-10',
      name: 'Coaching cycles',
      goal: 'Teachers improve through coaching cycles.',
    });
    await rejects(addElement(t.ctx, s.strategy.id, { kind: 'practice', description: 'Co-teach.' }), 'invalid', /role is one of/);
    await rejects(
      addElement(t.ctx, s.strategy.id, { kind: 'support', description: 'Coach meetings', supportType: 'workshop', rolesServed: ['coach'] }),
      'invalid',
      /supportType is one of the framework's types/,
    );
    await rejects(
      addElement(t.ctx, s.strategy.id, { kind: 'support', description: 'Coach meetings', supportType: 'learning_event_ongoing' }),
      'invalid',
      /serves at least one role group/,
    );
    await rejects(addElement(t.ctx, s.strategy.id, { kind: 'accountability', description: 'results' }), 'invalid', /holder/);
    await rejects(addElement(t.ctx, s.strategy.id, { kind: 'wish', description: 'x' }), 'invalid', /kind is one of/);
    const practice = await addElement(t.ctx, s.strategy.id, {
      kind: 'practice',
      role: 'coach',
      description: 'Co-teach with teachers',
      target: '3 cycles a year',
    });
    const support = await addElement(t.ctx, s.strategy.id, {
      kind: 'support',
      supportType: 'learning_event_ongoing',
      description: 'Coach meetings',
      rolesServed: ['coach'],
      frequency: 'monthly',
      coParticipation: true,
    });
    await addElement(t.ctx, s.strategy.id, {
      kind: 'accountability',
      holder: 'The Mathematics Department',
      held: 'coaches',
      description: 'coaching cycles done',
    });
    await rejects(editElement(t.ctx, { id: support.row.id, changes: { frequency: 'weekly' } }), 'conflict', /say which version/);
    const edited = await editElement(t.ctx, { id: support.row.id, changes: { frequency: 'weekly' }, expectedVersion: 1, reason: 'Leaders said weekly' });
    expect(edited.element).toMatchObject({ kind: 'support', frequency: 'weekly', coParticipation: true, rolesServed: ['coach'] });
    await rejects(editElement(t.ctx, { id: support.row.id, changes: { frequency: 'daily' }, expectedVersion: 1 }), 'conflict', /changed by someone else/);
    await rejects(editElement(t.ctx, { id: practice.row.id, changes: { kind: 'support' }, expectedVersion: 1 }), 'invalid', /keeps its kind/);
    const listed = (await listStrategies(t.ctx, pid, { districtId: s.strategy.district_id, cycleId: s.strategy.cycle_id })).find(
      (v) => v.strategy.id === s.strategy.id,
    );
    expect(listed!.elements.map((e) => e.row.kind)).toEqual(['practice', 'support', 'accountability']);
  });

  it("cites only its own district leaders' passages and documents of the same cycle", async () => {
    const s = await createStrategy(t.ctx, { partnershipId: pid, district: RIVERTON, cycle: '2010-11', name: 'Evidence rules', goal: 'Tested.' });
    await rejects(
      citeStrategyEvidence(t.ctx, { citingId: s.strategy.id, citedId: await passage(RIVERTON, 'teacher') }),
      'invalid',
      /strategies rest on district leaders' accounts/,
    );
    await rejects(citeStrategyEvidence(t.ctx, { citingId: s.strategy.id, citedId: await passage(LAKESIDE, 'district_leader') }), 'invalid', /another district/);
    await rejects(
      citeStrategyEvidence(t.ctx, { citingId: s.strategy.id, citedId: await passage(RIVERTON, 'district_leader', '2009-10') }),
      'invalid',
      /another cycle/,
    );
    const ok = await citeStrategyEvidence(t.ctx, { citingId: s.strategy.id, citedId: await passage(RIVERTON, 'district_leader') });
    expect(ok).toMatchObject({ kind: 'excerpt', source: expect.stringMatching(/^RUS-D\d\d-1011$/) });
    await rejects(citeStrategyEvidence(t.ctx, { citingId: s.strategy.id, citedId: 'fnd_0000000000000000' }), 'invalid', /neither/);
  });

  it('stores artifacts with their text searchable, once per file, and refuses unreadable ones by name without writing', async () => {
    const docx = await renderDocx({
      title: 'Organization chart',
      subtitle: RIVERTON,
      partnership: RIVERTON,
      date: '2010-09-01',
      audience: 'partner',
      notice: 'District document',
      version: '1',
      blocks: [{ kind: 'table', caption: 'Offices', columns: ['Office', 'Leads'], rows: [['Mathematics Department', 'Coordinator of secondary mathematics']] }],
    });
    const first = await addArtifact(t.ctx, {
      partnershipId: pid,
      district: RIVERTON,
      cycle: '2010-11',
      kind: 'organization chart',
      fileName: 'org-chart.docx',
      bytes: docx,
    });
    expect(first.created).toBe(true);
    expect((await addArtifact(t.ctx, { partnershipId: pid, district: RIVERTON, cycle: '2010-11', fileName: 'copy.docx', bytes: docx })).created).toBe(false);
    const hits = await searchArtifacts(t.ctx, pid, '"secondary mathematics"', { district: RIVERTON });
    expect(hits.map((h) => h.artifactId)).toEqual([first.artifact.id]);
    expect(hits[0]!.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(['secondary mathematics']);
    const before = (await t.store.artifacts.list(pid)).length;
    await rejects(
      addArtifact(t.ctx, {
        partnershipId: pid,
        district: RIVERTON,
        cycle: '2010-11',
        fileName: 'minutes.doc',
        bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      }),
      'invalid',
      /minutes\.doc/,
    );
    expect((await t.store.artifacts.list(pid)).length).toBe(before);
    const cited = await citeStrategyEvidence(t.ctx, {
      citingId: (await listStrategies(t.ctx, pid, { districtId: first.artifact.district_id, cycleId: first.artifact.cycle_id }))[0]!.strategy.id,
      citedId: first.artifact.id,
      note: 'p. 1',
    });
    expect(cited).toMatchObject({ kind: 'artifact', text: 'org chart', source: 'org-chart.docx', note: 'p. 1' });
  });

  it('issues versions, sends them to partner leaders only, and keeps who said what and what changed', async () => {
    const scope = await designScope(t.ctx, pid, RIVERTON, '2010-11');
    const before = await designDocumentState(t.ctx, scope);
    expect(before.versions.map((v) => v.number)).toEqual([1]);
    // The strategies were changed by the tests above, so a new version is due; it needs a reason.
    await rejects(issueVersion(t.ctx, { partnershipId: pid, district: RIVERTON }), 'invalid', /say what this version changes/);
    const v2 = await issueVersion(t.ctx, { partnershipId: pid, district: RIVERTON, reason: 'Strategies added' });
    await rejects(issueVersion(t.ctx, { partnershipId: pid, district: RIVERTON, reason: 'again' }), 'invalid', /nothing changed since version 2/);
    await rejects(sendMemberCheck(t.ctx, { versionId: v2.id, recipients: ['analyst@demo.warrant.test'] }), 'invalid', /not a partner leader of this district/);
    await rejects(sendMemberCheck(t.ctx, { versionId: v2.id, recipients: [partner.email] }), 'invalid', /not a partner leader of this district/);
    const v1 = before.versions[0]!;
    await rejects(sendMemberCheck(t.ctx, { versionId: v1.id, recipients: [partner.email] }), 'invalid', /superseded by version 2/);

    // Lakeside's partner leader answers a fresh check of the latest version.
    const lake = await designScope(t.ctx, pid, LAKESIDE, '2010-11');
    const lakeState = await designDocumentState(t.ctx, lake);
    const latest = lakeState.versions.at(-1)!;
    const check = await sendMemberCheck(t.ctx, { versionId: latest.id, recipients: [partner.email] });
    expect((await designDocumentState(t.ctx, lake)).status.state).toBe('awaiting responses');
    const account = (await t.store.accounts.byEmail(partner.email))!;
    const [first, second, ...others] = lakeState.current.sections;
    await rejects(
      respondToMemberCheck(t.ctx, { checkId: check.check.id, accountId: account.id, section: 'stg_nope', response: 'confirm' }),
      'invalid',
      /is not in this document/,
    );
    await rejects(
      respondToMemberCheck(t.ctx, { checkId: check.check.id, accountId: account.id, section: first!.key, response: 'correct' }),
      'invalid',
      /say what should be corrected/,
    );
    const analyst = (await t.store.accounts.byEmail('analyst@demo.warrant.test'))!;
    await rejects(
      respondToMemberCheck(t.ctx, { checkId: check.check.id, accountId: analyst.id, section: first!.key, response: 'confirm' }),
      'forbidden',
      /not sent to you/,
    );
    const correction = await respondToMemberCheck(t.ctx, {
      checkId: check.check.id,
      accountId: account.id,
      section: first!.key,
      response: 'correct',
      text: 'Supervisors observe, not principals alone.',
    });
    for (const section of [second!, ...others])
      await respondToMemberCheck(t.ctx, { checkId: check.check.id, accountId: account.id, section: section.key, response: 'confirm' });
    expect((await designDocumentState(t.ctx, lake)).status).toMatchObject({ state: 'corrections to apply', openCorrections: 1 });

    const practice = (await t.store.strategies.elements([first!.key])).find((e) => e.kind === 'practice')!;
    await editElement(t.ctx, {
      id: practice.id,
      changes: { description: 'Observe mathematics instruction with their supervisors and give feedback' },
      expectedVersion: practice.version,
      reason: 'Member check',
    });
    await rejects(
      issueVersion(t.ctx, { partnershipId: pid, district: LAKESIDE, reason: 'x', applies: ['mcr_0000000000000000'] }),
      'invalid',
      /not an open correction/,
    );
    const next = await issueVersion(t.ctx, { partnershipId: pid, district: LAKESIDE, reason: 'Member check corrections', applies: [correction.id] });
    const after = await designDocumentState(t.ctx, lake);
    expect(after.status.state).toBe('corrected');
    expect(after.checks.at(-1)!.responses.find((r) => r.id === correction.id)!.applied_in_id).toBe(next.id);
    await rejects(
      respondToMemberCheck(t.ctx, { checkId: check.check.id, accountId: account.id, section: first!.key, response: 'confirm' }),
      'invalid',
      /since superseded/,
    );

    const diff = await compareVersions(t.ctx, latest.id, next.id);
    const changed = diff.sections.find((s) => s.key === first!.key)!;
    expect(changed.status).toBe('changed');
    // The corrected element is shown changed, its new words marked, not removed and added again.
    expect(changed.lines.filter((l) => l.op === 'added' || l.op === 'removed')).toEqual([]);
    const edited = changed.lines.filter((l) => l.op === 'changed');
    expect(edited.map((l) => l.text)).toEqual([expect.stringContaining('Observe mathematics instruction with their supervisors')]);
    expect(
      edited[0]!.op === 'changed' &&
        edited[0]!.words
          .filter((w) => w.op === 'added')
          .map((w) => w.text)
          .join(' '),
    ).toMatch(/supervisors/);
    expect(diff.sections.find((s) => s.key === second!.key)!.status).toBe('unchanged');
  });

  it('keeps one in-house assessment per aspect, versioned, naming the framework it draws on', async () => {
    const lakeside = (await t.store.organizations.resolve(pid, 'district', LAKESIDE))[0]!;
    const [strategy] = await listStrategies(t.ctx, pid, { districtId: lakeside.id, cycleId: (await t.store.cycles.byLabel(pid, '2010-11'))!.id });
    const base = { partnershipId: pid, district: strategy!.strategy.district_id, cycle: strategy!.strategy.cycle_id };
    await rejects(writeAssessment(t.ctx, { ...base, aspect: 'instruction', judgement: 'likely', rationale: 'x' }), 'invalid', /of one strategy/);
    await rejects(writeAssessment(t.ctx, { ...base, aspect: 'coherence', judgement: 'great', rationale: 'x' }), 'invalid', /judgement of coherence is one of/);
    await rejects(
      writeAssessment(t.ctx, {
        ...base,
        aspect: 'enablement',
        strategyId: strategy!.strategy.id,
        judgement: 'likely',
        rationale: 'x',
        frameworkRefs: ['magic'],
      }),
      'invalid',
      /magic/,
    );
    const current = (await t.store.assessments.find(strategy!.strategy.district_id, strategy!.strategy.cycle_id, 'enablement', strategy!.strategy.id))!;
    await rejects(
      writeAssessment(t.ctx, { ...base, aspect: 'enablement', strategyId: strategy!.strategy.id, judgement: 'likely', rationale: 'Changed view.' }),
      'conflict',
      /say which version/,
    );
    const next = await writeAssessment(t.ctx, {
      ...base,
      aspect: 'enablement',
      strategyId: strategy!.strategy.id,
      judgement: 'likely',
      rationale: 'Changed view.',
      expectedVersion: current.version,
      reason: 'November meeting',
    });
    expect(next).toMatchObject({ id: current.id, version: current.version + 1, judgement: 'likely' });
  });

  it('flags in the check what a strategy rested on once it is withdrawn', async () => {
    const { checkPartnership } = await import('../src/services/check.js');
    const { retire } = await import('../src/services/retire.js');
    expect((await checkPartnership(t.ctx, pid)).filter((i) => i.kind === 'strategy' || i.kind === 'strategyElement')).toEqual([]);
    const granite = (await t.store.organizations.resolve(pid, 'district', 'Granite Valley Schools'))[0]!;
    const artifact = (await t.store.artifacts.list(pid, { districtId: granite.id }))[0]!;
    const citing = (await t.store.db.selectFrom('strategy_evidence').select('citing_id').where('cited_id', '=', artifact.id).execute()).map((r) => r.citing_id);
    expect(citing.length).toBeGreaterThan(0);
    await retire(t.ctx, artifact.id, 'The district sent a corrected calendar');
    const issues = (await checkPartnership(t.ctx, pid)).filter((i) => i.kind === 'strategyElement');
    expect(issues.map((i) => i.id).sort()).toEqual([...citing].sort());
    expect(issues[0]!).toMatchObject({ severity: 'broken', reasons: [`cites artifact ${artifact.id}, which was retired`] });
  });

  it('derives each step of the cycle calendar from the data', async () => {
    const progress = await partnershipProgress(t.ctx, pid);
    const lakeside = progress.find((d) => d.district === LAKESIDE)!;
    const steps = (cycle: string) => Object.fromEntries(lakeside.cycles.find((c) => c.cycle === cycle)!.calendar.map((s) => [s.key, s.state]));
    expect(steps('2010-11')).toMatchObject({ leader_interviews: 'done', ddd: 'done', member_check: 'done', interviews: 'done', dfrr: 'done' });
    // 2009-10: leaders and teachers were interviewed, nothing was documented; the next autumn's interviews are its follow-up.
    expect(steps('2009-10')).toMatchObject({ leader_interviews: 'done', ddd: 'late', member_check: 'late', interviews: 'done', follow_up: 'done' });
  });
});
