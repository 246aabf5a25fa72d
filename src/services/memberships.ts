import { isPartnershipRole, type Membership } from '../domain/access.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import { endInvitation } from './accounts.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { districtOf } from './lookup.js';

/** Memberships: the role an account takes in a partnership (a partner leader's with their district). */

export interface RoleGrant {
  accountId: string;
  partnershipId: string;
  role: string;
  /** Partner leaders only: their district (ID or name). */
  district?: string | null;
}

/** Gives an account its role in a partnership (replacing the role it had there). */
export function grantRole(ctx: ServiceContext, grant: RoleGrant): Promise<Membership> {
  return inTransaction(ctx, async (tx) => {
    if (!isPartnershipRole(grant.role)) throw invalid(`"${grant.role}" is not a role (admin, lead, analyst, observer, partner)`, { field: 'role' });
    if (!(await tx.store.accounts.byId(grant.accountId))) throw notFound('account', grant.accountId);
    if (!(await tx.store.partnerships.byId(grant.partnershipId))) throw notFound('partnership', grant.partnershipId);
    let districtId: string | null = null;
    if (grant.role === 'partner') {
      if (!grant.district) throw invalid('a partner leader belongs to one district: name it', { field: 'district' });
      districtId = (await districtOf(tx, grant.partnershipId, grant.district)).id;
    } else if (grant.district) {
      throw invalid('only partner leaders are tied to a district; team members see the whole partnership', { field: 'district' });
    }
    const at = now(tx);
    const existing = (await tx.store.accounts.memberships(grant.accountId)).find((m) => m.partnership_id === grant.partnershipId);
    if (existing) {
      await tx.store.accounts.updateMembership(existing.id, { role: grant.role, district_id: districtId });
      await audit(tx, {
        action: 'membership.update',
        entityKind: 'membership',
        entityId: existing.id,
        at,
        data: { from: { role: existing.role, districtId: existing.district_id }, to: { role: grant.role, districtId } },
      });
    } else {
      const id = tx.ids.next('membership');
      await tx.store.accounts.insertMembership({
        id,
        account_id: grant.accountId,
        partnership_id: grant.partnershipId,
        role: grant.role,
        district_id: districtId,
        created_at: at,
        created_by: tx.actor,
      });
      await audit(tx, {
        action: 'membership.create',
        entityKind: 'membership',
        entityId: id,
        at,
        data: { accountId: grant.accountId, partnershipId: grant.partnershipId, role: grant.role, districtId },
      });
    }
    return { partnershipId: grant.partnershipId, role: grant.role, districtId };
  });
}

/**
 * Changes the role of a member of the partnership. Someone who is not a member is added by an
 * invitation they accept, so an account that is not a member answers as one that does not exist.
 * Only administrators change an administrator's role. Invitations still open to the member's email
 * are withdrawn, so that none gives back the role just taken away.
 */
export function changeRole(ctx: ServiceContext, grant: RoleGrant & { byAdministrator: boolean }): Promise<Membership> {
  return inTransaction(ctx, async (tx) => {
    const { account, membership } = await memberToManage(tx, grant, "change an administrator's role");
    const role = await grantRole(tx, grant);
    await withdrawInvitationsTo(tx, account.email, grant.partnershipId, {
      reason: `their role was changed to ${grant.role}`,
      data: { membershipId: membership.id, because: 'membership.update' },
    });
    return role;
  });
}

/** An administrator's grant: adds the account to the partnership, or changes its role there as changeRole does (withdrawing the invitations still open to it). */
export async function grantOrChangeRole(ctx: ServiceContext, grant: RoleGrant): Promise<Membership> {
  const member = (await ctx.store.accounts.memberships(grant.accountId)).some((m) => m.partnership_id === grant.partnershipId);
  return member ? changeRole(ctx, { ...grant, byAdministrator: true }) : grantRole(ctx, grant);
}

/** Withdraws the invitations still open to an email in the partnership, each audited with why. */
async function withdrawInvitationsTo(
  tx: ServiceContext,
  email: string,
  partnershipId: string,
  why: { reason: string; data: Record<string, unknown> },
): Promise<void> {
  for (const invitation of await tx.store.sessions.openInvitationsTo(partnershipId, now(tx), email)) await endInvitation(tx, invitation, why);
}

/**
 * A member of the partnership whose membership the caller may change: an account that is not a
 * member answers as one that does not exist, and only administrators change administrators.
 */
async function memberToManage(ctx: ServiceContext, who: { accountId: string; partnershipId: string; byAdministrator: boolean }, what: string) {
  const account = await ctx.store.accounts.byId(who.accountId);
  const membership = account && (await ctx.store.accounts.memberships(account.id)).find((m) => m.partnership_id === who.partnershipId);
  if (!account || !membership) {
    throw new WarrantError('not_found', `account ${JSON.stringify(who.accountId)} is not a member of this partnership: to add someone, invite them by email`, {
      id: who.accountId,
    });
  }
  if (!who.byAdministrator && (membership.role === 'admin' || account.is_admin === 1)) {
    throw new WarrantError('forbidden', `only an administrator can ${what}`);
  }
  return { account, membership };
}

/**
 * Removes a member from the partnership, with the reason kept in the audit trail: from the next
 * request on they see nothing of it (memberships are read afresh for every request), and the
 * invitations still open to their email are withdrawn with the same reason, so that none lets them
 * back in. One does not remove oneself, so that a partnership is never left without the person who
 * manages it by mistake.
 */
export function removeMember(
  ctx: ServiceContext,
  input: { accountId: string; partnershipId: string; reason: string; byAdministrator: boolean; byAccountId?: string },
): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const reason = input.reason.trim();
    if (!reason) throw invalid('say why the member is removed (kept in the history)', { field: 'reason' });
    const { account, membership } = await memberToManage(tx, input, 'remove an administrator');
    if (input.byAccountId === account.id) throw invalid('you cannot remove yourself: ask another lead researcher or an administrator', { field: 'accountId' });
    await tx.store.accounts.deleteMembership(membership.id);
    await audit(tx, {
      action: 'membership.remove',
      entityKind: 'membership',
      entityId: membership.id,
      reason,
      at: now(tx),
      data: { accountId: account.id, partnershipId: input.partnershipId, role: membership.role, districtId: membership.district_id },
    });
    await withdrawInvitationsTo(tx, account.email, input.partnershipId, { reason, data: { membershipId: membership.id, because: 'membership.remove' } });
  });
}
