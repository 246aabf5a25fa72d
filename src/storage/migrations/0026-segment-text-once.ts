import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

const FTS = (content: string) =>
  sql.raw(`CREATE VIRTUAL TABLE turn_segment_fts USING fts5(text, content='${content}', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`);

/**
 * On SQLite, a search segment that is its whole turn (nearly every one: only turns of more than
 * 10,000 characters are cut) keeps no copy of the turn's text: its text is '' and the full-text
 * index reads its content through the view turn_segment_text, which gives the turn's. A transcript
 * is then stored, and written to disk, once instead of twice. PostgreSQL computes its search
 * vector from the segment's own text, which it keeps.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  await inOneTransaction(db, async () => {
    await sql`DROP TABLE turn_segment_fts`.execute(db);
    await sql`UPDATE turn_segment SET text = '' WHERE seq = 0 AND text = (SELECT t.text FROM turn t WHERE t.id = turn_segment.turn_id)`.execute(db);
    await sql`CREATE VIEW turn_segment_text AS SELECT s.id AS id, CASE WHEN s.text = '' THEN t.text ELSE s.text END AS text FROM turn_segment s JOIN turn t ON t.id = s.turn_id`.execute(
      db,
    );
    await FTS('turn_segment_text').execute(db);
    await sql`INSERT INTO turn_segment_fts(turn_segment_fts) VALUES ('rebuild')`.execute(db);
  });
}

export async function down(db: Db, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  await inOneTransaction(db, async () => {
    await sql`DROP TABLE turn_segment_fts`.execute(db);
    await sql`UPDATE turn_segment SET text = (SELECT t.text FROM turn t WHERE t.id = turn_segment.turn_id) WHERE text = ''`.execute(db);
    await sql`DROP VIEW turn_segment_text`.execute(db);
    await FTS('turn_segment').execute(db);
    await sql`INSERT INTO turn_segment_fts(turn_segment_fts) VALUES ('rebuild')`.execute(db);
  });
}

/** The index is dropped and built again: all of it or nothing (SQLite's migrations are not run in a transaction of their own). */
async function inOneTransaction(db: Db, work: () => Promise<void>): Promise<void> {
  await sql`BEGIN IMMEDIATE`.execute(db);
  try {
    await work();
    await sql`COMMIT`.execute(db);
  } catch (e) {
    await sql`ROLLBACK`.execute(db);
    throw e;
  }
}
