import { type AlphaResult, krippendorffAlpha } from './reliability.js';

/**
 * Scores of observed lessons on an observation rubric: what a teacher's level on a dimension is in
 * a cycle, and how well raters agree on the lessons two (or more) of them scored. Pure: no I/O.
 */

/** A rater's levels on the rubric's dimensions for one lesson (null for a dimension not scored). */
export interface LessonScore {
  participantId: string;
  cycleId: string;
  lessonDate: string;
  rater: string;
  levels: Readonly<Record<string, number | null>>;
}

export interface TeacherLevels {
  participantId: string;
  cycleId: string;
  /** Per dimension, the mean over the teacher's lessons of each lesson's level (the raters' mean where two scored it); null when no lesson was scored on it. */
  levels: Record<string, number | null>;
  lessons: number;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const lessonKey = (s: Pick<LessonScore, 'participantId' | 'lessonDate'>) => `${s.participantId}\u0000${s.lessonDate}`;

/** Each teacher's levels in each cycle, from the scores of their lessons: every lesson counts once, however many raters scored it. */
export function teacherLevels(scores: readonly LessonScore[], dimensions: readonly string[]): TeacherLevels[] {
  const byTeacher = new Map<string, Map<string, LessonScore[]>>();
  for (const s of scores) {
    const key = `${s.participantId}\u0000${s.cycleId}`;
    const lessons = byTeacher.get(key) ?? new Map<string, LessonScore[]>();
    byTeacher.set(key, lessons);
    const ratings = lessons.get(s.lessonDate) ?? [];
    lessons.set(s.lessonDate, ratings);
    ratings.push(s);
  }
  return [...byTeacher.values()].map((lessons) => {
    const first = [...lessons.values()][0]![0]!;
    const levels: Record<string, number | null> = {};
    for (const d of dimensions) {
      const perLesson = [...lessons.values()]
        .map((ratings) => ratings.map((r) => r.levels[d]).filter((v): v is number => typeof v === 'number'))
        .filter((vs) => vs.length > 0)
        .map(mean);
      levels[d] = perLesson.length ? mean(perLesson) : null;
    }
    return { participantId: first.participantId, cycleId: first.cycleId, levels, lessons: lessons.size };
  });
}

export interface DimensionAgreement {
  /** The dimension, or null for all dimensions pooled (each lesson's dimension a unit). */
  dimension: string | null;
  /** Lessons scored on it by anyone, and by two raters or more. */
  lessons: number;
  doubleRated: number;
  /** Krippendorff's α for ordinal data, raters as coders. */
  alpha: AlphaResult;
  /** Pairs of raters' levels on the same lesson, and the share of them equal, and within one level. */
  pairs: number;
  exact: number | null;
  adjacent: number | null;
}

export interface RaterAgreement {
  lessons: number;
  doubleRated: number;
  raters: string[];
  dimensions: DimensionAgreement[];
  pooled: DimensionAgreement;
}

/** Agreement between raters on the lessons of the scores, per dimension and pooled over the dimensions. */
export function raterAgreement(scores: readonly LessonScore[], dimensions: readonly string[]): RaterAgreement {
  const raters = [...new Map(scores.map((s) => [s.rater.toLowerCase(), s.rater])).values()].sort((a, b) => a.localeCompare(b));
  const column = new Map(raters.map((r, i) => [r.toLowerCase(), i]));
  const lessons = new Map<string, LessonScore[]>();
  for (const s of scores) lessons.set(lessonKey(s), [...(lessons.get(lessonKey(s)) ?? []), s]);
  const rowsOf = (dimension: string) =>
    [...lessons.values()]
      .map((ratings) => {
        const row = new Array<number | null>(raters.length).fill(null);
        for (const r of ratings) {
          const v = r.levels[dimension];
          if (typeof v === 'number') row[column.get(r.rater.toLowerCase())!] = v;
        }
        return row;
      })
      .filter((row) => row.some((v) => v !== null));
  const agreement = (dimension: string | null, rows: (number | null)[][]): DimensionAgreement => {
    let pairs = 0;
    let exact = 0;
    let adjacent = 0;
    for (const row of rows) {
      const values = row.filter((v): v is number => v !== null);
      for (let i = 0; i < values.length; i++)
        for (let j = i + 1; j < values.length; j++) {
          pairs++;
          const gap = Math.abs(values[i]! - values[j]!);
          if (gap === 0) exact++;
          if (gap <= 1) adjacent++;
        }
    }
    return {
      dimension,
      lessons: rows.length,
      doubleRated: rows.filter((row) => row.filter((v) => v !== null).length >= 2).length,
      alpha: krippendorffAlpha(rows, 'ordinal'),
      pairs,
      exact: pairs ? exact / pairs : null,
      adjacent: pairs ? adjacent / pairs : null,
    };
  };
  const tables = dimensions.map(rowsOf);
  const pooled = agreement(null, tables.flat());
  const doubleRated = [...lessons.values()].filter((ratings) => new Set(ratings.map((r) => r.rater.toLowerCase())).size >= 2).length;
  return {
    lessons: lessons.size,
    doubleRated,
    raters,
    dimensions: dimensions.map((d, i) => agreement(d, tables[i]!)),
    pooled: { ...pooled, lessons: lessons.size, doubleRated },
  };
}
