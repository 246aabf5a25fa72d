import type { EntityKind } from './ids.js';
import { invalid } from './errors.js';
import { MEMO_SUBJECT_KINDS, type MemoSubjectKind } from './coding.js';

/** Memos: what one may be written on, and the limits of its title and text. */

export const MEMO_TITLE_MAX = 200;
export const MEMO_TEXT_MAX = 50_000;

/** The kind of record a memo's subject is, by the subject kind it is written on. */
export const MEMO_SUBJECT_RECORDS: Record<MemoSubjectKind, EntityKind> = {
  code: 'code',
  coding: 'coding',
  excerpt: 'excerpt',
  interview: 'interview',
  participant: 'participant',
};

/** What each subject kind is called in messages and pages. */
export const MEMO_SUBJECT_LABELS: Record<MemoSubjectKind, string> = {
  code: 'code',
  coding: 'coding',
  excerpt: 'passage',
  interview: 'interview',
  participant: 'participant',
};

export const isMemoSubjectKind = (value: string): value is MemoSubjectKind => (MEMO_SUBJECT_KINDS as readonly string[]).includes(value);

/** The subject kind a user typed ("passage" is an excerpt's, "case" a participant's), or a refusal naming the field. */
export function memoSubjectKindOf(value: string, field = 'subjectKind'): MemoSubjectKind {
  const v = value.trim().toLowerCase();
  const kind = v === 'passage' ? 'excerpt' : v === 'case' ? 'participant' : v;
  if (isMemoSubjectKind(kind)) return kind;
  throw invalid(`${field}: "${value}" is not something a memo is written on (one of ${MEMO_SUBJECT_KINDS.join(', ')}; or none, for a free-standing memo)`, {
    field,
  });
}

/** A memo's title: one line, required, at most MEMO_TITLE_MAX characters. */
export function checkMemoTitle(value: string): string {
  const title = value.replace(/\s+/g, ' ').trim();
  if (!title) throw invalid('title: a memo needs a title', { field: 'title' });
  if ([...title].length > MEMO_TITLE_MAX) throw invalid(`title: at most ${MEMO_TITLE_MAX} characters`, { field: 'title' });
  return title;
}

/** A memo's text: kept as written (line ends made \n, trailing space trimmed), at most MEMO_TEXT_MAX characters. */
export function checkMemoText(value: string): string {
  const text = value.replace(/\r\n?/g, '\n').trimEnd();
  if ([...text].length > MEMO_TEXT_MAX) throw invalid(`text: at most ${MEMO_TEXT_MAX} characters`, { field: 'text' });
  return text;
}
