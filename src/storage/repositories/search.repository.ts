import { setImmediate } from 'node:timers/promises';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { type SearchQuery, toFts5, toTsQuery } from '../../domain/search-query.js';
import type { DialectName } from '../dialect.js';
import type { Database } from '../schema.js';

/** Marks around matched words in `marked` text (private-use characters, never in transcripts). */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export interface SearchFilter {
  partnershipId: string;
  role?: string;
  districtId?: string;
  organizationId?: string;
  cycleId?: string;
}

export interface SearchHitRow {
  segment_id: number;
  turn_id: number;
  transcript_id: string;
  seq: number;
  speaker: string;
  speaker_role: string;
  /** Where the segment's text starts in the transcript (code points). */
  text_offset: number;
  /** Where the turn's spoken text starts and ends: a long turn's segment may be only part of it. */
  turn_text_offset: number;
  turn_end_offset: number;
  start_ms: number | null;
  /** The segment's text with each match between MATCH_START and MATCH_END. */
  marked: string;
  interview_id: string;
  interview_code: string;
  role: string;
  pseudonym: string;
  participant_code: string;
  organization_name: string;
  district_name: string;
  cycle_label: string;
}

const CONTEXT_COLUMNS = sql`s.id AS segment_id, s.text_offset, t.id AS turn_id, t.transcript_id, t.seq, t.speaker, t.speaker_role,
  t.text_offset AS turn_text_offset, t.end_offset AS turn_end_offset, t.start_ms,
  i.id AS interview_id, i.code AS interview_code, i.role, p.pseudonym, p.code AS participant_code,
  o.name AS organization_name, d.name AS district_name, c.label AS cycle_label`;

const CONTEXT_JOINS = sql`JOIN turn t ON t.id = s.turn_id
  JOIN transcript tr ON tr.id = t.transcript_id AND tr.superseded_at IS NULL
  JOIN interview i ON i.id = tr.interview_id
  JOIN participant p ON p.id = i.participant_id
  JOIN organization o ON o.id = i.organization_id
  JOIN organization d ON d.id = i.district_id
  JOIN cycle c ON c.id = i.cycle_id`;

/** ts_headline marks every match (PostgreSQL), as FTS5's highlight() does. */
export const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

/**
 * One row of an FTS5 table with the query's matches marked (undefined if it no longer matches).
 * The rowid is cast: FTS5 beside MATCH ignores a rowid constraint whose value is not an integer, and
 * better-sqlite3 binds JavaScript numbers as reals.
 */
export async function markedRow(db: Kysely<Database>, table: 'turn_segment_fts' | 'artifact_passage_fts', match: string, rowid: number): Promise<string | undefined> {
  const fts = sql.table(table);
  const { rows } = await sql<{ marked: string }>`SELECT highlight(${fts}, 0, ${MATCH_START}, ${MATCH_END}) AS marked
    FROM ${fts} WHERE ${fts} MATCH ${match} AND rowid = CAST(${rowid} AS INTEGER)`.execute(db);
  return rows[0]?.marked;
}

function filterSql(f: SearchFilter): RawBuilder<unknown> {
  const parts = [sql`i.partnership_id = ${f.partnershipId}`];
  if (f.role) parts.push(sql`i.role = ${f.role}`);
  if (f.districtId) parts.push(sql`i.district_id = ${f.districtId}`);
  if (f.organizationId) parts.push(sql`i.organization_id = ${f.organizationId}`);
  if (f.cycleId) parts.push(sql`i.cycle_id = ${f.cycleId}`);
  return sql.join(parts, sql` AND `);
}

/**
 * Full-text search over the spoken text of current transcripts, turn segment by turn segment (a
 * short turn is one segment; a long one several, so that marking the matches of one hit is bounded
 * work): FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL. Both return the same rows for
 * the same parsed query, in the order the turns were stored (interview by interview, turn by turn):
 * an analyst reads every mention in its place, as a concordance, rather than a relevance guess; and
 * the engine stops at the page asked for instead of scoring every match of a common word.
 */
export class SearchRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /**
   * The hits, one at a time, with other requests let in before each: a page of hits in segments
   * dense with matches is seconds of marking in one go, and SQLite runs on the server's own thread,
   * so there each hit's matches are marked by a query of its own.
   */
  async *search(query: SearchQuery, filter: SearchFilter, limit: number, offset = 0): AsyncGenerator<SearchHitRow> {
    if (this.dialect === 'sqlite') {
      const match = toFts5(query);
      const rows = await sql<Omit<SearchHitRow, 'marked'>>`SELECT ${CONTEXT_COLUMNS}
          FROM turn_segment_fts JOIN turn_segment s ON s.id = turn_segment_fts.rowid ${CONTEXT_JOINS}
          WHERE turn_segment_fts MATCH ${match} AND ${filterSql(filter)}
          ORDER BY turn_segment_fts.rowid LIMIT ${limit} OFFSET ${offset}`.execute(this.db);
      for (const row of rows.rows) {
        await setImmediate();
        const marked = await markedRow(this.db, 'turn_segment_fts', match, row.segment_id);
        if (marked !== undefined) yield { ...row, marked };
      }
      return;
    }
    const rows = await sql<SearchHitRow>`WITH q AS (SELECT to_tsquery('warrant_english', ${toTsQuery(query)}) AS q),
        hits AS (
          SELECT ${CONTEXT_COLUMNS}, s.text
          FROM q, turn_segment s ${CONTEXT_JOINS}
          WHERE s.tsv @@ q.q AND ${filterSql(filter)}
          ORDER BY s.id LIMIT ${limit} OFFSET ${offset})
        SELECT hits.*, ts_headline('warrant_english', hits.text, q.q, ${HEADLINE_OPTIONS}) AS marked
        FROM hits, q ORDER BY hits.segment_id`.execute(this.db);
    for (const row of rows.rows) {
      await setImmediate();
      yield row;
    }
  }

  /** Checks the index against its content table (SQLite FTS5 'integrity-check'); throws if they differ. */
  async verify(): Promise<void> {
    if (this.dialect === 'sqlite') await sql`INSERT INTO turn_segment_fts(turn_segment_fts, rank) VALUES ('integrity-check', 1)`.execute(this.db);
  }
}
