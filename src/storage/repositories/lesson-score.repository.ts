import type SQLite from 'better-sqlite3';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { insertRows } from '../insert-rows.js';
import type { Database, LessonScoreTable } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type LessonScoreRow = Selectable<LessonScoreTable>;

/** Raters' scores of observed lessons on an observation rubric. */
export class LessonScoreRepository {
  /** @param sqlite the raw SQLite handle, inside a transaction only (storage/insert-rows). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sqlite?: SQLite.Database,
  ) {}

  /** Every score given on the instrument, by teacher, lesson and rater. */
  ofInstrument(instrumentId: string): Promise<LessonScoreRow[]> {
    return this.db
      .selectFrom('lesson_score')
      .selectAll()
      .where('instrument_id', '=', instrumentId)
      .orderBy('participant_id')
      .orderBy('lesson_date')
      .orderBy('rater')
      .execute();
  }

  /** The scores of a teacher's lessons on every rubric. */
  ofParticipant(participantId: string): Promise<LessonScoreRow[]> {
    return this.db
      .selectFrom('lesson_score')
      .selectAll()
      .where('participant_id', '=', participantId)
      .orderBy('instrument_id')
      .orderBy('lesson_date')
      .orderBy('rater')
      .execute();
  }

  insert(rows: readonly Insertable<LessonScoreTable>[]): Promise<void> {
    return insertRows(this.db, this.sqlite, 'lesson_score', rows, 100);
  }

  /** Saves a corrected score as its next version if it is still at `fromVersion`. */
  correct(
    id: string,
    changes: Pick<LessonScoreRow, 'levels' | 'cycle_id' | 'source_file' | 'source_line'>,
    fromVersion: number,
    by: string,
    at: string,
  ): Promise<boolean> {
    return updateIfVersion(this.db, 'lesson_score', id, changes, { fromVersion, by, at });
  }

  /** Per instrument of the partnership, its lessons' scores in each cycle. */
  async tallies(partnershipId: string): Promise<{ instrumentId: string; cycleId: string; n: number }[]> {
    const rows = await this.db
      .selectFrom('lesson_score')
      .select(['instrument_id', 'cycle_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('partnership_id', '=', partnershipId)
      .groupBy(['instrument_id', 'cycle_id'])
      .execute();
    return rows.map((r) => ({ instrumentId: r.instrument_id, cycleId: r.cycle_id, n: Number(r.n) }));
  }
}
