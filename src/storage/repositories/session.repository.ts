import type { Insertable, Kysely, Selectable } from 'kysely';
import { compiledOnce } from '../compiled-once.js';
import type { AccountLinkTable, AccountTable, Database, MembershipTable, SessionTable } from '../schema.js';

export type SessionRow = Selectable<SessionTable>;
export type AccountLinkRow = Selectable<AccountLinkTable>;

/** What every request signed in with a session reads: the session, who it is, and their memberships. */
export interface SignedInRows {
  session: SessionRow;
  account: Pick<Selectable<AccountTable>, 'id' | 'email' | 'display_name' | 'is_admin' | 'is_demo' | 'disabled_at'>;
  memberships: Pick<Selectable<MembershipTable>, 'partnership_id' | 'role' | 'district_id'>[];
}

/** Sign-in sessions and one-time links, both found by the hash of their secret token. */
export class SessionRepository {
  /** The session of a token with its account and memberships, in one query, built once: every signed-in request reads it. */
  private readonly signedInRows;

  constructor(private readonly db: Kysely<Database>) {
    this.signedInRows = compiledOnce(db, (tokenHash: string) =>
      db
        .selectFrom('session as s')
        .innerJoin('account as a', 'a.id', 's.account_id')
        .leftJoin('membership as m', 'm.account_id', 'a.id')
        .select([
          's.id',
          's.account_id',
          's.token_hash',
          's.csrf_token',
          's.created_at',
          's.expires_at',
          's.revoked_at',
          'a.email',
          'a.display_name',
          'a.is_admin',
          'a.is_demo',
          'a.disabled_at',
          'm.partnership_id',
          'm.role',
          'm.district_id',
        ])
        .where('s.token_hash', '=', tokenHash)
        .orderBy('m.created_at')
        .orderBy('m.id'),
    );
  }

  async insert(row: Insertable<SessionTable>): Promise<void> {
    await this.db.insertInto('session').values(row).execute();
  }

  async signedIn(tokenHash: string): Promise<SignedInRows | undefined> {
    const rows = await this.signedInRows(tokenHash);
    const first = rows[0];
    if (!first) return undefined;
    const { id, account_id, token_hash, csrf_token, created_at, expires_at, revoked_at, email, display_name, is_admin, is_demo, disabled_at } = first;
    return {
      session: { id, account_id, token_hash, csrf_token, created_at, expires_at, revoked_at },
      account: { id: account_id, email, display_name, is_admin, is_demo, disabled_at },
      memberships: rows.flatMap((r) => (r.partnership_id && r.role ? [{ partnership_id: r.partnership_id, role: r.role, district_id: r.district_id }] : [])),
    };
  }

  async revoke(id: string, at: string): Promise<void> {
    await this.db.updateTable('session').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  /** Ends every live session of an account; returns how many were ended. */
  async revokeAll(accountId: string, at: string): Promise<number> {
    const r = await this.db
      .updateTable('session')
      .set({ revoked_at: at })
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async insertLink(row: Insertable<AccountLinkTable>): Promise<void> {
    await this.db.insertInto('account_link').values(row).execute();
  }

  linkByTokenHash(tokenHash: string): Promise<AccountLinkRow | undefined> {
    return this.db.selectFrom('account_link').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  }

  linkById(id: string): Promise<AccountLinkRow | undefined> {
    return this.db.selectFrom('account_link').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Invitations to an email that no account has accepted yet and that have not expired, newest first, with what they offer. */
  openInvitations(email: string, now: string) {
    return this.db
      .selectFrom('account_link as l')
      .innerJoin('partnership as p', 'p.id', 'l.partnership_id')
      .leftJoin('organization as d', 'd.id', 'l.district_id')
      .select([
        'l.id',
        'l.partnership_id',
        'p.name as partnership_name',
        'l.role',
        'l.district_id',
        'd.name as district_name',
        'l.created_by',
        'l.created_at',
        'l.expires_at',
      ])
      .where('l.kind', '=', 'invitation')
      .where('l.email', '=', email)
      .where('l.account_id', 'is', null)
      .where('l.expires_at', '>', now)
      .orderBy('l.created_at', 'desc')
      .execute();
  }

  /** A partnership's invitations that no account has accepted yet and that have not expired (nor been withdrawn), newest first; never their token. */
  openInvitationsTo(partnershipId: string, now: string, email?: string) {
    let q = this.db
      .selectFrom('account_link as l')
      .leftJoin('organization as d', 'd.id', 'l.district_id')
      .select(['l.id', 'l.email', 'l.partnership_id', 'l.role', 'l.district_id', 'd.name as district_name', 'l.created_by', 'l.created_at', 'l.expires_at'])
      .where('l.kind', '=', 'invitation')
      .where('l.partnership_id', '=', partnershipId)
      .where('l.account_id', 'is', null)
      .where('l.expires_at', '>', now);
    if (email !== undefined) q = q.where('l.email', '=', email);
    return q.orderBy('l.created_at', 'desc').orderBy('l.id').execute();
  }

  /** Ends an open invitation now (its expiry brought forward); false if it was accepted or had ended already. */
  async expireInvitation(id: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('account_link')
      .set({ expires_at: at })
      .where('id', '=', id)
      .where('kind', '=', 'invitation')
      .where('account_id', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Records the account that accepted an invitation; false if one had already, or it ended meanwhile (an acceptance racing another, or a withdrawal). */
  async acceptInvitation(id: string, accountId: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('account_link')
      .set((eb) => ({ account_id: accountId, used_at: eb.fn.coalesce('used_at', eb.val(at)) }))
      .where('id', '=', id)
      .where('account_id', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Marks a link used; false if it was used already (two requests racing with the same link). */
  async useLink(id: string, at: string): Promise<boolean> {
    const r = await this.db.updateTable('account_link').set({ used_at: at }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}
