import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, DddVersionTable, MemberCheckResponseTable, MemberCheckTable } from '../schema.js';

export type DddVersionRow = Selectable<DddVersionTable>;
export type MemberCheckRow = Selectable<MemberCheckTable>;
export type MemberCheckResponseRow = Selectable<MemberCheckResponseTable>;

/** Issued versions of District Design Documents, the member checks they were sent in, and the responses. */
export class DesignDocumentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertVersion(row: Insertable<DddVersionTable>): Promise<void> {
    await this.db.insertInto('ddd_version').values(row).execute();
  }

  versionById(id: string): Promise<DddVersionRow | undefined> {
    return this.db.selectFrom('ddd_version').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The district's issued versions for the cycle, oldest first. */
  versions(districtId: string, cycleId: string): Promise<DddVersionRow[]> {
    return this.db.selectFrom('ddd_version').selectAll().where('district_id', '=', districtId).where('cycle_id', '=', cycleId).orderBy('number').execute();
  }

  /** Every issued version of the partnership, for overviews (without their content). */
  versionList(partnershipId: string) {
    return this.db
      .selectFrom('ddd_version')
      .select(['id', 'district_id', 'cycle_id', 'number', 'created_at', 'created_by', 'reason'])
      .where('partnership_id', '=', partnershipId)
      .orderBy('district_id')
      .orderBy('cycle_id')
      .orderBy('number')
      .execute();
  }

  async insertCheck(row: Insertable<MemberCheckTable>, recipients: readonly { id: string; account_id: string }[]): Promise<void> {
    await this.db.insertInto('member_check').values(row).execute();
    if (recipients.length)
      await this.db
        .insertInto('member_check_recipient')
        .values(recipients.map((r) => ({ ...r, member_check_id: row.id })))
        .execute();
  }

  checkById(id: string): Promise<MemberCheckRow | undefined> {
    return this.db.selectFrom('member_check').selectAll().where('id', '=', id).executeTakeFirst();
  }

  checks(versionIds: readonly string[]): Promise<MemberCheckRow[]> {
    if (versionIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('member_check')
      .selectAll()
      .where('ddd_version_id', 'in', [...versionIds])
      .orderBy('sent_at')
      .orderBy('id')
      .execute();
  }

  async recipients(checkId: string): Promise<{ account_id: string; email: string; display_name: string }[]> {
    return this.db
      .selectFrom('member_check_recipient as r')
      .innerJoin('account as a', 'a.id', 'r.account_id')
      .select(['r.account_id', 'a.email', 'a.display_name'])
      .where('r.member_check_id', '=', checkId)
      .orderBy('a.display_name')
      .execute();
  }

  /** Member checks sent to the account, newest first. */
  checksFor(accountId: string): Promise<MemberCheckRow[]> {
    return this.db
      .selectFrom('member_check as c')
      .innerJoin('member_check_recipient as r', 'r.member_check_id', 'c.id')
      .selectAll('c')
      .where('r.account_id', '=', accountId)
      .orderBy('c.sent_at', 'desc')
      .execute();
  }

  async insertResponse(row: Insertable<MemberCheckResponseTable>): Promise<void> {
    await this.db.insertInto('member_check_response').values(row).execute();
  }

  responseById(id: string): Promise<MemberCheckResponseRow | undefined> {
    return this.db.selectFrom('member_check_response').selectAll().where('id', '=', id).executeTakeFirst();
  }

  responses(checkIds: readonly string[]): Promise<(MemberCheckResponseRow & { display_name: string })[]> {
    if (checkIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('member_check_response as r')
      .innerJoin('account as a', 'a.id', 'r.account_id')
      .selectAll('r')
      .select('a.display_name')
      .where('r.member_check_id', 'in', [...checkIds])
      .orderBy('r.created_at')
      .orderBy('r.id')
      .execute();
  }

  /** Marks a correction as taken into a version; false if it was already marked. */
  async markApplied(responseId: string, versionId: string, by: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('member_check_response')
      .set({ applied_in_id: versionId, applied_by: by, applied_at: at })
      .where('id', '=', responseId)
      .where('applied_in_id', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
