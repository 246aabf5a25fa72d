import type { Problem } from '../../domain/problem.js';
import type { CsvRecord } from '../csv-table.js';

/** A column of a survey export: an item, or a column that says something about the response (an ID, a date, embedded data). */
export interface SurveyColumn {
  /** The variable name: Qualtrics' export tag, REDCap's field name, the CSV header. */
  key: string;
  /** The question as asked, when the export gives it. */
  text: string;
  /** 1-based column in the file. */
  column: number;
  /** Whether the column is an item's answer (not the survey tool's metadata or embedded data). */
  item: boolean;
}

/** One respondent's line of a survey export. */
export interface SurveyResponse {
  line: number;
  /** The participant's ID as the export gives it (ExternalReference, record ID, participant_id, or the column named). */
  respondent: string;
  /** The cells by column key, trimmed. */
  cells: Record<string, string>;
}

/** A survey export read: its columns and responses, nothing checked against an instrument or a roster yet. */
export interface SurveyExport {
  file: string;
  format: 'qualtrics' | 'redcap' | 'csv';
  columns: SurveyColumn[];
  /** The column the respondents' IDs were read from. */
  idColumn: string;
  responses: SurveyResponse[];
  problems: Problem[];
}

export const surveyError = (file: string, message: string, line?: number, field?: string): Problem => ({
  severity: 'error',
  file,
  ...(line !== undefined && { line }),
  ...(field !== undefined && { field }),
  message,
});

/** The column of the respondents' IDs: the one named (letter case aside), else the first of the defaults the export has. */
export function idColumnOf(keys: readonly string[], named: string | undefined, defaults: readonly string[]): string | undefined {
  const wanted = named ? [named] : defaults;
  for (const w of wanted) {
    const found = keys.find((k) => k === w) ?? keys.find((k) => k.toLowerCase() === w.toLowerCase());
    if (found) return found;
  }
  return undefined;
}

/**
 * The responses of an export's lines, each cell under its column's key: a line with more fields than
 * the header is an error naming it, and one that `leftOut` explains (a preview, a test) is set aside
 * with a warning.
 */
export function responsesOf(
  file: string,
  lines: readonly CsvRecord[],
  columns: readonly SurveyColumn[],
  idColumn: string,
  leftOut: (cells: Record<string, string>) => string | undefined = () => undefined,
): { responses: SurveyResponse[]; problems: Problem[] } {
  const responses: SurveyResponse[] = [];
  const problems: Problem[] = [];
  for (const r of lines) {
    if (r.fields.length > columns.length) {
      problems.push(surveyError(file, `has ${r.fields.length} fields, the header ${columns.length}`, r.line));
      continue;
    }
    const cells: Record<string, string> = {};
    columns.forEach((c, i) => (cells[c.key] = (r.fields[i] ?? '').trim()));
    const why = leftOut(cells);
    if (why) problems.push({ severity: 'warning', file, line: r.line, message: `left out: ${why}, not a participant's response` });
    else responses.push({ line: r.line, respondent: cells[idColumn]!, cells });
  }
  return { responses, problems };
}
