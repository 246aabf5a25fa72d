/**
 * Who may do what. A person has an account; in each partnership they take part in they have one
 * role. The research team (admin, lead researcher, analyst, observer) works with participants'
 * words; partner leaders see only what is shared with their district, never transcripts, ISFs,
 * summaries, the evidence under findings, participants' identities or in-house assessments.
 */
export const PARTNERSHIP_ROLES = ['admin', 'lead', 'analyst', 'observer', 'partner'] as const;
export type PartnershipRole = (typeof PARTNERSHIP_ROLES)[number];

export const PARTNERSHIP_ROLE_LABELS: Record<PartnershipRole, string> = {
  admin: 'Administrator',
  lead: 'Lead researcher',
  analyst: 'Analyst',
  observer: 'Observer (read-only team member)',
  partner: 'Partner leader',
};

export const isPartnershipRole = (value: string): value is PartnershipRole => (PARTNERSHIP_ROLES as readonly string[]).includes(value);

export interface Membership {
  partnershipId: string;
  role: PartnershipRole;
  /** For partner leaders: the one district whose shared documents they see. */
  districtId: string | null;
}

export interface Principal {
  accountId: string;
  email: string;
  displayName: string;
  /** Administers the whole installation: accounts, and every partnership. */
  isAdmin: boolean;
  memberships: Membership[];
}

/**
 * What a route requires:
 *   public        anyone, signed in or not (signing in, accepting an invitation)
 *   signed-in     any account (its own profile, signing out)
 *   team:read     the research team of the partnership the request concerns
 *   team:write    the team members who analyse (admin, lead, analyst)
 *   team:lead     those who shape the analysis (admin, lead): templates, invitations
 *   shared:read   what is shared with a district (its design document and feedback report as the
 *                 partners see them, its member checks): the team, and that district's partner leaders
 *   shared:respond  responding to a member check: that district's partner leaders only (the team
 *                 applies their corrections; it does not answer for them)
 *   admin         installation administrators
 */
export const PERMISSIONS = ['public', 'signed-in', 'team:read', 'team:write', 'team:lead', 'shared:read', 'shared:respond', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const TEAM_ROLES: Record<'team:read' | 'team:write' | 'team:lead', readonly PartnershipRole[]> = {
  'team:read': ['admin', 'lead', 'analyst', 'observer'],
  'team:write': ['admin', 'lead', 'analyst'],
  'team:lead': ['admin', 'lead'],
};

export const roleIn = (principal: Principal, partnershipId: string): PartnershipRole | undefined =>
  principal.memberships.find((m) => m.partnershipId === partnershipId)?.role;

/**
 * Whether the principal may use a route with this permission on this partnership. Partnership-scoped
 * permissions with no partnership (a list across partnerships) need only a signed-in principal: the
 * route itself narrows the list to the caller's partnerships.
 */
export function allows(principal: Principal | null, permission: Permission, partnershipId: string | null, districtId: string | null = null): boolean {
  if (permission === 'public') return true;
  if (!principal) return false;
  if (permission === 'signed-in') return true;
  if (permission === 'admin') return principal.isAdmin;
  if (permission === 'shared:respond') {
    const membership = principal.memberships.find((m) => m.partnershipId === partnershipId);
    return membership?.role === 'partner' && districtId !== null && membership.districtId === districtId;
  }
  if (principal.isAdmin) return true;
  if (permission === 'shared:read') {
    const membership = principal.memberships.find((m) => m.partnershipId === partnershipId);
    if (!membership) return false;
    return membership.role === 'partner' ? districtId !== null && membership.districtId === districtId : TEAM_ROLES['team:read'].includes(membership.role);
  }
  if (partnershipId === null) return principal.memberships.some((m) => TEAM_ROLES[permission].includes(m.role));
  const role = roleIn(principal, partnershipId);
  return role !== undefined && TEAM_ROLES[permission].includes(role);
}

/** Partnerships the principal may see listed (a partner leader sees the one they take part in). */
export const visiblePartnerships = (principal: Principal): ((partnershipId: string) => boolean) =>
  principal.isAdmin ? () => true : (id) => principal.memberships.some((m) => m.partnershipId === id);
