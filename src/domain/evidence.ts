import type { EntityKind } from './ids.js';
import { ROLE_GROUP_LABELS, type RoleGroup } from './roles.js';

/**
 * The evidence chain: a district finding cites mid-level claims, a claim cites ISF entries, an ISF
 * entry cites excerpts of transcripts. Evidence either supports what cites it or contradicts it
 * (negative cases and disagreeing accounts are part of honest analysis).
 */
export const STANCES = ['supports', 'contradicts'] as const;
export type Stance = (typeof STANCES)[number];

export type CitingKind = 'isfEntry' | 'claim' | 'finding';
export type CitedKind = 'excerpt' | 'isfEntry' | 'claim';

export const CITES: Record<CitingKind, CitedKind> = {
  isfEntry: 'excerpt',
  claim: 'isfEntry',
  finding: 'claim',
};

export function isCitingKind(kind: EntityKind | undefined): kind is CitingKind {
  return kind === 'isfEntry' || kind === 'claim' || kind === 'finding';
}

export type SummaryKind = 'school' | 'role_group';

export interface SummaryScope {
  kind: SummaryKind;
  districtId: string;
  cycleId: string;
  schoolId: string | null;
  role: string | null;
}

export interface EvidenceOrigin {
  districtId: string;
  organizationId: string;
  cycleId: string;
  role: string;
}

/**
 * A school summary rests on the ISFs of that school; a role-group summary on the ISFs of that role
 * group in its district; both within one cycle. Returns why an entry is out of scope, or null.
 */
export function outOfSummaryScope(summary: SummaryScope, entry: EvidenceOrigin): string | null {
  if (entry.cycleId !== summary.cycleId) return 'it is from an interview of another cycle';
  if (entry.districtId !== summary.districtId) return 'it is from an interview in another district';
  if (summary.kind === 'school' && entry.organizationId !== summary.schoolId) return 'it is from an interview at another school';
  if (summary.kind === 'role_group' && entry.role !== summary.role) {
    const role = ROLE_GROUP_LABELS[entry.role as RoleGroup] ?? entry.role;
    return `it is from an interview with a ${role.toLowerCase()}, not the summary's role group`;
  }
  return null;
}

/** A district finding looks across the mid-level summaries of its own district and cycle. */
export function outOfFindingScope(finding: { districtId: string; cycleId: string }, claim: { districtId: string; cycleId: string }): string | null {
  if (claim.cycleId !== finding.cycleId) return 'the claim is from a summary of another cycle';
  if (claim.districtId !== finding.districtId) return 'the claim is from a summary of another district';
  return null;
}

export interface Account {
  participantId: string;
  pseudonym: string;
  role: string;
  stance: Stance;
}

export type TriangulationStatus = 'single account' | 'corroborated' | 'contested';

export interface Triangulation {
  status: TriangulationStatus;
  agreeing: Omit<Account, 'stance'>[];
  disagreeing: Omit<Account, 'stance'>[];
  /** Role groups whose accounts were compared (e.g. a principal's and teachers'). */
  roleGroups: string[];
}

/** Which participants' accounts agree with a claim and which disagree, from the stances of its citations. */
export function triangulate(accounts: readonly Account[]): Triangulation {
  const agreeing = new Map<string, Omit<Account, 'stance'>>();
  const disagreeing = new Map<string, Omit<Account, 'stance'>>();
  for (const { stance, ...who } of accounts) (stance === 'supports' ? agreeing : disagreeing).set(who.participantId, who);
  const people = new Set([...agreeing.keys(), ...disagreeing.keys()]);
  const status: TriangulationStatus = disagreeing.size > 0 ? 'contested' : people.size > 1 ? 'corroborated' : 'single account';
  return {
    status,
    agreeing: [...agreeing.values()],
    disagreeing: [...disagreeing.values()],
    roleGroups: [...new Set(accounts.map((a) => a.role))].sort(),
  };
}
