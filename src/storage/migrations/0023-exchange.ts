import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Bringing in a REFI-QDA project: the GUID another tool knows each imported record by (its sources,
 * selections, codings, notes, cases and users), so that importing the same project again changes
 * nothing; and the interviews brought in from documents that could not be mapped to a participant
 * (or a cycle), to be assigned by the team.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const fk = (column: string, parent: string) =>
    `FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")${dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''}`;
  await sql
    .raw(
      `CREATE TABLE "exchange_guid" (
        "record_id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "guid" text NOT NULL,
        ${fk('partnership_id', 'partnership')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "exchange_guid_by_guid" ON "exchange_guid" ("partnership_id", "guid")`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "unassigned_document" (
        "interview_id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "source_name" text NOT NULL,
        "archive" text NOT NULL,
        "imported_by" text NOT NULL,
        "imported_at" text NOT NULL,
        ${fk('interview_id', 'interview')},
        ${fk('partnership_id', 'partnership')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "unassigned_document_by_partnership" ON "unassigned_document" ("partnership_id")`).execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql.raw(`DROP TABLE "unassigned_document"`).execute(db);
  await sql.raw(`DROP TABLE "exchange_guid"`).execute(db);
}
