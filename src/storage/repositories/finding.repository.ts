import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, FindingTable } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';

export type FindingRow = Selectable<FindingTable>;

/** District-level findings, each resting on mid-level claims. */
export class FindingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: Insertable<FindingTable>): Promise<void> {
    await this.db.insertInto('finding').values(row).execute();
  }

  byId(id: string): Promise<FindingRow | undefined> {
    return this.db.selectFrom('finding').selectAll().where('id', '=', id).executeTakeFirst();
  }

  list(partnershipId: string, f: { districtId?: string; cycleId?: string } = {}): Promise<FindingRow[]> {
    let q = this.db.selectFrom('finding').selectAll().where('partnership_id', '=', partnershipId);
    if (f.districtId) q = q.where('district_id', '=', f.districtId);
    if (f.cycleId) q = q.where('cycle_id', '=', f.cycleId);
    return q.orderBy('created_at').orderBy('id').execute();
  }

  async updateText(id: string, text: string, fromVersion: number, by: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('finding')
      .set({ text, version: fromVersion + 1, updated_by: by, updated_at: at })
      .where('id', '=', id)
      .where('version', '=', fromVersion)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  retire(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'finding', id, r);
  }
}
