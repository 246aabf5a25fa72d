import { isPartnershipRole, type Membership } from '../domain/access.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import type { AccountRow } from '../storage/repositories/account.repository.js';
import type { AccountLinkRow } from '../storage/repositories/session.repository.js';
import { accountOf, createLink, endInvitation, normaliseEmail, storeAccount, useLink } from './accounts.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { districtOf } from './lookup.js';
import { grantRole } from './memberships.js';
import { hashPassword, validatePassword } from './passwords.js';

/**
 * Invitations: the one way into a partnership. A lead researcher invites an email to a role (a
 * one-time link, valid 7 days); a new person answers the link and gets an account, someone who has
 * one accepts the invitation signed in.
 */

export function invite(ctx: ServiceContext, input: { partnershipId: string; email: string; role: string; district?: string | null }) {
  return inTransaction(ctx, async (tx) => {
    const email = normaliseEmail(input.email);
    if (!isPartnershipRole(input.role)) throw invalid(`"${input.role}" is not a role (admin, lead, analyst, observer, partner)`, { field: 'role' });
    let districtId: string | null = null;
    if (input.role === 'partner') {
      if (!input.district) throw invalid('a partner leader belongs to one district: name it', { field: 'district' });
      districtId = (await districtOf(tx, input.partnershipId, input.district)).id;
    }
    return createLink(tx, 'invitation', { email, partnership_id: input.partnershipId, role: input.role, district_id: districtId });
  });
}

/**
 * What the holder of an invitation link is told once they have answered it, whether its email had
 * an account or not: the answer must not say which, or the link would tell whoever made it.
 */
export const invitationAnswered = (email: string) =>
  `Thank you. If ${email} is new to Warrant, its account is ready with the password you chose and the role the invitation offers: sign in with them. ` +
  `If it had an account already, nothing about it has changed: sign in with its own password and accept the invitation on your account page.`;

/**
 * Answers an invitation link without a session: the one way to create an account from an
 * invitation. A new email gets its account, with the name and password given, and the role. An email
 * that has an account is left as it is: the password given is not checked (its holder need not be
 * the account's owner, and checking would let them guess it), and the invitation waits for the
 * account to accept it signed in (acceptInvitation). Both cases check the same, hash the password and
 * use up the link, so that they answer alike.
 */
export function answerInvitationLink(ctx: ServiceContext, input: { token: string; displayName?: string; password: string }): Promise<{ email: string }> {
  return inTransaction(ctx, async (tx) => {
    const link = await useLink(tx, 'invitation', input.token);
    const email = link.email!;
    const displayName = input.displayName?.trim() || email;
    validatePassword(input.password, { email, displayName });
    const passwordHash = await hashPassword(input.password);
    const as = { ...tx, actor: email };
    if (await tx.store.accounts.byEmail(email)) {
      await audit(as, { action: 'invitation.awaits_sign_in', entityKind: 'accountLink', entityId: link.id, data: {} });
    } else {
      const account = await storeAccount(as, { email, displayName }, passwordHash);
      await joinByInvitation(as, link, account);
    }
    return { email };
  });
}

/** An invitation's role given to the account, and the invitation marked accepted by it. */
async function joinByInvitation(tx: ServiceContext, link: AccountLinkRow, account: AccountRow): Promise<Membership> {
  if (!(await tx.store.sessions.acceptInvitation(link.id, account.id, now(tx))))
    throw invalid('this invitation has been accepted already, or is no longer open');
  const membership = await grantRole(tx, { accountId: account.id, partnershipId: link.partnership_id!, role: link.role!, district: link.district_id });
  await audit(tx, { action: 'invitation.accept', entityKind: 'accountLink', entityId: link.id, data: { accountId: account.id, ...membership } });
  return membership;
}

/** Invitations sent to the account's email that it has not accepted, and that have not expired. */
export async function openInvitations(ctx: ServiceContext, accountId: string) {
  const account = await accountOf(ctx, accountId);
  return ctx.store.sessions.openInvitations(account.email, now(ctx));
}

/**
 * The signed-in account accepts an invitation sent to its email, and takes the role it offers (in
 * place of any role it had in that partnership). An invitation to another email answers as one that
 * does not exist.
 */
export function acceptInvitation(ctx: ServiceContext, input: { invitationId: string; accountId: string }): Promise<Membership> {
  return inTransaction(ctx, async (tx) => {
    const account = await accountOf(tx, input.accountId);
    const link = await tx.store.sessions.linkById(input.invitationId);
    if (!link || link.kind !== 'invitation' || link.email !== account.email) throw notFound('invitation', JSON.stringify(input.invitationId));
    if (link.account_id) throw invalid('this invitation has been accepted already', { field: 'invitation' });
    if (link.expires_at <= now(tx)) throw invalid('this invitation is no longer open: ask for a new one', { field: 'invitation' });
    return joinByInvitation({ ...tx, actor: account.email }, link, account);
  });
}

/**
 * The partnership's open invitations, for those who invite: to whom, which role, who sent it and
 * until when. Never the link's token, nor whether the link has been answered (that would say
 * whether the email has an account).
 */
export function partnershipInvitations(ctx: ServiceContext, partnershipId: string) {
  return ctx.store.sessions.openInvitationsTo(partnershipId, now(ctx));
}

/**
 * Withdraws an open invitation of the partnership, with the reason kept in the history: its link
 * answers from then on as any invalid link does. An invitation of another partnership answers as
 * one that does not exist; only administrators withdraw an invitation to be an administrator, as
 * only they make one.
 */
export function withdrawInvitation(
  ctx: ServiceContext,
  input: { partnershipId: string; invitationId: string; reason: string; byAdministrator: boolean },
): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    const reason = input.reason.trim();
    if (!reason) throw invalid('say why the invitation is withdrawn (kept in the history)', { field: 'reason' });
    const link = await tx.store.sessions.linkById(input.invitationId);
    if (!link || link.kind !== 'invitation' || link.partnership_id !== input.partnershipId) throw notFound('invitation', JSON.stringify(input.invitationId));
    if (link.role === 'admin' && !input.byAdministrator)
      throw new WarrantError('forbidden', 'only an administrator can withdraw an invitation to be an administrator');
    if (!(await endInvitation(tx, link, { reason })))
      throw invalid('this invitation is no longer open: it has been accepted, has expired or was withdrawn', { field: 'invitationId' });
  });
}
