import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * When something happened with a partner is the user's to say (a version handed over at a meeting
 * last week, a member check sent by mail), kept beside the moment it was recorded: a design
 * document version's `issued_on` and a member check's `sent_on`, dates; those recorded before take
 * the day they were recorded. The partnership's quote minimum gets a version, so that a change
 * names the one it was made on.
 */
export async function up(db: Db, _dialect: DialectName): Promise<void> {
  await db.schema
    .alterTable('ddd_version')
    .addColumn('issued_on', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`UPDATE ddd_version SET issued_on = substr(created_at, 1, 10)`.execute(db);
  await db.schema
    .alterTable('member_check')
    .addColumn('sent_on', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`UPDATE member_check SET sent_on = substr(sent_at, 1, 10)`.execute(db);
  await db.schema
    .alterTable('partnership')
    .addColumn('quote_min_version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Db, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('partnership').dropColumn('quote_min_version').execute();
  await db.schema.alterTable('member_check').dropColumn('sent_on').execute();
  await db.schema.alterTable('ddd_version').dropColumn('issued_on').execute();
}
