import { Refusal } from './errors.js';

/** The most characters of text kept for one artifact. */
export const MAX_ARTIFACT_CHARS = 2_000_000;

/** NFC, LF line endings, no NUL, whitespace-only lines emptied, at most one blank line in a row, no blank start or end. */
export function normalizeText(text: string): string {
  return text
    .replace(/\0/g, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/^[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}

export function textTooLong(): Refusal {
  return new Refusal(
    `the extracted text is longer than ${MAX_ARTIFACT_CHARS.toLocaleString('en-US')} characters; split the document into smaller files`,
  );
}
