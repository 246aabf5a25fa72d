import { extractText, getDocumentProxy } from 'unpdf';
import { Refusal } from './errors.js';

/** Fewer visible characters than this per page, on average, means the pages are pictures of text. */
const MIN_CHARS_PER_PAGE = 10;

/**
 * pdf.js runs in this thread (unpdf's serverless build has no worker). No URLs are given for
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

export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy: pdf.js may take over (detach) the buffer it is given.
    document = await getDocumentProxy(bytes.slice(), OPTIONS);
  } catch (e) {
    throw refusalFor(e);
  }
  let pages: string[];
  try {
    pages = (await extractText(document, { mergePages: false })).text;
  } catch (e) {
    throw refusalFor(e);
  } finally {
    await document.destroy();
  }
  const visible = pages.reduce((n, page) => n + page.replace(/\s+/g, '').length, 0);
  if (visible < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) {
    throw new Refusal(
      'the PDF has no text layer (a scanned image?); run text recognition (OCR) on it, for example in Acrobat or your scanner’s software, or upload the original document',
    );
  }
  return { text: pages.join('\n\n'), pages: pages.length };
}

function refusalFor(e: unknown): Refusal {
  // pdf.js's exceptions are told apart by name.
  if ((e as { name?: unknown } | null)?.name === 'PasswordException') {
    return new Refusal('the PDF is password-protected; save or print it to a PDF without a password and upload that');
  }
  return new Refusal(`the PDF is damaged (${e instanceof Error ? e.message : String(e)}); save or export it to PDF again`);
}
