import { setImmediate } from 'node:timers/promises';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { type SearchQuery, toFts5, toTsQuery } from '../../domain/search-query.js';
import { MAX_SEGMENT_LENGTH, type SpeakerRole } from '../../domain/transcript.js';
import type { DialectName } from '../dialect.js';
import type { Database } from '../schema.js';
import { SEGMENT_TEXT } from '../turn-segments.js';

/** Marks around matched words in `marked` text (private-use characters, never in transcripts). */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export interface SearchFilter {
  partnershipId: string;
  role?: string;
  districtId?: string;
  organizationId?: string;
  cycleId?: string;
  /** Only the turns of the interviewer, or only the participant's. */
  speakerRole?: SpeakerRole;
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

/** How much text one step of marking covers before other requests are let in: two long segments. */
const MARKING_STEP_CHARS = 2 * MAX_SEGMENT_LENGTH;

/**
 * Hands hits out a step at a time, letting other requests in between steps: a page of hits in
 * segments dense with matches is seconds of work in one go (marking them on SQLite, which runs on
 * the server's own thread; making snippets of them either way). A page of ordinary turns is one step.
 */
async function* stepwise<Row, Hit>(rows: readonly Row[], chars: (r: Row) => number, mark: (step: Row[]) => Promise<Hit[]>): AsyncGenerator<Hit> {
  for (let k = 0; k < rows.length;) {
    if (k > 0) await setImmediate();
    const step = [rows[k]!];
    let total = chars(rows[k++]!);
    while (k < rows.length && total + chars(rows[k]!) <= MARKING_STEP_CHARS) {
      total += chars(rows[k]!);
      step.push(rows[k++]!);
    }
    yield* await mark(step);
  }
}

/**
 * SQLite: a page of hits found without their marks (cheap), then marked a step at a time, each step
 * one query with FTS5's highlight() limited to the step's rowids (`mark(first, last)`).
 */
export async function* markedInSteps<Row extends { chars: number }>(
  rows: readonly Row[],
  rowid: (r: Omit<Row, 'chars'>) => number,
  mark: (first: number, last: number) => Promise<readonly { rowid: number; marked: string }[]>,
): AsyncGenerator<Omit<Row, 'chars'> & { marked: string }> {
  yield* stepwise(
    rows,
    (r) => r.chars,
    async (step) => {
      const marks = new Map((await mark(rowid(step[0]!), rowid(step.at(-1)!))).map((m) => [m.rowid, m.marked]));
      return step.flatMap(({ chars: _, ...hit }) => {
        const marked = marks.get(rowid(hit));
        return marked === undefined ? [] : [{ ...hit, marked }];
      });
    },
  );
}

/** PostgreSQL: the page of hits comes marked (ts_headline); they are still handed out in steps, yielding between them. */
export const inSteps = <Hit extends { marked: string }>(hits: readonly Hit[]): AsyncGenerator<Hit> =>
  stepwise(
    hits,
    (h) => h.marked.length,
    async (step) => step,
  );

/**
 * A rowid range of an FTS5 query, cast: beside MATCH, FTS5 ignores a rowid constraint whose value is
 * not an integer, and better-sqlite3 binds JavaScript numbers as reals. A step's hits are consecutive
 * in rowid order, so the query with its filters, limited to the step's first and last rowid, gives
 * back exactly them.
 */
export const rowidsBetween = (table: 'turn_segment_fts' | 'artifact_passage_fts', first: number, last: number) =>
  sql`${sql.table(table)}.rowid BETWEEN CAST(${first} AS INTEGER) AND CAST(${last} AS INTEGER)`;

function filterSql(f: SearchFilter): RawBuilder<unknown> {
  const parts = [sql`i.partnership_id = ${f.partnershipId}`];
  if (f.role) parts.push(sql`i.role = ${f.role}`);
  if (f.districtId) parts.push(sql`i.district_id = ${f.districtId}`);
  if (f.organizationId) parts.push(sql`i.organization_id = ${f.organizationId}`);
  if (f.cycleId) parts.push(sql`i.cycle_id = ${f.cycleId}`);
  if (f.speakerRole) parts.push(sql`t.speaker_role = ${f.speakerRole}`);
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

  /** The hits with their matches marked, handed out a step at a time (markedInSteps, inSteps). */
  async *search(query: SearchQuery, filter: SearchFilter, limit: number, offset = 0): AsyncGenerator<SearchHitRow> {
    if (this.dialect === 'sqlite') {
      const match = toFts5(query);
      const rows = await sql<Omit<SearchHitRow, 'marked'> & { chars: number }>`SELECT ${CONTEXT_COLUMNS}, length(${SEGMENT_TEXT}) AS chars
          FROM turn_segment_fts JOIN turn_segment s ON s.id = turn_segment_fts.rowid ${CONTEXT_JOINS}
          WHERE turn_segment_fts MATCH ${match} AND ${filterSql(filter)}
          ORDER BY turn_segment_fts.rowid LIMIT ${limit} OFFSET ${offset}`.execute(this.db);
      yield* markedInSteps(
        rows.rows,
        (r) => r.segment_id,
        async (first, last) =>
          (
            await sql<{ rowid: number; marked: string }>`SELECT s.id AS rowid, highlight(turn_segment_fts, 0, ${MATCH_START}, ${MATCH_END}) AS marked
            FROM turn_segment_fts JOIN turn_segment s ON s.id = turn_segment_fts.rowid ${CONTEXT_JOINS}
            WHERE turn_segment_fts MATCH ${match} AND ${filterSql(filter)} AND ${rowidsBetween('turn_segment_fts', first, last)}`.execute(this.db)
          ).rows,
      );
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
    yield* inSteps(rows.rows);
  }

  /** Checks the index against its content table (SQLite FTS5 'integrity-check'); throws if they differ. */
  async verify(): Promise<void> {
    if (this.dialect === 'sqlite') await sql`INSERT INTO turn_segment_fts(turn_segment_fts, rank) VALUES ('integrity-check', 1)`.execute(this.db);
  }
}
