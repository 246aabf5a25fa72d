import { createHash, randomBytes } from 'node:crypto';
import type { Membership, Principal } from '../domain/access.js';
import { invalid, notFound } from '../domain/errors.js';
import type { AccountRow, MembershipRow } from '../storage/repositories/account.repository.js';
import type { AccountLinkRow } from '../storage/repositories/session.repository.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { hashPassword, validatePassword } from './passwords.js';

/** Accounts and their one-time links (invitations, password resets, the first administrator's set-up). */

/** Secrets handed out (session cookies, links) are random; only their hash is stored. */
export const newSecret = (): string => randomBytes(32).toString('base64url');
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HOUR = 3600_000;
export const LINK_HOURS = { invitation: 7 * 24, reset: 24, setup: 24 } as const;
export type LinkKind = keyof typeof LINK_HOURS;
/** The page that answers each kind of link. */
export const LINK_PAGES: Record<LinkKind, string> = { invitation: '/invitation', reset: '/reset-password', setup: '/setup' };

/** A one-time link as it is handed out: its page on the server's public URL, with its token. */
export const linkAddress = (publicUrl: string, kind: LinkKind, token: string): string => `${publicUrl}${LINK_PAGES[kind]}?token=${encodeURIComponent(token)}`;

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
export async function storeAccount(tx: ServiceContext, input: Omit<NewAccount, 'password'>, passwordHash: string): Promise<AccountRow> {
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

/**
 * How the people who did things are named to readers: an actor written as an account's ID or e-mail
 * (as the web app and signed-in commands write them) by the account's display name, else its e-mail;
 * any other (a name given with --as, an imported project's user) as written.
 */
export async function actorNames(ctx: ServiceContext, actors: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const actor of new Set(actors)) {
    const a = (await ctx.store.accounts.byId(actor)) ?? (actor.includes('@') ? await ctx.store.accounts.byEmail(actor.trim().toLowerCase()) : undefined);
    names.set(actor, a ? a.display_name || a.email : actor);
  }
  return names;
}

export async function principalOf(ctx: ServiceContext, account: AccountRow): Promise<Principal> {
  return principalFrom(account, await ctx.store.accounts.memberships(account.id));
}

export function principalFrom(
  account: Pick<AccountRow, 'id' | 'email' | 'display_name' | 'is_admin'>,
  memberships: Pick<MembershipRow, 'partnership_id' | 'role' | 'district_id'>[],
): Principal {
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.display_name,
    isAdmin: account.is_admin === 1,
    memberships: memberships.map((m): Membership => ({ partnershipId: m.partnership_id, role: m.role, districtId: m.district_id })),
  };
}

/** Creates a one-time link and returns its secret token (shown once, never stored). */
export async function createLink(
  ctx: ServiceContext,
  kind: LinkKind,
  fields: Partial<Pick<AccountLinkRow, 'email' | 'account_id' | 'partnership_id' | 'role' | 'district_id'>>,
) {
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
export async function useLink(ctx: ServiceContext, kind: LinkKind, token: string): Promise<AccountLinkRow> {
  const link = await ctx.store.sessions.linkByTokenHash(hashSecret(token));
  if (!link || link.kind !== kind) throw invalid('this link is not valid: ask for a new one', { field: 'token' });
  if (link.used_at) throw invalid('this link has been used already: ask for a new one', { field: 'token' });
  // An expired link (a withdrawn invitation is one) answers as a link that never was.
  if (link.expires_at <= now(ctx)) throw invalid('this link is not valid: ask for a new one', { field: 'token' });
  if (!(await ctx.store.sessions.useLink(link.id, now(ctx)))) throw invalid('this link has been used already: ask for a new one', { field: 'token' });
  return link;
}

type InvitationToEnd = Pick<AccountLinkRow, 'id' | 'email' | 'partnership_id' | 'role' | 'district_id' | 'expires_at'>;

/**
 * Withdraws an invitation still open: its expiry is brought forward to now, so that its link answers
 * as any invalid link does and it can no longer be accepted; audited with why. False if it had been
 * accepted or had ended already.
 */
export async function endInvitation(ctx: ServiceContext, link: InvitationToEnd, why: { reason: string; data?: Record<string, unknown> }): Promise<boolean> {
  const at = now(ctx);
  if (!(await ctx.store.sessions.expireInvitation(link.id, at))) return false;
  await audit(ctx, {
    action: 'invitation.withdraw',
    entityKind: 'accountLink',
    entityId: link.id,
    reason: why.reason,
    at,
    data: { email: link.email, partnershipId: link.partnership_id, role: link.role, districtId: link.district_id, expiresAt: link.expires_at, ...why.data },
  });
  return true;
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
    await audit(
      { ...tx, actor: link.email ?? link.account_id! },
      { action: 'account.reset_password', entityKind: 'account', entityId: link.account_id!, at, data: {} },
    );
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

/** Every account, for administrators. */
export const listAccounts = (ctx: ServiceContext): Promise<AccountRow[]> => ctx.store.accounts.list();

/** The partnerships an account takes part in, and its role in each. */
export const membershipsOf = (ctx: ServiceContext, accountId: string) => ctx.store.accounts.memberships(accountId);

/** Who takes part in a partnership, in which role (and district, for partner leaders). */
export const membersOf = (ctx: ServiceContext, partnershipId: string) => ctx.store.accounts.membersOf(partnershipId);
