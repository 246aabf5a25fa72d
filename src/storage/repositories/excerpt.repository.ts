import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, ExcerptTable } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';

export type ExcerptRow = Selectable<ExcerptTable>;

/** An excerpt with where it comes from: its interview, the participant, and whether its transcript changed since. */
export interface ExcerptInContext extends ExcerptRow {
  transcript_version: number;
  transcript_superseded_at: string | null;
  interview_code: string;
  interview_date: string;
  role: string;
  pseudonym: string;
  participant_id: string;
  organization_id: string;
  organization_name: string;
  district_id: string;
  district_name: string;
  cycle_id: string;
  cycle_label: string;
}

export class ExcerptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: Insertable<ExcerptTable>): Promise<void> {
    await this.db.insertInto('excerpt').values(row).execute();
  }

  byId(id: string): Promise<ExcerptRow | undefined> {
    return this.db.selectFrom('excerpt').selectAll().where('id', '=', id).executeTakeFirst();
  }

  inContext(ids: readonly string[]): Promise<ExcerptInContext[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('excerpt as e')
      .innerJoin('transcript as t', 't.id', 'e.transcript_id')
      .innerJoin('interview as i', 'i.id', 'e.interview_id')
      .innerJoin('participant as p', 'p.id', 'i.participant_id')
      .innerJoin('organization as o', 'o.id', 'i.organization_id')
      .innerJoin('organization as d', 'd.id', 'i.district_id')
      .innerJoin('cycle as c', 'c.id', 'i.cycle_id')
      .selectAll('e')
      .select([
        't.version as transcript_version',
        't.superseded_at as transcript_superseded_at',
        'i.code as interview_code',
        'i.date as interview_date',
        'i.role',
        'p.pseudonym',
        'p.id as participant_id',
        'o.id as organization_id',
        'o.name as organization_name',
        'd.id as district_id',
        'd.name as district_name',
        'c.id as cycle_id',
        'c.label as cycle_label',
      ])
      .where('e.id', 'in', [...ids])
      .execute();
  }

  forInterview(interviewId: string): Promise<ExcerptRow[]> {
    return this.db.selectFrom('excerpt').selectAll().where('interview_id', '=', interviewId).orderBy('start_offset').execute();
  }

  /** Every live excerpt's retirement and transcript state, for checking chains across the partnership. */
  states(partnershipId: string) {
    return this.db
      .selectFrom('excerpt as e')
      .innerJoin('transcript as t', 't.id', 'e.transcript_id')
      .innerJoin('interview as i', 'i.id', 'e.interview_id')
      .select(['e.id', 'e.retired_at', 'e.interview_id', 't.superseded_at'])
      .where('i.partnership_id', '=', partnershipId)
      .execute();
  }

  async setShareable(id: string, shareable: { at: string; by: string } | null): Promise<void> {
    await this.db
      .updateTable('excerpt')
      .set({ shareable_at: shareable?.at ?? null, shareable_by: shareable?.by ?? null })
      .where('id', '=', id)
      .execute();
  }

  retire(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'excerpt', id, r);
  }
}
