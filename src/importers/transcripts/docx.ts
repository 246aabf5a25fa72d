import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Problem } from '../../domain/problem.js';
import { unwritableCharacter } from '../../domain/text.js';
import { UnreadableArchive, ZipArchive } from '../zip.js';

const DOCUMENT_PART = 'word/document.xml';
const MAX_ENTRIES = 10_000;
const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // Strict OOXML
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Word elements whose content is not part of the visible text: deletions, moved-away text, field codes. */
const SKIPPED_WORD_ELEMENTS = new Set(['del', 'delText', 'moveFrom', 'instrText']);

/** Thrown with a reason a user can act on; anything else thrown while reading is reported by its message. */
export class UnreadableDocx extends Error {}

/**
 * Extracts the paragraphs of a DOCX file as text, one paragraph per line, so that problems found
 * in the text can name the paragraph number as their line. Tabs are kept as tabs, for the
 * transcript parser to tell "Speaker<tab>0:05" (Otter.ai's heading) from words; line breaks
 * within a paragraph are spaces.
 */
export function parseDocx(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  try {
    const paragraphs = paragraphsOf(documentXml(openDocx(bytes)), '\t');
    // XML keeps out C0 controls, but not DEL or C1 controls (&#x9b; is CSI to a terminal); a text transcript with them is refused too.
    for (const [i, paragraph] of paragraphs.entries()) {
      const problem = unwritableCharacter(paragraph);
      if (problem) return { text: '', problems: [{ severity: 'error', file, line: i + 1, message: problem }] };
    }
    return { text: paragraphs.join('\n'), problems: [] };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { text: '', problems: [{ severity: 'error', file, message: `unreadable DOCX: ${reason}` }] };
  }
}

/**
 * The text of each paragraph of a DOCX file, table cells' paragraphs included, in document order.
 * Throws UnreadableDocx with a reason a user can act on, or UnreadableArchive (overLimit) when the
 * document is refused for its size.
 */
export function docxParagraphs(docx: ZipArchive): string[] {
  return paragraphsOf(documentXml(docx));
}

/** What reading the archive threw, as the reason a DOCX is unreadable; a refusal for a limit stays one. */
function archiveProblem(e: unknown): Error {
  if (e instanceof UnreadableArchive && e.overLimit) return e;
  const reason = e instanceof Error ? e.message : String(e);
  return new UnreadableDocx(`not a valid ZIP archive (${reason}); a .docx file is one, so this file is damaged or of another type`);
}

function openDocx(bytes: Uint8Array): ZipArchive {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new UnreadableDocx('it is an old Word .doc file or a password-protected document; save it as .docx without a password');
  }
  try {
    return new ZipArchive(bytes, { maxEntries: MAX_ENTRIES });
  } catch (e) {
    throw archiveProblem(e);
  }
}

function documentXml(docx: ZipArchive): string {
  let xml: Uint8Array | undefined;
  try {
    xml = docx.read(DOCUMENT_PART, MAX_DOCUMENT_BYTES);
  } catch (e) {
    throw archiveProblem(e);
  }
  if (!xml) throw new UnreadableDocx(`${DOCUMENT_PART} is missing; is this really a Word document?`);
  try {
    // Word writes UTF-8; the default (non-ignoreBOM) decoder drops a BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(xml);
  } catch {
    throw new UnreadableDocx(`${DOCUMENT_PART} is not valid UTF-8`);
  }
}

function paragraphsOf(xml: string, tab = ' '): string[] {
  const paragraphs: string[] = [];
  /** Open paragraphs, innermost last: a text box puts paragraphs inside a paragraph. */
  const open: string[][] = [];
  let runDepth = 0;
  let textDepth = 0;
  let skipDepth = 0;
  const append = (s: string) => open.at(-1)?.push(s);
  const isWord = (tag: SaxesTagNS) => WORD_NAMESPACES.has(tag.uri);
  const isSkipped = (tag: SaxesTagNS) =>
    (isWord(tag) && SKIPPED_WORD_ELEMENTS.has(tag.local)) ||
    // Alternate content repeats the same text in its fallback.
    (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback');

  const parser = new SaxesParser({ xmlns: true });
  // A DOCX never has a DOCTYPE; refusing it rules out entity-expansion tricks.
  parser.on('doctype', () => {
    throw new UnreadableDocx('contains a DOCTYPE');
  });
  parser.on('opentag', (tag) => {
    if (skipDepth > 0 || isSkipped(tag)) {
      skipDepth++;
      return;
    }
    if (!isWord(tag)) return;
    switch (tag.local) {
      case 'p':
        open.push([]);
        break;
      case 'r':
        runDepth++;
        break;
      case 't':
        textDepth++;
        break;
      case 'tab':
        if (runDepth > 0) append(tab);
        break;
      case 'br':
      case 'cr':
        if (runDepth > 0) append(' ');
        break;
      case 'noBreakHyphen':
        if (runDepth > 0) append('-');
        break;
    }
  });
  parser.on('closetag', (tag) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (!isWord(tag)) return;
    if (tag.local === 'p') paragraphs.push((open.pop() ?? []).join('').replace(/[\r\n]+/g, ' '));
    else if (tag.local === 'r') runDepth--;
    else if (tag.local === 't') textDepth--;
  });
  parser.on('text', (text) => {
    if (skipDepth === 0 && textDepth > 0) append(text);
  });

  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof UnreadableDocx) throw e;
    throw new UnreadableDocx(`malformed XML in ${DOCUMENT_PART} (${e instanceof Error ? e.message : String(e)})`);
  }
  return paragraphs;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
