import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Retrieval over codings reads a partnership's live codings with their interview's role group,
 * cycle, school, district, protocol and participant, grouped by code: both read from indexes
 * alone (a code's passages, a matrix of 50 codes on 20,000 codings in one grouped query).
 */
export async function up(db: Db): Promise<void> {
  await sql
    .raw(
      `CREATE INDEX "coding_live_by_partnership" ON "coding" ("partnership_id", "code_id", "interview_id", "excerpt_id", "coder") WHERE "retired_at" IS NULL`,
    )
    .execute(db);
  await sql
    .raw(`CREATE INDEX "interview_for_retrieval" ON "interview" ("id", "role", "cycle_id", "participant_id", "district_id", "organization_id", "protocol")`)
    .execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql.raw(`DROP INDEX "interview_for_retrieval"`).execute(db);
  await sql.raw(`DROP INDEX "coding_live_by_partnership"`).execute(db);
}
