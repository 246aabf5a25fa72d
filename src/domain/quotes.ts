import type { IdentifyingDetails } from './identifying-detail.js';
import { ROLE_GROUP_PLURALS, isRoleGroup } from './roles.js';

/**
 * Illustrative quotes in a report for partners: only passages an analyst marked shareable,
 * attributed to a role group (never to a person or a school), and withheld when the role group is
 * so small in the district that the words could point to someone.
 */
export const DEFAULT_QUOTE_MIN_PARTICIPANTS = 3;

export interface QuoteCandidate {
  quote: string;
  role: string;
  shareable: boolean;
}

/** Why a passage may not be quoted to partners, or null when it may. `identifying` is what names the partnership's participants. */
export function quoteWithheld(candidate: QuoteCandidate, participantsInRoleGroup: number, minimum: number, identifying?: IdentifyingDetails): string | null {
  if (!candidate.shareable) return 'not marked shareable';
  const named = identifying?.find(candidate.quote);
  if (named) return `it names a participant (${named.words})`;
  if (participantsInRoleGroup < minimum)
    return `the district has ${participantsInRoleGroup} ${attribution(candidate.role).toLowerCase()} interviewed, fewer than ${minimum}`;
  return null;
}

/** How a quote is attributed: its role group, nothing more. */
export const attribution = (role: string): string => (isRoleGroup(role) ? ROLE_GROUP_PLURALS[role] : 'Participants');
