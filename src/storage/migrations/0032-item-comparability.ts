import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * An item reworded in a later cycle reads differently from then on; one first asked in a later
 * cycle changes what a scale holds. Either stays comparable with the cycles before only where the
 * team marks it so: the cycle of the rewording, and the mark.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  const deferrable = dialect === 'postgres' ? ' DEFERRABLE INITIALLY IMMEDIATE' : '';
  await sql.raw(`ALTER TABLE "instrument_item" ADD COLUMN "reworded_cycle_id" text REFERENCES "cycle" ("id")${deferrable}`).execute(db);
  await sql.raw(`ALTER TABLE "instrument_item" ADD COLUMN "comparable" integer NOT NULL DEFAULT 0`).execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql.raw(`ALTER TABLE "instrument_item" DROP COLUMN "comparable"`).execute(db);
  await sql.raw(`ALTER TABLE "instrument_item" DROP COLUMN "reworded_cycle_id"`).execute(db);
}
