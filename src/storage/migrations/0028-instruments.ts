import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Instruments the team gives participants (surveys, observation rubrics, knowledge tests, student
 * achievement): their items, in order, each with its type, value labels, range and reverse coding
 * and the cycle it was added in; and each participant's response in a cycle, its answers by item key
 * as JSON, a correction being its next version. References are foreign keys on both engines
 * (deferrable on PostgreSQL, so that loading an archive checks them at the end).
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const fk = (column: string, parent: string) =>
    `FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")${dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''}`;
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  const versioned = `"version" integer NOT NULL, "created_by" text NOT NULL, "created_at" text NOT NULL, "updated_by" text NOT NULL, "updated_at" text NOT NULL`;
  await sql
    .raw(
      `CREATE TABLE "instrument" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "name" text NOT NULL,
        "kind" text NOT NULL,
        "description" text NOT NULL,
        ${versioned},
        ${fk('partnership_id', 'partnership')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "instrument_by_name" ON "instrument" ("partnership_id", lower("name"))`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "instrument_item" (
        "id" text PRIMARY KEY NOT NULL,
        "instrument_id" text NOT NULL,
        "key" text NOT NULL,
        "text" text NOT NULL,
        "type" text NOT NULL,
        "labels" text NOT NULL,
        "min" ${real},
        "max" ${real},
        "reverse" integer NOT NULL,
        "position" integer NOT NULL,
        "first_cycle_id" text NOT NULL,
        "created_by" text NOT NULL,
        "created_at" text NOT NULL,
        ${fk('instrument_id', 'instrument')},
        ${fk('first_cycle_id', 'cycle')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "instrument_item_by_key" ON "instrument_item" ("instrument_id", lower("key"))`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "instrument_response" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "instrument_id" text NOT NULL,
        "cycle_id" text NOT NULL,
        "participant_id" text NOT NULL,
        "respondent" text NOT NULL,
        "source_file" text NOT NULL,
        "source_line" integer NOT NULL,
        "answers" text NOT NULL,
        ${versioned},
        ${fk('partnership_id', 'partnership')},
        ${fk('instrument_id', 'instrument')},
        ${fk('cycle_id', 'cycle')},
        ${fk('participant_id', 'participant')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "instrument_response_once" ON "instrument_response" ("instrument_id", "cycle_id", "participant_id")`).execute(db);
  await sql.raw(`CREATE INDEX "instrument_response_by_participant" ON "instrument_response" ("participant_id")`).execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql.raw(`DROP TABLE "instrument_response"`).execute(db);
  await sql.raw(`DROP TABLE "instrument_item"`).execute(db);
  await sql.raw(`DROP TABLE "instrument"`).execute(db);
}
