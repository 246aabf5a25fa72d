import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Reconciliation of double coding: where coders disagreed on a code in a unit of an interview (a turn,
 * or a stretch of its transcript), who decided whether the code applies, why, and the coding that
 * stands for it. Rows are only added: a later decision on the same unit supersedes an earlier one.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const fk = (column: string, parent: string) =>
    `FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")${dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''}`;
  await sql
    .raw(
      `CREATE TABLE "reconciliation" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "interview_id" text NOT NULL,
        "transcript_id" text NOT NULL,
        "code_id" text NOT NULL,
        "turn_seq" integer,
        "start_offset" integer NOT NULL,
        "end_offset" integer NOT NULL,
        "decision" text NOT NULL,
        "coding_id" text,
        "decided_by" text NOT NULL,
        "decided_at" text NOT NULL,
        "reason" text NOT NULL,
        ${fk('partnership_id', 'partnership')},
        ${fk('interview_id', 'interview')},
        ${fk('transcript_id', 'transcript')},
        ${fk('code_id', 'code')},
        ${fk('coding_id', 'coding')},
        CHECK ("decision" IN ('applied', 'not_applied')),
        CHECK ("start_offset" >= 0 AND "end_offset" >= "start_offset"),
        CHECK ("decision" = 'applied' OR "coding_id" IS NULL)
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "reconciliation_by_interview" ON "reconciliation" ("interview_id", "code_id", "decided_at")`).execute(db);
  await sql.raw(`CREATE INDEX "reconciliation_by_partnership" ON "reconciliation" ("partnership_id", "code_id")`).execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('reconciliation').execute();
}
