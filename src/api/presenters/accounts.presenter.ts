import type { z } from '@hono/zod-openapi';
import type { PartnershipRoleSchema } from '../schemas/account.schemas.js';

/** What an invitation offers, and who made it when (InvitationSchema, PartnershipInvitationSchema). */
export const presentInvitationTerms = (r: {
  id: string;
  role: string | null;
  district_id: string | null;
  district_name: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
}) => ({
  id: r.id,
  role: r.role as z.infer<typeof PartnershipRoleSchema>,
  districtId: r.district_id,
  districtName: r.district_name,
  invitedBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});
