import type { Block, ReportDocument } from '../document.js';
import { columnWidthsEm, oneLine, showsCaption, squareTable, titlePageDate } from './shared.js';

/**
 * A standalone HTML5 page, ready to print (and what the PDF is printed from): no scripts and
 * nothing fetched, which its Content-Security-Policy also forbids. Text keeps its line breaks
 * through `white-space: pre-line`, so the markup holds exactly the report's words.
 */
export function renderHtml(doc: ReportDocument): string {
  const body = doc.blocks.map((b, i) => renderBlock(b, headingBefore(doc.blocks, i))).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(oneLine(doc.title))}</title>
<style>
${styles(doc.notice)}
</style>
</head>
<body>
<section class="title-page">
<h1>${escapeHtml(doc.title)}</h1>
<p class="subtitle">${escapeHtml(doc.subtitle)}</p>
<p class="partnership">${escapeHtml(doc.partnership)}</p>
${titlePageDate(doc) !== undefined ? `<p class="date"><time datetime="${escapeHtml(doc.date)}">${escapeHtml(doc.date)}</time></p>\n` : ''}<p class="version">${escapeHtml(doc.version)}</p>
<p class="notice">${escapeHtml(doc.notice)}</p>
</section>
<div class="page-break"></div>
<main>
${body}
</main>
</body>
</html>
`;
}

function headingBefore(blocks: Block[], i: number): string | undefined {
  const previous = blocks[i - 1];
  return previous?.kind === 'heading' ? previous.text : undefined;
}

/**
 * Columns are shared out as the Word document shares them, for a table about 50 em of its 10 pt
 * text wide (a printed page); the browser still widens a column to its widest word if need be.
 */
const TABLE_EM = 50;

function renderBlock(block: Block, heading: string | undefined): string {
  switch (block.kind) {
    case 'heading': {
      const tag = `h${block.level + 1}`;
      return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return block.emphasis ? `<p class="${block.emphasis}">${escapeHtml(block.text)}</p>` : `<p>${escapeHtml(block.text)}</p>`;
    case 'field':
      return `<p class="field"><strong>${escapeHtml(block.label)}:</strong> ${escapeHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'table': {
      const { columns, rows } = squareTable(block);
      const widths = columnWidthsEm(columns, rows, TABLE_EM);
      return [
        '<table>',
        ...(showsCaption(block.caption, heading) ? [`<caption>${escapeHtml(block.caption)}</caption>`] : []),
        `<colgroup>${widths.map((w) => `<col style="width: ${((100 * w) / TABLE_EM).toFixed(1)}%">`).join('')}</colgroup>`,
        `<thead><tr>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>',
      ].join('\n');
    }
    case 'quote':
      return `<figure class="quote">\n<blockquote><p>${escapeHtml(block.text)}</p></blockquote>\n<figcaption>— ${escapeHtml(block.attribution)}</figcaption>\n</figure>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * A CSS string literal. Everything but letters, digits and spaces is written as a hex escape,
 * so no text can close the string or the <style> element.
 */
function cssString(text: string): string {
  let out = '';
  for (const ch of oneLine(text)) {
    out += /^[\p{L}\p{N} ]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `"${out}"`;
}

function styles(notice: string): string {
  return `@page {
  margin: 20mm 18mm 22mm;
  @bottom-left { content: ${cssString(notice)}; font: 8pt/1.2 "Liberation Sans", Arial, sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt/1.2 "Liberation Sans", Arial, sans-serif; color: #555; }
}
:root { color: #111; background: #fff; }
body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 11pt/1.45 "Liberation Serif", "Times New Roman", serif; }
@media print { body { max-width: none; padding: 0; } }
h1, h2, h3, h4, p, li, th, td, caption, figcaption { white-space: pre-line; overflow-wrap: break-word; }
h1, h2, h3, h4 { font-family: "Liberation Sans", Arial, sans-serif; line-height: 1.2; break-after: avoid; break-inside: avoid; }
h2 { font-size: 16pt; margin: 1.6em 0 0.5em; }
h3 { font-size: 13pt; margin: 1.3em 0 0.4em; }
h4 { font-size: 11pt; margin: 1.1em 0 0.3em; }
.title-page { padding: 3rem 0; text-align: center; }
@media print { .title-page { padding-top: 30vh; } }
.title-page h1 { font-size: 26pt; margin: 0 0 0.6em; }
.title-page .subtitle { font-size: 15pt; margin: 0 0 2em; }
.title-page .notice { margin-top: 3em; font-weight: bold; }
.page-break { break-after: page; }
p.label { font-weight: bold; }
p.note { font-style: italic; color: #444; }
table { width: 100%; border-collapse: collapse; margin: 1em 0; font-size: 10pt; }
/* The header row repeats on every page and never ends one: it stays with the first row. */
thead { display: table-header-group; break-inside: avoid; break-after: avoid; }
tr { break-inside: avoid; }
tbody tr:first-child { break-before: avoid; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.3em; break-after: avoid; }
th, td { border: 1px solid #888; padding: 0.3em 0.6em; text-align: left; vertical-align: top; overflow-wrap: normal; hyphens: manual; }
th { background: #eee; }
figure.quote { margin: 1em 2em; break-inside: avoid; }
blockquote { margin: 0; font-style: italic; }
blockquote p { margin: 0; }
figcaption { margin-top: 0.3em; }`;
}
