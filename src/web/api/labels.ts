/** How the app names roles, in one place. */

export const ROLE_LABELS: Record<string, string> = {
  teacher: 'Teacher',
  coach: 'Coach',
  school_leader: 'School leader',
  district_leader: 'District leader',
};

export const ROLE_PLURALS: Record<string, string> = {
  teacher: 'teachers',
  coach: 'coaches',
  school_leader: 'school leaders',
  district_leader: 'district leaders',
};

/** A person's role in a partnership, as the app names it. */
export const PARTNERSHIP_ROLE_LABELS: Record<string, string> = {
  admin: 'Administrator',
  lead: 'Lead researcher',
  analyst: 'Analyst',
  observer: 'Observer',
  partner: 'Partner leader',
};

/**
 * The signed-in person's role as every page names it: their role in the partnership (the one the
 * members table shows), and that they administer this Warrant when they do.
 */
export function roleInWords(membershipRole: string | null | undefined, isAdmin: boolean): string {
  const role = membershipRole ? (PARTNERSHIP_ROLE_LABELS[membershipRole] ?? membershipRole) : null;
  if (isAdmin && membershipRole !== 'admin') return role ? `${role}, administrator` : 'Administrator, with no role of your own in this partnership';
  return role ?? 'none in this partnership';
}
