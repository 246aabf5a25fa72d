import type { Block, ReportDocument } from '../document.js';
import { linesOf, oneLine, showsCaption, squareTable, titlePageDate } from './shared.js';

/**
 * GitHub-flavoured Markdown. Every character of the report's text that Markdown would read as
 * markup is escaped, so that the words show as written and cannot add links, HTML, emphasis,
 * headings or table cells of their own.
 */
export function renderMarkdown(doc: ReportDocument): string {
  const parts = [titlePage(doc)];
  let previous: Block | undefined;
  for (const block of doc.blocks) {
    // Two lists of a kind in a row would run together into one.
    if (block.kind === 'list' && previous?.kind === 'list' && previous.ordered === block.ordered) parts.push('<!-- -->');
    const text = renderBlock(block, previous?.kind === 'heading' ? previous.text : undefined);
    if (text !== '') parts.push(text);
    previous = block;
  }
  return `${parts.join('\n\n')}\n`;
}

function titlePage(doc: ReportDocument): string {
  return [
    `# ${heading(doc.title)}`,
    paragraph(doc.subtitle),
    paragraph(doc.partnership),
    paragraph(titlePageDate(doc) ?? ''),
    paragraph(doc.version),
    paragraph(doc.notice, '*'),
    '---',
  ]
    .filter((p) => p !== '')
    .join('\n\n');
}

function renderBlock(block: Block, precedingHeading: string | undefined): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${heading(block.text)}`;
    case 'paragraph':
      return paragraph(block.text, block.emphasis === 'label' ? '**' : block.emphasis === 'note' ? '*' : '');
    case 'field': {
      const [first = '', ...rest] = textLines(block.text);
      return [`${emphasised(`${inline(oneLine(block.label).trim())}:`, '**')} ${first}`.trimEnd(), ...rest].join('\n');
    }
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : '- ';
          const [first = '', ...rest] = textLines(item);
          const indent = ' '.repeat(marker.length);
          return [`${marker}${first}`.trimEnd(), ...rest.map((l) => (l === '' ? '' : indent + l))].join('\n');
        })
        .join('\n');
    case 'table':
      return table(block, precedingHeading);
    case 'quote': {
      const lines = textLines(block.text).map((l) => (l === '' ? '>' : `> ${l}`));
      const by = oneLine(block.attribution).trim();
      if (by !== '') lines.push('>', `> — ${inline(by)}`);
      return lines.join('\n');
    }
    case 'pageBreak':
      return '---';
  }
}

function table(block: Extract<Block, { kind: 'table' }>, heading: string | undefined): string {
  const { columns, rows } = squareTable(block);
  const out: string[] = [];
  const caption = oneLine(block.caption).trim();
  if (showsCaption(caption, heading)) out.push(`${emphasised(inline(caption), '**')}\n`);
  if (columns.length > 0) {
    const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
    out.push(row(columns), `|${columns.map(() => ' --- ').join('|')}|`, ...rows.map(row));
  }
  return out.join('\n');
}

/** A cell is one line: its line breaks are written as <br>, which GFM tables allow. */
function cell(text: string): string {
  return linesOf(text)
    .map((l) => inline(l.trim()))
    .join('<br>');
}

function heading(text: string): string {
  // A # anywhere in a heading could close it early.
  return inline(oneLine(text).trim()).replace(/#/g, '\\#');
}

function paragraph(text: string, mark = ''): string {
  return textLines(text, mark).join('\n');
}

// `$` is GitHub's mathematics; `&` is escaped only where it would start an entity.
const INLINE = /[\\`*_[\]~|$<]|&(?=#?\w+;)/g;

function inline(text: string): string {
  return text.replace(INLINE, (c) => (c === '<' ? '&lt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** What would open a block (heading, quote, list item, rule, setext underline) at a line's start. */
function lineStart(line: string): string {
  return line.replace(/^([#>+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

function emphasised(text: string, mark: string): string {
  return mark !== '' && text !== '' ? `${mark}${text}${mark}` : text;
}

/**
 * A text's Markdown lines: a line break of the text is a hard break (a trailing backslash), an
 * empty line starts a new paragraph. Leading spaces are dropped, since four would make a code block.
 */
function textLines(text: string, mark = ''): string[] {
  const out: string[] = [];
  for (const raw of linesOf(text)) {
    const line = raw.trim();
    if (line === '') {
      if (out.length > 0 && out.at(-1) !== '') out.push('');
    } else {
      out.push(emphasised(lineStart(inline(line)), mark));
    }
  }
  while (out.at(-1) === '') out.pop();
  return out.map((l, i) => (l !== '' && out[i + 1] ? `${l}\\` : l));
}
