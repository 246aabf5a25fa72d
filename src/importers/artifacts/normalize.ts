import { storableText } from '../../domain/text.js';
import { Refusal } from './errors.js';

/** The most characters of text kept for one artifact. */
export const MAX_ARTIFACT_CHARS = 2_000_000;

/**
 * NFC, LF line endings (page breaks too), no other control characters (PDFs' fonts leave them, and
 * XLSX cells carry them escaped), lone surrogates replaced, whitespace-only lines emptied, at most
 * one blank line in a row, no blank start or end.
 */
export function normalizeText(text: string): string {
  return storableText(text.replace(/\r\n?|[\f\v]/g, '\n'))
    .normalize('NFC')
    .replace(/^[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}

export function textTooLong(): Refusal {
  return new Refusal(`the extracted text is longer than ${MAX_ARTIFACT_CHARS.toLocaleString('en-US')} characters; split the document into smaller files`);
}
