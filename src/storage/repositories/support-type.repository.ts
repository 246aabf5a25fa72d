import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, SupportTypeTable } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { updateIfVersion } from './versioned.js';

export type SupportTypeRow = Selectable<SupportTypeTable>;

/** The interpretive framework's types of support, per partnership. */
export class SupportTypeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: Insertable<SupportTypeTable>): Promise<void> {
    await this.db.insertInto('support_type').values(row).execute();
  }

  byId(id: string): Promise<SupportTypeRow | undefined> {
    return this.db.selectFrom('support_type').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byKey(partnershipId: string, key: string): Promise<SupportTypeRow | undefined> {
    return this.db.selectFrom('support_type').selectAll().where('partnership_id', '=', partnershipId).where('key', '=', key).executeTakeFirst();
  }

  /** In the framework's order; retired types too when asked (documents written before still name them). */
  list(partnershipId: string, { withRetired = false } = {}): Promise<SupportTypeRow[]> {
    let q = this.db.selectFrom('support_type').selectAll().where('partnership_id', '=', partnershipId);
    if (!withRetired) q = q.where('retired_at', 'is', null);
    return q.orderBy('position').orderBy('key').execute();
  }

  update(id: string, changes: Pick<SupportTypeRow, 'name' | 'category' | 'description'>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'support_type', id, changes, { fromVersion, by, at, live: true });
  }

  retire(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'support_type', id, r);
  }
}
