import { stringify } from 'csv-stringify/sync';

/**
 * CSV for people to open in a spreadsheet. A cell that starts like a formula (=, +, -, @, a tab or
 * a carriage return) would be run by the spreadsheet; it is prefixed with an apostrophe, so that
 * it reads as the text it is (OWASP's advice against CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv<C extends string>(columns: readonly C[], rows: Iterable<Record<C, unknown>>, header = true): string {
  const records = [...rows].map((r) => columns.map((c) => neutralise(r[c])));
  return stringify(records, { header, columns: [...columns], quoted_match: /[",\n\r]/ });
}
