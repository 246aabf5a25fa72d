import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { demoClock } from '../src/demo/demo-clock.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { designDocumentState, designScope, issueVersion, sendMemberCheck } from '../src/services/design-documents.js';
import { recordMeeting } from '../src/services/feedback.js';
import { partnershipProgress } from '../src/services/progress.js';
import { addCycle, resolvePartnership } from '../src/services/partnerships.js';
import { addElement, listStrategies } from '../src/services/strategies.js';
import { uptakeOverview } from '../src/services/uptake.js';
import { migrationProvider } from '../src/storage/migrations/index.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

const LAKESIDE = 'Lakeside Public Schools';

/** The web app's gaps closed: uptake recorded and seen on the calendar, the quote minimum versioned, the audit trail checked, dates chosen. */
describe.each(DIALECTS)('work that was CLI-only, through the API (%s)', (dialect) => {
  let t: TestDatabase;
  let api: Api;
  let pid: string;
  const as: Record<string, ApiClient> = {};

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    api = createApi({ store: t.store, demoMode: true });
    for (const a of DEMO_ACCOUNTS) as[a.role] = await signedIn(api, a.email, a.password);
  }, 120_000);
  afterAll(() => t?.close());

  const lakesideFollowUp = async (cycle: string) => {
    const lakeside = (await partnershipProgress(t.ctx, pid)).find((d) => d.district === LAKESIDE)!;
    return lakeside.cycles.find((c) => c.cycle === cycle)!.calendar.find((s) => s.key === 'follow_up')!;
  };

  it("lists each recommendation with the ID and version that recording its uptake needs, and counts recorded uptake as the cycle's follow-up", async () => {
    const lines = (await uptakeOverview(t.ctx, pid)).filter((l) => l.district === LAKESIDE && l.cycle === '2010-11');
    // The demo's four Lakeside strategies of 2010-11, two recommendations each.
    expect(lines).toHaveLength(8);
    expect(lines.every((l) => l.recommendationId.startsWith('rcm_') && l.uptake === null)).toBe(true);
    // 2009-10's recommendation was followed up in October 2010, with a passage cited.
    const earlier = (await uptakeOverview(t.ctx, pid)).find((l) => l.district === LAKESIDE && l.cycle === '2009-10')!;
    expect(earlier.uptake).toMatchObject({ cycle: '2010-11', status: 'partly', version: 1 });
    expect(earlier.uptake!.passages).toHaveLength(1);
    expect(await lakesideFollowUp('2009-10')).toMatchObject({ state: 'done', detail: expect.stringMatching(/^uptake recorded for 1 of 1 recommendation/) });

    expect(await lakesideFollowUp('2010-11')).toMatchObject({ state: 'late', detail: 'not yet' });
    await addCycle(t.ctx, pid, '2011-12');
    const [first, ...rest] = lines;
    const put = (id: string, body: unknown) => as.analyst!.send('PUT', `/api/recommendations/${id}/uptake`, body);
    expect((await put(first!.recommendationId, { cycle: '2010-11', status: 'fully' })).body.error.message).toMatch(/later cycle/);
    expect((await as.observer!.send('PUT', `/api/recommendations/${first!.recommendationId}/uptake`, { cycle: '2011-12', status: 'fully' })).status).toBe(403);
    expect(await put(first!.recommendationId, { cycle: '2011-12', status: 'partly', note: 'Walks began in March.' })).toMatchObject({
      status: 200,
      body: { status: 'partly', version: 1 },
    });
    // Past its due date (November 2011) with one of eight recorded: late, and says how far it got.
    expect(await lakesideFollowUp('2010-11')).toMatchObject({ state: 'late', detail: 'uptake recorded for 1 of 8 recommendations' });
    for (const r of rest) expect((await put(r.recommendationId, { cycle: '2011-12', status: 'not' })).status).toBe(200);
    expect(await lakesideFollowUp('2010-11')).toMatchObject({ state: 'done', detail: 'uptake recorded for 8 of 8 recommendations' });

    // Changing it names the version it was made on, and keeps the reason.
    const stale = await put(first!.recommendationId, { cycle: '2011-12', status: 'fully', note: 'Walks began in March.' });
    expect(stale).toMatchObject({ status: 409 });
    const changed = await put(first!.recommendationId, {
      cycle: '2011-12',
      status: 'fully',
      note: 'Walks began in March.',
      expectedVersion: 1,
      reason: 'Second interview',
    });
    expect(changed.body).toMatchObject({ status: 'fully', version: 2 });
    const listed = (await as.observer!.get(`/api/partnerships/${pid}/uptake`)).body as { recommendationId: string; uptake: { version: number } | null }[];
    expect(listed.find((l) => l.recommendationId === first!.recommendationId)!.uptake).toMatchObject({ version: 2, status: 'fully' });
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['reason'])
      .where('action', '=', 'uptake.update')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.reason).toBe('Second interview');
  });

  it('lets administrators and lead researchers change the quote minimum, as a new version with its reason, and nobody else', async () => {
    const path = `/api/partnerships/${pid}/quote-minimum`;
    const current = async () => ((await as.observer!.get('/api/partnerships')).body as { id: string; quoteMinimum: number; quoteMinimumVersion: number }[])[0]!;
    expect(await current()).toMatchObject({ quoteMinimum: 3, quoteMinimumVersion: 1 });
    for (const role of ['analyst', 'observer', 'partner']) {
      expect((await as[role]!.send('PUT', path, { minimum: 5, expectedVersion: 1, reason: 'Small schools' })).status).toBeGreaterThanOrEqual(403);
    }
    expect((await as.lead!.send('PUT', path, { minimum: 5, expectedVersion: 1 })).body.error).toMatchObject({
      message: /^reason: say why/,
      details: { field: 'reason' },
    });
    expect((await as.lead!.send('PUT', path, { minimum: 2, expectedVersion: 1, reason: 'x' })).body.error.message).toMatch(/^minimum: .*from 3 to 100/);
    expect((await as.lead!.send('PUT', path, { minimum: 5, reason: 'Small schools' })).status).toBe(409);
    expect(await as.lead!.send('PUT', path, { minimum: 5, expectedVersion: 1, reason: 'Small schools' })).toMatchObject({
      status: 200,
      body: { minimum: 5, version: 2 },
    });
    expect((await as.admin!.send('PUT', path, { minimum: 4, expectedVersion: 1, reason: 'Stale' })).status).toBe(409);
    expect((await as.admin!.send('PUT', path, { minimum: 3, expectedVersion: 2, reason: 'Back to the default' })).body).toMatchObject({
      minimum: 3,
      version: 3,
    });
    expect(await current()).toMatchObject({ quoteMinimum: 3, quoteMinimumVersion: 3 });
    const history = await t.store.db
      .selectFrom('audit_log')
      .select(['version', 'reason', 'data'])
      .where('action', '=', 'partnership.quote_minimum')
      .orderBy('seq')
      .execute();
    expect(history.map((h) => [h.version, h.reason, JSON.parse(h.data)])).toEqual([
      [2, 'Small schools', { from: 3, to: 5 }],
      [3, 'Back to the default', { from: 5, to: 3 }],
    ]);
  });

  it('verifies the audit trail and exports it for administrators only', async () => {
    const verified = await as.admin!.get('/api/audit/verify');
    expect(verified).toMatchObject({ status: 200, body: { ok: true, broken: null } });
    expect(verified.body.entries).toBeGreaterThan(100);
    const csv = await as.admin!.get('/api/audit/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="warrant-audit-trail.csv"/);
    expect(String(csv.body).split('\n')[0]).toBe('seq,at,actor,action,entity_kind,entity_id,version,reason,data,prev_hash,hash');
    for (const role of ['lead', 'analyst', 'observer', 'partner']) {
      expect([403, 404]).toContain((await as[role]!.get('/api/audit/verify')).status);
      const refused = await as[role]!.get('/api/audit/export.csv');
      expect([403, 404]).toContain(refused.status);
      expect(String(JSON.stringify(refused.body))).not.toMatch(/prev_hash/);
    }
  });

  it('keeps the day a design document version was issued and a member check sent, as the user says it, beside the moment recorded', async () => {
    const lakeside = (await t.store.organizations.resolve(pid, 'district', LAKESIDE))[0]!;
    const cycle = (await t.store.cycles.byLabel(pid, '2010-11'))!;
    const strategy = (await listStrategies(t.ctx, pid, { districtId: lakeside.id, cycleId: cycle.id }))[0]!;
    const latest = (await designDocumentState(t.ctx, await designScope(t.ctx, pid, LAKESIDE, '2010-11'))).versions.at(-1)!;
    expect(latest.issued_on).toBe(latest.created_at.slice(0, 10));
    await addElement(t.ctx, strategy.strategy.id, { kind: 'practice', description: 'Coaches co-teach a lesson each week', role: 'coach' });
    const base = { partnershipId: pid, district: LAKESIDE, cycle: '2010-11', reason: 'A practice added after the meeting' };
    const today = new Date().toISOString().slice(0, 10);
    await rejects(issueVersion(t.ctx, { ...base, issuedOn: '2999-01-01' }), 'invalid', /the date issued \(2999-01-01\) is in the future/);
    await rejects(issueVersion(t.ctx, { ...base, issuedOn: '2010-06-30' }), 'invalid', /before the cycle 2010-11 began \(2010-07-01\)/);
    await rejects(issueVersion(t.ctx, { ...base, issuedOn: '2010-13-01' }), 'invalid', /the date issued is a date, YYYY-MM-DD/);
    await rejects(issueVersion(t.ctx, { ...base, issuedOn: '2010-07-02' }), 'invalid', new RegExp(`before version ${latest.number} was issued`));
    const backdated = await issueVersion(t.ctx, { ...base, issuedOn: '2011-06-01' });
    expect(backdated).toMatchObject({ issued_on: '2011-06-01', number: latest.number + 1 });
    expect(backdated.created_at.slice(0, 10)).toBe(today);

    const partner = (await t.store.accounts.byEmail(DEMO_ACCOUNTS.find((a) => a.role === 'partner')!.email))!;
    const send = (sentOn: string) => as.analyst!.send('POST', `/api/ddd-versions/${backdated.id}/member-checks`, { recipients: [partner.id], sentOn });
    expect((await send('2011-05-31')).body.error).toMatchObject({ message: /before version \d+ was issued \(2011-06-01\)/, details: { field: 'sentOn' } });
    expect((await send('2999-01-01')).body.error.message).toMatch(/the date sent \(2999-01-01\) is in the future/);
    const sent = await send('2011-06-02');
    expect(sent).toMatchObject({ status: 201, body: { sentOn: '2011-06-02' } });
    expect(sent.body.sentAt.slice(0, 10)).toBe(today);
    const shared = await as.partner!.get(`/api/districts/${lakeside.id}/shared`);
    const year = (
      shared.body.cycles as { cycle: { label: string }; designDocument: { versions: { issuedOn: string }[] }; memberChecks: { sentOn: string }[] }[]
    ).find((c) => c.cycle.label === '2010-11')!;
    expect(year.designDocument.versions.at(-1)!.issuedOn).toBe('2011-06-01');
    expect(year.memberChecks.at(-1)!.sentOn).toBe('2011-06-02');
    // Without a day, today.
    const viaService = await sendMemberCheck(t.ctx, { versionId: backdated.id, recipients: [partner.id] });
    expect(viaService.check.sent_on).toBe(today);
  });

  it('refuses a feedback meeting dated in the future or before its cycle began', async () => {
    const meeting = { partnershipId: pid, district: LAKESIDE, cycle: '2010-11', attendees: ['Superintendent'], notes: 'Follow-up.' };
    const spring = { ...t.ctx, clock: demoClock('2011-05-01T10:00:00Z') };
    await rejects(recordMeeting(spring, { ...meeting, heldOn: '2011-05-03' }), 'invalid', /the date of the meeting \(2011-05-03\) is in the future/);
    await rejects(recordMeeting(spring, { ...meeting, heldOn: '2010-06-01' }), 'invalid', /before the cycle 2010-11 began/);
    expect(await recordMeeting(spring, { ...meeting, heldOn: '2011-04-30' })).toMatchObject({ held_on: '2011-04-30' });
    const lakeside = (await t.store.organizations.resolve(pid, 'district', LAKESIDE))[0]!;
    const posted = await as.analyst!.send('POST', `/api/districts/${lakeside.id}/feedback-meetings`, {
      cycle: '2010-11',
      on: '2999-01-01',
      attendees: ['Superintendent'],
      notes: 'Follow-up.',
    });
    expect(posted).toMatchObject({ status: 400, body: { error: { message: /is in the future/ } } });
  });
});

describe.each(DIALECTS)('the migration that keeps the days chosen (%s)', (dialect) => {
  it('dates the versions issued and member checks sent before it by the day they were recorded, and starts the quote minimum at version 1', async () => {
    const t = await openTestDatabase(dialect);
    try {
      await loadDemo(t.ctx);
      const migrator = new Migrator({
        db: t.store.db,
        provider: migrationProvider(t.store.dialect),
        migrationTableName: 'warrant_migration',
        migrationLockTableName: 'warrant_migration_lock',
      });
      expect((await migrator.migrateTo('0009-foreign-keys')).error).toBeUndefined();
      const columns = async (table: string) => (await t.store.db.introspection.getTables()).find((x) => x.name === table)!.columns.map((c) => c.name);
      expect(await columns('ddd_version')).not.toContain('issued_on');
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const versions = await t.store.db.selectFrom('ddd_version').select(['issued_on', 'created_at']).execute();
      expect(versions.length).toBeGreaterThan(0);
      expect(versions.every((v) => v.issued_on === v.created_at.slice(0, 10))).toBe(true);
      const checks = await t.store.db.selectFrom('member_check').select(['sent_on', 'sent_at']).execute();
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.every((c) => c.sent_on === c.sent_at.slice(0, 10))).toBe(true);
      expect(await t.store.db.selectFrom('partnership').select('quote_min_version').execute()).toEqual([{ quote_min_version: 1 }]);
    } finally {
      await t.close();
    }
  });
});
