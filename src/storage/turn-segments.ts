import { type Insertable, type Kysely, sql } from 'kysely';
import { turnSegments } from '../domain/transcript.js';
import type { DialectName } from './dialect.js';
import type { Database, TurnSegmentTable } from './schema.js';

const TURNS_PER_BATCH = 200;
const ROWS_PER_INSERT = 500;

/** The search segments of a stored turn (domain/transcript turnSegments), as turn_segment rows with their text. */
export const segmentRows = (turnId: number, turn: { text: string; text_offset: number }): Insertable<TurnSegmentTable>[] =>
  turnSegments(turn.text, turn.text_offset).map((s, seq) => ({ turn_id: turnId, seq, text_offset: s.textOffset, text: s.text }));

/**
 * The text a segment row stores. On SQLite a segment that is its whole turn stores '' (migration
 * 0026): its text is the turn's, read through the view turn_segment_text. PostgreSQL computes its
 * search vector from the row's own text and keeps it.
 */
export const storedSegmentText = (dialect: DialectName, segment: { seq: number; text: string }, turnText: string): string =>
  dialect === 'sqlite' && segment.seq === 0 && segment.text.length === turnText.length ? '' : segment.text;

/** A segment's text on SQLite, from turn_segment `s` and its turn `t` (as the view turn_segment_text gives it). */
export const SEGMENT_TEXT = sql.raw(`CASE WHEN s.text = '' THEN t.text ELSE s.text END`);

/**
 * Writes the search segments of every stored turn into an empty turn_segment table, a batch of
 * turns at a time, and (on SQLite) rebuilds the full-text index from them: after loading an archive
 * (segments, like the index, are not archived).
 */
export async function segmentStoredTurns(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  for (let after = 0; ;) {
    const turns = await db.selectFrom('turn').select(['id', 'text', 'text_offset']).where('id', '>', after).orderBy('id').limit(TURNS_PER_BATCH).execute();
    if (turns.length === 0) break;
    const rows = turns.flatMap((t) => segmentRows(t.id, t).map((s) => ({ ...s, text: storedSegmentText(dialect, s, t.text) })));
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
      await db
        .insertInto('turn_segment')
        .values(rows.slice(i, i + ROWS_PER_INSERT))
        .execute();
    after = turns[turns.length - 1]!.id;
  }
  if (dialect === 'sqlite') await sql`INSERT INTO turn_segment_fts(turn_segment_fts) VALUES ('rebuild')`.execute(db);
}
