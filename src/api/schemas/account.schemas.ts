import { z } from '@hono/zod-openapi';
import { PARTNERSHIP_ROLES } from '../../domain/access.js';

export const PartnershipRoleSchema = z.enum(PARTNERSHIP_ROLES).openapi('PartnershipRole');

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    isAdmin: z.boolean(),
    isDemo: z.boolean(),
    disabledAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Account');

export const MembershipSchema = z.object({ partnershipId: z.string(), role: PartnershipRoleSchema, districtId: z.string().nullable() }).openapi('Membership');

export const MeSchema = z
  .object({
    account: AccountSchema,
    memberships: z.array(MembershipSchema),
    csrfToken: z.string().openapi({ description: 'Send it in the X-CSRF-Token header with every change' }),
  })
  .openapi('Me');

/** What an invitation offers, and who made it when, as every reader of it sees it. */
const InvitationTermsSchema = z.object({
  id: z.string(),
  role: PartnershipRoleSchema,
  districtId: z.string().nullable(),
  districtName: z.string().nullable(),
  invitedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});

export const InvitationSchema = InvitationTermsSchema.extend({ partnershipId: z.string(), partnershipName: z.string() }).openapi('Invitation');

/** An open invitation as those who invite see it: never its link's token. */
export const PartnershipInvitationSchema = InvitationTermsSchema.extend({ email: z.string() }).openapi('PartnershipInvitation');

export const InvitationAnswerSchema = z
  .object({
    email: z.string(),
    message: z.string().openapi({ description: 'What to do next; the same whether the email had an account or not' }),
  })
  .openapi('InvitationAnswer');

export const LinkSchema = z
  .object({
    url: z.string().openapi({ description: 'The one-time link to give the person (its token is shown once)' }),
    expiresAt: z.string(),
  })
  .openapi('OneTimeLink');

export const Password = z.string().min(1).max(200);
export const Email = z.string().min(3).max(254);
