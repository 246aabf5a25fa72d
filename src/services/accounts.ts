import { createHash, randomBytes } from 'node:crypto';
import { type Membership, type PartnershipRole, isPartnershipRole, type Principal } from '../domain/access.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import type { AccountRow } from '../storage/repositories/account.repository.js';
import type { AccountLinkRow } from '../storage/repositories/session.repository.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { districtOf } from './lookup.js';
import { hashPassword, validatePassword } from './passwords.js';

/** Secrets handed out (session cookies, links) are random; only their hash is stored. */
export const newSecret = (): string => randomBytes(32).toString('base64url');
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOUR = 3600_000;
export const LINK_HOURS = { invitation: 7 * 24, reset: 24, setup: 24 } as const;
export type LinkKind = keyof typeof LINK_HOURS;

export function normaliseEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e) || e.length > 254) throw invalid(`"${email}" is not an email address`, { field: 'email' });
  return e;
}

/** What is kept of an account in the audit trail and shown to clients: never the password hash. */
export const publicAccount = (a: AccountRow) => ({
  id: a.id,
  email: a.email,
  displayName: a.display_name,
  isAdmin: a.is_admin === 1,
  isDemo: a.is_demo === 1,
  disabledAt: a.disabled_at,
  createdAt: a.created_at,
});

export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
  isAdmin?: boolean;
  isDemo?: boolean;
}

export function createAccount(ctx: ServiceContext, input: NewAccount): Promise<AccountRow> {
  return inTransaction(ctx, async (tx) => {
    const email = normaliseEmail(input.email);
    const displayName = input.displayName.trim();
    if (!displayName) throw invalid('an account needs a name to show', { field: 'displayName' });
    validatePassword(input.password, { email, displayName });
    if (await tx.store.accounts.byEmail(email)) throw invalid(`an account with the email ${email} exists already`, { field: 'email' });
    return storeAccount(tx, { ...input, email, displayName }, await hashPassword(input.password));
  });
}

/** Writes a new account whose email, name and password have been checked. */
async function storeAccount(tx: ServiceContext, input: Omit<NewAccount, 'password'>, passwordHash: string): Promise<AccountRow> {
  const at = now(tx);
  const row: AccountRow = {
    id: tx.ids.next('account'),
    email: input.email,
    display_name: input.displayName,
    password_hash: passwordHash,
    is_admin: input.isAdmin ? 1 : 0,
    is_demo: input.isDemo ? 1 : 0,
    disabled_at: null,
    created_at: at,
    created_by: tx.actor,
    password_changed_at: at,
  };
  await tx.store.accounts.insert(row);
  await audit(tx, { action: 'account.create', entityKind: 'account', entityId: row.id, at, data: publicAccount(row) });
  return row;
}

export async function accountOf(ctx: ServiceContext, idOrEmail: string): Promise<AccountRow> {
  const found = (await ctx.store.accounts.byId(idOrEmail)) ?? (idOrEmail.includes('@') ? await ctx.store.accounts.byEmail(idOrEmail) : undefined);
  if (!found) throw notFound('account', JSON.stringify(idOrEmail));
  return found;
}

export async function principalOf(ctx: ServiceContext, account: AccountRow): Promise<Principal> {
  const memberships: Membership[] = (await ctx.store.accounts.memberships(account.id)).map((m) => ({
    partnershipId: m.partnership_id,
    role: m.role as PartnershipRole,
    districtId: m.district_id,
  }));
  return { accountId: account.id, email: account.email, displayName: account.display_name, isAdmin: account.is_admin === 1, memberships };
}

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
      await audit(tx, { action: 'membership.update', entityKind: 'membership', entityId: existing.id, at, data: { from: { role: existing.role, districtId: existing.district_id }, to: { role: grant.role, districtId } } });
    } else {
      const id = tx.ids.next('membership');
      await tx.store.accounts.insertMembership({ id, account_id: grant.accountId, partnership_id: grant.partnershipId, role: grant.role, district_id: districtId, created_at: at, created_by: tx.actor });
      await audit(tx, { action: 'membership.create', entityKind: 'membership', entityId: id, at, data: { accountId: grant.accountId, partnershipId: grant.partnershipId, role: grant.role, districtId } });
    }
    return { partnershipId: grant.partnershipId, role: grant.role, districtId };
  });
}

/** Creates a one-time link and returns its secret token (shown once, never stored). */
async function createLink(ctx: ServiceContext, kind: LinkKind, fields: Partial<Pick<AccountLinkRow, 'email' | 'account_id' | 'partnership_id' | 'role' | 'district_id'>>) {
  const token = newSecret();
  const at = ctx.clock();
  const row: AccountLinkRow = {
    id: ctx.ids.next('accountLink'),
    kind,
    token_hash: hashSecret(token),
    email: fields.email ?? null,
    account_id: fields.account_id ?? null,
    partnership_id: fields.partnership_id ?? null,
    role: fields.role ?? null,
    district_id: fields.district_id ?? null,
    created_at: at.toISOString(),
    created_by: ctx.actor,
    expires_at: new Date(at.getTime() + LINK_HOURS[kind] * HOUR).toISOString(),
    used_at: null,
  };
  await ctx.store.sessions.insertLink(row);
  await audit(ctx, { action: `link.${kind}`, entityKind: 'accountLink', entityId: row.id, at: row.created_at, data: { ...fields, expiresAt: row.expires_at } });
  return { token, expiresAt: row.expires_at };
}

/** The link of this kind behind a token, if it is still good; it is then used up. */
async function useLink(ctx: ServiceContext, kind: LinkKind, token: string): Promise<AccountLinkRow> {
  const link = await ctx.store.sessions.linkByTokenHash(hashSecret(token));
  if (!link || link.kind !== kind) throw invalid('this link is not valid: ask for a new one', { field: 'token' });
  if (link.used_at) throw invalid('this link has been used already: ask for a new one', { field: 'token' });
  if (link.expires_at < now(ctx)) throw invalid(`this link expired on ${link.expires_at}: ask for a new one`, { field: 'token' });
  if (!(await ctx.store.sessions.useLink(link.id, now(ctx)))) throw invalid('this link has been used already: ask for a new one', { field: 'token' });
  return link;
}

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
  if (!(await tx.store.sessions.acceptInvitation(link.id, account.id, now(tx)))) throw invalid('this invitation has been accepted already');
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
    if (link.expires_at < now(tx)) throw invalid(`this invitation expired on ${link.expires_at}: ask for a new one`, { field: 'invitation' });
    return joinByInvitation({ ...tx, actor: account.email }, link, account);
  });
}

/**
 * Changes the role of a member of the partnership. Someone who is not a member is added by an
 * invitation they accept, so an account that is not a member answers as one that does not exist.
 * Only administrators change an administrator's role.
 */
export function changeRole(ctx: ServiceContext, grant: RoleGrant & { byAdministrator: boolean }): Promise<Membership> {
  return inTransaction(ctx, async (tx) => {
    await memberToManage(tx, grant, "change an administrator's role");
    return grantRole(tx, grant);
  });
}

/**
 * A member of the partnership whose membership the caller may change: an account that is not a
 * member answers as one that does not exist, and only administrators change administrators.
 */
async function memberToManage(ctx: ServiceContext, who: { accountId: string; partnershipId: string; byAdministrator: boolean }, what: string) {
  const account = await ctx.store.accounts.byId(who.accountId);
  const membership = account && (await ctx.store.accounts.memberships(account.id)).find((m) => m.partnership_id === who.partnershipId);
  if (!account || !membership) {
    throw new WarrantError('not_found', `account ${JSON.stringify(who.accountId)} is not a member of this partnership: to add someone, invite them by email`, { id: who.accountId });
  }
  if (!who.byAdministrator && (membership.role === 'admin' || account.is_admin === 1)) {
    throw new WarrantError('forbidden', `only an administrator can ${what}`);
  }
  return { account, membership };
}

/**
 * Removes a member from the partnership, with the reason kept in the audit trail: from the next
 * request on they see nothing of it (memberships are read afresh for every request). One does not
 * remove oneself, so that a partnership is never left without the person who manages it by mistake.
 */
export function removeMember(ctx: ServiceContext, input: { accountId: string; partnershipId: string; reason: string; byAdministrator: boolean; byAccountId?: string }): Promise<void> {
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
  });
}

/** A password reset link for an account, issued by an administrator. */
export function resetLink(ctx: ServiceContext, accountId: string) {
  return inTransaction(ctx, async (tx) => {
    const account = await accountOf(tx, accountId);
    return createLink(tx, 'reset', { account_id: account.id, email: account.email });
  });
}

/** Sets a new password from a reset link, and signs the account out everywhere. */
export function resetPassword(ctx: ServiceContext, input: { token: string; password: string }) {
  return inTransaction(ctx, async (tx) => {
    const link = await useLink(tx, 'reset', input.token);
    const account = await accountOf(tx, link.account_id!);
    validatePassword(input.password, { email: account.email, displayName: account.display_name });
    const at = now(tx);
    await tx.store.accounts.update(link.account_id!, { password_hash: await hashPassword(input.password), password_changed_at: at });
    await tx.store.sessions.revokeAll(link.account_id!, at);
    await audit({ ...tx, actor: link.email ?? link.account_id! }, { action: 'account.reset_password', entityKind: 'account', entityId: link.account_id!, at, data: {} });
    return accountOf(tx, link.account_id!);
  });
}

/** On a server with no administrator yet: a link to create the first one. */
export function setupLink(ctx: ServiceContext) {
  return inTransaction(ctx, async (tx) => {
    if ((await tx.store.accounts.countAdmins()) > 0) return null;
    return createLink(tx, 'setup', {});
  });
}

export function completeSetup(ctx: ServiceContext, input: { token: string; email: string; displayName: string; password: string }) {
  return inTransaction(ctx, async (tx) => {
    await useLink(tx, 'setup', input.token);
    if ((await tx.store.accounts.countAdmins()) > 0) throw invalid('this server has an administrator already');
    return createAccount({ ...tx, actor: normaliseEmail(input.email) }, { ...input, isAdmin: true });
  });
}

export function disableAccount(ctx: ServiceContext, accountId: string, reason: string) {
  return inTransaction(ctx, async (tx) => {
    const account = await accountOf(tx, accountId);
    const at = now(tx);
    await tx.store.accounts.update(account.id, { disabled_at: at });
    const ended = await tx.store.sessions.revokeAll(account.id, at);
    await audit(tx, { action: 'account.disable', entityKind: 'account', entityId: account.id, reason, at, data: { sessionsEnded: ended } });
  });
}
