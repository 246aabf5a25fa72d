import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { AccountTable, Database, MembershipTable } from '../schema.js';

export type AccountRow = Selectable<AccountTable>;
export type MembershipRow = Selectable<MembershipTable>;

/** People who sign in, and their roles in partnerships. */
export class AccountRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<AccountRow | undefined> {
    return this.db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byEmail(email: string): Promise<AccountRow | undefined> {
    return this.db.selectFrom('account').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
  }

  list(): Promise<AccountRow[]> {
    return this.db.selectFrom('account').selectAll().orderBy('email').execute();
  }

  async countAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('account')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('is_admin', '=', 1)
      .where('disabled_at', 'is', null)
      .where('is_demo', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(row: Insertable<AccountTable>): Promise<void> {
    await this.db.insertInto('account').values(row).execute();
  }

  async update(id: string, changes: Updateable<AccountTable>): Promise<void> {
    await this.db.updateTable('account').set(changes).where('id', '=', id).execute();
  }

  memberships(accountId: string): Promise<MembershipRow[]> {
    return this.db.selectFrom('membership').selectAll().where('account_id', '=', accountId).orderBy('created_at').orderBy('id').execute();
  }

  membersOf(partnershipId: string) {
    return this.db
      .selectFrom('membership as m')
      .innerJoin('account as a', 'a.id', 'm.account_id')
      .select(['m.id', 'm.role', 'm.district_id', 'a.id as account_id', 'a.email', 'a.display_name', 'a.disabled_at'])
      .where('m.partnership_id', '=', partnershipId)
      .orderBy('a.email')
      .execute();
  }

  async insertMembership(row: Insertable<MembershipTable>): Promise<void> {
    await this.db.insertInto('membership').values(row).execute();
  }

  async deleteMembership(id: string): Promise<void> {
    await this.db.deleteFrom('membership').where('id', '=', id).execute();
  }

  async updateMembership(id: string, changes: Updateable<MembershipTable>): Promise<void> {
    await this.db.updateTable('membership').set(changes).where('id', '=', id).execute();
  }
}
