import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

const foreignKey = (dialect: DialectName) => (column: string, parent: string) =>
  `FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")${dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''}`;

/**
 * Student achievement as the districts report it: aggregates per school, grade and student group in
 * a year (the number of students tested, the percent at standard, the mean scale score), never a
 * student's own result.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const fk = foreignKey(dialect);
  await sql
    .raw(
      `CREATE TABLE "achievement_result" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "instrument_id" text NOT NULL,
        "cycle_id" text NOT NULL,
        "district_id" text NOT NULL,
        "organization_id" text NOT NULL,
        "grade" text NOT NULL,
        "student_group" text NOT NULL,
        "number_tested" integer NOT NULL,
        "percent_at_standard" double precision,
        "mean_scale_score" double precision,
        "source_file" text NOT NULL,
        "source_line" integer NOT NULL,
        "version" integer NOT NULL, "created_by" text NOT NULL, "created_at" text NOT NULL, "updated_by" text NOT NULL, "updated_at" text NOT NULL,
        ${fk('partnership_id', 'partnership')},
        ${fk('instrument_id', 'instrument')},
        ${fk('cycle_id', 'cycle')},
        ${fk('district_id', 'organization')},
        ${fk('organization_id', 'organization')}
      )`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE UNIQUE INDEX "achievement_result_once" ON "achievement_result" ("instrument_id", "cycle_id", "organization_id", lower("grade"), lower("student_group"))`,
    )
    .execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql.raw(`DROP TABLE "achievement_result"`).execute(db);
}
