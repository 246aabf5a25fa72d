import type { Problem } from '../domain/problem.js';
import { numberInCell } from '../domain/numbers.js';
import { readCsvRecords } from './csv-table.js';

/** A table of cases prepared outside Warrant (for R, Stata, SPSS or a spreadsheet): named columns, a row per case. */
export interface DataTable {
  file: string;
  columns: string[];
  rows: { line: number; fields: string[] }[];
}

/** Cells read as missing values: blank, and the markers R, Stata and spreadsheets write for one. */
const MISSING = new Set(['', 'NA', 'N/A', '.', 'NaN', '#N/A']);
/** Whether a cell holds a missing value. */
export const isMissing = (cell: string): boolean => MISSING.has(cell.trim());

/** Cells that are not numbers named one by one in a column, before the rest are counted. */
const SHOWN = 20;

const error = (file: string, message: string, line?: number, field?: string): Problem => ({
  severity: 'error',
  file,
  ...(line !== undefined && { line }),
  ...(field !== undefined && { field }),
  message,
});

/** Reads a CSV table (comma, semicolon or tab separated) with a header line naming its columns. */
export function readDataTable(text: string, file: string): { table?: DataTable; problems: Problem[] } {
  const { records, problems } = readCsvRecords(text, file);
  if (problems.length) return { problems };
  const [header, ...body] = records;
  if (!header || header.fields.every((f) => f === ''))
    return { problems: [error(file, 'the file is empty; it needs a header line naming its columns, then a line per case')] };
  header.fields.forEach((c, i) => {
    if (c === '') problems.push(error(file, `column ${i + 1} has no name in the header`, header.line));
    else if (header.fields.indexOf(c) !== i) problems.push(error(file, `the header names column "${c}" twice`, header.line));
  });
  for (const r of body)
    if (r.fields.length > header.fields.length)
      problems.push(error(file, `has ${r.fields.length} fields, the header has ${header.fields.length} (a separator inside a value?)`, r.line));
  if (problems.length) return { problems };
  if (body.length === 0) return { problems: [error(file, 'has a header but no cases: add a line per case')] };
  return { table: { file, columns: header.fields, rows: body }, problems: [] };
}

function columnIndex(table: DataTable, column: string, role: string): { index: number } | { problem: Problem } {
  const index = table.columns.indexOf(column);
  if (index >= 0) return { index };
  const folded = table.columns.findIndex((c) => c.toLowerCase() === column.toLowerCase());
  if (folded >= 0) return { index: folded };
  return { problem: error(table.file, `has no column "${column}" (the ${role}); its columns are ${table.columns.join(', ')}`, 1, column) };
}

/** A numeric column's values case by case, null where missing; every cell that is not a number is a problem naming its line. */
export function numericColumn(table: DataTable, column: string, role: string): { name: string; values: (number | null)[]; problems: Problem[] } {
  const found = columnIndex(table, column, role);
  if ('problem' in found) return { name: column, values: [], problems: [found.problem] };
  const name = table.columns[found.index]!;
  const problems: Problem[] = [];
  let notNumbers = 0;
  const values = table.rows.map((r) => {
    const cell = (r.fields[found.index] ?? '').trim();
    if (MISSING.has(cell)) return null;
    const n = numberInCell(cell);
    if (n !== undefined) return n;
    if (++notNumbers <= SHOWN)
      problems.push(error(table.file, `column ${name}: "${cell}" is not a number (leave the cell blank, or write NA, for a missing value)`, r.line, name));
    return null;
  });
  if (notNumbers > SHOWN) problems.push(error(table.file, `column ${name}: ${notNumbers - SHOWN} more cells are not numbers`, undefined, name));
  return { name, values, problems };
}

/** A column of labels (groups, clusters) case by case, null where missing. */
export function labelColumn(table: DataTable, column: string, role: string): { name: string; values: (string | null)[]; problems: Problem[] } {
  const found = columnIndex(table, column, role);
  if ('problem' in found) return { name: column, values: [], problems: [found.problem] };
  return {
    name: table.columns[found.index]!,
    values: table.rows.map((r) => {
      const cell = (r.fields[found.index] ?? '').trim();
      return MISSING.has(cell) ? null : cell;
    }),
    problems: [],
  };
}
