import type { Problem } from '../../domain/problem.js';
import { readCsvRecords } from '../csv-table.js';
import { idColumnOf, responsesOf, type SurveyColumn, surveyError, type SurveyExport } from './survey-export.js';

/** The ImportIds Qualtrics gives its own columns (response metadata), as against questions (QID…) and embedded data. */
const METADATA = new Set([
  'startDate',
  'endDate',
  'status',
  'ipAddress',
  'progress',
  'duration',
  'finished',
  'recordedDate',
  '_recordId',
  'recipientLastName',
  'recipientFirstName',
  'recipientEmail',
  'externalDataReference',
  'locationLatitude',
  'locationLongitude',
  'distributionChannel',
  'userLanguage',
]);

/** Responses that are not participants' answers: previews, tests and spam (Status as a number or as choice text). */
const NOT_A_RESPONSE: Record<string, string> = {
  '1': 'a survey preview',
  '2': 'a survey test',
  '8': 'marked as spam',
  '9': 'a preview marked as spam',
  'survey preview': 'a survey preview',
  'survey test': 'a survey test',
  spam: 'marked as spam',
  'preview spam': 'a preview marked as spam',
};

/** `{"ImportId":"QID4_1"}` → QID4_1; anything else → undefined. */
function importIdOf(cell: string): string | undefined {
  if (!cell.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(cell) as unknown;
    const id = parsed && typeof parsed === 'object' ? (parsed as { ImportId?: unknown }).ImportId : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a Qualtrics CSV export (either "choice text" or "numeric values"): three header rows (the
 * export tags, the question text, the ImportIds), then a line per response. Questions (ImportId
 * QID…) are items; Qualtrics' metadata and embedded data are kept as columns, one of which gives the
 * respondent's ID (ExternalReference unless another is named). Previews, tests and spam are left out,
 * each with a warning naming its line.
 */
export function readQualtricsExport(text: string, file: string, options: { idColumn?: string } = {}): SurveyExport {
  const empty = (problems: Problem[]): SurveyExport => ({ file, format: 'qualtrics', columns: [], idColumn: '', responses: [], problems });
  const { records, problems } = readCsvRecords(text, file);
  if (problems.length) return empty(problems);
  const [tags, questions, importIds, ...body] = records;
  if (!tags) return empty([surveyError(file, 'the file is empty; a Qualtrics export starts with three header rows (export tags, question text, ImportIds)')]);
  const how = 'a Qualtrics export starts with three header rows: the export tags, the question text, and the ImportIds ({"ImportId":"QID1"})';
  if (!questions || !importIds) return empty([surveyError(file, `has ${records.length} line${records.length === 1 ? '' : 's'}: ${how}`)]);
  if (tags.fields.some((f) => importIdOf(f) !== undefined))
    return empty([surveyError(file, `line ${tags.line} holds ImportIds where the export tags belong: ${how}`, tags.line)]);
  if (questions.fields.filter((f) => importIdOf(f) !== undefined).length > questions.fields.length / 2)
    return empty([surveyError(file, `line ${questions.line} holds the ImportIds, so the question-text row is missing: ${how}`, questions.line)]);
  const ids = importIds.fields.map(importIdOf);
  if (ids.filter((id) => id !== undefined).length < importIds.fields.length / 2)
    return empty([
      surveyError(
        file,
        `line ${importIds.line} is not the ImportId row (cells like {"ImportId":"QID1"}): ${how}; a file without them can be imported with --format csv`,
        importIds.line,
      ),
    ]);

  const header: Problem[] = [];
  const columns: SurveyColumn[] = tags.fields.map((key, i) => {
    const id = ids[i];
    if (key === '') header.push(surveyError(file, `column ${i + 1} has no export tag`, tags.line));
    else if (tags.fields.indexOf(key) !== i)
      header.push(surveyError(file, `the export tag ${key} names two columns (${tags.fields.indexOf(key) + 1} and ${i + 1})`, tags.line, key));
    return { key, text: questions.fields[i] ?? '', column: i + 1, item: id !== undefined && /^QID/.test(id) && !METADATA.has(id) };
  });
  if (header.length) return empty(header);

  const keys = columns.map((c) => c.key);
  const idColumn = idColumnOf(keys, options.idColumn, ['ExternalReference', 'participant_id']);
  if (!idColumn)
    return empty([
      surveyError(
        file,
        options.idColumn
          ? `has no column ${options.idColumn} for the respondents' IDs; its columns are ${keys.join(', ')}`
          : "has no ExternalReference (nor participant_id) column for the respondents' IDs: name the column that holds them with --id-column",
        tags.line,
      ),
    ]);

  const status = keys.find((k) => k === 'Status');
  const { responses, problems: lines } = responsesOf(file, body, columns, idColumn, (cells) =>
    status ? NOT_A_RESPONSE[cells[status]!.toLowerCase()] : undefined,
  );
  return { file, format: 'qualtrics', columns, idColumn, responses, problems: lines };
}
