import { type Insertable, type Kysely, sql } from 'kysely';
import { turnSegments } from '../domain/transcript.js';
import type { DialectName } from './dialect.js';
import type { Database, TurnSegmentTable } from './schema.js';

const TURNS_PER_BATCH = 200;
const ROWS_PER_INSERT = 500;

/** The search segments of a stored turn (domain/transcript turnSegments), as turn_segment rows. */
export const segmentRows = (turnId: number, turn: { text: string; text_offset: number }): Insertable<TurnSegmentTable>[] =>
  turnSegments(turn.text, turn.text_offset).map((s, seq) => ({ turn_id: turnId, seq, text_offset: s.textOffset, text: s.text }));

/**
 * Writes the search segments of every stored turn into an empty turn_segment table, a batch of
 * turns at a time, and (on SQLite) rebuilds the full-text index from them: after loading an archive
 * (segments, like the index, are not archived).
 */
export async function segmentStoredTurns(db: Kysely<Database>, dialect: DialectName): Promise<void> {
  for (let after = 0; ;) {
    const turns = await db.selectFrom('turn').select(['id', 'text', 'text_offset']).where('id', '>', after).orderBy('id').limit(TURNS_PER_BATCH).execute();
    if (turns.length === 0) break;
    const rows = turns.flatMap((t) => segmentRows(t.id, t));
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
      await db
        .insertInto('turn_segment')
        .values(rows.slice(i, i + ROWS_PER_INSERT))
        .execute();
    after = turns[turns.length - 1]!.id;
  }
  if (dialect === 'sqlite') await sql`INSERT INTO turn_segment_fts(turn_segment_fts) VALUES ('rebuild')`.execute(db);
}
