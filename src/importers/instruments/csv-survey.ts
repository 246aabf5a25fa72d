import type { Problem } from '../../domain/problem.js';
import { readCsvRecords } from '../csv-table.js';
import { idColumnOf, responsesOf, type SurveyColumn, surveyError, type SurveyExport } from './survey-export.js';

/**
 * Reads a plain CSV of responses: a header line naming the columns (the respondent's ID in
 * participant_id unless another is named; every other column an item), then a line per respondent.
 */
export function readCsvSurvey(text: string, file: string, options: { idColumn?: string } = {}): SurveyExport {
  const empty = (problems: Problem[]): SurveyExport => ({ file, format: 'csv', columns: [], idColumn: '', responses: [], problems });
  const { records, problems } = readCsvRecords(text, file);
  if (problems.length) return empty(problems);
  const [header, ...body] = records;
  if (!header || header.fields.every((f) => f === ''))
    return empty([surveyError(file, 'the file is empty; it needs a header line naming its columns, then a line per respondent')]);
  const keys = header.fields;
  const header_: Problem[] = [];
  keys.forEach((k, i) => {
    if (k === '') header_.push(surveyError(file, `column ${i + 1} has no name in the header`, header.line));
    else if (keys.indexOf(k) !== i) header_.push(surveyError(file, `the header names column ${k} twice`, header.line, k));
  });
  if (header_.length) return empty(header_);
  const idColumn = idColumnOf(keys, options.idColumn, ['participant_id']);
  if (!idColumn)
    return empty([
      surveyError(
        file,
        options.idColumn
          ? `has no column ${options.idColumn} for the respondents' IDs; its columns are ${keys.join(', ')}`
          : "has no participant_id column for the respondents' IDs: name the column that holds them with --id-column",
        header.line,
      ),
    ]);
  const columns: SurveyColumn[] = keys.map((key, i) => ({ key, text: key, column: i + 1, item: key !== idColumn }));
  const { responses, problems: lines } = responsesOf(file, body, columns, idColumn);
  return { file, format: 'csv', columns, idColumn, responses, problems: lines };
}
