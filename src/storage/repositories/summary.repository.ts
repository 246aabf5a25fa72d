import type { Insertable, Kysely, Selectable } from 'kysely';
import type { SummaryKind } from '../../domain/evidence.js';
import type { ClaimTable, Database, SummaryTable } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { updateIfVersion } from './versioned.js';

export type SummaryRow = Selectable<SummaryTable>;
export type ClaimRow = Selectable<ClaimTable>;

export interface ClaimInContext extends ClaimRow {
  summary_kind: string;
  summary_title: string;
  district_id: string;
  cycle_id: string;
  school_id: string | null;
  summary_role: string | null;
}

/** Mid-level summaries (school summaries, role-group summaries) and their claims. */
export class SummaryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: Insertable<SummaryTable>): Promise<void> {
    await this.db.insertInto('summary').values(row).execute();
  }

  byId(id: string): Promise<SummaryRow | undefined> {
    return this.db.selectFrom('summary').selectAll().where('id', '=', id).executeTakeFirst();
  }

  list(partnershipId: string, f: { districtId?: string; cycleId?: string; kind?: SummaryKind } = {}): Promise<SummaryRow[]> {
    let q = this.db.selectFrom('summary').selectAll().where('partnership_id', '=', partnershipId);
    if (f.districtId) q = q.where('district_id', '=', f.districtId);
    if (f.cycleId) q = q.where('cycle_id', '=', f.cycleId);
    if (f.kind) q = q.where('kind', '=', f.kind);
    return q.orderBy('created_at').orderBy('id').execute();
  }

  async insertClaim(row: Insertable<ClaimTable>): Promise<void> {
    await this.db.insertInto('claim').values(row).execute();
  }

  claims(summaryId: string): Promise<ClaimRow[]> {
    return this.db.selectFrom('claim').selectAll().where('summary_id', '=', summaryId).orderBy('created_at').orderBy('id').execute();
  }

  claimById(id: string): Promise<ClaimRow | undefined> {
    return this.db.selectFrom('claim').selectAll().where('id', '=', id).executeTakeFirst();
  }

  claimsInContext(ids: readonly string[]): Promise<ClaimInContext[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('claim as c')
      .innerJoin('summary as s', 's.id', 'c.summary_id')
      .selectAll('c')
      .select(['s.kind as summary_kind', 's.title as summary_title', 's.district_id', 's.cycle_id', 's.school_id', 's.role as summary_role'])
      .where('c.id', 'in', [...ids])
      .execute();
  }

  updateClaim(id: string, changes: { text: string; triangulation_note: string }, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'claim', id, changes, { fromVersion, by, at, live: true });
  }

  claimStates(partnershipId: string) {
    return this.db
      .selectFrom('claim as c')
      .innerJoin('summary as s', 's.id', 'c.summary_id')
      .select(['c.id', 'c.retired_at', 'c.text', 's.title as summary_title', 's.kind', 's.district_id', 's.cycle_id', 's.school_id', 's.role'])
      .where('s.partnership_id', '=', partnershipId)
      .execute();
  }

  retireClaim(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'claim', id, r);
  }
}
