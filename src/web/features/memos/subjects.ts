/** What a memo may be written on, as the pages name it. */
export const SUBJECT_KINDS = [
  ['code', 'A code'],
  ['coding', 'A coding'],
  ['excerpt', 'A passage'],
  ['interview', 'An interview'],
  ['participant', 'A participant (case)'],
] as const;

/** Where a memo's subject is read, when it has a page. */
export function subjectLink(kind: string, id: string): string | null {
  if (kind === 'interview') return `/interviews/${id}`;
  if (kind === 'participant') return `/participants/${id}`;
  if (kind === 'excerpt') return `/trace/${id}`;
  if (kind === 'code') return `/codebook?code=${encodeURIComponent(id)}`;
  return null;
}
