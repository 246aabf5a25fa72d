import { type Kysely, Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { checkPartnership } from '../src/services/check.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { migrate } from '../src/storage/database.js';
import type { DialectName } from '../src/storage/dialect.js';
import { migrationProvider } from '../src/storage/migrations/index.js';
import type { Database } from '../src/storage/schema.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

/**
 * References between records are foreign keys on both engines: a record cannot name one that does
 * not exist. The migration that adds them runs on a database the previous release created and
 * filled, and refuses, changing nothing, one in which a record already names a missing one.
 */

/** The release before the keys: its last migration. */
const PREVIOUS_RELEASE = '0008-turn-segments';

/** Columns that name a record of one of several kinds (its kind in a column beside), or none. */
const NOT_A_REFERENCE = new Set([
  'citation.citing_id',
  'citation.cited_id',
  'strategy_evidence.citing_id',
  'strategy_evidence.cited_id',
  'evidence_link.citing_id',
  'evidence_link.cited_id',
  'audit_log.entity_id',
  // A memo's subject is a record of the kind its subject_kind names.
  'memo.subject_id',
  // A record brought in from another QDA tool, of whichever kind its GUID named there (a source, selection, coding, note or case).
  'exchange_guid.record_id',
]);

type Reference = `${string}.${string} → ${string}`;

async function foreignKeys(db: Kysely<Database>, dialect: DialectName): Promise<Reference[]> {
  if (dialect === 'sqlite') {
    const { rows } = await sql<{ table: string; column: string; parent: string }>`
      SELECT m.name AS "table", f."from" AS "column", f."table" AS parent
      FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`.execute(db);
    return rows.map((r) => `${r.table}.${r.column} → ${r.parent}` as const).sort();
  }
  const { rows } = await sql<{ table: string; column: string; parent: string }>`
    SELECT c.conrelid::regclass::text AS "table", a.attname AS "column", c.confrelid::regclass::text AS parent
    FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
    WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`.execute(db);
  return rows.map((r) => `${r.table}.${r.column} → ${r.parent}` as const).sort();
}

async function referenceColumns(db: Kysely<Database>, dialect: DialectName): Promise<string[]> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ column: string }>`
          SELECT m.name || '.' || c.name AS "column" FROM sqlite_master m, pragma_table_info(m.name) c
          WHERE m.type = 'table' AND m.name NOT LIKE '%fts%' AND m.name NOT LIKE 'warrant_migration%' AND c.name LIKE '%\\_id' ESCAPE '\\'`.execute(db)
      : await sql<{ column: string }>`
          SELECT table_name || '.' || column_name AS "column" FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name NOT LIKE 'warrant_migration%' AND column_name LIKE '%\\_id'`.execute(db);
  return rows.map((r) => r.column).sort();
}

const migratorOf = (t: TestDatabase) =>
  new Migrator({
    db: t.store.db,
    provider: migrationProvider(t.store.dialect),
    migrationTableName: 'warrant_migration',
    migrationLockTableName: 'warrant_migration_lock',
  });

/**
 * The demo as the previous release held it: loaded by today's code (which writes kinds of record
 * added since), then migrated down, the tables added after the keys going with their rows.
 */
async function demoInPreviousRelease(t: TestDatabase): Promise<void> {
  await migrate({ db: t.store.db, dialect: t.store.dialect });
  await loadDemo(t.ctx);
  expect((await migratorOf(t).migrateTo(PREVIOUS_RELEASE)).error).toBeUndefined();
}

const tableCounts = async (t: TestDatabase) => {
  const counts: Record<string, number> = {};
  for (const table of [
    'organization',
    'interview',
    'turn',
    'turn_segment',
    'excerpt',
    'finding',
    'citation',
    'strategy_element',
    'member_check_response',
    'uptake',
    'audit_log',
  ] as const)
    counts[table] = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(t.store.db)).rows[0]!.n);
  return counts;
};

describe.each(DIALECTS)('foreign keys on %s', (dialect) => {
  let t: TestDatabase;
  let keys: Reference[];

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    // The database as the previous release made it, filled with the demo, then upgraded.
    await demoInPreviousRelease(t);
    expect(await foreignKeys(t.store.db, dialect)).toEqual([]);
  });
  afterAll(() => t?.close());

  it('are added to a database the previous release created, keeping every row, index and search', async () => {
    const before = await tableCounts(t);
    await migrate({ db: t.store.db, dialect });
    keys = await foreignKeys(t.store.db, dialect);
    expect(keys).toContain('interview.cycle_id → cycle');
    expect(keys).toContain('organization.district_id → organization');
    expect(keys).toContain('turn_segment.turn_id → turn');
    expect(await tableCounts(t)).toEqual(before);
    expect(before.turn_segment).toBeGreaterThan(1000);
    const pid = (await resolvePartnership(t.ctx)).id;
    expect(await checkPartnership(t.ctx, pid)).toEqual([]);
    expect(await t.store.verifyIntegrity()).toEqual([]);
    expect((await t.store.audit.verify()).broken).toBeNull();
    if (dialect === 'sqlite')
      expect((await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(t.store.db)).rows).toEqual([{ integrity_check: 'ok' }]);
  });

  it('cover every column that names a record of one kind', async () => {
    const covered = new Set(keys.map((k) => k.split(' → ')[0]));
    const columns = await referenceColumns(t.store.db, dialect);
    expect(columns.length).toBeGreaterThan(60);
    expect(columns.filter((c) => !covered.has(c) && !NOT_A_REFERENCE.has(c)).map((c) => `${c} names a record but has no foreign key`)).toEqual([]);
  });

  it('refuse a record that names one that does not exist', async () => {
    const finding = await t.store.db.selectFrom('finding').select('id').executeTakeFirstOrThrow();
    await expect(t.store.db.updateTable('finding').set({ cycle_id: 'cyc_0000000000000000' }).where('id', '=', finding.id).execute()).rejects.toThrow(
      /foreign key/i,
    );
    await expect(t.store.db.updateTable('interview').set({ participant_id: 'par_0000000000000000' }).execute()).rejects.toThrow(/foreign key/i);
  });

  it('are taken off again by the migration down, and put back', async () => {
    expect((await migratorOf(t).migrateTo(PREVIOUS_RELEASE)).error).toBeUndefined();
    expect(await foreignKeys(t.store.db, dialect)).toEqual([]);
    await migrate({ db: t.store.db, dialect });
    expect(await foreignKeys(t.store.db, dialect)).toEqual(keys);
  });
});

describe.each(DIALECTS)('the migration that adds the foreign keys, on %s', (dialect) => {
  it('refuses a database in which a record names a missing one, saying which, and changes nothing', async () => {
    const t = await openTestDatabase(dialect);
    try {
      await demoInPreviousRelease(t);
      const finding = await t.store.db.selectFrom('finding').select('id').executeTakeFirstOrThrow();
      await t.store.db.updateTable('finding').set({ cycle_id: 'cyc_gone' }).where('id', '=', finding.id).execute();
      await expect(migrate({ db: t.store.db, dialect })).rejects.toThrow(
        /migration 0009-foreign-keys failed: records refer to records that do not exist; nothing was changed: 1 row of finding names in cycle_id a cycle that does not exist \(e\.g\. cyc_gone\)/,
      );
      expect(await foreignKeys(t.store.db, dialect)).toEqual([]);
      const applied = await t.store.db
        .selectFrom('warrant_migration' as never)
        .select('name' as never)
        .execute();
      expect(applied.map((r) => (r as { name: string }).name)).not.toContain('0009-foreign-keys');
    } finally {
      await t.close();
    }
  });
});
