import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CodeTable, Database } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type CodeRow = Selectable<CodeTable>;

/** The codebook's codes. */
export class CodeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<CodeRow | undefined> {
    return this.db.selectFrom('code').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The partnership's codes (retired ones too), in codebook order among siblings. */
  list(partnershipId: string): Promise<CodeRow[]> {
    return this.db.selectFrom('code').selectAll().where('partnership_id', '=', partnershipId).orderBy('position').orderBy('id').execute();
  }

  async insert(row: Insertable<CodeTable>): Promise<void> {
    await this.db.insertInto('code').values(row).execute();
  }

  /** Saves the next version if the code is still at `fromVersion` and not retired. */
  updateIfVersion(id: string, changes: Updateable<CodeTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'code', id, changes, { fromVersion, by, at, live: true });
  }
}
