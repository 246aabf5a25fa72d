import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * A coding of a transcript's passage keeps the passage's transcript and offsets beside it, for the
 * indexes that co-occurrence and agreement read. A passage moved to a corrected transcript (by
 * itself, or re-anchored) left its codings on the old version; they now follow it when it moves
 * (services/passage-codings), and this puts those left behind where their passages are. The moves
 * themselves are in the audit trail as the passages' (excerpt.move, excerpt.reanchor).
 */
export async function up(db: Db): Promise<void> {
  await sql`UPDATE coding SET
      transcript_id = (SELECT e.transcript_id FROM excerpt e WHERE e.id = coding.excerpt_id),
      start_offset = (SELECT e.start_offset FROM excerpt e WHERE e.id = coding.excerpt_id),
      end_offset = (SELECT e.end_offset FROM excerpt e WHERE e.id = coding.excerpt_id)
    WHERE excerpt_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM excerpt e WHERE e.id = coding.excerpt_id
        AND (e.transcript_id <> coding.transcript_id OR e.start_offset <> coding.start_offset OR e.end_offset <> coding.end_offset))`.execute(db);
}

/** Nothing to undo: the codings stay where their passages are. */
export async function down(): Promise<void> {}
