import { isIsoDate } from '../../domain/cycle.js';
import { type InstrumentItem, itemResponse } from '../../domain/instrument.js';
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

/** A rater's score of one lesson, read from the file's lines for it. */
export interface ReadScore {
  participantId: string;
  respondent: string;
  lessonDate: string;
  rater: string;
  /** The first line of the score in the file. */
  line: number;
  levels: Map<string, number | null>;
}

export const lessonScoreKey = (participantId: string, lessonDate: string, rater: string) => `${participantId}\u0000${lessonDate}\u0000${rater.toLowerCase()}`;

/**
 * Checks every line against the rubric's dimensions and the roster; a score with an error on any of its lines is invalid as a whole.
 * Each problem names the file, the line and the column.
 */
export function validateLessonScores(
  file: string,
  lines: readonly LessonScoreLine[],
  idColumn: string,
  items: readonly InstrumentItem[],
  participantOf: (respondent: string) => string | undefined,
) {
  const problems: Problem[] = [];
  const byKey = new Map(items.map((i) => [i.key.toLowerCase(), i]));
  const scores = new Map<string, ReadScore>();
  const invalidScores = new Set<string>();
  const invalidLines = new Set<number>();
  const seen = new Map<string, { line: number; level: string }>();
  let unanswered = 0;
  for (const l of lines) {
    const error = (message: string, field: string, key?: string) => {
      problems.push(surveyError(file, message, l.line, field));
      invalidLines.add(l.line);
      if (key) invalidScores.add(key);
    };
    if (!l.respondent) {
      error(`no participant ID in column ${idColumn}`, idColumn);
      continue;
    }
    const participantId = participantOf(l.respondent);
    if (!participantId) {
      error(`${l.respondent} is not a participant of the roster (nor mapped to one)`, idColumn);
      continue;
    }
    if (!isIsoDate(l.lessonDate)) {
      error(`the lesson date is a date, YYYY-MM-DD; ${JSON.stringify(l.lessonDate)} is not`, 'lesson_date');
      continue;
    }
    if (!l.rater) {
      error('no rater: name who scored the lesson', 'rater');
      continue;
    }
    const key = lessonScoreKey(participantId, l.lessonDate, l.rater);
    const score = scores.get(key) ?? { participantId, respondent: l.respondent, lessonDate: l.lessonDate, rater: l.rater, line: l.line, levels: new Map() };
    scores.set(key, score);
    const item = byKey.get(l.dimension.toLowerCase());
    if (!item) {
      error(l.dimension ? `${l.dimension} is not a dimension of the rubric` : 'no dimension', 'dimension', key);
      continue;
    }
    const twice = seen.get(`${key}\u0000${item.key.toLowerCase()}`);
    if (twice) {
      if (twice.level !== l.level)
        error(
          `${l.rater} scored ${l.respondent}'s lesson of ${l.lessonDate} on ${item.key} twice, ${twice.level || 'blank'} on line ${twice.line} and ${l.level || 'blank'} here: keep one`,
          'level',
          key,
        );
      continue;
    }
    seen.set(`${key}\u0000${item.key.toLowerCase()}`, { line: l.line, level: l.level });
    const read = itemResponse(item, l.level);
    if ('problem' in read) error(`${item.key}: ${read.problem}`, 'level', key);
    else {
      if (read.value === null) {
        unanswered++;
        problems.push({ severity: 'warning', file, line: l.line, field: 'level', message: `${item.key} not scored` });
      }
      score.levels.set(item.key, read.value as number | null);
    }
  }
  const valid = [...scores.entries()].filter(([k]) => !invalidScores.has(k)).map(([, s]) => s);
  return { problems, valid, invalidScores: invalidScores.size, invalidLines: invalidLines.size, read: scores.size, unanswered };
}
