import { docxParagraphs, UnreadableDocx } from '../transcripts/docx.js';
import { UnreadableArchive, type ZipArchive } from '../zip.js';
import { archiveRefusal, Refusal } from './errors.js';

/** The paragraphs of a Word document, table cells' paragraphs included, one per line. */
export function docxText(docx: ZipArchive): string {
  try {
    return docxParagraphs(docx).join('\n');
  } catch (e) {
    if (e instanceof UnreadableArchive) throw archiveRefusal(e, 'document', 'save it again as .docx from Word');
    if (e instanceof UnreadableDocx) throw new Refusal(`the document cannot be read (${e.message}); save it again as .docx from Word`);
    throw e;
  }
}
