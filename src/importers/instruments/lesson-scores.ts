import type { Problem } from '../../domain/problem.js';
import { readCsvRecords } from '../csv-table.js';
import { idColumnOf, surveyError } from './survey-export.js';

/** One line of a file of lesson scores: a rater's level for a teacher's lesson on one dimension, nothing checked yet. */
export interface LessonScoreLine {
  line: number;
  /** The teacher's ID as the file gives it. */
  respondent: string;
  lessonDate: string;
  rater: string;
  dimension: string;
  level: string;
}

export interface LessonScoresFile {
  file: string;
  idColumn: string;
  lines: LessonScoreLine[];
  /** The dimensions the file scores, in the order they first appear. */
  dimensions: string[];
  problems: Problem[];
}

export const LESSON_SCORE_COLUMNS = ['lesson_date', 'rater', 'dimension', 'level'] as const;

/**
 * Reads a file of lesson scores on an observation rubric, one line per teacher, lesson, rater and
 * dimension: columns participant_id (or the one named), lesson_date, rater, dimension and level, in
 * any order. A lesson is the teacher's lesson of that date; a lesson scored by two raters has the
 * lines of both.
 */
export function readLessonScores(text: string, file: string, options: { idColumn?: string } = {}): LessonScoresFile {
  const empty = (problems: Problem[]): LessonScoresFile => ({ file, idColumn: '', lines: [], dimensions: [], problems });
  const { records, problems } = readCsvRecords(text, file);
  if (problems.length) return empty(problems);
  const [header, ...body] = records;
  if (!header || header.fields.every((f) => f === ''))
    return empty([
      surveyError(file, `the file is empty; it needs a header line naming participant_id, ${LESSON_SCORE_COLUMNS.join(', ')}, then a line per score`),
    ]);
  const keys = header.fields.map((f) => f.trim());
  const idColumn = idColumnOf(keys, options.idColumn, ['participant_id']);
  const missing = LESSON_SCORE_COLUMNS.filter((c) => !keys.some((k) => k.toLowerCase() === c));
  const header_: Problem[] = [];
  if (!idColumn)
    header_.push(
      surveyError(
        file,
        options.idColumn
          ? `has no column ${options.idColumn} for the teachers' IDs; its columns are ${keys.join(', ')}`
          : "has no participant_id column for the teachers' IDs: name the column that holds them with --id-column",
        header.line,
      ),
    );
  if (missing.length) header_.push(surveyError(file, `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, header.line));
  if (header_.length) return empty(header_);
  const at = (name: string) => keys.findIndex((k) => k.toLowerCase() === name.toLowerCase());
  const [id, date, rater, dimension, level] = [idColumn!, ...LESSON_SCORE_COLUMNS].map(at) as [number, number, number, number, number];
  const lines: LessonScoreLine[] = [];
  const dimensions = new Map<string, string>();
  const out: Problem[] = [];
  for (const r of body) {
    if (r.fields.length > keys.length) {
      out.push(surveyError(file, `has ${r.fields.length} fields, the header ${keys.length}`, r.line));
      continue;
    }
    const cell = (i: number) => (r.fields[i] ?? '').trim();
    const line = {
      line: r.line,
      respondent: cell(id),
      lessonDate: cell(date),
      rater: cell(rater),
      dimension: cell(dimension).replace(/\s+/g, ' '),
      level: cell(level),
    };
    if (line.dimension && !dimensions.has(line.dimension.toLowerCase())) dimensions.set(line.dimension.toLowerCase(), line.dimension);
    lines.push(line);
  }
  return { file, idColumn: idColumn!, lines, dimensions: [...dimensions.values()], problems: out };
}
