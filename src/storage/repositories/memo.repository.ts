import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { MemoSubjectKind } from '../../domain/coding.js';
import type { Database, MemoTable } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { updateIfVersion } from './versioned.js';

export type MemoRow = Selectable<MemoTable>;

/** Memos. */
export class MemoRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<MemoRow | undefined> {
    return this.db.selectFrom('memo').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * The partnership's memos, newest first: on one kind of subject (or, with `null`, the free-standing
   * ones), on one subject; retired ones only when asked.
   */
  /** Memos of the partnership, newest first; `subjectId` one subject, or any of several. */
  list(
    partnershipId: string,
    filter: { subjectKind?: MemoSubjectKind | null; subjectId?: string | readonly string[]; includeRetired?: boolean } = {},
  ): Promise<MemoRow[]> {
    let q = this.db.selectFrom('memo').selectAll().where('partnership_id', '=', partnershipId);
    if (filter.subjectKind === null) q = q.where('subject_kind', 'is', null);
    else if (filter.subjectKind !== undefined) q = q.where('subject_kind', '=', filter.subjectKind);
    if (typeof filter.subjectId === 'string') q = q.where('subject_id', '=', filter.subjectId);
    else if (filter.subjectId !== undefined) q = q.where('subject_id', 'in', [...filter.subjectId]);
    if (!filter.includeRetired) q = q.where('retired_at', 'is', null);
    return q.orderBy('updated_at', 'desc').orderBy('id').execute();
  }

  async insert(row: Insertable<MemoTable>): Promise<void> {
    await this.db.insertInto('memo').values(row).execute();
  }

  /** Saves the next version if the memo is still at `fromVersion` and not retired. */
  updateIfVersion(id: string, changes: Updateable<MemoTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'memo', id, changes, { fromVersion, by, at, live: true });
  }

  retire(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'memo', id, r);
  }
}
