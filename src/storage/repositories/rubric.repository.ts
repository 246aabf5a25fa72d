import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, RubricDimensionTable, RubricLevelTable, RubricTable } from '../schema.js';
import type { Retirement } from './retire.js';
import { updateIfVersion } from './versioned.js';

export type RubricRow = Selectable<RubricTable>;
export type RubricDimensionRow = Selectable<RubricDimensionTable>;
export type RubricLevelRow = Selectable<RubricLevelTable>;

/** Levelled rubrics, their dimensions and their levels. */
export class RubricRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<RubricRow | undefined> {
    return this.db.selectFrom('rubric').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byName(partnershipId: string, name: string): Promise<RubricRow[]> {
    return this.db.selectFrom('rubric').selectAll().where('partnership_id', '=', partnershipId).where('name', '=', name).execute();
  }

  list(partnershipId: string): Promise<RubricRow[]> {
    return this.db.selectFrom('rubric').selectAll().where('partnership_id', '=', partnershipId).orderBy('created_at').orderBy('id').execute();
  }

  /** The dimensions of the given rubrics (withdrawn ones too), in rubric order. */
  dimensions(rubricIds: readonly string[]): Promise<RubricDimensionRow[]> {
    if (rubricIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('rubric_dimension')
      .selectAll()
      .where('rubric_id', 'in', [...rubricIds])
      .orderBy('rubric_id')
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  dimensionById(id: string): Promise<RubricDimensionRow | undefined> {
    return this.db.selectFrom('rubric_dimension').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The levels of the given dimensions (withdrawn ones too), lowest first. */
  levels(dimensionIds: readonly string[]): Promise<RubricLevelRow[]> {
    if (dimensionIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('rubric_level')
      .selectAll()
      .where('rubric_dimension_id', 'in', [...dimensionIds])
      .orderBy('rubric_dimension_id')
      .orderBy('value')
      .orderBy('id')
      .execute();
  }

  async insert(row: Insertable<RubricTable>): Promise<void> {
    await this.db.insertInto('rubric').values(row).execute();
  }

  async insertDimension(row: Insertable<RubricDimensionTable>): Promise<void> {
    await this.db.insertInto('rubric_dimension').values(row).execute();
  }

  async insertLevel(row: Insertable<RubricLevelTable>): Promise<void> {
    await this.db.insertInto('rubric_level').values(row).execute();
  }

  /** Saves the rubric's next version if it is still at `fromVersion`. */
  updateIfVersion(id: string, changes: Updateable<RubricTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'rubric', id, changes, { fromVersion, by, at });
  }

  async updateDimension(id: string, changes: Pick<Updateable<RubricDimensionTable>, 'name' | 'description' | 'position'>): Promise<void> {
    await this.db.updateTable('rubric_dimension').set(changes).where('id', '=', id).execute();
  }

  async updateLevel(id: string, changes: Pick<Updateable<RubricLevelTable>, 'label' | 'descriptor'>): Promise<void> {
    await this.db.updateTable('rubric_level').set(changes).where('id', '=', id).execute();
  }

  async retireDimension(id: string, r: Retirement): Promise<void> {
    await this.db
      .updateTable('rubric_dimension')
      .set({ retired_at: r.at, retired_by: r.by, retired_reason: r.reason })
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .execute();
  }

  async retireLevel(id: string, r: Retirement): Promise<void> {
    await this.db
      .updateTable('rubric_level')
      .set({ retired_at: r.at, retired_by: r.by, retired_reason: r.reason })
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .execute();
  }
}
