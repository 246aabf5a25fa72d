import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
});
