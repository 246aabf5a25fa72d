import { type Kysely, sql } from 'kysely';
import { turnSegments } from '../../domain/transcript.js';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Search reads turns in segments of at most 10,000 characters (domain/transcript turnSegments), each
 * with its offset in the transcript: the full-text index moves from turns to their segments, and
 * every turn already stored is segmented here, so that a turn of megabytes imported before (one
 * pasted report, a transcript without speaker labels) no longer stalls a search.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('turn_segment')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => c.primaryKey())
    .addColumn('turn_id', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('text_offset', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('turn_segment_by_turn').on('turn_segment').columns(['turn_id', 'seq']).unique().execute();
  if (dialect === 'sqlite') {
    await sql`DROP TABLE turn_fts`.execute(db);
    await sql`CREATE VIRTUAL TABLE turn_segment_fts USING fts5(text, content='turn_segment', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await segmentTurns(db);
    await sql`INSERT INTO turn_segment_fts(turn_segment_fts) VALUES ('rebuild')`.execute(db);
  } else {
    await sql`DROP INDEX turn_tsv`.execute(db);
    await sql`ALTER TABLE turn DROP COLUMN tsv`.execute(db);
    await sql`ALTER TABLE turn_segment ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('warrant_english', text)) STORED`.execute(db);
    await segmentTurns(db);
    await sql`CREATE INDEX turn_segment_tsv ON turn_segment USING gin (tsv)`.execute(db);
  }
}

/**
 * Segments the turns stored, writing the columns turn_segment has at this migration (a later one
 * may add more). The segmenting rule itself is the domain's: segments are derived, like an index,
 * and a change to the rule comes with a migration that segments every turn again.
 */
async function segmentTurns(db: Db): Promise<void> {
  for (let after = 0; ;) {
    const turns: { id: number; text: string; text_offset: number }[] = await db
      .selectFrom('turn')
      .select(['id', 'text', 'text_offset'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(200)
      .execute();
    if (turns.length === 0) break;
    const rows = turns.flatMap((t) => turnSegments(t.text, t.text_offset).map((s, seq) => ({ turn_id: t.id, seq, text_offset: s.textOffset, text: s.text })));
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('turn_segment')
        .values(rows.slice(i, i + 500))
        .execute();
    after = turns[turns.length - 1]!.id;
  }
}

export async function down(db: Db, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`DROP TABLE turn_segment_fts`.execute(db);
    await sql`CREATE VIRTUAL TABLE turn_fts USING fts5(text, content='turn', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
    await sql`INSERT INTO turn_fts(turn_fts) VALUES ('rebuild')`.execute(db);
  } else {
    await sql`ALTER TABLE turn ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('warrant_english', text)) STORED`.execute(db);
    await sql`CREATE INDEX turn_tsv ON turn USING gin (tsv)`.execute(db);
  }
  await db.schema.dropTable('turn_segment').execute();
}
