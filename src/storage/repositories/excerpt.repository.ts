import type SQLite from 'better-sqlite3';
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, ExcerptTable } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { updateIfVersion, type VersionedChange } from './versioned.js';
import { insertRows } from '../insert-rows.js';

export type ExcerptRow = Selectable<ExcerptTable>;

/** An excerpt with where it comes from: its interview, the participant, and whether its transcript changed since. */
export interface ExcerptInContext extends ExcerptRow {
  transcript_version: number;
  transcript_superseded_at: string | null;
  interview_code: string;
  interview_date: string;
  role: string;
  pseudonym: string;
  participant_id: string;
  organization_id: string;
  organization_name: string;
  district_id: string;
  district_name: string;
  cycle_id: string;
  cycle_label: string;
}

export class ExcerptRepository {
  /** @param sqlite the raw SQLite handle, inside a transaction only (storage/insert-rows). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sqlite?: SQLite.Database,
  ) {}

  /** Inserts one row, or many (a project brought in) a few hundred to a statement. */
  async insert(rows: Insertable<ExcerptTable> | readonly Insertable<ExcerptTable>[]): Promise<void> {
    await insertRows(this.db, this.sqlite, 'excerpt', Array.isArray(rows) ? rows : [rows], 200);
  }

  byId(id: string): Promise<ExcerptRow | undefined> {
    return this.db.selectFrom('excerpt').selectAll().where('id', '=', id).executeTakeFirst();
  }

  inContext(ids: readonly string[]): Promise<ExcerptInContext[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('excerpt as e')
      .innerJoin('transcript as t', 't.id', 'e.transcript_id')
      .innerJoin('interview as i', 'i.id', 'e.interview_id')
      .innerJoin('participant as p', 'p.id', 'i.participant_id')
      .innerJoin('organization as o', 'o.id', 'i.organization_id')
      .innerJoin('organization as d', 'd.id', 'i.district_id')
      .innerJoin('cycle as c', 'c.id', 'i.cycle_id')
      .selectAll('e')
      .select([
        't.version as transcript_version',
        't.superseded_at as transcript_superseded_at',
        'i.code as interview_code',
        'i.date as interview_date',
        'i.role',
        'p.pseudonym',
        'p.id as participant_id',
        'o.id as organization_id',
        'o.name as organization_name',
        'd.id as district_id',
        'd.name as district_name',
        'c.id as cycle_id',
        'c.label as cycle_label',
      ])
      .where('e.id', 'in', [...ids])
      .execute();
  }

  forInterview(interviewId: string): Promise<ExcerptRow[]> {
    return this.db.selectFrom('excerpt').selectAll().where('interview_id', '=', interviewId).orderBy('start_offset').execute();
  }

  /** Every live excerpt's retirement and transcript state, for checking chains across the partnership. */
  states(partnershipId: string) {
    return this.db
      .selectFrom('excerpt as e')
      .innerJoin('transcript as t', 't.id', 'e.transcript_id')
      .innerJoin('interview as i', 'i.id', 'e.interview_id')
      .innerJoin('participant as p', 'p.id', 'i.participant_id')
      .select(['e.id', 'e.retired_at', 'e.interview_id', 't.superseded_at', 'e.correction_accepted_at', 'i.code as interview_code', 'p.pseudonym'])
      .where('i.partnership_id', '=', partnershipId)
      .execute();
  }

  /** The live excerpts of one transcript version, in text order (ties in the order they were marked): those a correction of it may move. */
  liveOn(transcriptId: string): Promise<ExcerptRow[]> {
    return this.db
      .selectFrom('excerpt')
      .selectAll()
      .where('transcript_id', '=', transcriptId)
      .where('retired_at', 'is', null)
      .orderBy('start_offset')
      .orderBy('end_offset')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** The live excerpt of exactly these words of a transcript version, if one was marked: a passage has one identity. */
  liveAt(transcriptId: string, start: number, end: number): Promise<ExcerptRow | undefined> {
    return this.db
      .selectFrom('excerpt')
      .selectAll()
      .where('transcript_id', '=', transcriptId)
      .where('start_offset', '=', start)
      .where('end_offset', '=', end)
      .where('retired_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirst();
  }

  /** Live excerpts of the partnership whose transcript was corrected since and whose words the team has not yet accepted, re-anchored or withdrawn. */
  async toReview(partnershipId: string, interviewId?: string): Promise<ExcerptInContext[]> {
    let q = this.db
      .selectFrom('excerpt as e')
      .innerJoin('transcript as t', 't.id', 'e.transcript_id')
      .innerJoin('interview as i', 'i.id', 'e.interview_id')
      .select('e.id')
      .where('i.partnership_id', '=', partnershipId)
      .where('e.retired_at', 'is', null)
      .where('t.superseded_at', 'is not', null)
      .where('e.correction_accepted_at', 'is', null);
    if (interviewId) q = q.where('e.interview_id', '=', interviewId);
    const ids = (await q.execute()).map((r) => r.id);
    const rows = await this.inContext(ids);
    return rows.sort((a, b) => a.interview_code.localeCompare(b.interview_code) || a.start_offset - b.start_offset);
  }

  /** Which of these excerpts' words the team kept as they were said, though their transcript was corrected since. */
  async correctionsAccepted(ids: readonly string[]): Promise<string[]> {
    const rows = await this.db
      .selectFrom('excerpt')
      .select('id')
      .where('id', 'in', [...ids])
      .where('correction_accepted_at', 'is not', null)
      .execute();
    return rows.map((r) => r.id);
  }

  /** Saves the excerpt's next version (moved, re-anchored or accepted) if it is still at `fromVersion`. */
  update(
    id: string,
    changes: Partial<
      Pick<ExcerptRow, 'transcript_id' | 'start_offset' | 'end_offset' | 'quote' | 'quote_sha256' | 'correction_accepted_at' | 'correction_accepted_by'>
    >,
    change: VersionedChange,
  ): Promise<boolean> {
    return updateIfVersion(this.db, 'excerpt', id, changes, { ...change, live: true });
  }

  async setShareable(id: string, shareable: { at: string; by: string } | null): Promise<void> {
    await this.db
      .updateTable('excerpt')
      .set({ shareable_at: shareable?.at ?? null, shareable_by: shareable?.by ?? null })
      .where('id', '=', id)
      .execute();
  }

  retire(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'excerpt', id, r);
  }
}
