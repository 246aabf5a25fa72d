import { getResolvedPDFJS } from 'unpdf';
import type { ReportDocument } from '../../src/reports/document.js';

/**
 * A PDF read back as its pages of printed lines, to check how a report was laid out: a line is a
 * run of text pieces on one baseline, in the order the PDF paints them (LibreOffice and Chromium
 * paint a table cell by cell, each cell's lines top to bottom).
 */
export interface PrintedLine {
  text: string;
  /** The baseline, in points from the bottom of the page. */
  y: number;
}

export async function printedPages(pdf: Uint8Array): Promise<PrintedLine[][]> {
  const { getDocument } = await getResolvedPDFJS();
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: true, verbosity: 0 }).promise;
  const pages: PrintedLine[][] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const lines: PrintedLine[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item)) continue;
        const y = item.transform[5] as number;
        const last = lines.at(-1);
        if (last && Math.abs(last.y - y) < 1) last.text += item.str;
        else if (item.str.trim() !== '') lines.push({ text: item.str, y });
      }
      pages.push(lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== ''));
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
  return pages;
}

/** A word as compared: without the punctuation around it. */
const bare = (word: string) => word.replace(/^[("“‘'[]+|[)"”’',.;:!?\]]+$/g, '');
const wordsOf = (text: string) => text.split(/\s+/).map(bare).filter(Boolean);

/**
 * The words of the report's table cells printed broken across two lines: a line that ends with a
 * piece of a cell's word whose rest starts the next line ("Co-participat" / "ion"). A break between
 * two words that are each words of the report is not counted, nor one after a hyphen.
 */
export function brokenCellWords(doc: ReportDocument, pages: PrintedLine[][]): string[] {
  const cellWords = new Set<string>();
  const allWords = new Set<string>();
  for (const b of doc.blocks) {
    if (b.kind === 'table') for (const cell of [...b.columns, ...b.rows.flat()]) for (const w of wordsOf(cell)) cellWords.add(w);
    const texts = b.kind === 'table' ? [...b.columns, ...b.rows.flat(), b.caption] : 'text' in b ? [b.text] : b.kind === 'list' ? b.items : [];
    if (b.kind === 'field') texts.push(b.label);
    for (const t of texts) for (const w of wordsOf(t)) allWords.add(w);
  }
  const broken: string[] = [];
  for (const lines of pages) {
    for (let i = 0; i + 1 < lines.length; i++) {
      const end = bare(lines[i]!.text.split(' ').at(-1)!);
      const start = bare(lines[i + 1]!.text.split(' ')[0]!);
      if (end === '' || start === '') continue;
      const joined = `${end}${start}`;
      // A line may end after the hyphen of a compound ("grade-" / "level"), as typesetting allows.
      if (end.endsWith('-')) continue;
      if (cellWords.has(joined) && !(allWords.has(end) && allWords.has(start))) broken.push(`${end}|${start}`);
    }
  }
  return broken;
}

/**
 * The pages whose last printed line (above the footer) is a heading, or a table's header row: a
 * heading or header left at the bottom of a page, what it introduces on the next. A page that holds
 * nothing but a heading is one of them.
 */
export function pagesEndingWithAHeading(doc: ReportDocument, pages: PrintedLine[][]): number[] {
  const one = (t: string) => t.replace(/\s+/g, ' ').trim();
  const headings = new Set(doc.blocks.flatMap((b) => (b.kind === 'heading' ? [one(b.text)] : [])));
  const headerCells = new Set(doc.blocks.flatMap((b) => (b.kind === 'table' ? b.columns.map(one) : [])));
  // A header cell may be printed on two lines: its last line is what ends the page then.
  const isHeaderPiece = (text: string) => [...headerCells].some((h) => h === text || (text.includes(' ') && h.endsWith(` ${text}`)));
  const footer = /Page \d+ of \d+/;
  const out: number[] = [];
  pages.forEach((lines, i) => {
    if (i === 0 || i === pages.length - 1) return; // the title page, and the end of the report
    const body = lines.filter((l) => !footer.test(l.text) && l.text !== doc.notice).sort((a, b) => b.y - a.y);
    if (body.length === 0) return;
    const lowest = body.at(-1)!.y;
    const bottom = body.filter((l) => Math.abs(l.y - lowest) < 2);
    // A heading may take up to three lines.
    const endsWithHeading = [1, 2, 3].some((k) =>
      headings.has(
        one(
          body
            .slice(-k)
            .map((l) => l.text)
            .join(' '),
        ),
      ),
    );
    if (endsWithHeading || bottom.every((l) => isHeaderPiece(l.text))) out.push(i + 1);
  });
  return out;
}
