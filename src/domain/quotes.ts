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

/** The first of `identifiers` (pseudonyms, participant codes) the text contains, if any. */
export const namedIn = (text: string, identifiers: readonly string[]): string | undefined => identifiers.find((id) => id.length > 2 && text.includes(id));

/** Why a passage may not be quoted to partners, or null when it may. `identifiers` are the participants' pseudonyms and codes. */
export function quoteWithheld(candidate: QuoteCandidate, participantsInRoleGroup: number, minimum: number, identifiers: readonly string[] = []): string | null {
  if (!candidate.shareable) return 'not marked shareable';
  const named = namedIn(candidate.quote, identifiers);
  if (named) return `it names a participant (${named})`;
  if (participantsInRoleGroup < minimum) return `the district has ${participantsInRoleGroup} ${attribution(candidate.role).toLowerCase()} interviewed, fewer than ${minimum}`;
  return null;
}

/** How a quote is attributed: its role group, nothing more. */
export const attribution = (role: string): string => (isRoleGroup(role) ? ROLE_GROUP_PLURALS[role] : 'Participants');
