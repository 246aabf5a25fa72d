import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { RoleGroup } from '../../domain/roles.js';
import type { Database, InterviewTable } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type InterviewRow = Selectable<InterviewTable>;

export interface InterviewFilter {
  districtId?: string;
  organizationId?: string;
  role?: string;
  cycleId?: string;
  protocol?: string;
  participantId?: string;
}

/** An interview with the names a reader needs beside it. */
export interface InterviewListing extends InterviewRow {
  cycle_label: string;
  participant_code: string;
  pseudonym: string;
  district_name: string;
  organization_name: string;
  transcript_id: string | null;
  transcript_version: number | null;
  turn_count: number | null;
  word_count: number | null;
  isf_id: string | null;
  isf_status: string | null;
}

export class InterviewRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<InterviewRow | undefined> {
    return this.db.selectFrom('interview').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byCode(partnershipId: string, code: string): Promise<InterviewRow | undefined> {
    return this.db.selectFrom('interview').selectAll().where('partnership_id', '=', partnershipId).where('code', '=', code).executeTakeFirst();
  }

  listAll(partnershipId: string): Promise<InterviewRow[]> {
    return this.db.selectFrom('interview').selectAll().where('partnership_id', '=', partnershipId).execute();
  }

  list(partnershipId: string, filter: InterviewFilter = {}, ids?: readonly string[]): Promise<InterviewListing[]> {
    let q = this.db
      .selectFrom('interview as i')
      .innerJoin('cycle as c', 'c.id', 'i.cycle_id')
      .innerJoin('participant as p', 'p.id', 'i.participant_id')
      .innerJoin('organization as d', 'd.id', 'i.district_id')
      .innerJoin('organization as o', 'o.id', 'i.organization_id')
      .leftJoin('transcript as t', (j) => j.onRef('t.interview_id', '=', 'i.id').on('t.superseded_at', 'is', null))
      .leftJoin('isf as f', 'f.interview_id', 'i.id')
      .selectAll('i')
      .select([
        'c.label as cycle_label',
        'p.code as participant_code',
        'p.pseudonym',
        'd.name as district_name',
        'o.name as organization_name',
        't.id as transcript_id',
        't.version as transcript_version',
        't.turn_count',
        't.word_count',
        'f.id as isf_id',
        'f.status as isf_status',
      ])
      .where('i.partnership_id', '=', partnershipId);
    if (ids) q = q.where('i.id', 'in', ids.length ? [...ids] : ['']);
    if (filter.districtId) q = q.where('i.district_id', '=', filter.districtId);
    if (filter.organizationId) q = q.where('i.organization_id', '=', filter.organizationId);
    // A filter is what the caller typed: a role that is no role group matches nothing.
    if (filter.role) q = q.where('i.role', '=', filter.role as RoleGroup);
    if (filter.cycleId) q = q.where('i.cycle_id', '=', filter.cycleId);
    if (filter.protocol) q = q.where('i.protocol', '=', filter.protocol);
    if (filter.participantId) q = q.where('i.participant_id', '=', filter.participantId);
    return q.orderBy('c.label').orderBy('i.code').execute();
  }

  async insertMany(rows: Insertable<InterviewTable>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 200)
      await this.db
        .insertInto('interview')
        .values(rows.slice(i, i + 200))
        .execute();
  }

  async update(id: string, changes: Updateable<InterviewTable>): Promise<void> {
    await this.db.updateTable('interview').set(changes).where('id', '=', id).execute();
  }

  /** Saves the next version if the interview is still at `fromVersion`. */
  updateIfVersion(id: string, changes: Updateable<InterviewTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'interview', id, changes, { fromVersion, by, at });
  }
}
