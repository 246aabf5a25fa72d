import type { Principal } from '../domain/access.js';
import { WarrantError } from '../domain/errors.js';
import type { SessionRow } from '../storage/repositories/session.repository.js';
import { hashSecret, newSecret, principalFrom, principalOf } from './accounts.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { decoyHash, verifyPassword } from './passwords.js';

export const SESSION_DAYS = 7;

export interface SignedIn {
  /** The secret for the session cookie; only its hash is stored. */
  token: string;
  session: SessionRow;
  principal: Principal;
}

const wrongCredentials = () => new WarrantError('unauthenticated', 'the email or the password is wrong');

/**
 * Signs in with email and password. Demo accounts sign in only while the server runs the demo.
 * The answer is the same whether the email is unknown or the password wrong.
 */
export async function signIn(ctx: ServiceContext, input: { email: string; password: string; demoMode: boolean }): Promise<SignedIn> {
  const account = await ctx.store.accounts.byEmail(input.email);
  const valid = await verifyPassword(input.password, account?.password_hash ?? (await decoyHash()));
  if (!account || !valid) throw wrongCredentials();
  if (account.disabled_at) throw new WarrantError('unauthenticated', 'this account is disabled; ask an administrator');
  if (account.is_demo === 1 && !input.demoMode) throw new WarrantError('unauthenticated', 'demo accounts work only on a server started with --demo');
  return inTransaction(ctx, async (tx) => {
    const token = newSecret();
    const at = tx.clock();
    const session: SessionRow = {
      id: tx.ids.next('session'),
      account_id: account.id,
      token_hash: hashSecret(token),
      csrf_token: newSecret(),
      created_at: at.toISOString(),
      expires_at: new Date(at.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
      revoked_at: null,
    };
    await tx.store.sessions.insert(session);
    await audit(
      { ...tx, actor: account.email },
      { action: 'session.sign_in', entityKind: 'session', entityId: session.id, at: session.created_at, data: { accountId: account.id } },
    );
    return { token, session, principal: await principalOf(tx, account) };
  });
}

/** The signed-in principal behind a session cookie, or null if the session is unknown, ended or expired. */
export async function sessionPrincipal(ctx: ServiceContext, token: string, demoMode: boolean): Promise<{ session: SessionRow; principal: Principal } | null> {
  const found = await ctx.store.sessions.signedIn(hashSecret(token));
  if (!found) return null;
  const { session, account, memberships } = found;
  if (session.revoked_at || session.expires_at < now(ctx)) return null;
  if (account.disabled_at || (account.is_demo === 1 && !demoMode)) return null;
  return { session, principal: principalFrom(account, memberships) };
}

export function signOut(ctx: ServiceContext, session: SessionRow): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    await tx.store.sessions.revoke(session.id, now(tx));
    await audit(tx, { action: 'session.sign_out', entityKind: 'session', entityId: session.id, data: {} });
  });
}

/** Ends every session of the account (on every device). */
export function signOutEverywhere(ctx: ServiceContext, accountId: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const ended = await tx.store.sessions.revokeAll(accountId, now(tx));
    await audit(tx, { action: 'session.sign_out_everywhere', entityKind: 'account', entityId: accountId, data: { sessionsEnded: ended } });
    return ended;
  });
}
