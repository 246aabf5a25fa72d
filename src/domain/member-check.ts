/**
 * A member check: a version of the District Design Document is sent to named partner leaders, who
 * respond to each section (confirm it, correct it, or comment). The team applies corrections in a
 * new version. The state is derived from the record, never set by hand.
 */
export const MEMBER_CHECK_RESPONSES = ['confirm', 'correct', 'comment'] as const;
export type MemberCheckResponseKind = (typeof MEMBER_CHECK_RESPONSES)[number];

export const isMemberCheckResponse = (value: string): value is MemberCheckResponseKind => (MEMBER_CHECK_RESPONSES as readonly string[]).includes(value);

export interface ResponseFact {
  accountId: string;
  section: string;
  response: MemberCheckResponseKind;
  createdAt: string;
  applied: boolean;
}

export type MemberCheckState = 'not sent' | 'awaiting responses' | 'corrections to apply' | 'confirmed' | 'corrected';

export interface MemberCheckStatus {
  state: MemberCheckState;
  /** Recipients who responded to every section. */
  respondedFully: number;
  recipients: number;
  openCorrections: number;
  label: string;
}

/** Each person's latest response to each section: a later response supersedes an earlier one. */
export function latestResponses<T extends ResponseFact>(responses: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const r of [...responses].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) latest.set(`${r.accountId}\u0000${r.section}`, r);
  return [...latest.values()];
}

export function memberCheckStatus(
  check: { recipients: readonly string[]; sections: readonly string[]; responses: readonly ResponseFact[] } | null,
): MemberCheckStatus {
  if (!check) return { state: 'not sent', respondedFully: 0, recipients: 0, openCorrections: 0, label: 'not yet sent for member check' };
  const latest = latestResponses(check.responses);
  const respondedFully = check.recipients.filter((a) => check.sections.every((s) => latest.some((r) => r.accountId === a && r.section === s))).length;
  const corrections = latest.filter((r) => r.response === 'correct');
  const openCorrections = corrections.filter((r) => !r.applied).length;
  const recipients = check.recipients.length;
  let state: MemberCheckState;
  if (openCorrections > 0) state = 'corrections to apply';
  else if (respondedFully < recipients) state = 'awaiting responses';
  else state = corrections.length > 0 ? 'corrected' : 'confirmed';
  const counts = `${respondedFully} of ${recipients} partner leaders responded`;
  const label: Record<MemberCheckState, string> = {
    'not sent': 'not yet sent for member check',
    'awaiting responses': `awaiting responses: ${counts}`,
    'corrections to apply': `${openCorrections} correction${openCorrections === 1 ? '' : 's'} to apply (${counts})`,
    confirmed: `member-checked: confirmed by ${recipients} partner leader${recipients === 1 ? '' : 's'}`,
    corrected: `member-checked: corrections applied (${counts})`,
  };
  return { state, respondedFully, recipients, openCorrections, label: label[state] };
}
