import { decodeText } from '../encoding.js';
import { type ArtifactFormat, type Detected, detectFormat, extensionOf } from './detect.js';
import { docxText } from './docx.js';
import { Refusal, UnreadableArtifact } from './errors.js';
import { MAX_ARTIFACT_CHARS, normalizeText, textTooLong } from './normalize.js';
import { pdfText } from './pdf.js';
import { xlsxText } from './xlsx.js';

export { UnreadableArtifact } from './errors.js';
export { MAX_ARTIFACT_CHARS } from './normalize.js';
export type { ArtifactFormat } from './detect.js';

/** The largest artifact accepted, in bytes. */
export const MAX_ARTIFACT_BYTES = 25 * 1024 * 1024;

export interface ArtifactText {
  mediaType: string;
  format: ArtifactFormat;
  /** Normalized: NFC, LF line endings, no control characters or lone surrogates, at most one blank line in a row. */
  text: string;
  /** PDF only: the number of pages. */
  pages?: number;
  /** XLSX only: the worksheets' names, in workbook order. */
  sheets?: string[];
}

const MEDIA_TYPES: Record<Exclude<ArtifactFormat, 'txt'>, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

type Extracted = Omit<ArtifactText, 'mediaType' | 'format'>;

/**
 * Extracts the searchable text of a district artifact (PDF, DOCX, XLSX, or plain text / Markdown).
 * The format is read from the content and must agree with the file's extension. Throws
 * UnreadableArtifact, whose message names the file, what is wrong and what to do.
 */
export async function extractArtifactText(bytes: Uint8Array, fileName: string): Promise<ArtifactText> {
  try {
    if (bytes.length > MAX_ARTIFACT_BYTES) {
      throw new Refusal(
        `the file is larger than ${MAX_ARTIFACT_BYTES / 1048576} MB (${bytes.length.toLocaleString('en-US')} bytes); ` +
          'split it into smaller files or reduce the size of its images',
      );
    }
    if (bytes.length === 0) throw new Refusal('the file is empty');
    const detected = detectFormat(bytes, fileName);
    const { format } = detected;
    const { text: raw, ...details } = await extract(detected, bytes, fileName);
    const text = normalizeText(raw);
    if (text === '') throw new Refusal('no text was found in the file; check that it is the right one');
    if (text.length > MAX_ARTIFACT_CHARS) throw textTooLong();
    const mediaType = format === 'txt' ? (extensionOf(fileName) === 'md' ? 'text/markdown' : 'text/plain') : MEDIA_TYPES[format];
    return { mediaType, format, text, ...details };
  } catch (e) {
    if (e instanceof Refusal) throw new UnreadableArtifact(fileName, e.message);
    throw e;
  }
}

async function extract(detected: Detected, bytes: Uint8Array, fileName: string): Promise<Extracted> {
  switch (detected.format) {
    case 'pdf':
      return pdfText(bytes);
    case 'docx':
      return { text: docxText(detected.archive) };
    case 'xlsx':
      return xlsxText(detected.archive);
    case 'txt':
      return { text: plainText(bytes, fileName) };
  }
}

function plainText(bytes: Uint8Array, fileName: string): string {
  const { text, problems } = decodeText(bytes, fileName);
  const error = problems.find((p) => p.severity === 'error');
  if (!error) return text;
  // decodeText words its advice for transcripts.
  const message = error.message.replace(/\btranscript\b/g, 'file');
  throw new Refusal(`the file ${message}${error.line !== undefined ? ` (line ${error.line})` : ''}`);
}
