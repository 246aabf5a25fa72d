import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { MAX_ARTIFACT_BYTES } from '../src/importers/artifacts/index.js';
import { renderDocx } from '../src/reports/render/docx.js';
import { createAccount } from '../src/services/accounts.js';
import { grantRole } from '../src/services/memberships.js';
import { createPartnership, resolvePartnership } from '../src/services/partnerships.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

describe('design documents and member checks over HTTP', () => {
  let t: TestDatabase;
  let api: Api;
  let pid: string;
  let lakeside: string;
  let lead: ApiClient;
  let partner: ApiClient;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    lakeside = (await t.store.organizations.resolve(pid, 'district', 'Lakeside Public Schools'))[0]!.id;
    const colleague = await createAccount(t.ctx, { email: 'deputy@lakeside.example', displayName: 'Lakeside deputy', password: 'deputy-password' });
    await grantRole(t.ctx, { accountId: colleague.id, partnershipId: pid, role: 'partner', district: 'Lakeside Public Schools' });
    api = createApi({ store: t.store, demoMode: true });
    lead = await signedIn(api, 'lead@demo.warrant.test', 'demo-lead-password');
    partner = await signedIn(api, 'partner@demo.warrant.test', 'demo-partner-password');
  });
  afterAll(() => t?.close());

  it("shows partner leaders their district's issued versions and member checks, never the team's draft", async () => {
    const forPartner = await partner.get(`/api/districts/${lakeside}/design-document`);
    expect(forPartner.status).toBe(200);
    expect(forPartner.body.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(forPartner.body.draft).toBeNull();
    expect(forPartner.body.status.state).toBe('corrected');
    const forTeam = await lead.get(`/api/districts/${lakeside}/design-document`);
    expect(forTeam.body.draft).toMatchObject({ changedSinceIssued: false });
    expect((await partner.get(`/api/districts/${lakeside}/design-document/report?audience=team&format=md`)).status).toBe(404);
    const shared = await partner.get(`/api/districts/${lakeside}/design-document/report?format=md`);
    expect(shared.status).toBe(200);
    expect(shared.headers.get('content-disposition')).toMatch(/attachment; filename=".*-ddd-partner\.md"/);
    expect(shared.body).toContain('# District Design Document');
  });

  it('lets the team send the latest version and the named partner leaders answer it section by section', async () => {
    const version = (await lead.get(`/api/districts/${lakeside}/design-document`)).body.versions.at(-1);
    const refused = await lead.send('POST', `/api/ddd-versions/${version.id}/member-checks`, { recipients: ['observer@demo.warrant.test'] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/observer@demo\.warrant\.test is not a partner leader of this district/);
    const sent = await lead.send('POST', `/api/ddd-versions/${version.id}/member-checks`, {
      recipients: ['partner@demo.warrant.test'],
      message: 'Please review by Friday.',
    });
    expect(sent.status).toBe(201);
    const mine = await partner.get('/api/member-checks');
    expect(mine.body[0].check.id).toBe(sent.body.id);
    const section = version.sections[0].key;
    const answered = await partner.send('POST', `/api/member-checks/${sent.body.id}/responses`, { section, response: 'confirm' });
    expect(answered.status).toBe(201);
    const empty = await partner.send('POST', `/api/member-checks/${sent.body.id}/responses`, { section, response: 'comment' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toBe('write your comment');
    // A colleague of the same district to whom it was not sent, and the team, cannot answer for them.
    const deputy = await signedIn(api, 'deputy@lakeside.example', 'deputy-password');
    expect((await deputy.send('POST', `/api/member-checks/${sent.body.id}/responses`, { section, response: 'confirm' })).status).toBe(403);
    expect((await lead.send('POST', `/api/member-checks/${sent.body.id}/responses`, { section, response: 'confirm' })).status).toBe(403);
    const check = await lead.get(`/api/member-checks/${sent.body.id}`);
    expect(check.body.check.responses).toEqual([
      expect.objectContaining({ section, response: 'confirm', name: 'Lakeside partner leader', appliedInVersion: null }),
    ]);
    expect(check.body.check.status).toMatchObject({ state: 'awaiting responses', respondedFully: 0, recipients: 1 });
  });

  it('answers the same for a recipient or a version that exists elsewhere and one that does not exist', async () => {
    // Another partnership, with a district, a cycle, an issued version and a partner leader of its own.
    const other = await createPartnership(t.ctx, 'Another partnership');
    await t.store.organizations.insert({
      id: 'org_00000000000000aa',
      partnership_id: other.id,
      kind: 'district',
      name: 'Granite Falls Schools',
      district_id: null,
      created_at: '2011-01-01T00:00:00.000Z',
    });
    await t.store.cycles.insert({ id: 'cyc_00000000000000aa', partnership_id: other.id, label: '2010-11', created_at: '2011-01-01T00:00:00.000Z' });
    const content = JSON.stringify({ district: 'Granite Falls Schools', cycle: '2010-11', sections: [] });
    await t.store.designDocuments.insertVersion({
      id: 'ddd_00000000000000aa',
      partnership_id: other.id,
      district_id: 'org_00000000000000aa',
      cycle_id: 'cyc_00000000000000aa',
      number: 1,
      based_on_id: null,
      content,
      reason: 'first version',
      issued_on: '2011-01-01',
      created_by: 'x',
      created_at: '2011-01-01T00:00:00.000Z',
    });
    const theirs = await createAccount(t.ctx, { email: 'leader@granite.example', displayName: 'Granite leader', password: 'granite-password' });
    await grantRole(t.ctx, { accountId: theirs.id, partnershipId: other.id, role: 'partner', district: 'Granite Falls Schools' });

    const version = (await lead.get(`/api/districts/${lakeside}/design-document`)).body.versions.at(-1);
    const answer = async (recipient: string) => {
      const r = await lead.send('POST', `/api/ddd-versions/${version.id}/member-checks`, { recipients: [recipient] });
      return [r.status, r.body.error.message.replace(recipient, 'RECIPIENT')];
    };
    const unknown = await answer('nobody@nowhere.example');
    expect(unknown).toEqual([400, "RECIPIENT is not a partner leader of this district: a member check goes to the district's own leaders"]);
    for (const elsewhere of ['leader@granite.example', theirs.id, 'acc_00000000000000zz', 'observer@demo.warrant.test'])
      expect(await answer(elsewhere)).toEqual(unknown);

    const diff = async (client: ApiClient, from: string) => {
      const r = await client.get(`/api/ddd-versions/${version.id}/diff?from=${from}`);
      return [r.status, r.body.error?.message.replace(from, 'FROM')];
    };
    const none = await diff(lead, 'ddd_00000000000000zz');
    expect(none).toEqual([404, 'design document version "FROM" does not exist']);
    expect(await diff(lead, 'ddd_00000000000000aa')).toEqual(none);
    const riverton = (
      await t.store.db
        .selectFrom('ddd_version as v')
        .innerJoin('organization as o', 'o.id', 'v.district_id')
        .select('v.id')
        .where('o.name', '=', 'Riverton Unified School District')
        .executeTakeFirstOrThrow()
    ).id;
    // The team may see Riverton's version: it is told why the two cannot be compared. Lakeside's leader is not told it exists.
    expect(await diff(lead, riverton)).toEqual([400, 'compare versions of the same district and cycle']);
    expect(await diff(partner, riverton)).toEqual(none);
    expect(await diff(partner, 'ddd_00000000000000aa')).toEqual(none);
  });

  it('takes an artifact as the file itself, and refuses what it cannot read or what is too large, storing nothing', async () => {
    const count = async () => (await lead.get(`/api/partnerships/${pid}/artifacts`)).body.length;
    const before = await count();
    const docx = await renderDocx({
      title: 'Coaching handbook',
      subtitle: 'x',
      partnership: 'x',
      date: '2010-09-01',
      audience: 'partner',
      notice: 'x',
      version: '1',
      blocks: [{ kind: 'paragraph', text: 'Coaches spend three days a week in classrooms.' }],
    });
    const url = `/api/partnerships/${pid}/artifacts?district=${encodeURIComponent('Riverton Unified School District')}&cycle=2010-11&fileName=handbook.docx&kind=handbook`;
    const stored = await lead.send('POST', url, docx);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ title: 'handbook', format: 'docx', created: true });
    const text = await lead.get(`/api/artifacts/${stored.body.id}`);
    expect(text.body.text).toContain('Coaches spend three days a week in classrooms.');
    const original = await lead.get(`/api/artifacts/${stored.body.id}/file`);
    expect(original.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''handbook.docx");
    const unreadable = await lead.send('POST', url.replace('handbook.docx', 'handbook.pages'), new TextEncoder().encode('not a document'));
    expect(unreadable.status).toBe(400);
    expect(unreadable.body.error.message).toMatch(/handbook\.pages/);
    const huge = await lead.send('POST', url.replace('handbook.docx', 'scan.pdf'), new Uint8Array(MAX_ARTIFACT_BYTES + 1));
    expect(huge.status).toBe(413);
    expect(await count()).toBe(before + 1);
    expect((await partner.get(`/api/artifacts/${stored.body.id}`)).status).toBe(404);
  });
});

describe('the feedback report over HTTP', () => {
  let t: TestDatabase;
  let api: Api;
  let lakeside: string;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    const pid = (await resolvePartnership(t.ctx)).id;
    lakeside = (await t.store.organizations.resolve(pid, 'district', 'Lakeside Public Schools'))[0]!.id;
    api = createApi({ store: t.store, demoMode: true });
  });
  afterAll(() => t?.close());

  it('gives partner leaders the report once sent, without the appendix, and never the reason a draft was refused', async () => {
    const partner = await signedIn(api, 'partner@demo.warrant.test', 'demo-partner-password');
    const lead = await signedIn(api, 'lead@demo.warrant.test', 'demo-lead-password');
    const shared = await partner.get(`/api/districts/${lakeside}/feedback-report/report?format=md`);
    expect(shared.status).toBe(200);
    expect(shared.body).toContain('sent to the district on 2011-05-20');
    expect(shared.body).not.toContain('Evidence appendix');
    expect((await partner.get(`/api/districts/${lakeside}/feedback-report/report?format=md&audience=team`)).status).toBe(404);
    expect((await partner.get(`/api/districts/${lakeside}/feedback-report/report?format=md&cycle=2009-10`)).status).toBe(404);
    expect((await lead.get(`/api/districts/${lakeside}/feedback-report/report?format=md&audience=team`)).body).toContain('Evidence appendix');

    const strategy = (await lead.get(`/api/partnerships/${(await resolvePartnership(t.ctx)).id}/strategies?district=Lakeside%20Public%20Schools&cycle=2010-11`))
      .body[0];
    const theory = (await lead.get(`/api/partnerships/${(await resolvePartnership(t.ctx)).id}/theory`)).body;
    const conjecture = theory.flatMap((c: { conjectures: { id: string }[] }) => c.conjectures)[0].id;
    const named = await lead.send('POST', `/api/strategies/${strategy.id}/recommendations`, {
      text: 'Ask Principal Reyes to lead the walks.',
      conjectures: [conjecture],
    });
    expect(named.status).toBe(201);
    // The draft of the next version is refused; what was sent stays readable exactly as sent.
    const refusedForTeam = await lead.get(`/api/districts/${lakeside}/feedback-report/report?format=md&draft=true`);
    expect(refusedForTeam.status).toBe(400);
    expect(refusedForTeam.body.error.message).toMatch(/would name a participant \(“Principal Reyes”\)/);
    const asSent = await partner.get(`/api/districts/${lakeside}/feedback-report/report?format=md`);
    expect(asSent.status).toBe(200);
    expect(asSent.body).toBe(shared.body);
    expect(asSent.body).not.toContain('Reyes');
    expect((await lead.get(`/api/districts/${lakeside}/feedback-report/report?format=md`)).body).toBe(shared.body);
    expect((await partner.get(`/api/districts/${lakeside}/feedback-report/report?format=md&draft=true`)).status).toBe(404);
  });
});

describe('text for partners that names a participant', () => {
  let t: TestDatabase;
  let api: Api;
  let pid: string;
  let lakeside: string;
  let lead: ApiClient;
  let partner: ApiClient;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    lakeside = (await t.store.organizations.resolve(pid, 'district', 'Lakeside Public Schools'))[0]!.id;
    api = createApi({ store: t.store, demoMode: true });
    lead = await signedIn(api, 'lead@demo.warrant.test', 'demo-lead-password');
    partner = await signedIn(api, 'partner@demo.warrant.test', 'demo-partner-password');
  });
  afterAll(() => t?.close());

  // Ms. Alvarez is LPS-T01, a teacher at Adams Middle School, whose one principal is Principal Reyes.
  const SPELLINGS = [
    ['Alvarez should lead the walks.', 'Alvarez'],
    ['ms. alvarez should lead the walks.', 'ms. alvarez'],
    ['MS. ALVAREZ should lead the walks.', 'MS. ALVAREZ'],
    ['Ms. Al\u200bvarez should lead the walks.', 'Ms. Alvarez'],
    ['lps-t01 should lead the walks.', 'lps-t01'],
    ['LPS\u2011T01 should lead the walks.', 'LPS\u2011T01'],
    ['Principal reyes should lead the walks.', 'Principal reyes'],
    ['The principal at Adams should lead the walks.', 'principal at Adams'],
    ['The walks follow LPS-T01-1011.', 'LPS-T01-1011'],
  ] as const;

  it('warns with the save, and refuses to send the next feedback report until it is reworded, in every spelling', async () => {
    const strategy = (await lead.get(`/api/partnerships/${pid}/strategies?district=${lakeside}&cycle=2010-11`)).body[0];
    const conjecture = (await lead.get(`/api/partnerships/${pid}/theory`)).body.flatMap((c: { conjectures: { id: string }[] }) => c.conjectures)[0].id;
    const report = `/api/districts/${lakeside}/feedback-report/report?format=md&cycle=2010-11`;
    const asSent = (await partner.get(report)).body;
    const added = await lead.send('POST', `/api/strategies/${strategy.id}/recommendations`, { text: 'Walk twice a month.', conjectures: [conjecture] });
    expect(added.body.warnings).toEqual([]);
    let version = added.body.version;
    for (const [text, words] of SPELLINGS) {
      const saved = await lead.send('PATCH', `/api/recommendations/${added.body.id}`, { text, expectedVersion: version, reason: 'Reworded' });
      expect(saved.status, text).toBe(200);
      version = saved.body.version;
      expect(saved.body.warnings, text).toEqual([expect.stringContaining(`names a participant (“${words}”`)]);
      const draft = await lead.get(`${report}&draft=true`);
      expect(draft.status, text).toBe(400);
      expect(draft.body.error.message).toContain(`the partner version would name a participant (“${words}”`);
      const send = await lead.send('POST', `/api/districts/${lakeside}/feedback-reports`, {
        cycle: '2010-11',
        on: '2011-06-01',
        reason: 'A recommendation added',
      });
      expect(send.status, text).toBe(400);
      expect(send.body.error.message).toContain(`would name a participant (“${words}”`);
      const forPartner = await partner.get(report);
      expect(forPartner.status, text).toBe(200);
      expect(forPartner.body).toBe(asSent);
    }
    const reworded = await lead.send('PATCH', `/api/recommendations/${added.body.id}`, {
      text: 'The school leaders should lead the walks.',
      expectedVersion: version,
      reason: 'No names',
    });
    expect(reworded.body.warnings).toEqual([]);
    const sent = await lead.send('POST', `/api/districts/${lakeside}/feedback-reports`, {
      cycle: '2010-11',
      on: '2011-06-01',
      reason: 'A recommendation added',
    });
    expect(sent.status).toBe(201);
    const second = await partner.get(report);
    expect(second.body).toContain('The school leaders should lead the walks.');
    expect(second.body).toContain('Version 2, sent to the district on 2011-06-01');
    expect((await partner.get(`${report}&version=1`)).body).toBe(asSent);
  });

  it('warns with the save of a strategy element, and refuses to issue the design document or send a message that names someone', async () => {
    const strategy = (await lead.get(`/api/partnerships/${pid}/strategies?district=${lakeside}&cycle=2010-11`)).body[0];
    const element = await lead.send('POST', `/api/strategies/${strategy.id}/elements`, {
      kind: 'practice',
      role: 'teacher',
      description: 'Teachers observe the Adams coach weekly.',
      target: '',
    });
    expect(element.status).toBe(201);
    expect(element.body.warnings).toEqual([
      expect.stringContaining('(“Adams coach”: Coach Lindqvist, the one mathematics coach interviewed at Adams Middle School)'),
    ]);
    const issued = await lead.send('POST', `/api/districts/${lakeside}/design-document/versions`, { cycle: '2010-11', reason: 'A practice added' });
    expect(issued.status).toBe(400);
    expect(issued.body.error.message).toMatch(/^version 3 would name a participant \(“Adams coach”.*Reword it before sharing\.$/);
    const edited = await lead.send('PATCH', `/api/strategy-elements/${element.body.id}`, {
      description: 'Teachers observe the coach weekly.',
      expectedVersion: 1,
    });
    expect(edited.body.warnings).toEqual([]);
    const version = await lead.send('POST', `/api/districts/${lakeside}/design-document/versions`, { cycle: '2010-11', reason: 'A practice added' });
    expect(version.status).toBe(201);
    const message = await lead.send('POST', `/api/ddd-versions/${version.body.id}/member-checks`, {
      recipients: ['partner@demo.warrant.test'],
      message: 'Mr. brennan asked for this change.',
    });
    expect(message.status).toBe(400);
    expect(message.body.error.message).toMatch(/^the message would name a participant \(“Mr\. brennan”: Mr\. Brennan\)/);
    expect((await partner.get('/api/member-checks')).body.map((m: { check: { versionId: string } }) => m.check.versionId)).not.toContain(version.body.id);
  });
});
