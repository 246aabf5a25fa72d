import { invalid } from '../domain/errors.js';
import { type InstrumentItem, instrumentProblems } from '../domain/instrument.js';
import { type LessonScore, raterAgreement, type RaterAgreement, teacherLevels } from '../domain/lesson-scores.js';
import { hasErrors, type Problem } from '../domain/problem.js';
import { tableText } from '../importers/encoding.js';
import { lessonScoreKey, readLessonScores, validateLessonScores } from '../importers/instruments/lesson-scores.js';
import type { InstrumentRow } from '../storage/repositories/instrument.repository.js';
import type { LessonScoreRow } from '../storage/repositories/lesson-score.repository.js';
import { audit, firstVersion, inTransaction, now, type ServiceContext } from './context.js';
import type { InstrumentImport, InstrumentImportReport } from './instrument-import.js';
import { importTarget, itemDefinition, storeDefinition } from './instruments.js';
import { instrumentOf, resolveFilters } from './lookup.js';
import { respondentsOf } from './respondents.js';

/*
 * Lessons scored on an observation rubric: imported from a file of scores (a line per teacher,
 * lesson, rater and dimension), turned into each teacher's levels per cycle for the measures, and
 * checked for agreement between raters on the lessons two of them scored.
 */

export const OBSERVATION_RUBRIC = 'observation rubric';

/** The levels a new dimension is scored on unless the import says otherwise (the Instructional Quality Assessment's 1–4). */
export const DEFAULT_LEVELS = { min: 1, max: 4 } as const;

/** The levels "1-4" names: the lowest and the highest. */
export function parseLevels(text: string): { min: number; max: number } {
  const m = /^\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*$/.exec(text);
  if (!m) throw invalid(`levels: "${text}" is not a range of levels; write the lowest and the highest, e.g. 1-4`, { field: 'levels' });
  return { min: Number(m[1]), max: Number(m[2]) };
}

/** A dimension of a rubric as an item: a scale item of the levels min to max. */
export const dimensionItem = (name: string, levels: { min: number; max: number }): InstrumentItem => ({
  key: name,
  text: name,
  type: 'scale',
  labels: Array.from({ length: levels.max - levels.min + 1 }, (_, i) => ({ value: levels.min + i, label: `Level ${levels.min + i}` })),
  min: null,
  max: null,
  reverse: false,
});

/** The levels as stored: in the rubric's order of dimensions, so that the same scores read the same. */
const levelsJson = (levels: ReadonlyMap<string, number | null>, items: readonly InstrumentItem[]) =>
  JSON.stringify(Object.fromEntries(items.filter((i) => levels.has(i.key)).map((i) => [i.key, levels.get(i.key)])));

/**
 * Imports a file of lesson scores on an observation rubric in a cycle (`warrant instrument import
 * --format lessons`): every teacher matched to a participant, every level checked against the
 * dimension's levels (a dimension the rubric lacks is added, first scored in this cycle, on the
 * levels given). Atomic like every import; the same file again changes nothing, and a score whose
 * levels differ from the stored ones is its next version.
 */
export async function importLessonScores(
  ctx: ServiceContext,
  input: InstrumentImport & { levels?: { min: number; max: number } },
): Promise<InstrumentImportReport> {
  const levels = input.levels ?? DEFAULT_LEVELS;
  if (!Number.isInteger(levels.min) || !Number.isInteger(levels.max) || levels.min >= levels.max || levels.max - levels.min > 20)
    throw invalid(`levels: a rubric's levels run from a whole number to a greater one, e.g. 1-4 (at most 21 levels)`, { field: 'levels' });
  const { name, cycle, existing, report } = await importTarget(ctx, input, OBSERVATION_RUBRIC, 'lesson scores');
  const text = tableText(input.bytes, input.file);
  report.problems.push(...text.problems);
  if (hasErrors(report.problems)) return report;
  const file = readLessonScores(text.text, input.file, input.idColumn ? { idColumn: input.idColumn } : {});
  report.problems.push(...file.problems);
  if (hasErrors(report.problems)) return report;

  const stored = existing ? (await ctx.store.instruments.items(existing.id)).map(itemDefinition) : [];
  const known = new Set(stored.map((i) => i.key.toLowerCase()));
  const added = file.dimensions.filter((d) => !known.has(d.toLowerCase())).map((d) => dimensionItem(d, levels));
  const items = [...stored, ...added];
  report.problems.push(...instrumentProblems(items, []).map((message): Problem => ({ severity: 'error', file: input.file, line: 1, message })));
  if (hasErrors(report.problems)) return report;

  const { problems: mapped, participantOf, byId } = await respondentsOf(ctx, input.partnershipId, input.mapping);
  report.problems.push(...mapped);
  if (hasErrors(report.problems)) return report;
  const validation = validateLessonScores(input.file, file.lines, file.idColumn, items, participantOf);
  report.problems.push(...validation.problems);
  report.unanswered = validation.unanswered;
  report.responses.read = validation.read;
  report.responses.skipped = validation.invalidScores;
  report.items = { total: items.length, added: added.map((i) => i.key) };
  if (hasErrors(validation.problems) && (!input.skipInvalid || validation.invalidLines === 0)) return report;

  await inTransaction(ctx, async (tx) => {
    const at = now(tx);
    const instrument = await storeDefinition(
      tx,
      { existing, partnershipId: input.partnershipId, name, kind: OBSERVATION_RUBRIC },
      added,
      stored.length,
      cycle,
      input.file,
      at,
    );
    if (!existing) report.instrument = { id: instrument.id, name, created: true };
    const before = new Map((await tx.store.lessonScores.ofInstrument(instrument.id)).map((s) => [lessonScoreKey(s.participant_id, s.lesson_date, s.rater), s]));
    const fresh: LessonScoreRow[] = [];
    for (const s of validation.valid) {
      const levelsOf = levelsJson(s.levels, items);
      const previous = before.get(lessonScoreKey(s.participantId, s.lessonDate, s.rater));
      if (!previous) {
        const { role, district_id, organization_id } = byId.get(s.participantId)!;
        fresh.push({
          id: tx.ids.next('lessonScore'),
          partnership_id: input.partnershipId,
          instrument_id: instrument.id,
          cycle_id: cycle.id,
          participant_id: s.participantId,
          lesson_date: s.lessonDate,
          rater: s.rater,
          levels: levelsOf,
          source_file: input.file,
          source_line: s.line,
          role,
          district_id,
          organization_id,
          ...firstVersion(tx, at),
        });
      } else if (previous.levels === levelsOf && previous.cycle_id === cycle.id) report.responses.unchanged++;
      else {
        const saved = await tx.store.lessonScores.correct(
          previous.id,
          { levels: levelsOf, cycle_id: cycle.id, source_file: input.file, source_line: s.line },
          previous.version,
          tx.actor,
          at,
        );
        if (!saved)
          throw invalid(`the score of ${s.respondent}'s lesson of ${s.lessonDate} by ${s.rater} changed while this file was imported: import it again`);
        await audit(tx, {
          action: 'lesson_score.correct',
          entityKind: 'lessonScore',
          entityId: previous.id,
          version: previous.version + 1,
          at,
          data: { file: input.file, line: s.line, from: JSON.parse(previous.levels), to: JSON.parse(levelsOf) },
        });
        report.responses.corrected++;
      }
    }
    if (fresh.length) {
      await tx.store.lessonScores.insert(fresh);
      await audit(tx, {
        action: 'lesson_score.import',
        entityKind: 'instrument',
        entityId: instrument.id,
        at,
        data: { file: input.file, cycleId: cycle.id, scores: fresh.map((r) => ({ id: r.id, participantId: r.participant_id, line: r.source_line })) },
      });
    }
    report.responses.added = fresh.length;
  });
  report.written = true;
  return report;
}

const scoreOf = (row: LessonScoreRow): LessonScore => ({
  participantId: row.participant_id,
  cycleId: row.cycle_id,
  lessonDate: row.lesson_date,
  rater: row.rater,
  levels: JSON.parse(row.levels) as Record<string, number | null>,
});

/** A teacher's measured levels in a cycle, shaped as a response to the rubric: each dimension the mean of their lessons' levels. */
export interface MeasuredLevels {
  participant_id: string;
  cycle_id: string;
  role: LessonScoreRow['role'];
  district_id: string;
  organization_id: string;
  answers: string;
}

/** Teachers' levels per cycle from the lesson scores given, with the role group, district and school of their first lesson scored that cycle. */
export function levelsAsResponses(rows: readonly LessonScoreRow[], dimensions: readonly string[]): MeasuredLevels[] {
  const first = new Map<string, LessonScoreRow>();
  for (const r of rows) if (!first.has(`${r.participant_id}\u0000${r.cycle_id}`)) first.set(`${r.participant_id}\u0000${r.cycle_id}`, r);
  return teacherLevels(rows.map(scoreOf), dimensions).map((t) => {
    const r = first.get(`${t.participantId}\u0000${t.cycleId}`)!;
    return {
      participant_id: t.participantId,
      cycle_id: t.cycleId,
      role: r.role,
      district_id: r.district_id,
      organization_id: r.organization_id,
      answers: JSON.stringify(t.levels),
    };
  });
}

export interface LessonAgreementReport extends RaterAgreement {
  instrument: { id: string; name: string };
  cycle: string | null;
}

/** Agreement between the raters of a rubric's lessons, in one cycle or all, for a district, school or role group if asked. */
export async function lessonAgreement(
  ctx: ServiceContext,
  partnershipId: string,
  input: { instrument: string; cycle?: string; district?: string; school?: string; role?: string },
): Promise<LessonAgreementReport> {
  const instrument: InstrumentRow = await instrumentOf(ctx, partnershipId, input.instrument);
  if (instrument.kind !== OBSERVATION_RUBRIC)
    throw invalid(`instrument: ${instrument.name} is a ${instrument.kind}; raters' agreement is a rubric's`, { field: 'instrument' });
  const ids = await resolveFilters(ctx, partnershipId, input);
  const [items, rows, cycles] = await Promise.all([
    ctx.store.instruments.items(instrument.id),
    ctx.store.lessonScores.ofInstrument(instrument.id),
    ctx.store.cycles.list(partnershipId),
  ]);
  const chosen = rows.filter(
    (r) =>
      (!ids.cycleId || r.cycle_id === ids.cycleId) &&
      (!ids.districtId || r.district_id === ids.districtId) &&
      (!ids.organizationId || r.organization_id === ids.organizationId) &&
      (!ids.role || r.role === ids.role),
  );
  const cycle = cycles.find((c) => c.id === ids.cycleId)?.label ?? null;
  return {
    instrument: { id: instrument.id, name: instrument.name },
    cycle,
    ...raterAgreement(
      chosen.map(scoreOf),
      items.map((i) => i.key),
    ),
  };
}
