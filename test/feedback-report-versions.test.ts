import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClock } from '../src/demo/demo-clock.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { renderReport } from '../src/reports/render/index.js';
import type { ServiceContext } from '../src/services/context.js';
import { editRecommendation, recordReportSent } from '../src/services/feedback.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { teamFeedbackReport } from '../src/services/report-access.js';
import { sentFeedbackReport } from '../src/services/sent-feedback-reports.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

const LAKESIDE = 'Lakeside Public Schools';
const CYCLE = '2010-11';

/** What was sent to a district stays as it was sent: later work is the draft of the next version. */
describe.each(DIALECTS)('feedback reports sent in versions (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  let team: ServiceContext;
  let firstAsSent: string;
  const markdown = async (doc: Parameters<typeof renderReport>[0]) => (await renderReport(doc, 'md')).toString('utf8');
  const sentOne = (number?: number) => sentFeedbackReport(t.ctx, { partnershipId: pid, district: LAKESIDE, cycle: CYCLE, ...(number && { number }) });

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    team = { ...t.ctx, actor: 'lead@demo.warrant.test', clock: demoClock('2011-06-02T09:00:00Z') };
    firstAsSent = await markdown(await sentOne());
  });
  afterAll(() => t?.close());

  it('keeps the partner version as it was sent, whatever is edited since', async () => {
    expect(firstAsSent).toContain('Version 1, sent to the district on 2011-05-20');
    const lakeside = (await t.store.organizations.resolve(pid, 'district', LAKESIDE))[0]!;
    const ofLakeside = (await t.store.strategies.list(pid, { districtId: lakeside.id })).map((s) => s.id);
    const mine = (await t.store.feedback.recommendations(pid, ofLakeside))[0]!;
    await editRecommendation(team, {
      id: mine.id,
      text: 'Hold the Learning Walks monthly, with a supervisor who can discuss the mathematics.',
      expectedVersion: mine.version,
      reason: 'After the meeting',
    });

    expect(await markdown(await sentOne())).toBe(firstAsSent);
    const draft = await markdown(await teamFeedbackReport(t.ctx, { partnershipId: pid, district: LAKESIDE, cycle: CYCLE, audience: 'partner', draft: true }));
    expect(draft).toContain('Hold the Learning Walks monthly, with a supervisor who can discuss the mathematics.');
    expect(draft).toContain('Draft of version 2: version 1 was sent to the district on 2011-05-20');
    // Without asking for the draft, the team reads what the district reads.
    expect(await markdown(await teamFeedbackReport(t.ctx, { partnershipId: pid, district: LAKESIDE, cycle: CYCLE, audience: 'partner' }))).toBe(firstAsSent);
  });

  it('refuses a second version without its reason, before the first or on a day to come', async () => {
    const send = (sentOn: string, reason?: string) =>
      recordReportSent(team, { partnershipId: pid, district: LAKESIDE, cycle: CYCLE, sentOn, ...(reason && { reason }) });
    await rejects(send('2011-06-02'), 'invalid', /^say what this version changes/);
    await rejects(send('2011-05-01', 'After the meeting'), 'invalid', /^version 1 was sent on 2011-05-20: a later version cannot have been sent before it$/);
    await rejects(send('2011-06-03', 'After the meeting'), 'invalid', /2011-06-03, a day still to come$/);
    expect(await t.store.feedback.reports(pid, {})).toHaveLength(3);
  });

  it('sends the next version with its reason, and keeps both readable as sent', async () => {
    const before = await t.store.audit.count();
    const second = await recordReportSent(team, {
      partnershipId: pid,
      district: LAKESIDE,
      cycle: CYCLE,
      sentOn: '2011-06-02',
      reason: 'Recommendations revised after the meeting',
    });
    expect(second).toMatchObject({ number: 2, reason: 'Recommendations revised after the meeting', sent_on: '2011-06-02' });
    const latest = await markdown(await sentOne());
    expect(latest).toContain('Version 2, sent to the district on 2011-06-02');
    expect(latest).toContain('Hold the Learning Walks monthly');
    expect(await markdown(await sentOne(1))).toBe(firstAsSent);
    await rejects(sentOne(3), 'not_found', /^version 3 of the feedback report sent to Lakeside Public Schools for 2010-11 does not exist$/);
    expect(await t.store.audit.count()).toBe(before + 1);
    const entry = await t.store.db.selectFrom('audit_log').selectAll().where('entity_id', '=', second.id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ action: 'feedback_report.sent', version: 2, reason: 'Recommendations revised after the meeting' });
    expect(JSON.parse(entry.data as string)).toMatchObject({ number: 2, contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses to send a version that says nothing new', async () => {
    await rejects(
      recordReportSent(team, { partnershipId: pid, district: LAKESIDE, cycle: CYCLE, sentOn: '2011-06-02', reason: 'Again' }),
      'invalid',
      /^nothing the district reads changed since version 2, sent on 2011-06-02$/,
    );
  });
});
