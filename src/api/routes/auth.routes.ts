import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { WarrantError } from '../../domain/errors.js';
import { accountOf, completeSetup, publicAccount, resetPassword } from '../../services/accounts.js';
import { acceptInvitation, answerInvitationLink, invitationAnswered, openInvitations } from '../../services/invitations.js';
import { signIn, signOut, signOutEverywhere } from '../../services/sessions.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, PUBLIC, SIGNED_IN } from '../policy.js';
import { clientAddress } from '../client-address.js';
import { SignInLimiter } from '../rate-limit.js';
import { AccountSchema, Email, InvitationAnswerSchema, InvitationSchema, MembershipSchema, MeSchema, Password } from '../schemas/account.schemas.js';
import { presentInvitationTerms } from '../presenters/accounts.presenter.js';
import { errorResponses, jsonBody, jsonResponse } from '../schemas/common.schemas.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';

const tags = ['Accounts'];
const signInResponses = {
  ...errorResponses,
  401: jsonResponse(z.any(), 'Wrong email or password'),
  429: jsonResponse(z.any(), 'Too many failed attempts; retry later'),
};

async function me(c: Context<ApiEnv>) {
  const principal = principalOf(c);
  const account = await accountOf(serviceContext(c), principal.accountId);
  return { account: publicAccount(account), memberships: principal.memberships, csrfToken: c.get('session')?.csrf_token ?? '' };
}

export function registerAuthRoutes(app: OpenAPIHono<ApiEnv>) {
  const limiter = new SignInLimiter();

  app.openapi(
    guard(
      app,
      PUBLIC,
      createRoute({
        method: 'post',
        path: '/api/auth/sign-in',
        tags,
        summary: 'Signs in with email and password; sets the session cookie (HttpOnly, SameSite=Strict)',
        request: { body: jsonBody(z.object({ email: Email, password: Password })) },
        responses: { 200: jsonResponse(MeSchema, 'Signed in'), ...signInResponses },
      }),
    ),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const attempt = limiter.begin(email, clientAddress(c));
      const wait = attempt.retryAfter;
      if (wait > 0) {
        c.header('Retry-After', String(wait));
        throw new WarrantError(
          'rate_limited',
          `too many failed sign-ins; try again in ${wait < 90 ? `${wait} second(s)` : `${Math.ceil(wait / 60)} minute(s)`}`,
        );
      }
      const deps = c.get('deps');
      try {
        const signedIn = await signIn(serviceContext(c, email), { email, password, demoMode: Boolean(deps.demoMode) });
        attempt.end('succeeded');
        setSessionCookie(c, signedIn.token);
        c.set('principal', signedIn.principal);
        c.set('session', signedIn.session);
        return c.json(await me(c), 200);
      } catch (e) {
        attempt.end(e instanceof WarrantError && e.code === 'unauthenticated' ? 'failed' : 'undecided');
        throw e;
      }
    },
  );

  app.openapi(
    guard(
      app,
      SIGNED_IN,
      createRoute({
        method: 'get',
        path: '/api/auth/me',
        tags,
        summary: 'The signed-in account, its roles, and the CSRF token',
        responses: { 200: jsonResponse(MeSchema, 'Me'), ...errorResponses },
      }),
    ),
    async (c) => c.json(await me(c), 200),
  );

  app.openapi(
    guard(
      app,
      SIGNED_IN,
      createRoute({
        method: 'post',
        path: '/api/auth/sign-out',
        tags,
        summary: 'Ends this session',
        responses: { 200: jsonResponse(z.object({ signedOut: z.literal(true) }), 'Signed out'), ...errorResponses },
      }),
    ),
    async (c) => {
      const session = c.get('session');
      if (session) await signOut(serviceContext(c), session);
      clearSessionCookie(c);
      return c.json({ signedOut: true as const }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      SIGNED_IN,
      createRoute({
        method: 'post',
        path: '/api/auth/sign-out-everywhere',
        tags,
        summary: 'Ends every session of the signed-in account, on every device',
        responses: { 200: jsonResponse(z.object({ sessionsEnded: z.number().int() }), 'Signed out everywhere'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ended = await signOutEverywhere(serviceContext(c), principalOf(c).accountId);
      clearSessionCookie(c);
      return c.json({ sessionsEnded: ended }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      PUBLIC,
      createRoute({
        method: 'post',
        path: '/api/auth/invitations/accept',
        tags,
        summary:
          'Answers an invitation link: a new email gets its account, with this name and password, and the role. An email that has an account is left unchanged (the password is not checked) and accepts the invitation signed in (POST /api/auth/memberships). The answer is the same either way.',
        request: { body: jsonBody(z.object({ token: z.string().min(10).max(200), displayName: z.string().max(200).optional(), password: Password })) },
        responses: { 200: jsonResponse(InvitationAnswerSchema, 'Answered; sign in next'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { email } = await answerInvitationLink(serviceContext(c, 'invitation'), c.req.valid('json'));
      return c.json({ email, message: invitationAnswered(email) }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      SIGNED_IN,
      createRoute({
        method: 'get',
        path: '/api/auth/invitations',
        tags,
        summary: "Invitations sent to the signed-in account's email that it has not accepted yet",
        responses: { 200: jsonResponse(z.array(InvitationSchema), 'Open invitations'), ...errorResponses },
      }),
    ),
    async (c) => {
      const rows = await openInvitations(serviceContext(c), principalOf(c).accountId);
      return c.json(
        rows.map((r) => ({ ...presentInvitationTerms(r), partnershipId: r.partnership_id!, partnershipName: r.partnership_name })),
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      SIGNED_IN,
      createRoute({
        method: 'post',
        path: '/api/auth/memberships',
        tags,
        summary:
          "Accepts an invitation sent to the signed-in account's email: the account takes the role it offers (in place of any role it had in that partnership)",
        request: { body: jsonBody(z.object({ invitation: z.string().min(1).max(100) })) },
        responses: { 201: jsonResponse(MembershipSchema, 'The role taken'), ...errorResponses },
      }),
    ),
    async (c) => {
      const membership = await acceptInvitation(serviceContext(c), { invitationId: c.req.valid('json').invitation, accountId: principalOf(c).accountId });
      return c.json(membership, 201);
    },
  );

  app.openapi(
    guard(
      app,
      PUBLIC,
      createRoute({
        method: 'post',
        path: '/api/auth/password-reset',
        tags,
        summary: 'Sets a new password with a reset link issued by an administrator; ends all sessions of the account',
        request: { body: jsonBody(z.object({ token: z.string().min(10).max(200), password: Password })) },
        responses: { 200: jsonResponse(AccountSchema, 'The account; sign in next'), ...errorResponses },
      }),
    ),
    async (c) => c.json(publicAccount(await resetPassword(serviceContext(c, 'password reset'), c.req.valid('json'))), 200),
  );

  app.openapi(
    guard(
      app,
      PUBLIC,
      createRoute({
        method: 'post',
        path: '/api/auth/setup',
        tags,
        summary: "Creates the server's first administrator, with the one-time link printed when the server started",
        request: {
          body: jsonBody(z.object({ token: z.string().min(10).max(200), email: Email, displayName: z.string().min(1).max(200), password: Password })),
        },
        responses: { 200: jsonResponse(AccountSchema, 'The administrator; sign in next'), ...errorResponses },
      }),
    ),
    async (c) => c.json(publicAccount(await completeSetup(serviceContext(c, 'setup'), c.req.valid('json'))), 200),
  );
}
