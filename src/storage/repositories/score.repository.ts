import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { RoleGroup } from '../../domain/roles.js';
import type { Database, ScorePassageTable, ScoreTable } from '../schema.js';
import type { Retirement } from './retire.js';
import { updateIfVersion } from './versioned.js';

export type ScoreRow = Selectable<ScoreTable>;
export type ScorePassageRow = Selectable<ScorePassageTable>;

/** A live score with the interview it was given to: its participant, cycle, role group, district and school. */
export interface ScoreInContext extends ScoreRow {
  interview_code: string;
  participant_id: string;
  participant_code: string;
  cycle_id: string;
  cycle_label: string;
  role: RoleGroup;
  district_id: string;
  district_name: string;
  organization_id: string;
  dimension_name: string;
  dimension_position: number;
}

/** A passage cited by a score, with its words. */
export interface ScorePassageWithQuote extends ScorePassageRow {
  quote: string;
  start_offset: number;
  end_offset: number;
  transcript_id: string;
  excerpt_retired_at: string | null;
}

/** Interviews' construct scores and the passages that justify them. */
export class ScoreRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<ScoreRow | undefined> {
    return this.db.selectFrom('score').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The live score of an interview on a dimension by a scorer, if there is one. */
  liveOf(interviewId: string, dimensionId: string, scorer: string): Promise<ScoreRow | undefined> {
    return this.db
      .selectFrom('score')
      .selectAll()
      .where('interview_id', '=', interviewId)
      .where('rubric_dimension_id', '=', dimensionId)
      .where('scorer', '=', scorer)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
  }

  /** Live scores on a rubric with their interviews' context, optionally of one interview or participant, in cycle and dimension order. */
  inContext(rubricId: string, filter: { interviewId?: string; participantId?: string; scoreIds?: readonly string[] } = {}): Promise<ScoreInContext[]> {
    let q = this.db
      .selectFrom('score as s')
      .innerJoin('interview as i', 'i.id', 's.interview_id')
      .innerJoin('participant as p', 'p.id', 'i.participant_id')
      .innerJoin('cycle as c', 'c.id', 'i.cycle_id')
      .innerJoin('organization as d', 'd.id', 'i.district_id')
      .innerJoin('rubric_dimension as rd', 'rd.id', 's.rubric_dimension_id')
      .selectAll('s')
      .select([
        'i.code as interview_code',
        'i.participant_id',
        'p.code as participant_code',
        'i.cycle_id',
        'c.label as cycle_label',
        'i.role',
        'i.district_id',
        'd.name as district_name',
        'i.organization_id',
        'rd.name as dimension_name',
        'rd.position as dimension_position',
      ])
      .where('s.rubric_id', '=', rubricId)
      .where('s.retired_at', 'is', null);
    if (filter.interviewId) q = q.where('s.interview_id', '=', filter.interviewId);
    if (filter.participantId) q = q.where('i.participant_id', '=', filter.participantId);
    if (filter.scoreIds) q = q.where('s.id', 'in', filter.scoreIds.length ? [...filter.scoreIds] : ['']);
    return q.orderBy('c.label').orderBy('i.code').orderBy('rd.position').orderBy('s.scorer').orderBy('s.id').execute();
  }

  /** The live scores of an interview, on any rubric. */
  ofInterview(interviewId: string): Promise<ScoreRow[]> {
    return this.db
      .selectFrom('score')
      .selectAll()
      .where('interview_id', '=', interviewId)
      .where('retired_at', 'is', null)
      .orderBy('rubric_id')
      .orderBy('scorer')
      .orderBy('id')
      .execute();
  }

  /** How many live scores rest on each of the given dimensions (a dimension or level in use cannot be taken out of its rubric). */
  async levelsInUse(dimensionIds: readonly string[]): Promise<{ dimension: string; level: number }[]> {
    if (dimensionIds.length === 0) return [];
    return this.db
      .selectFrom('score')
      .select(['rubric_dimension_id as dimension', 'level'])
      .distinct()
      .where('rubric_dimension_id', 'in', [...dimensionIds])
      .where('retired_at', 'is', null)
      .execute();
  }

  /** The live coding assignments of the partnership's interviews, as the blind rule reads them. */
  async assignments(partnershipId: string, interviewId?: string): Promise<{ interview_id: string; coder: string; done_at: string | null }[]> {
    let q = this.db
      .selectFrom('coding_assignment')
      .select(['interview_id', 'coder', 'done_at'])
      .where('partnership_id', '=', partnershipId)
      .where('retired_at', 'is', null);
    if (interviewId) q = q.where('interview_id', '=', interviewId);
    return q.execute();
  }

  async insert(row: Insertable<ScoreTable>): Promise<void> {
    await this.db.insertInto('score').values(row).execute();
  }

  /** Saves the score's next version if it is still at `fromVersion` and not withdrawn. */
  updateIfVersion(id: string, changes: Updateable<ScoreTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'score', id, changes, { fromVersion, by, at, live: true });
  }

  async retire(id: string, r: Retirement): Promise<void> {
    await this.db
      .updateTable('score')
      .set({ retired_at: r.at, retired_by: r.by, retired_reason: r.reason })
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .execute();
  }

  /** The live passages of the given scores, with their words, in the order they were cited. */
  passages(scoreIds: readonly string[]): Promise<ScorePassageWithQuote[]> {
    if (scoreIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('score_passage as sp')
      .innerJoin('excerpt as x', 'x.id', 'sp.excerpt_id')
      .selectAll('sp')
      .select(['x.quote', 'x.start_offset', 'x.end_offset', 'x.transcript_id', 'x.retired_at as excerpt_retired_at'])
      .where('sp.score_id', 'in', [...scoreIds])
      .where('sp.retired_at', 'is', null)
      .orderBy('sp.created_at')
      .orderBy('sp.id')
      .execute();
  }

  async insertPassage(row: Insertable<ScorePassageTable>): Promise<void> {
    await this.db.insertInto('score_passage').values(row).execute();
  }

  async retirePassage(id: string, r: Retirement): Promise<void> {
    await this.db
      .updateTable('score_passage')
      .set({ retired_at: r.at, retired_by: r.by, retired_reason: r.reason })
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .execute();
  }
}
