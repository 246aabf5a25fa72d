import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { ArtifactPassage } from '../../domain/artifact.js';
import { type SearchQuery, toFts5, toTsQuery } from '../../domain/search-query.js';
import type { DialectName } from '../dialect.js';
import type { ArtifactTable, Database } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { HEADLINE_OPTIONS, MATCH_END, MATCH_START, inSteps, markedInSteps, rowidsBetween } from './search.repository.js';

export type ArtifactRow = Selectable<ArtifactTable>;
export type ArtifactSummaryRow = Omit<ArtifactRow, 'content' | 'text'>;

export interface ArtifactHitRow {
  passage_id: number;
  artifact_id: string;
  title: string;
  kind: string;
  file_name: string;
  district_id: string;
  cycle_id: string;
  seq: number;
  start_offset: number;
  marked: string;
}

const SUMMARY_COLUMNS = [
  'id',
  'partnership_id',
  'district_id',
  'cycle_id',
  'title',
  'kind',
  'file_name',
  'media_type',
  'format',
  'size',
  'sha256',
  'pages',
  'created_by',
  'created_at',
  'retired_at',
  'retired_by',
  'retired_reason',
] as const;

/** Districts' artifacts: the files as uploaded, their text, and its passages indexed for search. */
export class ArtifactRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  async insert(row: Insertable<ArtifactTable>, passages: readonly ArtifactPassage[]): Promise<void> {
    await this.db.insertInto('artifact').values(row).execute();
    for (let i = 0; i < passages.length; i += 500) {
      const rows = passages.slice(i, i + 500).map((p) => ({ artifact_id: row.id, seq: p.seq, start_offset: p.startOffset, text: p.text }));
      await this.db.insertInto('artifact_passage').values(rows).execute();
    }
    // PostgreSQL indexes passages itself (a generated tsvector); SQLite's FTS5 table is filled here.
    if (this.dialect === 'sqlite') {
      await sql`INSERT INTO artifact_passage_fts (rowid, text) SELECT id, text FROM artifact_passage WHERE artifact_id = ${row.id}`.execute(this.db);
    }
  }

  byId(id: string): Promise<ArtifactSummaryRow | undefined> {
    return this.db.selectFrom('artifact').select(SUMMARY_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  /** The same file uploaded before for the district and cycle (by content), if any. */
  bySha256(districtId: string, cycleId: string, sha256: string): Promise<ArtifactSummaryRow | undefined> {
    return this.db
      .selectFrom('artifact')
      .select(SUMMARY_COLUMNS)
      .where('district_id', '=', districtId)
      .where('cycle_id', '=', cycleId)
      .where('sha256', '=', sha256)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
  }

  async text(id: string): Promise<string | undefined> {
    return (await this.db.selectFrom('artifact').select('text').where('id', '=', id).executeTakeFirst())?.text;
  }

  async content(id: string): Promise<Uint8Array | undefined> {
    return (await this.db.selectFrom('artifact').select('content').where('id', '=', id).executeTakeFirst())?.content;
  }

  list(partnershipId: string, f: { districtId?: string; cycleId?: string; ids?: readonly string[] } = {}): Promise<ArtifactSummaryRow[]> {
    let q = this.db.selectFrom('artifact').select(SUMMARY_COLUMNS).where('partnership_id', '=', partnershipId).where('retired_at', 'is', null);
    if (f.districtId) q = q.where('district_id', '=', f.districtId);
    if (f.cycleId) q = q.where('cycle_id', '=', f.cycleId);
    if (f.ids) {
      if (f.ids.length === 0) return Promise.resolve([]);
      q = q.where('id', 'in', [...f.ids]);
    }
    return q.orderBy('created_at').orderBy('id').execute();
  }

  retire(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'artifact', id, r);
  }

  /** Passages of live artifacts matching the query, in stored order, each with its matches marked, a step at a time (markedInSteps, inSteps). */
  async *search(query: SearchQuery, f: { partnershipId: string; districtId?: string; cycleId?: string }, limit: number): AsyncGenerator<ArtifactHitRow> {
    const filters = [sql`a.partnership_id = ${f.partnershipId}`, sql`a.retired_at IS NULL`];
    if (f.districtId) filters.push(sql`a.district_id = ${f.districtId}`);
    if (f.cycleId) filters.push(sql`a.cycle_id = ${f.cycleId}`);
    const where = sql.join(filters, sql` AND `);
    const columns = sql`p.id AS passage_id, a.id AS artifact_id, a.title, a.kind, a.file_name, a.district_id, a.cycle_id, p.seq, p.start_offset`;
    if (this.dialect === 'sqlite') {
      const match = toFts5(query);
      const rows = await sql<Omit<ArtifactHitRow, 'marked'> & { chars: number }>`SELECT ${columns}, length(p.text) AS chars
          FROM artifact_passage_fts JOIN artifact_passage p ON p.id = artifact_passage_fts.rowid JOIN artifact a ON a.id = p.artifact_id
          WHERE artifact_passage_fts MATCH ${match} AND ${where}
          ORDER BY artifact_passage_fts.rowid LIMIT ${limit}`.execute(this.db);
      yield* markedInSteps(
        rows.rows,
        (r) => r.passage_id,
        async (first, last) =>
          (
            await sql<{ rowid: number; marked: string }>`SELECT p.id AS rowid, highlight(artifact_passage_fts, 0, ${MATCH_START}, ${MATCH_END}) AS marked
            FROM artifact_passage_fts JOIN artifact_passage p ON p.id = artifact_passage_fts.rowid JOIN artifact a ON a.id = p.artifact_id
            WHERE artifact_passage_fts MATCH ${match} AND ${where} AND ${rowidsBetween('artifact_passage_fts', first, last)}`.execute(this.db)
          ).rows,
      );
      return;
    }
    const rows = await sql<ArtifactHitRow>`WITH q AS (SELECT to_tsquery('warrant_english', ${toTsQuery(query)}) AS q),
        hits AS (SELECT ${columns}, p.text FROM q, artifact_passage p JOIN artifact a ON a.id = p.artifact_id
          WHERE p.tsv @@ q.q AND ${where} ORDER BY p.id LIMIT ${limit})
        SELECT hits.*, ts_headline('warrant_english', hits.text, q.q, ${HEADLINE_OPTIONS}) AS marked
        FROM hits, q ORDER BY hits.passage_id`.execute(this.db);
    yield* inSteps(rows.rows);
  }
}
