import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
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
