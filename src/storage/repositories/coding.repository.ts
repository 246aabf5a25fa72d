import type SQLite from 'better-sqlite3';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CodingTable, Database } from '../schema.js';
import type { Retirement } from './retire.js';
import { updateIfVersion } from './versioned.js';
import { insertRows } from '../insert-rows.js';

export type CodingRow = Selectable<CodingTable>;

/** A coding with its code's name and colour and its coder's name; a transcript's with its passage's current place and words. */
export interface CodingInContext extends CodingRow {
  code_name: string;
  code_colour: string;
  coder_name: string;
  /** The excerpt's current transcript and offsets (it follows a corrected transcript); the coding's own for an artifact. */
  passage_transcript_id: string | null;
  passage_start: number;
  passage_end: number;
  /** The excerpt's words; null for an artifact's stretch (read from its text). */
  passage_quote: string | null;
}

/** Where a passage lies: an excerpt, or a stretch of an artifact's text. */
export type CodedPassage = { excerptId: string } | { artifactId: string; start: number; end: number };

/** Codes applied to passages. */
export class CodingRepository {
  /** @param sqlite the raw SQLite handle, inside a transaction only (storage/insert-rows). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sqlite?: SQLite.Database,
  ) {}

  byId(id: string): Promise<CodingRow | undefined> {
    return this.db.selectFrom('coding').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The live codings of a transcript, in text order. */
  ofTranscript(transcriptId: string): Promise<CodingRow[]> {
    return this.db
      .selectFrom('coding')
      .selectAll()
      .where('transcript_id', '=', transcriptId)
      .where('retired_at', 'is', null)
      .orderBy('start_offset')
      .orderBy('end_offset')
      .orderBy('id')
      .execute();
  }

  private inContextQuery() {
    return this.db
      .selectFrom('coding as c')
      .innerJoin('code as k', 'k.id', 'c.code_id')
      .leftJoin('account as a', 'a.id', 'c.coder')
      .leftJoin('excerpt as e', 'e.id', 'c.excerpt_id')
      .selectAll('c')
      .select((eb) => [
        'k.name as code_name',
        'k.colour as code_colour',
        eb.fn.coalesce('a.display_name', 'c.coder').as('coder_name'),
        'e.transcript_id as passage_transcript_id',
        eb.fn.coalesce('e.start_offset', 'c.start_offset').as('passage_start'),
        eb.fn.coalesce('e.end_offset', 'c.end_offset').as('passage_end'),
        'e.quote as passage_quote',
      ]);
  }

  /** Codings by ID, retired ones too, with their code, coder and passage. */
  async inContext(ids: readonly string[]): Promise<CodingInContext[]> {
    if (ids.length === 0) return [];
    return (await this.inContextQuery()
      .where('c.id', 'in', [...ids])
      .execute()) as CodingInContext[];
  }

  /** The live codings of the live passages on a transcript version (where its excerpts lie now), in text order. */
  async onTranscript(transcriptId: string): Promise<CodingInContext[]> {
    return (await this.inContextQuery()
      .where('e.transcript_id', '=', transcriptId)
      .where('e.retired_at', 'is', null)
      .where('c.retired_at', 'is', null)
      .orderBy('e.start_offset')
      .orderBy('e.end_offset')
      .orderBy('c.created_at')
      .orderBy('k.name')
      .orderBy('c.id')
      .execute()) as CodingInContext[];
  }

  /** The live codings of an artifact's text, in text order. */
  async ofArtifact(artifactId: string): Promise<CodingInContext[]> {
    return (await this.inContextQuery()
      .where('c.artifact_id', '=', artifactId)
      .where('c.retired_at', 'is', null)
      .orderBy('c.start_offset')
      .orderBy('c.end_offset')
      .orderBy('c.created_at')
      .orderBy('k.name')
      .orderBy('c.id')
      .execute()) as CodingInContext[];
  }

  /** The live codings of these excerpts. */
  async ofExcerpts(excerptIds: readonly string[]): Promise<CodingInContext[]> {
    if (excerptIds.length === 0) return [];
    return (await this.inContextQuery()
      .where('c.excerpt_id', 'in', [...excerptIds])
      .where('c.retired_at', 'is', null)
      .orderBy('k.name')
      .orderBy('c.id')
      .execute()) as CodingInContext[];
  }

  /** The live coding by this coder with this code of this passage, if there is one. */
  live(passage: CodedPassage, codeId: string, coder: string): Promise<CodingRow | undefined> {
    let q = this.db.selectFrom('coding').selectAll().where('code_id', '=', codeId).where('coder', '=', coder).where('retired_at', 'is', null);
    q =
      'excerptId' in passage
        ? q.where('excerpt_id', '=', passage.excerptId)
        : q.where('artifact_id', '=', passage.artifactId).where('start_offset', '=', passage.start).where('end_offset', '=', passage.end);
    return q.executeTakeFirst();
  }

  /** Inserts one row, or many (a project brought in) a few hundred to a statement. */
  async insert(rows: Insertable<CodingTable> | readonly Insertable<CodingTable>[]): Promise<void> {
    await insertRows(this.db, this.sqlite, 'coding', Array.isArray(rows) ? rows : [rows], 200);
  }

  /** Saves the next version if the coding is still at `fromVersion` and not retired. */
  updateIfVersion(id: string, changes: Updateable<CodingTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'coding', id, changes, { fromVersion, by, at, live: true });
  }

  /** Uncodes: the coding is retired (kept for the audit trail and agreement history); false if it already was, or moved on from `fromVersion`. */
  async retire(id: string, fromVersion: number, r: Retirement): Promise<boolean> {
    const done = await this.db
      .updateTable('coding')
      .set({ retired_at: r.at, retired_by: r.by, retired_reason: r.reason })
      .where('id', '=', id)
      .where('version', '=', fromVersion)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    return Number(done.numUpdatedRows) === 1;
  }
}
