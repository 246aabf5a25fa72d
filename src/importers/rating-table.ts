import type { Problem } from '../domain/problem.js';
import type { Level, Rating } from '../domain/reliability.js';
import { numberInCell } from '../domain/numbers.js';
import { readCsvRecords } from './csv-table.js';

/** A table of ratings made outside Warrant: one row per unit, one column per coder. */
export interface RatingTableFile {
  coders: string[];
  /** Each unit's label (from a first column headed "unit", else its line number). */
  units: string[];
  /** Units × coders; null where a coder left the cell blank. */
  table: (Rating | null)[][];
}

const LEVEL_NEEDS: Record<Exclude<Level, 'nominal'>, string> = {
  ordinal: 'ordinal data must be ordered numbers (1, 2, 3…)',
  interval: 'interval data must be numbers',
  ratio: 'ratio data must be numbers of zero or more',
};

/**
 * Reads a units × coders table (comma, semicolon or tab separated): a header line naming the coders
 * (a first column headed "unit" names the units), then one line per unit with each coder's value,
 * blank where a coder gave none. Nominal values are categories compared as written; ordinal,
 * interval and ratio values must be numbers. Every problem names the file, line and column.
 */
export function readRatingTable(text: string, file: string, level: Level): { table?: RatingTableFile; problems: Problem[] } {
  const { records, problems } = readCsvRecords(text, file);
  if (problems.length) return { problems };
  const [header, ...body] = records;
  if (!header || header.fields.every((f) => f === ''))
    return { problems: [{ severity: 'error', file, message: 'the file is empty; it needs a header line naming the coders, then one line per unit' }] };
  const labelled = /^(unit|units|)$/i.test(header.fields[0] ?? '');
  const coders = labelled ? header.fields.slice(1) : header.fields;
  const first = labelled ? 1 : 0;
  const error = (message: string, line?: number, field?: string): Problem => ({
    severity: 'error',
    file,
    ...(line !== undefined && { line }),
    ...(field !== undefined && { field }),
    message,
  });
  if (coders.length < 2)
    return {
      problems: [
        error(
          `the header names ${coders.length === 0 ? 'no coder' : `one coder (${coders[0] || 'unnamed'})`}; agreement needs a column for each of two or more coders`,
          header.line,
        ),
      ],
    };
  coders.forEach((c, i) => {
    if (c === '') problems.push(error(`column ${i + first + 1} has no coder name in the header`, header.line));
    else if (coders.indexOf(c) !== i) problems.push(error(`the header names coder "${c}" twice`, header.line));
  });
  if (problems.length) return { problems };

  const units: string[] = [];
  const table: (Rating | null)[][] = [];
  for (const r of body) {
    if (r.fields.length > header.fields.length) {
      problems.push(
        error(`has ${r.fields.length} fields, the header has ${header.fields.length} (a coder column without a name, or a separator inside a value)`, r.line),
      );
      continue;
    }
    units.push(labelled ? r.fields[0] || `line ${r.line}` : `line ${r.line}`);
    const row: (Rating | null)[] = [];
    coders.forEach((coder, i) => {
      const cell = (r.fields[i + first] ?? '').trim();
      if (cell === '') return row.push(null);
      if (level === 'nominal') return row.push(cell);
      const n = numberInCell(cell);
      const column = `column ${i + first + 1}`;
      if (n === undefined) {
        problems.push(error(`${column}: ${LEVEL_NEEDS[level]}; found "${cell}" (leave the cell blank for a missing value)`, r.line, coder));
        return row.push(null);
      }
      if (level === 'ratio' && n < 0) {
        problems.push(error(`${column}: ${LEVEL_NEEDS[level]}; found ${cell}`, r.line, coder));
        return row.push(null);
      }
      row.push(n);
    });
    table.push(row);
  }
  if (problems.length) return { problems };
  if (!table.some((row) => row.filter((v) => v !== null).length >= 2))
    return {
      problems: [
        error(
          table.length === 0
            ? 'has a header but no units: add one line per unit with each coder’s value'
            : `no unit has values from two coders (${table.length} unit${table.length === 1 ? '' : 's'} read): there is nothing to pair`,
        ),
      ],
    };
  return { table: { coders, units, table }, problems };
}
