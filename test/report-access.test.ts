import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../src/domain/access.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { renderReport } from '../src/reports/render/index.js';
import type { ServiceContext } from '../src/services/context.js';
import { designDocumentReport } from '../src/services/design-report.js';
import { organizationsOf } from '../src/services/directory.js';
import { feedbackReport } from '../src/services/feedback-report.js';
import { sentFeedbackReport } from '../src/services/sent-feedback-reports.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { designDocumentFor, feedbackReportFor } from '../src/services/report-access.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

/** Who may read which version of a district's reports: the rule both the API and its pages rely on. */
describe("who may read which version of a district's reports", () => {
  let t: TestDatabase;
  let ctx: ServiceContext;
  let pid: string;
  let lakeside: string;
  let analyst: Principal;
  let partner: Principal;
  const md = async (doc: Parameters<typeof renderReport>[0]) => (await renderReport(doc, 'md')).toString('utf8');

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    ctx = t.ctx;
    await loadDemo(ctx);
    pid = (await resolvePartnership(ctx)).id;
    lakeside = (await organizationsOf(ctx, pid, 'district')).find((d) => d.name === 'Lakeside Public Schools')!.id;
    const person = { email: 'someone@example.org', displayName: 'Someone', isAdmin: false };
    analyst = { accountId: 'acc_analyst', ...person, memberships: [{ partnershipId: pid, role: 'analyst', districtId: null }] };
    partner = { accountId: 'acc_partner', ...person, memberships: [{ partnershipId: pid, role: 'partner', districtId: lakeside }] };
  });
  afterAll(() => t?.close());

  it('gives the team every version of the design document, in-house and draft included', async () => {
    const req = { partnershipId: pid, district: lakeside, cycle: '2010-11' };
    for (const audience of ['partner', 'team'] as const) {
      expect(await md(await designDocumentFor(ctx, analyst, { ...req, audience }))).toBe(await md(await designDocumentReport(ctx, { ...req, audience })));
    }
    expect(await md(await designDocumentFor(ctx, analyst, { ...req, audience: 'team', draft: true }))).toContain('Draft of');
  });

  it("gives a partner leader the design document's latest issued version, and answers a request for the in-house one or a draft as for one that does not exist", async () => {
    const req = { partnershipId: pid, district: lakeside, cycle: '2010-11' };
    expect(await md(await designDocumentFor(ctx, partner, { ...req, audience: 'partner' }))).toBe(
      await md(await designDocumentReport(ctx, { ...req, audience: 'partner' })),
    );
    await rejects(designDocumentFor(ctx, partner, { ...req, audience: 'team' }), 'not_found', /in-house design document of district/);
    await rejects(designDocumentFor(ctx, partner, { ...req, audience: 'partner', draft: true }), 'not_found', /in-house design document of district/);
  });

  it('gives a partner leader the feedback report once it was sent, and never the in-house one', async () => {
    const sent = { partnershipId: pid, district: lakeside, cycle: '2010-11' };
    // As it was sent, not as the data now produce it (the draft of the next version).
    const asSent = await md(await feedbackReportFor(ctx, partner, { ...sent, audience: 'partner' }));
    expect(asSent).toBe(await md(await sentFeedbackReport(ctx, sent)));
    expect(asSent).toContain('Version 1, sent to the district on 2011-05-20');
    expect(await md(await feedbackReport(ctx, { ...sent, audience: 'partner' }))).toContain('Draft of version 2');
    await rejects(feedbackReportFor(ctx, partner, { ...sent, audience: 'team' }), 'not_found', /in-house feedback report of district/);
    // 2009-10's report was never recorded as sent: to the district it does not exist yet.
    await rejects(
      feedbackReportFor(ctx, partner, { ...sent, cycle: '2009-10', audience: 'partner' }),
      'not_found',
      /feedback report sent to Lakeside Public Schools for 2009-10 does not exist/,
    );
  });
});
