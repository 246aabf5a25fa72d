import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isPartnershipRole, PARTNERSHIP_ROLES } from '../../domain/access.js';
import { WarrantError } from '../../domain/errors.js';
import { accountOf, createAccount, disableAccount, linkAddress, listAccounts, membersOf, publicAccount, resetLink } from '../../services/accounts.js';
import { invite, partnershipInvitations, withdrawInvitation } from '../../services/invitations.js';
import { changeRole, removeMember } from '../../services/memberships.js';
import { type ApiEnv, principalOf, publicUrlOf, serviceContext } from '../env.js';
import { ADMIN, guard, PARTNERSHIP, routePartnership, teamLead } from '../policy.js';
import { AccountSchema, Email, LinkSchema, Password, PartnershipInvitationSchema, PartnershipRoleSchema } from '../schemas/account.schemas.js';
import { presentInvitationTerms } from '../presenters/accounts.presenter.js';
import { errorResponses, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';

const tags = ['Accounts'];
const InvitationParam = z.object({
  invitationId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'invitationId', in: 'path' }, example: 'lnk_0123456789abcdef' }),
});
const AccountParam = z.object({
  accountId: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'accountId', in: 'path' }, example: 'acc_0123456789abcdef' }),
});

const MemberSchema = z
  .object({
    accountId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: PartnershipRoleSchema,
    districtId: z.string().nullable(),
    disabled: z.boolean(),
  })
  .openapi('Member');

/** Administrators of the installation, or of this partnership. */
function administers(c: Context<ApiEnv>, partnershipId: string): boolean {
  const principal = principalOf(c);
  return principal.isAdmin || principal.memberships.some((m) => m.partnershipId === partnershipId && m.role === 'admin');
}

/** Only administrators make administrators: a lead researcher invites and assigns the other roles. */
function checkGrantable(c: Context<ApiEnv>, partnershipId: string, role: string) {
  if (role === 'admin' && !administers(c, partnershipId)) throw new WarrantError('forbidden', 'only an administrator can make someone an administrator');
  if (!isPartnershipRole(role)) throw new WarrantError('invalid', `role is one of ${PARTNERSHIP_ROLES.join(', ')}`);
}

export function registerAccountRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      ADMIN,
      createRoute({
        method: 'get',
        path: '/api/accounts',
        tags,
        summary: 'All accounts (administrators)',
        responses: { 200: jsonResponse(z.array(AccountSchema), 'Accounts'), ...errorResponses },
      }),
    ),
    async (c) => c.json((await listAccounts(serviceContext(c))).map(publicAccount), 200),
  );

  app.openapi(
    guard(
      app,
      ADMIN,
      createRoute({
        method: 'post',
        path: '/api/accounts',
        tags,
        summary: 'Creates an account (administrators); roles in partnerships are given separately',
        request: { body: jsonBody(z.object({ email: Email, displayName: z.string().min(1).max(200), password: Password, isAdmin: z.boolean().optional() })) },
        responses: { 201: jsonResponse(AccountSchema, 'The account'), ...errorResponses },
      }),
    ),
    async (c) => c.json(publicAccount(await createAccount(serviceContext(c), c.req.valid('json'))), 201),
  );

  app.openapi(
    guard(
      app,
      ADMIN,
      createRoute({
        method: 'post',
        path: '/api/accounts/{accountId}/reset-link',
        tags,
        summary: 'A one-time password reset link for an account (administrators), valid 24 hours',
        request: { params: AccountParam },
        responses: { 201: jsonResponse(LinkSchema, 'The link'), ...errorResponses },
      }),
    ),
    async (c) => {
      const link = await resetLink(serviceContext(c), c.req.valid('param').accountId);
      return c.json({ url: linkAddress(publicUrlOf(c), 'reset', link.token), expiresAt: link.expiresAt }, 201);
    },
  );

  app.openapi(
    guard(
      app,
      ADMIN,
      createRoute({
        method: 'post',
        path: '/api/accounts/{accountId}/disable',
        tags,
        summary: 'Disables an account and ends its sessions (administrators)',
        request: { params: AccountParam, body: jsonBody(z.object({ reason: z.string().min(1).max(2000) })) },
        responses: { 200: jsonResponse(AccountSchema, 'The account'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      await disableAccount(ctx, c.req.valid('param').accountId, c.req.valid('json').reason);
      return c.json(publicAccount(await accountOf(ctx, c.req.valid('param').accountId)), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/members',
        tags,
        summary: 'Who takes part in the partnership, in which role',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(MemberSchema), 'Members'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const rows = await membersOf(ctx, p.id);
      return c.json(
        rows.map((r) => ({
          accountId: r.account_id,
          email: r.email,
          displayName: r.display_name,
          role: r.role as z.infer<typeof PartnershipRoleSchema>,
          districtId: r.district_id,
          disabled: r.disabled_at !== null,
        })),
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'put',
        path: '/api/partnerships/{partnershipId}/members/{accountId}',
        tags,
        summary:
          "Changes a member's role in the partnership (a partner leader's with their district). Someone who is not a member is invited instead (POST …/invitations); only administrators change an administrator's role",
        request: {
          params: PartnershipParam.extend(AccountParam.shape),
          body: jsonBody(z.object({ role: PartnershipRoleSchema, district: z.string().max(200).optional() })),
        },
        responses: {
          200: jsonResponse(z.object({ partnershipId: z.string(), role: PartnershipRoleSchema, districtId: z.string().nullable() }), 'The role'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const { accountId } = c.req.valid('param');
      const { role, district } = c.req.valid('json');
      const p = await routePartnership(c);
      checkGrantable(c, p.id, role);
      return c.json(await changeRole(ctx, { accountId, partnershipId: p.id, role, district: district ?? null, byAdministrator: administers(c, p.id) }), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'delete',
        path: '/api/partnerships/{partnershipId}/members/{accountId}',
        tags,
        summary:
          'Removes a member from the partnership, with the reason kept in the history; they see nothing of it from their next request. Only administrators remove an administrator; nobody removes themselves',
        request: { params: PartnershipParam.extend(AccountParam.shape), body: jsonBody(z.object({ reason: z.string().min(1).max(2000) })) },
        responses: { 200: jsonResponse(z.object({ removed: z.literal(true) }), 'Removed'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const { accountId } = c.req.valid('param');
      const p = await routePartnership(c);
      await removeMember(ctx, {
        accountId,
        partnershipId: p.id,
        reason: c.req.valid('json').reason,
        byAdministrator: administers(c, p.id),
        byAccountId: principalOf(c).accountId,
      });
      return c.json({ removed: true as const }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/invitations',
        tags,
        summary:
          'Invites someone by email to take a role in the partnership: a one-time link valid 7 days. Someone who has an account already accepts it signed in, and finds it on their account page',
        request: {
          params: PartnershipParam,
          body: jsonBody(z.object({ email: Email, role: PartnershipRoleSchema, district: z.string().max(200).optional() })),
        },
        responses: { 201: jsonResponse(LinkSchema, 'The invitation link, to send to the person'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const body = c.req.valid('json');
      checkGrantable(c, p.id, body.role);
      const link = await invite(ctx, { partnershipId: p.id, email: body.email, role: body.role, district: body.district ?? null });
      return c.json({ url: linkAddress(publicUrlOf(c), 'invitation', link.token), expiresAt: link.expiresAt }, 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/invitations',
        tags,
        summary: 'The invitations to the partnership still open (not accepted, expired or withdrawn), newest first; never their links',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(PartnershipInvitationSchema), 'Open invitations'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const rows = await partnershipInvitations(ctx, p.id);
      return c.json(
        rows.map((r) => ({ ...presentInvitationTerms(r), email: r.email! })),
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'delete',
        path: '/api/partnerships/{partnershipId}/invitations/{invitationId}',
        tags,
        summary:
          'Withdraws an open invitation, with the reason kept in the history: its link then answers as any invalid link does. Only administrators withdraw an invitation to be an administrator',
        request: { params: PartnershipParam.extend(InvitationParam.shape), body: jsonBody(z.object({ reason: z.string().min(1).max(2000) })) },
        responses: { 200: jsonResponse(z.object({ withdrawn: z.literal(true) }), 'Withdrawn'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const { invitationId } = c.req.valid('param');
      const p = await routePartnership(c);
      await withdrawInvitation(ctx, { partnershipId: p.id, invitationId, reason: c.req.valid('json').reason, byAdministrator: administers(c, p.id) });
      return c.json({ withdrawn: true as const }, 200);
    },
  );
}
