import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * A template marks the fields an ISF must have written before it is complete (1 = required). Fields
 * already stored are optional, so no form that was complete becomes one that could not be.
 */
export async function up(db: Db, _dialect: DialectName): Promise<void> {
  await db.schema
    .alterTable('isf_field')
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Db, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('isf_field').dropColumn('required').execute();
}
