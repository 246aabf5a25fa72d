import { type Kysely, sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** A live citation of the same evidence by the same item exists once, even under concurrent requests. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE UNIQUE INDEX citation_live_pair ON citation (citing_id, cited_id) WHERE retired_at IS NULL`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX citation_live_pair`.execute(db);
}
