import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Scales of an instrument (items scored together, as their mean or sum, with a minimum of items
 * answered), each edit a version; and, on every response, the participant's role group, district
 * and school when they responded, since people move between schools and roles across cycles (as an
 * interview keeps them). Responses stored before are given the roster's current ones.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const fk = (column: string, parent: string) =>
    `FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")${dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''}`;
  await sql
    .raw(
      `CREATE TABLE "instrument_scale" (
        "id" text PRIMARY KEY NOT NULL,
        "instrument_id" text NOT NULL,
        "name" text NOT NULL,
        "items" text NOT NULL,
        "method" text NOT NULL,
        "minimum_answered" integer NOT NULL,
        "version" integer NOT NULL, "created_by" text NOT NULL, "created_at" text NOT NULL, "updated_by" text NOT NULL, "updated_at" text NOT NULL,
        ${fk('instrument_id', 'instrument')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "instrument_scale_by_name" ON "instrument_scale" ("instrument_id", lower("name"))`).execute(db);
  for (const column of ['role', 'district_id', 'organization_id']) await sql.raw(`ALTER TABLE "instrument_response" ADD COLUMN "${column}" text`).execute(db);
  for (const [column, source] of [
    ['role', 'role'],
    ['district_id', 'district_id'],
    ['organization_id', 'organization_id'],
  ] as const)
    await sql
      .raw(
        `UPDATE "instrument_response" SET "${column}" = (SELECT "p"."${source}" FROM "participant" AS "p" WHERE "p"."id" = "instrument_response"."participant_id")`,
      )
      .execute(db);
}

export async function down(db: Db): Promise<void> {
  for (const column of ['role', 'district_id', 'organization_id']) await sql.raw(`ALTER TABLE "instrument_response" DROP COLUMN "${column}"`).execute(db);
  await sql.raw(`DROP TABLE "instrument_scale"`).execute(db);
}
