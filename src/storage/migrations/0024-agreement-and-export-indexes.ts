import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Agreement on double coding reads the turns of the double-coded interviews' transcripts for their
 * bounds only (the words' offsets), and those interviews' live codings: both read from indexes
 * alone, without the pages that hold the turns' text and the codings' versions (agreement for 50
 * codes over 400 double-coded interviews of the 2,000-transcript benchmark corpus reads 41,000 turns
 * and 7,200 codings). The .qdpx export reads each page of transcripts' live excerpts by transcript
 * (it read the whole table for each page).
 */
export async function up(db: Db): Promise<void> {
  await sql.raw(`CREATE INDEX "turn_bounds" ON "turn" ("transcript_id", "seq", "text_offset", "end_offset")`).execute(db);
  await sql
    .raw(
      `CREATE INDEX "coding_live_by_interview" ON "coding" ("interview_id", "partnership_id", "transcript_id", "code_id", "coder", "start_offset", "end_offset", "id") WHERE "retired_at" IS NULL`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX "excerpt_by_transcript" ON "excerpt" ("transcript_id", "start_offset", "end_offset")`).execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql.raw(`DROP INDEX "excerpt_by_transcript"`).execute(db);
  await sql.raw(`DROP INDEX "coding_live_by_interview"`).execute(db);
  await sql.raw(`DROP INDEX "turn_bounds"`).execute(db);
}
