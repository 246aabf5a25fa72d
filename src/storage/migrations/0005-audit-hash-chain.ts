import { type Kysely, sql } from 'kysely';
import { type ChainedFields, chainHash, GENESIS } from '../../domain/audit-chain.js';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Chains the audit log by hash; entries written before are chained now, in order. */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('hash', 'text').execute();
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
  if (rows.length === 0) return;
  // The append-only guard is lifted for this one pass, inside the migration's transaction.
  if (dialect === 'sqlite') await sql`DROP TRIGGER audit_log_no_update`.execute(db);
  else await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(db);
  let previous = GENESIS;
  for (const row of rows) {
    const hash = chainHash(previous, row as ChainedFields);
    await db.updateTable('audit_log').set({ prev_hash: previous, hash }).where('seq', '=', row.seq).execute();
    previous = hash;
  }
  if (dialect === 'sqlite') {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`.execute(db);
  } else {
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('hash').execute();
  await db.schema.alterTable('audit_log').dropColumn('prev_hash').execute();
}
