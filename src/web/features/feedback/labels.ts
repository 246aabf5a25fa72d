import { PRACTICE_CHANGES, QUALITY_CHANGES, SUPPORT_VERDICT_LABELS, SUPPORT_VERDICTS } from '../../../domain/implementation.js';
import { ROLE_GROUP_PLURALS, type RoleGroup } from '../../../domain/roles.js';
import type { FeedbackLink, SupportType } from '../../api/types';

export { PRACTICE_CHANGES, QUALITY_CHANGES, SUPPORT_VERDICTS };

/** How an intended support was implemented, as the report says it. */
export const verdictLabel = (verdict: string | null): string =>
  verdict ? (SUPPORT_VERDICT_LABELS[verdict as keyof typeof SUPPORT_VERDICT_LABELS] ?? verdict) : '';

export const rolePlural = (role: string | null): string => ROLE_GROUP_PLURALS[role as RoleGroup] ?? role ?? '';

export const supportTypeName = (types: readonly SupportType[], key: string | null): string => types.find((t) => t.key === key)?.name ?? key ?? '';

/** What kind of record a citation names, as a reader calls it. */
export const CITED_KINDS: Record<string, string> = {
  finding: 'Finding',
  assessment: 'In-house assessment',
  conjecture: 'Conjecture',
  explanation: 'Explanation',
};

export const citedKind = (link: FeedbackLink): string => CITED_KINDS[link.kind] ?? link.kind;

/** A value the server sent back with a conflict, whichever way its field is spelled (camelCase or snake_case). */
export function valueIn(values: Record<string, unknown>, camel: string): string {
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const v = values[camel] ?? values[snake];
  return typeof v === 'string' ? v : Array.isArray(v) ? v.map(String).join(',') : '';
}
