import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * A feedback report is sent in versions, like the design document: each sending is numbered within
 * its district and cycle and keeps the partner version as it was sent (the report's outline as
 * JSON), with the reason a later version was sent. Reports recorded before kept no content: they
 * stay readable as the data now produce them.
 */
export async function up(db: Db, _dialect: DialectName): Promise<void> {
  // Every row is numbered below; the default only lets the column be added to rows that exist.
  await db.schema
    .alterTable('feedback_report')
    .addColumn('number', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('feedback_report').addColumn('content', 'text').execute();
  await db.schema
    .alterTable('feedback_report')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows: { id: string; district_id: string; cycle_id: string }[] = await db
    .selectFrom('feedback_report')
    .select(['id', 'district_id', 'cycle_id'])
    .orderBy('sent_on')
    .orderBy('id')
    .execute();
  const numbers = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.district_id} ${r.cycle_id}`;
    const number = (numbers.get(key) ?? 0) + 1;
    numbers.set(key, number);
    await db
      .updateTable('feedback_report')
      .set({ number, reason: number === 1 ? 'first version' : '' })
      .where('id', '=', r.id)
      .execute();
  }
  await db.schema.createIndex('feedback_report_version').on('feedback_report').columns(['district_id', 'cycle_id', 'number']).unique().execute();
}

export async function down(db: Db, _dialect: DialectName): Promise<void> {
  await sql`DROP INDEX feedback_report_version`.execute(db);
  for (const column of ['reason', 'content', 'number']) await db.schema.alterTable('feedback_report').dropColumn(column).execute();
}
