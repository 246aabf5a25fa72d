import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

const foreignKey = (dialect: DialectName) => (column: string, parent: string) =>
  `FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")${dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''}`;

/**
 * Scores of observed lessons on an observation rubric: one row per teacher, lesson and rater, with
 * the rater's level on each dimension; a lesson scored by two raters has two rows. The teacher's
 * role group, district and school when the lesson was taught are kept, as on a survey response.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const fk = foreignKey(dialect);
  await sql
    .raw(
      `CREATE TABLE "lesson_score" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "instrument_id" text NOT NULL,
        "cycle_id" text NOT NULL,
        "participant_id" text NOT NULL,
        "lesson_date" text NOT NULL,
        "rater" text NOT NULL,
        "levels" text NOT NULL,
        "source_file" text NOT NULL,
        "source_line" integer NOT NULL,
        "role" text NOT NULL,
        "district_id" text NOT NULL,
        "organization_id" text NOT NULL,
        "version" integer NOT NULL, "created_by" text NOT NULL, "created_at" text NOT NULL, "updated_by" text NOT NULL, "updated_at" text NOT NULL,
        ${fk('partnership_id', 'partnership')},
        ${fk('instrument_id', 'instrument')},
        ${fk('cycle_id', 'cycle')},
        ${fk('participant_id', 'participant')},
        ${fk('district_id', 'organization')},
        ${fk('organization_id', 'organization')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "lesson_score_once" ON "lesson_score" ("instrument_id", "participant_id", "lesson_date", lower("rater"))`).execute(db);
  await sql.raw(`CREATE INDEX "lesson_score_by_participant" ON "lesson_score" ("participant_id")`).execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql.raw(`DROP TABLE "lesson_score"`).execute(db);
}
