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

/**
 * A character's advance in em, as wide as DejaVu Serif's (the widest of the serif faces a report
 * meets: Times New Roman and Liberation Serif are narrower), so that a width estimated here holds
 * the word in any of them.
 */
function charEm(ch: string): number {
  if (/[iljtfrI.,;:'’!|()[\]\s]/.test(ch)) return 0.36;
  if (/[mwMW]/.test(ch)) return 0.96;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (ch === '-') return 0.4;
  return 0.64;
}

function textEm(text: string, bold: boolean): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return bold ? em * 1.1 : em;
}

/** The widest word of a cell: a line breaks only at white space, so a hyphenated compound is one word. */
function widestWordEm(text: string, bold: boolean): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textEm(w, bold)));
}

/** The left and right padding of a cell, in em of the table's text. */
export const CELL_PADDING_EM = 1.2;

/**
 * Column widths in em of the table's text, filling `availableEm`: no column narrower than its
 * widest word (header included, in bold), so no word is split across lines; the room left is
 * shared by how much text each column typically holds (between the mean and the longest cell).
 * Only when the widest words alone are wider than the page are the columns scaled down below them.
 */
export function columnWidthsEm(columns: string[], rows: string[][], availableEm: number): number[] {
  const n = columns.length;
  const min: number[] = [];
  const desired: number[] = [];
  for (let c = 0; c < n; c++) {
    const cells = rows.map((r) => r[c] ?? '');
    const header = columns[c] ?? '';
    const least = Math.max(widestWordEm(header, true), ...cells.map((t) => widestWordEm(t, false))) + CELL_PADDING_EM;
    const lengths = cells.map((t) => Math.max(0, ...linesOf(t).map((l) => textEm(l, false))));
    const mean = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0;
    const longest = Math.max(0, ...lengths);
    min.push(least);
    desired.push(Math.max(least, (mean + longest) / 2 + CELL_PADDING_EM));
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const [sumMin, sumDesired] = [sum(min), sum(desired)];
  if (sumMin >= availableEm) return min.map((m) => (m * availableEm) / sumMin);
  if (sumDesired <= availableEm) return desired.map((d) => (d * availableEm) / sumDesired);
  const share = (availableEm - sumMin) / (sumDesired - sumMin);
  return min.map((m, c) => m + (desired[c]! - m) * share);
}

/**
 * Whether a table's caption is printed: not when it is empty, nor when it only says again what the
 * heading just before the table says ("Envisioned practices: …" under "Envisioned practices").
 */
export function showsCaption(caption: string, precedingHeading: string | undefined): boolean {
  const norm = (t: string) => oneLine(t).trim().toLowerCase();
  const c = norm(caption);
  if (c === '') return false;
  if (precedingHeading === undefined) return true;
  const h = norm(precedingHeading);
  return !(h !== '' && (c === h || c.startsWith(`${h}:`) || c.startsWith(`${h} —`)));
}

/** The date as the title page prints it: not at all when the version line already gives it ("Version 2, issued 2010-11-22"). */
export function titlePageDate(doc: { date: string; version: string }): string | undefined {
  return doc.date !== '' && doc.version.includes(doc.date) ? undefined : doc.date;
}
