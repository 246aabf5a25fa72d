import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * A passage follows its transcript's corrections: one whose words are unchanged moves to the new
 * version, one re-anchored to corrected words becomes its next version (so excerpts are versioned
 * now), and one whose old words the team keeps, as they were said, records who accepted that.
 */
export async function up(db: Db, _dialect: DialectName): Promise<void> {
  await db.schema
    .alterTable('excerpt')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Null until the passage's first change: a passage is written as it was before, its versions added by its changes.
  await db.schema.alterTable('excerpt').addColumn('updated_by', 'text').execute();
  await db.schema.alterTable('excerpt').addColumn('updated_at', 'text').execute();
  await db.schema.alterTable('excerpt').addColumn('correction_accepted_at', 'text').execute();
  await db.schema.alterTable('excerpt').addColumn('correction_accepted_by', 'text').execute();
}

export async function down(db: Db): Promise<void> {
  for (const column of ['correction_accepted_by', 'correction_accepted_at', 'updated_at', 'updated_by', 'version'])
    await db.schema.alterTable('excerpt').dropColumn(column).execute();
}
