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
}
