import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AssessmentAspect } from '../../domain/assessment.js';
import type { AssessmentTable, Database } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type AssessmentRow = Selectable<AssessmentTable>;

/** The team's in-house assessment of districts' strategies: one record per aspect (and strategy). */
export class AssessmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: Insertable<AssessmentTable>): Promise<void> {
    await this.db.insertInto('assessment').values(row).execute();
  }

  byId(id: string): Promise<AssessmentRow | undefined> {
    return this.db.selectFrom('assessment').selectAll().where('id', '=', id).executeTakeFirst();
  }

  find(districtId: string, cycleId: string, aspect: AssessmentAspect, strategyId: string | null): Promise<AssessmentRow | undefined> {
    let q = this.db.selectFrom('assessment').selectAll().where('district_id', '=', districtId).where('cycle_id', '=', cycleId).where('aspect', '=', aspect);
    q = strategyId === null ? q.where('strategy_id', 'is', null) : q.where('strategy_id', '=', strategyId);
    return q.executeTakeFirst();
  }

  list(districtId: string, cycleId: string): Promise<AssessmentRow[]> {
    return this.db
      .selectFrom('assessment')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('cycle_id', '=', cycleId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  update(
    id: string,
    changes: Pick<AssessmentRow, 'judgement' | 'rationale' | 'framework_refs'>,
    fromVersion: number,
    by: string,
    at: string,
  ): Promise<boolean> {
    return updateIfVersion(this.db, 'assessment', id, changes, { fromVersion, by, at });
  }
}
