import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

const foreignKey = (dialect: DialectName) => (column: string, parent: string) =>
  `FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")${dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : ''}`;

const VERSIONED = `"version" integer NOT NULL, "created_by" text NOT NULL, "created_at" text NOT NULL, "updated_by" text NOT NULL, "updated_at" text NOT NULL`;
const KEPT = [
  'id',
  'partnership_id',
  'instrument_id',
  'cycle_id',
  'participant_id',
  'respondent',
  'source_file',
  'source_line',
  'answers',
  'version',
  'created_by',
  'created_at',
  'updated_by',
  'updated_at',
];
const CONTEXT = ['role', 'district_id', 'organization_id'];

/** The responses' table under a new name, with or without the participant's context when they responded. */
async function createResponses(db: Db, dialect: DialectName, name: string, withContext: boolean): Promise<void> {
  const fk = foreignKey(dialect);
  await sql
    .raw(
      `CREATE TABLE "${name}" (
        "id" text PRIMARY KEY NOT NULL,
        "partnership_id" text NOT NULL,
        "instrument_id" text NOT NULL,
        "cycle_id" text NOT NULL,
        "participant_id" text NOT NULL,
        "respondent" text NOT NULL,
        "source_file" text NOT NULL,
        "source_line" integer NOT NULL,
        "answers" text NOT NULL,
        ${withContext ? `"role" text NOT NULL, "district_id" text NOT NULL, "organization_id" text NOT NULL,` : ''}
        ${VERSIONED},
        ${fk('partnership_id', 'partnership')},
        ${fk('instrument_id', 'instrument')},
        ${fk('cycle_id', 'cycle')},
        ${fk('participant_id', 'participant')}
        ${withContext ? `, ${fk('district_id', 'organization')}, ${fk('organization_id', 'organization')}` : ''}
      )`,
    )
    .execute(db);
}

/** Moves the rows into the rebuilt table (`select` gives its columns' values from "r", the old row, and "p", its participant) and puts it in the old one's place. */
async function replaceResponses(db: Db, dialect: DialectName, columns: string[], select: string[]): Promise<void> {
  await sql
    .raw(
      `INSERT INTO "instrument_response_rebuilt" (${columns.map((c) => `"${c}"`).join(', ')})
        SELECT ${select.join(', ')} FROM "instrument_response" AS "r" INNER JOIN "participant" AS "p" ON "p"."id" = "r"."participant_id"`,
    )
    .execute(db);
  await sql.raw(`DROP TABLE "instrument_response"`).execute(db);
  await sql.raw(`ALTER TABLE "instrument_response_rebuilt" RENAME TO "instrument_response"`).execute(db);
  // PostgreSQL names the primary key's index after the table it was made for; it must not stay taken.
  if (dialect === 'postgres')
    await sql.raw(`ALTER TABLE "instrument_response" RENAME CONSTRAINT "instrument_response_rebuilt_pkey" TO "instrument_response_pkey"`).execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "instrument_response_once" ON "instrument_response" ("instrument_id", "cycle_id", "participant_id")`).execute(db);
  await sql.raw(`CREATE INDEX "instrument_response_by_participant" ON "instrument_response" ("participant_id")`).execute(db);
}

/**
 * Scales of an instrument (items scored together, as their mean or sum, with a minimum of items
 * answered), each edit a version; and, on every response, the participant's role group, district
 * and school when they responded, since people move between schools and roles across cycles (as an
 * interview keeps them). Responses stored before are given the roster's current ones; the table is
 * rebuilt for it, since SQLite adds no column that is both required and a foreign key.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const fk = foreignKey(dialect);
  await sql
    .raw(
      `CREATE TABLE "instrument_scale" (
        "id" text PRIMARY KEY NOT NULL,
        "instrument_id" text NOT NULL,
        "name" text NOT NULL,
        "items" text NOT NULL,
        "method" text NOT NULL,
        "minimum_answered" integer NOT NULL,
        ${VERSIONED},
        ${fk('instrument_id', 'instrument')}
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE UNIQUE INDEX "instrument_scale_by_name" ON "instrument_scale" ("instrument_id", lower("name"))`).execute(db);
  await createResponses(db, dialect, 'instrument_response_rebuilt', true);
  await replaceResponses(db, dialect, [...KEPT, ...CONTEXT], [...KEPT.map((c) => `"r"."${c}"`), ...CONTEXT.map((c) => `"p"."${c}"`)]);
}

export async function down(db: Db, dialect: DialectName): Promise<void> {
  await createResponses(db, dialect, 'instrument_response_rebuilt', false);
  await replaceResponses(
    db,
    dialect,
    KEPT,
    KEPT.map((c) => `"r"."${c}"`),
  );
  await sql.raw(`DROP TABLE "instrument_scale"`).execute(db);
}
