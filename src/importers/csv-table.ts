import { CsvError, parse } from 'csv-parse/sync';
import type { Problem } from '../domain/problem.js';

export interface CsvRow<C extends string> {
  /** 1-based line where the row starts in the file (the header is line 1). */
  line: number;
  values: Record<C, string>;
  /** Set when the row does not have as many fields as the header: its values may be misplaced. */
  malformed?: Problem;
}

export interface CsvTable<C extends string> {
  rows: CsvRow<C>[];
  problems: Problem[];
}

/** csv-parse counts the line where a record ends; a quoted field may span lines. */
function startLine(r: { info: { lines: number }; raw: string }): number {
  return r.info.lines - (r.raw.replace(/^[\r\n]+|[\r\n]+$/g, '').match(/\n/g)?.length ?? 0);
}

export type CsvSeparator = ',' | ';' | '\t';
const SEPARATORS: readonly CsvSeparator[] = [',', ';', '\t'];
const SEPARATOR_NAMES: Record<CsvSeparator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** Excel's "sep=;" first line, which names the separator of the lines after it. */
const SEP_LINE = /^sep=(.)\r?$/i;

/**
 * The separator of a CSV file, from its header line: the one that splits it into the expected
 * columns (when there are expected ones); else the one it holds most of (a comma when it holds none). Spreadsheets in many locales
 * write semicolons, some tools tabs.
 */
export function csvSeparator(headerLine: string, columns: readonly string[]): CsvSeparator {
  const fields = (sep: string) => headerLine.split(sep).map((h) => h.trim().replace(/^"|"$/g, '').trim().toLowerCase());
  const fitting = columns.length ? SEPARATORS.find((sep) => columns.every((c) => fields(sep).includes(c))) : undefined;
  if (fitting) return fitting;
  const count = (sep: string) => headerLine.split(sep).length - 1;
  return SEPARATORS.reduce((best, sep) => (count(sep) > count(best) ? sep : best), ',');
}

/**
 * Reads a CSV file of a bundle whose header must name `columns` (in any order); fields are separated
 * by commas, semicolons or tabs, whichever the header line uses (or an Excel "sep=" line names).
 * Extra columns are reported and ignored; a malformed file is one error naming the line where
 * parsing stopped.
 */
export function readCsvTable<C extends string>(text: string, file: string, columns: readonly C[]): CsvTable<C> {
  const problems: Problem[] = [];
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  const firstLine = /^[^\n]*/.exec(text.replace(/^\uFEFF/, ''))![0];
  const sepLine = SEP_LINE.exec(firstLine);
  let delimiter: string;
  if (sepLine) {
    delimiter = sepLine[1]!;
    // Blanked, not removed, so that lines keep their numbers.
    text = text.replace(/^\uFEFF?[^\n]*/, '');
  } else {
    const headerLine = text.split('\n').find((l) => l.trim() !== '') ?? '';
    delimiter = csvSeparator(headerLine, columns);
  }
  try {
    records = parse(text, { info: true, raw: true, skip_empty_lines: true, trim: true, relax_column_count: true, delimiter }) as unknown as typeof records;
  } catch (e) {
    const line = e instanceof CsvError && typeof e.lines === 'number' ? e.lines : undefined;
    const message = e instanceof Error ? e.message.replace(/^Invalid Record Length: |^Quote Not Closed: /, '') : String(e);
    return { rows: [], problems: [{ severity: 'error', file, ...(line !== undefined && { line }), message: `not a readable CSV file: ${message}` }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ severity: 'error', file, message: `the file is empty; it needs a header line: ${columns.join(',')}` }] };

  const names = header.record.map((h) => h.trim().toLowerCase());
  const missing = columns.filter((c) => !names.includes(c));
  if (missing.length) {
    const separator = SEPARATOR_NAMES[delimiter as CsvSeparator] ?? `"${delimiter}"`;
    problems.push({
      severity: 'error',
      file,
      line: startLine(header),
      message:
        `the header lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected: ${columns.join(',')}; ` +
        `read with ${separator}s between fields, found: ${names.filter(Boolean).join(', ') || 'none'})`,
    });
    return { rows: [], problems };
  }
  const extra = names.filter((n) => n && !(columns as readonly string[]).includes(n));
  if (extra.length)
    problems.push({ severity: 'warning', file, line: startLine(header), message: `ignoring unknown column${extra.length > 1 ? 's' : ''} ${extra.join(', ')}` });
  const duplicate = names.find((n, i) => n && names.indexOf(n) !== i);
  if (duplicate) {
    problems.push({ severity: 'error', file, line: startLine(header), message: `the header names column "${duplicate}" twice` });
    return { rows: [], problems };
  }

  const rows: CsvRow<C>[] = [];
  for (const r of body) {
    const values = {} as Record<C, string>;
    for (const c of columns) values[c] = (r.record[names.indexOf(c)] ?? '').trim();
    const line = startLine(r);
    const row: CsvRow<C> = { line, values };
    if (r.record.length !== names.length)
      row.malformed = { severity: 'error', file, line, message: `has ${r.record.length} fields, the header has ${names.length}` };
    rows.push(row);
  }
  return { rows, problems };
}

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

/** The characters csv-parse trims before a field (after it, it trims all white space, as String.trimEnd). */
const LEADING = /^[\n\f \t]+/;

/**
 * The records of a CSV text without quotes or carriage returns, as csv-parse reads them with the
 * options below (fields trimmed, empty lines skipped, ragged rows kept), but several times as fast:
 * without quotes a line is a record and a delimiter separates fields.
 */
export function unquotedRecords(text: string, delimiter: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes(delimiter) && line.replace(LEADING, '') === '') continue;
    records.push({ line: i + 1, fields: line.split(delimiter).map((f) => f.replace(LEADING, '').trimEnd()) });
  }
  return records;
}

/**
 * Reads a CSV file whose columns are not known in advance (a table of units × coders): its records
 * with their lines, fields trimmed, empty lines skipped. The separator is the one its header line
 * holds most of (comma, semicolon or tab) or the one an Excel "sep=" line names.
 */
export function readCsvRecords(text: string, file: string): { records: CsvRecord[]; problems: Problem[] } {
  const firstLine = /^[^\n]*/.exec(text.replace(/^\uFEFF/, ''))![0];
  const sepLine = SEP_LINE.exec(firstLine);
  let delimiter: string;
  if (sepLine) {
    delimiter = sepLine[1]!;
    text = text.replace(/^\uFEFF?[^\n]*/, '');
  } else delimiter = csvSeparator(text.split('\n').find((l) => l.trim() !== '') ?? '', []);
  if (!text.includes('"') && !text.includes('\r')) return { records: unquotedRecords(text, delimiter), problems: [] };
  try {
    const records = parse(text, { info: true, raw: true, skip_empty_lines: true, trim: true, relax_column_count: true, delimiter }) as unknown as {
      record: string[];
      info: { lines: number };
      raw: string;
    }[];
    return { records: records.map((r) => ({ line: startLine(r), fields: r.record })), problems: [] };
  } catch (e) {
    const line = e instanceof CsvError && typeof e.lines === 'number' ? e.lines : undefined;
    const message = e instanceof Error ? e.message.replace(/^Invalid Record Length: |^Quote Not Closed: /, '') : String(e);
    return { records: [], problems: [{ severity: 'error', file, ...(line !== undefined && { line }), message: `not a readable CSV file: ${message}` }] };
  }
}
