import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * A partnership's participant attributes keep the order the team defined them in, by position:
 * attributes defined within the same millisecond (an import, a script) tied on their creation time.
 * Existing attributes are numbered in their creation order.
 */
export async function up(db: Db): Promise<void> {
  await sql.raw(`ALTER TABLE "participant_attribute" ADD COLUMN "position" integer NOT NULL DEFAULT 0`).execute(db);
  await sql
    .raw(
      `UPDATE "participant_attribute" SET "position" = (
        SELECT count(*) FROM "participant_attribute" AS "earlier"
        WHERE "earlier"."partnership_id" = "participant_attribute"."partnership_id"
          AND ("earlier"."created_at" < "participant_attribute"."created_at"
            OR ("earlier"."created_at" = "participant_attribute"."created_at" AND "earlier"."id" <= "participant_attribute"."id")))`,
    )
    .execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql.raw(`ALTER TABLE "participant_attribute" DROP COLUMN "position"`).execute(db);
}
