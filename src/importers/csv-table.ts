import { CsvError, parse } from 'csv-parse/sync';
import type { Problem } from '../domain/problem.js';

export interface CsvRow<C extends string> {
  /** 1-based line of the row in the file (the header is line 1). */
  line: number;
  values: Record<C, string>;
}

export interface CsvTable<C extends string> {
  rows: CsvRow<C>[];
  problems: Problem[];
}

/**
 * Reads a CSV file of a bundle whose header must name `columns` (in any order). Extra columns are
 * reported and ignored; a malformed file is one error naming the line where parsing stopped.
 */
export function readCsvTable<C extends string>(text: string, file: string, columns: readonly C[]): CsvTable<C> {
  const problems: Problem[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as typeof records;
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
    problems.push({
      severity: 'error',
      file,
      line: header.info.lines,
      message: `the header lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected: ${columns.join(',')})`,
    });
    return { rows: [], problems };
  }
  const extra = names.filter((n) => n && !(columns as readonly string[]).includes(n));
  if (extra.length) problems.push({ severity: 'warning', file, line: header.info.lines, message: `ignoring unknown column${extra.length > 1 ? 's' : ''} ${extra.join(', ')}` });
  const duplicate = names.find((n, i) => n && names.indexOf(n) !== i);
  if (duplicate) {
    problems.push({ severity: 'error', file, line: header.info.lines, message: `the header names column "${duplicate}" twice` });
    return { rows: [], problems };
  }

  const rows: CsvRow<C>[] = [];
  for (const { record, info } of body) {
    if (record.length !== names.length) {
      problems.push({ severity: 'error', file, line: info.lines, message: `has ${record.length} fields, the header has ${names.length}` });
      continue;
    }
    const values = {} as Record<C, string>;
    for (const c of columns) values[c] = (record[names.indexOf(c)] ?? '').trim();
    rows.push({ line: info.lines, values });
  }
  return { rows, problems };
}
