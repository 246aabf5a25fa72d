import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Participants' attributes as the partnership defines them (years of experience, grades taught…)
 * and each participant's values. References are foreign keys on both engines (deferrable on
 * PostgreSQL, so that loading an archive checks them at the end).
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const fk = (column: string, parent: string) =>
    `FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")${dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''}`;
  await sql
    .raw(
      `CREATE TABLE "participant_attribute" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "name" text NOT NULL,
        "kind" text NOT NULL,
        "choices" text NOT NULL,
        "description" text NOT NULL,
        "version" integer NOT NULL,
        "created_by" text NOT NULL,
        "created_at" text NOT NULL,
        "updated_by" text NOT NULL,
        "updated_at" text NOT NULL,
        ${fk('partnership_id', 'partnership')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "participant_attribute_by_name" ON "participant_attribute" ("partnership_id", lower("name"))`).execute(db);
  await sql
    .raw(
      `CREATE TABLE "participant_attribute_value" (
        "id" text PRIMARY KEY NOT NULL,
        "participant_id" text NOT NULL,
        "attribute_id" text NOT NULL,
        "value" text NOT NULL,
        "set_by" text NOT NULL,
        "set_at" text NOT NULL,
        ${fk('participant_id', 'participant')},
        ${fk('attribute_id', 'participant_attribute')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "participant_attribute_value_of" ON "participant_attribute_value" ("participant_id", "attribute_id")`).execute(db);
  await sql.raw(`CREATE INDEX "participant_attribute_value_by_attribute" ON "participant_attribute_value" ("attribute_id")`).execute(db);
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('participant_attribute_value').execute();
  await db.schema.dropTable('participant_attribute').execute();
}
