import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { createAccount } from '../src/services/accounts.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { grantRole } from '../src/services/memberships.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';
import { beginCycle, CORRECTION_2009, EARLIER, LAKESIDE, shareLakesideEarlierYear } from './support/partner-years.js';

interface SharedCycle {
  cycle: { label: string };
  designDocument: { versions: { number: number }[]; status: { state: string } };
  memberChecks: { id: string; versionNumber: number; superseded: boolean; sentToYou: boolean; youAnswered: number; sections: number }[];
  feedbackReports: { number: number; sentOn: string; reason: string }[];
  shared: boolean;
}

/** A partner leader keeps what was shared with their district, year by year, once a later year begins. */
describe('what was shared with a district, year by year, over HTTP', () => {
  let t: TestDatabase;
  let api: Api;
  let pid: string;
  let lakeside: string;
  let riverton: string;
  let partner: ApiClient;
  let observer: ApiClient;
  let checkId: string;
  const shared = async (client: ApiClient, district = lakeside) => client.get(`/api/districts/${district}/shared`);
  const cycleOf = (body: { cycles: SharedCycle[] }, label: string) => body.cycles.find((c) => c.cycle.label === label)!;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    lakeside = (await t.store.organizations.resolve(pid, 'district', LAKESIDE))[0]!.id;
    riverton = (await t.store.organizations.resolve(pid, 'district', 'Riverton Unified School District'))[0]!.id;
    const elsewhere = await createAccount(t.ctx, { email: 'riverton@example.org', displayName: 'Riverton leader', password: 'riverton-password' });
    await grantRole(t.ctx, { accountId: elsewhere.id, partnershipId: pid, role: 'partner', district: riverton });
    api = createApi({ store: t.store, demoMode: true });
    partner = await signedIn(api, 'partner@demo.warrant.test', 'demo-partner-password');
    observer = await signedIn(api, 'observer@demo.warrant.test', 'demo-observer-password');
  });
  afterAll(() => t?.close());

  it('lists, as the demo has it, 2010-11 shared with Lakeside and nothing yet of 2009-10', async () => {
    const answer = await shared(partner);
    expect(answer.status).toBe(200);
    expect(answer.body.district).toEqual({ id: lakeside, name: LAKESIDE });
    expect(answer.body.cycles.map((c: SharedCycle) => c.cycle.label)).toEqual(['2010-11', '2009-10']);
    expect(answer.body.newestShared).toBe('2010-11');
    const latest = cycleOf(answer.body, '2010-11');
    expect(latest.designDocument.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(latest.designDocument.status.state).toBe('corrected');
    // The demo's member check was of version 1: answered on each of its four strategies, then superseded by the corrected version 2.
    expect(latest.memberChecks).toEqual([expect.objectContaining({ versionNumber: 1, superseded: true, sentToYou: true, youAnswered: 4, sections: 4 })]);
    expect(latest.feedbackReports).toEqual([{ number: 1, sentOn: '2011-05-20', reason: 'first version' }]);
    expect(cycleOf(answer.body, '2009-10')).toMatchObject({ shared: false, designDocument: { versions: [] }, memberChecks: [], feedbackReports: [] });
  });

  it("keeps the earlier year's documents readable once a later, empty year begins", async () => {
    ({ checkId } = await shareLakesideEarlierYear(t.ctx, pid));
    await beginCycle(t.ctx, pid, '2011-12');
    const answer = await shared(partner);
    expect(answer.body.cycles.map((c: SharedCycle) => [c.cycle.label, c.shared])).toEqual([
      ['2011-12', false],
      ['2010-11', true],
      ['2009-10', true],
    ]);
    // The newest year with something shared, not the latest year, which is empty.
    expect(answer.body.newestShared).toBe('2010-11');
    const earlier = cycleOf(answer.body, EARLIER);
    expect(earlier.designDocument.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(earlier.memberChecks).toEqual([
      expect.objectContaining({ id: checkId, versionNumber: 1, superseded: true, sentToYou: true, youAnswered: 1, sections: 1 }),
    ]);
    expect(earlier.feedbackReports).toEqual([{ number: 1, sentOn: '2010-05-14', reason: 'first version' }]);

    // Each year's documents, asked for by cycle.
    const ddd = await partner.get(`/api/districts/${lakeside}/design-document?cycle=${EARLIER}`);
    expect(ddd.status).toBe(200);
    expect(ddd.body.cycle.label).toBe(EARLIER);
    expect(ddd.body.versions.at(-1).sections[0].supports[0].frequency).toBe('twice a year in each school');
    expect(ddd.body.checks[0].responses).toEqual([expect.objectContaining({ text: CORRECTION_2009, appliedInVersion: 2 })]);
    const report = await partner.get(`/api/districts/${lakeside}/feedback-report/report?cycle=${EARLIER}&format=md`);
    expect(report.status).toBe(200);
    expect(report.body).toContain('sent to the district on 2010-05-14');
    expect((await partner.get(`/api/districts/${lakeside}/feedback-report/report?cycle=2010-11&format=md`)).body).toContain(
      'sent to the district on 2011-05-20',
    );
    // The latest year, asked for without a cycle, has nothing yet.
    expect((await partner.get(`/api/districts/${lakeside}/feedback-report/report?format=md`)).status).toBe(404);
    expect((await partner.get(`/api/districts/${lakeside}/design-document`)).body).toMatchObject({ cycle: { label: '2011-12' }, versions: [] });

    // The member check names the version, and through it the year, it was of.
    const check = await partner.get(`/api/member-checks/${checkId}`);
    expect(check.body.version.cycleId).toBe(ddd.body.cycle.id);
    expect((await partner.get('/api/member-checks')).body.map((m: { check: { id: string } }) => m.check.id)).toContain(checkId);
  });

  it('answers a partner leader of another district as if the district did not exist, and shows nothing of the analysis', async () => {
    const elsewhere = await signedIn(api, 'riverton@example.org', 'riverton-password');
    const refused = await shared(elsewhere);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toBe(`district "${lakeside}" does not exist`);
    const unknown = await shared(elsewhere, lakeside.replace(/_[0-9a-z]+$/, '_00000000000000zz'));
    expect(unknown.status).toBe(404);
    expect((await shared(partner, riverton)).status).toBe(404);
    expect((await shared(elsewhere, riverton)).status).toBe(200);

    // The team reads the same list.
    const forTeam = await shared(observer);
    expect(forTeam.status).toBe(200);
    expect(forTeam.body.cycles.map((c: SharedCycle) => c.cycle.label)).toEqual(['2011-12', '2010-11', '2009-10']);
    expect(cycleOf(forTeam.body, EARLIER).memberChecks[0]).toMatchObject({ sentToYou: false, youAnswered: 0 });

    // Dates, numbers and states only: no participant, no passage, no strategy as it stands, no note of the team's.
    const text = JSON.stringify((await shared(partner)).body);
    const pseudonyms = (await t.store.db.selectFrom('participant').select('pseudonym').execute()).map((r) => r.pseudonym);
    const quotes = (await t.store.db.selectFrom('excerpt').select('quote').execute()).map((r) => r.quote);
    const notes = (await t.store.db.selectFrom('feedback_report').select('note').where('note', '!=', '').execute()).map((r) => r.note);
    for (const secret of [...pseudonyms, ...quotes, ...notes, CORRECTION_2009, 'Learning Walks']) expect(text).not.toContain(secret);
  });
});
