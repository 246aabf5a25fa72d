import { allows, type Principal } from '../domain/access.js';
import { DEFAULT_MINIMUM_CELL, type GroupAchievement, groupAchievement } from '../domain/achievement.js';
import { invalid } from '../domain/errors.js';
import { hasErrors } from '../domain/problem.js';
import { tableText } from '../importers/encoding.js';
import { readAchievement } from '../importers/instruments/achievement.js';
import type { AchievementResultRow } from '../storage/repositories/achievement.repository.js';
import { audit, firstVersion, inTransaction, now, type ServiceContext } from './context.js';
import type { InstrumentImport, InstrumentImportReport } from './instrument-import.js';
import { importTarget, storeDefinition } from './instruments.js';
import { districtOf, instrumentOf, organizationOf } from './lookup.js';

/*
 * Student achievement as the districts report it: aggregates per school, grade and student group
 * each year, imported from their files, and each group's results and gap to all students over the
 * years. What partner leaders see of it is their own district's, with groups under the minimum
 * suppressed.
 */

export const STUDENT_ACHIEVEMENT = 'student achievement';

const key = (r: { organization_id: string; grade: string; student_group: string }) =>
  [r.organization_id, r.grade.toLowerCase(), r.student_group.toLowerCase()].join('\u0000');

/**
 * Imports a district's achievement results for a year (`warrant instrument import --format
 * achievement`): every line's school found in the partnership, every figure checked; a file of
 * students' own results is refused. Atomic like every import; the same file again changes nothing,
 * and a result whose figures differ is its next version.
 */
export async function importAchievement(ctx: ServiceContext, input: InstrumentImport): Promise<InstrumentImportReport> {
  const { name, cycle, existing, report } = await importTarget(ctx, input, STUDENT_ACHIEVEMENT, 'achievement results');
  const text = tableText(input.bytes, input.file);
  report.problems.push(...text.problems);
  if (hasErrors(report.problems)) return report;
  const schools = await ctx.store.organizations.list(input.partnershipId, 'school');
  const byName = new Map(schools.map((s) => [s.name.trim().replace(/\s+/g, ' ').toLowerCase(), s]));
  const read = readAchievement(text.text, input.file, (school) => {
    const found = byName.get(school.trim().replace(/\s+/g, ' ').toLowerCase());
    return found && { id: found.id, districtId: found.district_id! };
  });
  report.problems.push(...read.problems);
  report.responses.read = read.results.length + read.invalidLines;
  report.responses.skipped = read.invalidLines;
  if (hasErrors(read.problems) && (!input.skipInvalid || read.invalidLines === 0 || read.results.length === 0)) return report;

  await inTransaction(ctx, async (tx) => {
    const at = now(tx);
    const instrument = await storeDefinition(
      tx,
      { existing, partnershipId: input.partnershipId, name, kind: STUDENT_ACHIEVEMENT },
      [],
      0,
      cycle,
      input.file,
      at,
    );
    if (!existing) report.instrument = { id: instrument.id, name, created: true };
    const before = new Map((await tx.store.achievement.ofInstrument(instrument.id)).filter((r) => r.cycle_id === cycle.id).map((r) => [key(r), r]));
    const fresh: AchievementResultRow[] = [];
    for (const l of read.results) {
      const figures = { number_tested: l.numberTested, percent_at_standard: l.percentAtStandard, mean_scale_score: l.meanScaleScore };
      const previous = before.get(key({ organization_id: l.organizationId, grade: l.grade, student_group: l.studentGroup }));
      if (!previous)
        fresh.push({
          id: tx.ids.next('achievementResult'),
          partnership_id: input.partnershipId,
          instrument_id: instrument.id,
          cycle_id: cycle.id,
          district_id: l.districtId,
          organization_id: l.organizationId,
          grade: l.grade,
          student_group: l.studentGroup,
          ...figures,
          source_file: input.file,
          source_line: l.line,
          ...firstVersion(tx, at),
        });
      else if (
        previous.number_tested === figures.number_tested &&
        previous.percent_at_standard === figures.percent_at_standard &&
        previous.mean_scale_score === figures.mean_scale_score
      )
        report.responses.unchanged++;
      else {
        const saved = await tx.store.achievement.correct(
          previous.id,
          { ...figures, source_file: input.file, source_line: l.line },
          previous.version,
          tx.actor,
          at,
        );
        if (!saved) throw invalid(`the result of ${l.school}, grade ${l.grade}, ${l.studentGroup} changed while this file was imported: import it again`);
        const was = { number_tested: previous.number_tested, percent_at_standard: previous.percent_at_standard, mean_scale_score: previous.mean_scale_score };
        await audit(tx, {
          action: 'achievement_result.correct',
          entityKind: 'achievementResult',
          entityId: previous.id,
          version: previous.version + 1,
          at,
          data: { file: input.file, line: l.line, from: was, to: figures },
        });
        report.responses.corrected++;
      }
    }
    if (fresh.length) {
      await tx.store.achievement.insert(fresh);
      await audit(tx, {
        action: 'achievement_result.import',
        entityKind: 'instrument',
        entityId: instrument.id,
        at,
        data: { file: input.file, cycleId: cycle.id, results: fresh.map((r) => ({ id: r.id, line: r.source_line })) },
      });
    }
    report.responses.added = fresh.length;
  });
  report.written = true;
  return report;
}

export interface AchievementRequest {
  instrument: string;
  district?: string;
  school?: string;
  grade?: string;
  /** Suppress groups of fewer students tested than this (partners always see them suppressed at the partnership's minimum). */
  minimum?: number;
}

export interface AchievementTable {
  instrument: { id: string; name: string };
  /** The partnership's student achievement instruments, to choose among. */
  instruments: { id: string; name: string }[];
  /** The schools with results in the district chosen (or the partnership), to choose among. */
  schools: string[];
  district: string | null;
  school: string | null;
  grade: string | null;
  /** The minimum of students tested below which a group is suppressed; null when nothing is. */
  minimum: number | null;
  rows: (Omit<GroupAchievement, 'cycleId'> & { cycle: string })[];
}

/** Each student group's achievement over the years, for the partnership or a district, school or grade. */
export async function achievementByGroup(ctx: ServiceContext, partnershipId: string, req: AchievementRequest): Promise<AchievementTable> {
  const instrument = await instrumentOf(ctx, partnershipId, req.instrument);
  if (instrument.kind !== STUDENT_ACHIEVEMENT)
    throw invalid(`instrument: ${instrument.name} is a ${instrument.kind}; achievement by student group is a student achievement instrument's`, {
      field: 'instrument',
    });
  if (req.minimum !== undefined && (!Number.isInteger(req.minimum) || req.minimum < 1))
    throw invalid(`minimum: the fewest students a figure may rest on is a whole number, 1 or more`, { field: 'minimum' });
  const district = req.district ? await districtOf(ctx, partnershipId, req.district) : undefined;
  const school = req.school ? await organizationOf(ctx, partnershipId, 'school', req.school, district?.id) : undefined;
  const [rows, cycles, instruments, schools] = await Promise.all([
    ctx.store.achievement.ofInstrument(instrument.id),
    ctx.store.cycles.list(partnershipId),
    ctx.store.instruments.list(partnershipId),
    ctx.store.organizations.list(partnershipId, 'school'),
  ]);
  const reported = new Set(rows.filter((r) => !district || r.district_id === district.id).map((r) => r.organization_id));
  const grade = req.grade?.trim().toLowerCase();
  const chosen = rows.filter(
    (r) => (!district || r.district_id === district.id) && (!school || r.organization_id === school.id) && (!grade || r.grade.toLowerCase() === grade),
  );
  const labels = new Map(cycles.map((c) => [c.id, c.label]));
  const groups = groupAchievement(
    chosen.map((r) => ({
      cycleId: r.cycle_id,
      studentGroup: r.student_group,
      numberTested: r.number_tested,
      percentAtStandard: r.percent_at_standard,
      meanScaleScore: r.mean_scale_score,
    })),
    cycles.map((c) => c.id),
    req.minimum,
  );
  return {
    instrument: { id: instrument.id, name: instrument.name },
    instruments: instruments.filter((i) => i.kind === STUDENT_ACHIEVEMENT).map((i) => ({ id: i.id, name: i.name })),
    schools: schools
      .filter((o) => reported.has(o.id))
      .map((o) => o.name)
      .sort((a, b) => a.localeCompare(b)),
    district: district?.name ?? null,
    school: school?.name ?? null,
    grade: req.grade?.trim() || null,
    minimum: req.minimum ?? null,
    rows: groups.map(({ cycleId, ...g }) => ({ cycle: labels.get(cycleId)!, ...g })),
  };
}

/**
 * What a reader sees of a district's achievement: the team, everything (suppressed only if it asks);
 * a partner leader, the district's aggregates with every group under the minimum suppressed. Null
 * when the partnership holds no student achievement yet.
 */
export async function districtAchievement(
  ctx: ServiceContext,
  reader: Principal,
  partnershipId: string,
  req: Omit<AchievementRequest, 'instrument'> & { instrument?: string; district: string },
): Promise<AchievementTable | null> {
  // Without an instrument named: the partnership's first of student achievement, if it has one.
  const instrument = req.instrument ?? (await ctx.store.instruments.list(partnershipId)).find((i) => i.kind === STUDENT_ACHIEVEMENT)?.id;
  if (!instrument) return null;
  if (allows(reader, 'team:read', partnershipId)) return achievementByGroup(ctx, partnershipId, { ...req, instrument });
  return achievementByGroup(ctx, partnershipId, { ...req, instrument, minimum: Math.max(req.minimum ?? 0, DEFAULT_MINIMUM_CELL) });
}
