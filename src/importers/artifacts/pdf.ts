import { getResolvedPDFJS } from 'unpdf';
import { outOfMemory, Refusal } from './errors.js';
import { MAX_ARTIFACT_CHARS, textTooLong } from './normalize.js';
import { checkInflatedSize } from './pdf-streams.js';

/** The most pages read from one PDF. */
export const MAX_PDF_PAGES = 1_000;

/** Fewer visible characters than this per page, on average, means the pages are pictures of text. */
const MIN_CHARS_PER_PAGE = 10;

/**
 * pdf.js runs in the thread that calls it (unpdf's serverless build has no worker), which is why
 * artifacts are read in a process of their own (reader.ts). No URLs are given for
 * standard fonts, CMaps, ICC profiles or wasm decoders, so nothing is ever fetched: text comes
 * from the PDF's own fonts, and a font that needs a missing resource loses its text (with no log).
 */
const OPTIONS = {
  isEvalSupported: false,
  useWorkerFetch: false,
  disableFontFace: true,
  useSystemFonts: true,
  verbosity: 0,
} as const;

type PdfJs = Awaited<ReturnType<typeof getResolvedPDFJS>>;
type Document = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type Page = Awaited<ReturnType<Document['getPage']>>;

/** What pdf.js's text content streams, in chunks; marked-content items have no `str`. */
interface TextChunk {
  items: { str?: string; hasEOL?: boolean }[];
}

/** Counts visible characters as pages are read, and stops the reading past the cap on extracted text. */
class TextBudget {
  visible = 0;

  spend(text: string): void {
    // Whitespace and NUL aside, every character survives normalization: past the cap, the text is refused anyway.
    this.visible += text.replace(/[\s\0]+/g, '').length;
    if (this.visible > MAX_ARTIFACT_CHARS) throw textTooLong();
  }
}

export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  await checkInflatedSize(bytes);
  const { getDocument } = await getResolvedPDFJS();
  // A copy, and a plain Uint8Array even when given a Buffer (which pdf.js refuses): pdf.js may take
  // over (detach) the buffer it is given.
  const loading = getDocument({ data: new Uint8Array(bytes), ...OPTIONS });
  let document: Document;
  try {
    document = await loading.promise;
  } catch (e) {
    // Else pdf.js may go on reading the file, and fail again with no one to hear it.
    await loading.destroy().catch(() => {});
    throw refusalFor(e);
  }
  const budget = new TextBudget();
  const pages: string[] = [];
  try {
    if (document.numPages > MAX_PDF_PAGES) {
      throw new Refusal(
        `the PDF has ${document.numPages.toLocaleString('en-US')} pages, more than the ${MAX_PDF_PAGES.toLocaleString('en-US')} that are read; split it into smaller files`,
      );
    }
    // One page at a time, so that the text read so far is counted as it comes.
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      pages.push(await pageText(page, budget));
      page.cleanup();
    }
  } catch (e) {
    throw refusalFor(e);
  } finally {
    await document.destroy();
  }
  if (budget.visible < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) {
    throw new Refusal(
      'the PDF has no text layer (a scanned image?); run text recognition (OCR) on it, for example in Acrobat or your scanner’s software, or upload the original document',
    );
  }
  return { text: pages.join('\n\n'), pages: pages.length };
}

/** A page's text as unpdf's extractText joins it: items in order, a line break after each that ends a line. */
async function pageText(page: Page, budget: TextBudget): Promise<string> {
  // Not cancelled when the budget runs out: document.destroy() would then never settle.
  const reader = (page.streamTextContent() as ReadableStream<TextChunk>).getReader();
  const pieces: string[] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const item of chunk.value.items) {
      if (item.str === undefined) continue;
      budget.spend(item.str);
      pieces.push(item.hasEOL ? `${item.str}\n` : item.str);
    }
  }
  return pieces.join('');
}

function refusalFor(e: unknown): Error {
  if (e instanceof Refusal || outOfMemory(e)) return e as Error;
  // pdf.js's exceptions are told apart by name.
  if ((e as { name?: unknown } | null)?.name === 'PasswordException') {
    return new Refusal('the PDF is password-protected; save or print it to a PDF without a password and upload that');
  }
  return new Refusal(`the PDF is damaged (${e instanceof Error ? e.message : String(e)}); save or export it to PDF again`);
}
