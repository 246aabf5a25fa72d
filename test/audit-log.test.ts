import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { AUDIT_CSV_COLUMNS, auditTrailCsv, verifyAuditTrail } from '../src/services/audit-trail.js';
import { importBundle } from '../src/services/import-bundle.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

describe.each(DIALECTS)('the audit log (%s)', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE));
  });
  afterEach(() => t.close());

  it('records who imported what, and cannot be changed or emptied, even with SQL', async () => {
    const count = await t.store.audit.count();
    expect(count).toBeGreaterThan(0);
    const rows = await t.store.db.selectFrom('audit_log').select(['actor', 'action']).execute();
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set(['analyst@test']));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['participant.import', 'interview.import', 'transcript.import']));
    await expect(sql`UPDATE audit_log SET actor = 'someone else'`.execute(t.store.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.store.db)).rejects.toThrow(/append-only/);
    expect(await t.store.audit.count()).toBe(count);
  });

  it('chains every entry to the one before, so that a change made behind its back is found', async () => {
    expect(await verifyAuditTrail(t.ctx)).toEqual({ entries: await t.store.audit.count(), broken: null });
    // Someone with the database file lifts the guard and rewrites history.
    const victim = (await t.store.db.selectFrom('audit_log').select('seq').where('action', '=', 'interview.import').orderBy('seq').executeTakeFirstOrThrow())
      .seq;
    if (dialect === 'sqlite') await sql`DROP TRIGGER audit_log_no_update`.execute(t.store.db);
    else await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(t.store.db);
    await sql`UPDATE audit_log SET actor = 'someone else' WHERE seq = ${victim}`.execute(t.store.db);
    const { broken } = await verifyAuditTrail(t.ctx);
    expect(broken).toEqual({ seq: victim, reason: expect.stringMatching(/contents do not match its hash/) });
  });

  it('exports as CSV in which nothing reads as a spreadsheet formula', async () => {
    const evil = { ...t.ctx, actor: '=HYPERLINK("http://example.org","x")' };
    await importBundle(evil, writeBundleFiles({ ...VALID_BUNDLE, 'p01.txt': 'Interviewer: And now?\nPrincipal Gray: Changed.\n' }));
    let csv = '';
    for await (const chunk of auditTrailCsv(t.ctx)) csv += chunk;
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(rows.length).toBe((await t.store.audit.count()) + 1);
    expect(rows.some((r) => r[2] === `'=HYPERLINK("http://example.org","x")`)).toBe(true);
    expect(rows.every((r) => r.every((cell) => !/^[=+\-@]/.test(cell)))).toBe(true);
  });
});
