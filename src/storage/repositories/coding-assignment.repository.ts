import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CodingAssignmentTable, Database } from '../schema.js';

export type CodingAssignmentRow = Selectable<CodingAssignmentTable>;

/** Interviews assigned to coders. */
export class CodingAssignmentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<CodingAssignmentRow | undefined> {
    return this.db.selectFrom('coding_assignment').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The live assignments of an interview. */
  ofInterview(interviewId: string): Promise<CodingAssignmentRow[]> {
    return this.db
      .selectFrom('coding_assignment')
      .selectAll()
      .where('interview_id', '=', interviewId)
      .where('retired_at', 'is', null)
      .orderBy('assigned_at')
      .orderBy('id')
      .execute();
  }

  async insert(row: Insertable<CodingAssignmentTable>): Promise<void> {
    await this.db.insertInto('coding_assignment').values(row).execute();
  }

  /** The live assignments of a partnership, with their interview's code, oldest first. */
  ofPartnership(partnershipId: string, filter: { interviewId?: string; coder?: string } = {}): Promise<(CodingAssignmentRow & { interview_code: string })[]> {
    let q = this.db
      .selectFrom('coding_assignment as a')
      .innerJoin('interview as i', 'i.id', 'a.interview_id')
      .selectAll('a')
      .select('i.code as interview_code')
      .where('a.partnership_id', '=', partnershipId)
      .where('a.retired_at', 'is', null);
    if (filter.interviewId) q = q.where('a.interview_id', '=', filter.interviewId);
    if (filter.coder) q = q.where('a.coder', '=', filter.coder);
    return q.orderBy('i.code').orderBy('a.assigned_at').orderBy('a.id').execute();
  }

  /** Marks the coder's coding of the interview done (a time) or open again (null); false if the assignment is not live. */
  async setDone(id: string, doneAt: string | null): Promise<boolean> {
    const r = await this.db.updateTable('coding_assignment').set({ done_at: doneAt }).where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Unassigns: the row stays, retired, for the audit trail. */
  async retire(id: string, r: { at: string; by: string; reason: string }): Promise<boolean> {
    const u = await this.db
      .updateTable('coding_assignment')
      .set({ retired_at: r.at, retired_by: r.by, retired_reason: r.reason })
      .where('id', '=', id)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    return Number(u.numUpdatedRows) === 1;
  }
}
