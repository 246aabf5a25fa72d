import { UnreadableArchive, ZipArchive } from '../zip.js';
import { Refusal } from './errors.js';

export type ArtifactFormat = 'pdf' | 'docx' | 'xlsx' | 'txt';

/** What a file is; a Word document or a workbook with its archive, whose directory has been read. */
export type Detected = { format: 'pdf' | 'txt' } | { format: 'docx' | 'xlsx'; archive: ZipArchive };

export const DOCX_DOCUMENT = 'word/document.xml';
export const XLSX_WORKBOOK = 'xl/workbook.xml';
const MAX_ZIP_ENTRIES = 10_000;

const BY_EXTENSION: Readonly<Record<string, ArtifactFormat>> = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', txt: 'txt', md: 'txt' };

const LEGACY_OFFICE: Readonly<Record<string, string>> = {
  doc: 'an old Word .doc file; save it as .docx',
  xls: 'an old Excel .xls file; save it as .xlsx',
  ppt: 'an old PowerPoint .ppt file; save it as PDF',
};

/** What the bytes are, whatever the name says. */
type Content = { kind: 'pdf' | 'ole' | 'other' } | { kind: 'docx' | 'xlsx' | 'zip'; archive: ZipArchive } | { kind: 'damaged-zip'; error: UnreadableArchive };

const DESCRIBED: Record<'pdf' | 'docx' | 'xlsx' | 'zip' | 'damaged-zip', string> = {
  pdf: 'a PDF',
  docx: 'a Word document (DOCX)',
  xlsx: 'an Excel workbook (XLSX)',
  zip: 'a ZIP archive',
  'damaged-zip': 'a ZIP archive',
};

export function extensionOf(fileName: string): string | undefined {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
}

/**
 * The artifact's format, read from its content; the extension must agree with it. Throws a Refusal
 * naming what the file really is when it does not, or when the type is not one we read.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): Detected {
  const ext = extensionOf(fileName);
  const named = ext === undefined ? undefined : BY_EXTENSION[ext];
  const content = sniff(bytes);

  if (named === undefined) {
    const legacy = ext === undefined ? undefined : LEGACY_OFFICE[ext];
    if (legacy) throw new Refusal(legacy);
    if (content.kind === 'ole') throw new Refusal('an old Microsoft Office file (.doc, .xls or .ppt); save it as DOCX, XLSX or PDF');
    throw new Refusal(
      ext === undefined
        ? 'the file name has no extension; upload PDF, DOCX, XLSX or text (.txt, .md)'
        : `unsupported file type .${ext}; upload PDF, DOCX, XLSX or text`,
    );
  }
  if (content.kind === 'pdf' && named === 'pdf') return { format: 'pdf' };
  if ((content.kind === 'docx' || content.kind === 'xlsx') && content.kind === named) return { format: content.kind, archive: content.archive };

  switch (content.kind) {
    case 'ole':
      if (named === 'docx') throw new Refusal('a password-protected document or an old Word .doc file; save it as .docx without a password');
      if (named === 'xlsx') throw new Refusal('a password-protected workbook or an old Excel .xls file; save it as .xlsx without a password');
      throw new Refusal(`the name ends in .${ext} but the file is an old Microsoft Office document (.doc, .xls or .ppt); save it as DOCX, XLSX or PDF`);
    case 'other':
      if (named === 'txt') return { format: 'txt' };
      if (named === 'pdf') throw new Refusal('not a PDF (it does not start with %PDF-); the file is damaged or of another type');
      throw new Refusal(`not a .${ext} file (one is a ZIP archive, and this is not); the file is damaged or of another type`);
    case 'damaged-zip':
      if (named === 'docx' || named === 'xlsx') {
        if (content.error.overLimit) throw new Refusal(`the archive is refused: ${content.error.message}`);
        const reason = content.error.message.replace(/^not a ZIP archive \((.*)\)$/, '$1');
        throw new Refusal(`the archive is damaged (${reason}); save the file again or upload it again`);
      }
      break;
    case 'zip':
      if (named === 'docx') throw new Refusal(`the archive has no ${DOCX_DOCUMENT}, so it is not a Word document; upload the .docx itself`);
      if (named === 'xlsx') throw new Refusal(`the archive has no ${XLSX_WORKBOOK}, so it is not an Excel workbook; upload the .xlsx itself`);
      break;
  }
  const actual = content.kind === 'pdf' || content.kind === 'docx' || content.kind === 'xlsx' ? content.kind : undefined;
  throw new Refusal(
    `the name ends in .${ext} but the file is ${DESCRIBED[content.kind]}; ` +
      (actual ? `rename it to .${actual} if it is the right file` : 'upload the document itself'),
  );
}

function sniff(bytes: Uint8Array): Content {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: 'pdf' }; // %PDF-
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'ole' };
  // Local file header, or the end record of an empty archive.
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'other' };
  let archive: ZipArchive;
  try {
    archive = new ZipArchive(bytes, { maxEntries: MAX_ZIP_ENTRIES, namesInside: true });
  } catch (e) {
    if (e instanceof UnreadableArchive) return { kind: 'damaged-zip', error: e };
    throw e;
  }
  if (archive.has(DOCX_DOCUMENT)) return { kind: 'docx', archive };
  if (archive.has(XLSX_WORKBOOK)) return { kind: 'xlsx', archive };
  return { kind: 'zip', archive };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
