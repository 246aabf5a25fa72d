import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * A code keeps the REFI-QDA GUID it is exchanged under (one derived from its ID when made in Warrant,
 * the other tool's when imported), so that importing a codebook again updates its codes rather than
 * adding them twice. Unique within a partnership.
 */
export async function up(db: Db, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('code').addColumn('guid', 'text').execute();
  await db.schema.createIndex('code_by_guid').unique().on('code').columns(['partnership_id', 'guid']).execute();
}

export async function down(db: Db, _dialect: DialectName): Promise<void> {
  await db.schema.dropIndex('code_by_guid').execute();
  await db.schema.alterTable('code').dropColumn('guid').execute();
}
