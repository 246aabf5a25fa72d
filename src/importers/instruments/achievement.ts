import { numberInCell } from '../../domain/numbers.js';
import type { Problem } from '../../domain/problem.js';
import { readCsvRecords } from '../csv-table.js';
import { surveyError } from './survey-export.js';

/** A line of a district's achievement results: one school, grade and student group in the year. */
export interface AchievementLine {
  line: number;
  school: string;
  organizationId: string;
  districtId: string;
  grade: string;
  studentGroup: string;
  numberTested: number;
  percentAtStandard: number | null;
  meanScaleScore: number | null;
}

export const ACHIEVEMENT_COLUMNS = ['school', 'grade', 'student_group', 'number_tested', 'percent_at_standard', 'mean_scale_score'] as const;
const REQUIRED = ['school', 'grade', 'student_group', 'number_tested'] as const;

/** Columns that make a file one of students rather than of aggregates. */
const STUDENT_LEVEL =
  /^(student|student[ _]?(id|name|number|identifier)|sasid|ssid|lasid|first[ _]?name|last[ _]?name|dob|birth[ _]?date|date[ _]of[ _]birth)$/i;

const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads and checks a file of achievement aggregates: a header naming school, grade, student_group,
 * number_tested and percent_at_standard or mean_scale_score (or both), in any order, then a line per
 * school, grade and student group. A file of students' own results is refused as a whole. Each
 * problem names the file, the line and the column; a line with an error is left out.
 */
export function readAchievement(
  text: string,
  file: string,
  schoolOf: (name: string) => { id: string; districtId: string } | undefined,
): { results: AchievementLine[]; invalidLines: number; problems: Problem[] } {
  const refused = (problems: Problem[]) => ({ results: [], invalidLines: 0, problems });
  const { records, problems } = readCsvRecords(text, file);
  if (problems.length) return refused(problems);
  const [header, ...body] = records;
  if (!header || header.fields.every((f) => f === ''))
    return refused([
      surveyError(file, `the file is empty; it needs a header line naming ${ACHIEVEMENT_COLUMNS.join(', ')}, then a line per school, grade and group`),
    ]);
  const keys = header.fields.map(fold);
  const students = header.fields.filter((f) => STUDENT_LEVEL.test(f.trim()));
  if (students.length)
    return refused([
      surveyError(
        file,
        `column ${students.join(', ')} holds students' own results: Warrant keeps achievement as aggregates per school, grade and student group, never a student's result`,
        header.line,
        students[0],
      ),
    ]);
  const missing = REQUIRED.filter((c) => !keys.includes(c));
  if (!keys.includes('percent_at_standard') && !keys.includes('mean_scale_score')) missing.push('percent_at_standard or mean_scale_score' as never);
  if (missing.length) return refused([surveyError(file, `the header lacks ${missing.join(', ')}`, header.line)]);
  const at = (c: string) => keys.indexOf(c);
  const out: Problem[] = [];
  const results: AchievementLine[] = [];
  const seen = new Map<string, number>();
  let invalidLines = 0;
  for (const r of body) {
    const cell = (c: string) => (at(c) >= 0 ? (r.fields[at(c)] ?? '').trim() : '');
    const errors: Problem[] = [];
    const error = (message: string, field: string) => errors.push(surveyError(file, message, r.line, field));
    if (r.fields.length > keys.length) error(`has ${r.fields.length} fields, the header ${keys.length}`, 'school');
    const school = schoolOf(cell('school'));
    if (!cell('school')) error('no school', 'school');
    else if (!school) error(`${cell('school')} is not a school of the partnership`, 'school');
    if (!cell('grade')) error('no grade', 'grade');
    if (!cell('student_group')) error('no student group (write "All students" for the whole grade)', 'student_group');
    const tested = numberInCell(cell('number_tested'));
    if (tested === undefined || !Number.isInteger(tested) || tested < 0)
      error(`the number tested is a whole number of students; ${JSON.stringify(cell('number_tested'))} is not`, 'number_tested');
    const number = (c: string, check: (n: number) => string | null): number | null => {
      const raw = cell(c);
      if (raw === '') return null;
      const n = numberInCell(raw);
      const why = n === undefined ? `${JSON.stringify(raw)} is not a number` : check(n);
      if (why) error(why, c);
      return n ?? null;
    };
    const percent = number('percent_at_standard', (n) => (n < 0 || n > 100 ? `the percent at standard is 0 to 100; ${n} is not` : null));
    const mean = number('mean_scale_score', () => null);
    if (!errors.length) {
      const key = [school!.id, fold(cell('grade')), fold(cell('student_group'))].join('\u0000');
      const earlier = seen.get(key);
      if (earlier !== undefined)
        error(`${cell('school')}, grade ${cell('grade')}, ${cell('student_group')} is on line ${earlier} already: keep one line for it`, 'student_group');
      else seen.set(key, r.line);
    }
    if (errors.length) {
      out.push(...errors);
      invalidLines++;
      continue;
    }
    results.push({
      line: r.line,
      school: cell('school'),
      organizationId: school!.id,
      districtId: school!.districtId,
      grade: cell('grade'),
      studentGroup: cell('student_group').replace(/\s+/g, ' '),
      numberTested: tested!,
      percentAtStandard: percent,
      meanScaleScore: mean,
    });
  }
  return { results, invalidLines, problems: out };
}
