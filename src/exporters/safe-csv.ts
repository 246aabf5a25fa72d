import { stringify } from 'csv-stringify/sync';

/**
 * CSV for people to open in a spreadsheet. A cell that starts like a formula (=, +, -, @, a tab or
 * a carriage return), after any leading whitespace, would be run by the spreadsheet; it is prefixed
 * with an apostrophe, so that it reads as the text it is (OWASP's advice against CSV injection).
 */
const FORMULA_START = /^(?=[\t\r]|\s*[=+\-@])/;

/**
 * A spreadsheet whose locale separates cells with ";" or a tab reads a comma-separated row without
 * regard to its quotes (they open a cell only at its start), so it starts a cell after each ";",
 * tab or line break inside one: a formula there is neutralised the same way.
 */
const FORMULA_INSIDE = /([;\t\r\n])(?=[^\S\r\n]*[=+\-@])/g;

/** Every cell holding a separator of a common locale (",", ";", a tab), a quote or a line break is quoted. */
const QUOTED = /[",;\t\n\r]/;

export function neutralise(value: unknown): string {
  if (value === null || value === undefined) return '';
  // A number (−0.25 too) is read as the number it is, never as a formula: statistics packages need it bare.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(FORMULA_INSIDE, "$1'").replace(FORMULA_START, "'");
}

export function toCsv<C extends string>(columns: readonly C[], rows: Iterable<Record<C, unknown>>, header = true): string {
  const records = [...rows].map((r) => columns.map((c) => neutralise(r[c])));
  return stringify(records, { header, columns: [...columns], quoted_match: QUOTED });
}
