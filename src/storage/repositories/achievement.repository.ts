import type SQLite from 'better-sqlite3';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { insertRows } from '../insert-rows.js';
import type { AchievementResultTable, Database } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type AchievementResultRow = Selectable<AchievementResultTable>;

/** Student achievement aggregated per school, grade and student group. */
export class AchievementRepository {
  /** @param sqlite the raw SQLite handle, inside a transaction only (storage/insert-rows). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sqlite?: SQLite.Database,
  ) {}

  /** Every result of the instrument, in every year. */
  ofInstrument(instrumentId: string): Promise<AchievementResultRow[]> {
    return this.db
      .selectFrom('achievement_result')
      .selectAll()
      .where('instrument_id', '=', instrumentId)
      .orderBy('cycle_id')
      .orderBy('organization_id')
      .orderBy('grade')
      .orderBy('student_group')
      .execute();
  }

  insert(rows: readonly Insertable<AchievementResultTable>[]): Promise<void> {
    return insertRows(this.db, this.sqlite, 'achievement_result', rows, 100);
  }

  /** Saves a corrected result as its next version if it is still at `fromVersion`. */
  correct(
    id: string,
    changes: Pick<AchievementResultRow, 'number_tested' | 'percent_at_standard' | 'mean_scale_score' | 'source_file' | 'source_line'>,
    fromVersion: number,
    by: string,
    at: string,
  ): Promise<boolean> {
    return updateIfVersion(this.db, 'achievement_result', id, changes, { fromVersion, by, at });
  }

  /** Per instrument of the partnership, its results in each year. */
  async tallies(partnershipId: string): Promise<{ instrumentId: string; cycleId: string; n: number }[]> {
    const rows = await this.db
      .selectFrom('achievement_result')
      .select(['instrument_id', 'cycle_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('partnership_id', '=', partnershipId)
      .groupBy(['instrument_id', 'cycle_id'])
      .execute();
    return rows.map((r) => ({ instrumentId: r.instrument_id, cycleId: r.cycle_id, n: Number(r.n) }));
  }
}
