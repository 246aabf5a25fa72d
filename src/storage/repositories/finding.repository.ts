import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, FindingTable } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { updateIfVersion } from './versioned.js';

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

  updateText(id: string, text: string, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'finding', id, { text }, { fromVersion, by, at, live: true });
  }

  retire(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'finding', id, r);
  }
}
