import type { Block } from '../document.js';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** The lines of a text, whatever its line endings. */
export function linesOf(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** A text on one line (headings, labels): its line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * A table's header and rows padded to one width: a row longer than the header must not lose its
 * cells, which Markdown would drop and Word would misalign.
 */
export function squareTable(table: TableBlock): { columns: string[]; rows: string[][] } {
  const width = Math.max(table.columns.length, ...table.rows.map((r) => r.length));
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill('')];
  return { columns: pad(table.columns), rows: table.rows.map(pad) };
}
