import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, StrategyElementTable, StrategyEvidenceTable, StrategyTable } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { updateIfVersion } from './versioned.js';

export type StrategyRow = Selectable<StrategyTable>;
export type StrategyElementRow = Selectable<StrategyElementTable>;
export type StrategyEvidenceRow = Selectable<StrategyEvidenceTable>;

/** What a piece of evidence cites: a passage's words and interview code, or an artifact's title and file name. */
export interface CitedEvidenceRow {
  id: string;
  text: string;
  source: string | null;
  retired_at: string | null;
}

/** Districts' strategies, their elements, and the evidence each rests on. */
export class StrategyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: Insertable<StrategyTable>): Promise<void> {
    await this.db.insertInto('strategy').values(row).execute();
  }

  byId(id: string): Promise<StrategyRow | undefined> {
    return this.db.selectFrom('strategy').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Live strategies, in the district's order. */
  list(partnershipId: string, f: { districtId?: string; cycleId?: string } = {}): Promise<StrategyRow[]> {
    let q = this.db.selectFrom('strategy').selectAll().where('partnership_id', '=', partnershipId).where('retired_at', 'is', null);
    if (f.districtId) q = q.where('district_id', '=', f.districtId);
    if (f.cycleId) q = q.where('cycle_id', '=', f.cycleId);
    return q.orderBy('district_id').orderBy('cycle_id').orderBy('position').orderBy('created_at').execute();
  }

  async nextPosition(districtId: string, cycleId: string): Promise<number> {
    const row = await this.db
      .selectFrom('strategy')
      .select((eb) => eb.fn.max<number>('position').as('p'))
      .where('district_id', '=', districtId)
      .where('cycle_id', '=', cycleId)
      .executeTakeFirst();
    return Number(row?.p ?? 0) + 1;
  }

  update(id: string, changes: Pick<StrategyRow, 'name' | 'goal'>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'strategy', id, changes, { fromVersion, by, at, live: true });
  }

  retire(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'strategy', id, r);
  }

  async insertElement(row: Insertable<StrategyElementTable>): Promise<void> {
    await this.db.insertInto('strategy_element').values(row).execute();
  }

  elementById(id: string): Promise<StrategyElementRow | undefined> {
    return this.db.selectFrom('strategy_element').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Live elements of the strategies, in their order. */
  elements(strategyIds: readonly string[]): Promise<StrategyElementRow[]> {
    if (strategyIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('strategy_element')
      .selectAll()
      .where('strategy_id', 'in', [...strategyIds])
      .where('retired_at', 'is', null)
      .orderBy('strategy_id')
      .orderBy('position')
      .orderBy('created_at')
      .execute();
  }

  async nextElementPosition(strategyId: string): Promise<number> {
    const row = await this.db
      .selectFrom('strategy_element')
      .select((eb) => eb.fn.max<number>('position').as('p'))
      .where('strategy_id', '=', strategyId)
      .executeTakeFirst();
    return Number(row?.p ?? 0) + 1;
  }

  updateElement(id: string, changes: Partial<StrategyElementRow>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'strategy_element', id, changes, { fromVersion, by, at, live: true });
  }

  retireElement(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'strategy_element', id, r);
  }

  async insertEvidence(row: Insertable<StrategyEvidenceTable>): Promise<void> {
    await this.db.insertInto('strategy_evidence').values(row).execute();
  }

  evidenceById(id: string): Promise<StrategyEvidenceRow | undefined> {
    return this.db.selectFrom('strategy_evidence').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Live evidence of the given strategies and elements, in the order it was cited. */
  evidence(citingIds: readonly string[]): Promise<StrategyEvidenceRow[]> {
    if (citingIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('strategy_evidence')
      .selectAll()
      .where('citing_id', 'in', [...citingIds])
      .where('retired_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** The passages and artifacts the evidence cites, by their IDs (one query for each kind; the missing ones left out). */
  async cited(evidence: readonly Pick<StrategyEvidenceRow, 'cited_kind' | 'cited_id'>[]): Promise<Map<string, CitedEvidenceRow>> {
    const ids = (kind: string) => [...new Set(evidence.filter((e) => e.cited_kind === kind).map((e) => e.cited_id))];
    const excerpts = ids('excerpt');
    const artifacts = ids('artifact');
    const rows: CitedEvidenceRow[] = [
      ...(excerpts.length === 0
        ? []
        : await this.db
            .selectFrom('excerpt as x')
            .leftJoin('interview as i', 'i.id', 'x.interview_id')
            .select(['x.id', 'x.quote as text', 'i.code as source', 'x.retired_at'])
            .where('x.id', 'in', excerpts)
            .execute()),
      ...(artifacts.length === 0
        ? []
        : await this.db.selectFrom('artifact').select(['id', 'title as text', 'file_name as source', 'retired_at']).where('id', 'in', artifacts).execute()),
    ];
    return new Map(rows.map((r) => [r.id, r]));
  }

  retireEvidence(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'strategy_evidence', id, r);
  }
}
