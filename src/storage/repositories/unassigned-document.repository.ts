import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, UnassignedDocumentTable } from '../schema.js';

export type UnassignedDocumentRow = Selectable<UnassignedDocumentTable>;

/** An unassigned document with the interview it came in as and the participant standing in for its speaker. */
export interface UnassignedDocumentInContext extends UnassignedDocumentRow {
  interview_code: string;
  cycle_label: string;
  participant_id: string;
  participant_code: string;
  pseudonym: string;
  role: string;
  district_name: string;
  words: number;
}

/** Interviews brought in from documents of a REFI-QDA project that no case placed, until assigned. */
export class UnassignedDocumentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: Insertable<UnassignedDocumentTable>): Promise<void> {
    await this.db.insertInto('unassigned_document').values(row).execute();
  }

  byInterview(interviewId: string): Promise<UnassignedDocumentRow | undefined> {
    return this.db.selectFrom('unassigned_document').selectAll().where('interview_id', '=', interviewId).executeTakeFirst();
  }

  /** The partnership's documents still to assign, in the order they came in. */
  list(partnershipId: string): Promise<UnassignedDocumentInContext[]> {
    return this.db
      .selectFrom('unassigned_document as u')
      .innerJoin('interview as i', 'i.id', 'u.interview_id')
      .innerJoin('cycle as c', 'c.id', 'i.cycle_id')
      .innerJoin('participant as p', 'p.id', 'i.participant_id')
      .innerJoin('organization as d', 'd.id', 'p.district_id')
      .leftJoin('transcript as t', (j) => j.onRef('t.interview_id', '=', 'i.id').on('t.superseded_at', 'is', null))
      .selectAll('u')
      .select([
        'i.code as interview_code',
        'c.label as cycle_label',
        'p.id as participant_id',
        'p.code as participant_code',
        'p.pseudonym',
        'p.role',
        'd.name as district_name',
      ])
      .select((eb) => eb.fn.coalesce('t.word_count', eb.lit(0)).as('words'))
      .where('u.partnership_id', '=', partnershipId)
      .orderBy('u.imported_at')
      .orderBy('i.code')
      .execute() as Promise<UnassignedDocumentInContext[]>;
  }

  async assigned(interviewId: string): Promise<void> {
    await this.db.deleteFrom('unassigned_document').where('interview_id', '=', interviewId).execute();
  }
}
