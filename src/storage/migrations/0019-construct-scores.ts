import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Construct scoring: a partnership's levelled rubrics (each edit a version of the rubric; its
 * dimensions and their ordered levels, withdrawn ones kept), the scores given to interviews on each
 * dimension by their scorer (re-scoring is the score's next version), and the passages (excerpts)
 * that justify each score. References are foreign keys (deferrable on PostgreSQL, as every key is).
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
      `CREATE TABLE "rubric" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "name" text NOT NULL,
        "description" text NOT NULL,
        ${versioned},
        ${fk('partnership_id', 'partnership')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "rubric_by_partnership" ON "rubric" ("partnership_id", "name")`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "rubric_dimension" (
        "id" text PRIMARY KEY NOT NULL,
        "rubric_id" text NOT NULL,
        "name" text NOT NULL,
        "description" text NOT NULL,
        "position" integer NOT NULL,
        ${retirable},
        ${fk('rubric_id', 'rubric')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "rubric_dimension_by_rubric" ON "rubric_dimension" ("rubric_id", "position")`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "rubric_level" (
        "id" text PRIMARY KEY NOT NULL,
        "rubric_dimension_id" text NOT NULL,
        "value" integer NOT NULL,
        "label" text NOT NULL,
        "descriptor" text NOT NULL,
        ${retirable},
        ${fk('rubric_dimension_id', 'rubric_dimension')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "rubric_level_value" ON "rubric_level" ("rubric_dimension_id", "value") WHERE "retired_at" IS NULL`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "score" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "interview_id" text NOT NULL,
        "rubric_id" text NOT NULL,
        "rubric_dimension_id" text NOT NULL,
        "level" integer NOT NULL,
        "scorer" text NOT NULL,
        "note" text NOT NULL,
        ${versioned},
        ${retirable},
        ${fk('partnership_id', 'partnership')},
        ${fk('interview_id', 'interview')},
        ${fk('rubric_id', 'rubric')},
        ${fk('rubric_dimension_id', 'rubric_dimension')},
        ${fk('scorer', 'account')}
      )`,
    )
    .execute(db);
  // One live score per interview, dimension and scorer: a re-score is the next version of it.
  await sql.raw(`CREATE UNIQUE INDEX "score_live" ON "score" ("interview_id", "rubric_dimension_id", "scorer") WHERE "retired_at" IS NULL`).execute(db);
  await sql.raw(`CREATE INDEX "score_by_rubric" ON "score" ("rubric_id", "rubric_dimension_id")`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "score_passage" (
        "id" text PRIMARY KEY NOT NULL,
        "score_id" text NOT NULL,
        "excerpt_id" text NOT NULL,
        "stance" text NOT NULL,
        "note" text NOT NULL,
        "created_by" text NOT NULL,
        "created_at" text NOT NULL,
        ${retirable},
        ${fk('score_id', 'score')},
        ${fk('excerpt_id', 'excerpt')},
        CHECK ("stance" IN ('supports', 'contradicts'))
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "score_passage_by_score" ON "score_passage" ("score_id")`).execute(db);
  await sql.raw(`CREATE INDEX "score_passage_by_excerpt" ON "score_passage" ("excerpt_id")`).execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('score_passage').execute();
  await db.schema.dropTable('score').execute();
  await db.schema.dropTable('rubric_level').execute();
  await db.schema.dropTable('rubric_dimension').execute();
  await db.schema.dropTable('rubric').execute();
}
