import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Qualitative coding: a partnership's codebook (hierarchical codes, each edit a version), codings of
 * passages by their coder (a transcript's passage is an excerpt, the same passage identity the evidence
 * chain cites; an artifact's is a stretch of its text), memos, and the interviews assigned to coders
 * for double coding. References are foreign keys (deferrable on PostgreSQL, as every key is).
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const fk = (column: string, parent: string) =>
    `FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")${dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''}`;
  const versioned = `"version" integer NOT NULL,
        "created_by" text NOT NULL,
        "created_at" text NOT NULL,
        "updated_by" text NOT NULL,
        "updated_at" text NOT NULL`;
  const retirable = `"retired_at" text,
        "retired_by" text,
        "retired_reason" text`;
  await sql
    .raw(
      `CREATE TABLE "code" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "parent_id" text,
        "name" text NOT NULL,
        "definition" text NOT NULL,
        "inclusion" text NOT NULL,
        "exclusion" text NOT NULL,
        "example" text NOT NULL,
        "colour" text NOT NULL,
        "position" integer NOT NULL,
        "merged_into_id" text,
        "split_from_id" text,
        ${versioned},
        ${retirable},
        ${fk('partnership_id', 'partnership')},
        ${fk('parent_id', 'code')},
        ${fk('merged_into_id', 'code')},
        ${fk('split_from_id', 'code')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "code_by_partnership" ON "code" ("partnership_id", "parent_id", "position")`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "coding" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "code_id" text NOT NULL,
        "coder" text NOT NULL,
        "excerpt_id" text,
        "interview_id" text,
        "transcript_id" text,
        "artifact_id" text,
        "start_offset" integer NOT NULL,
        "end_offset" integer NOT NULL,
        ${versioned},
        ${retirable},
        ${fk('partnership_id', 'partnership')},
        ${fk('code_id', 'code')},
        ${fk('excerpt_id', 'excerpt')},
        ${fk('interview_id', 'interview')},
        ${fk('transcript_id', 'transcript')},
        ${fk('artifact_id', 'artifact')},
        CHECK (("excerpt_id" IS NOT NULL AND "interview_id" IS NOT NULL AND "transcript_id" IS NOT NULL AND "artifact_id" IS NULL)
            OR ("excerpt_id" IS NULL AND "interview_id" IS NULL AND "transcript_id" IS NULL AND "artifact_id" IS NOT NULL)),
        CHECK ("start_offset" >= 0 AND "end_offset" >= "start_offset")
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "coding_by_code" ON "coding" ("code_id", "coder")`).execute(db);
  await sql.raw(`CREATE INDEX "coding_by_transcript" ON "coding" ("transcript_id", "start_offset")`).execute(db);
  await sql.raw(`CREATE INDEX "coding_by_interview" ON "coding" ("interview_id", "coder")`).execute(db);
  await sql.raw(`CREATE INDEX "coding_by_excerpt" ON "coding" ("excerpt_id")`).execute(db);
  await sql.raw(`CREATE INDEX "coding_by_artifact" ON "coding" ("artifact_id", "start_offset")`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "memo" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "subject_kind" text,
        "subject_id" text,
        "title" text NOT NULL,
        "text" text NOT NULL,
        ${versioned},
        ${retirable},
        ${fk('partnership_id', 'partnership')},
        CHECK (("subject_kind" IS NULL) = ("subject_id" IS NULL))
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "memo_by_subject" ON "memo" ("partnership_id", "subject_kind", "subject_id")`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "coding_assignment" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "interview_id" text NOT NULL,
        "coder" text NOT NULL,
        "assigned_by" text NOT NULL,
        "assigned_at" text NOT NULL,
        "done_at" text,
        ${retirable},
        ${fk('partnership_id', 'partnership')},
        ${fk('interview_id', 'interview')},
        ${fk('coder', 'account')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "coding_assignment_by_interview" ON "coding_assignment" ("interview_id", "coder")`).execute(db);
  await sql.raw(`CREATE INDEX "coding_assignment_by_coder" ON "coding_assignment" ("partnership_id", "coder")`).execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('coding_assignment').execute();
  await db.schema.dropTable('memo').execute();
  await db.schema.dropTable('coding').execute();
  await db.schema.dropTable('code').execute();
}
