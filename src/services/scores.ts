import { visibleCoder } from '../domain/coding.js';
import { invalid, notFound } from '../domain/errors.js';
import { STANCES, type Stance } from '../domain/evidence.js';
import { kindOfId } from '../domain/ids.js';
import { isRoleGroup, ROLE_GROUP_PLURALS, type RoleGroup } from '../domain/roles.js';
import { type AggregateChange, changesSincePrevious, checkLevel, cycleLevels, distributions, type ScorePoint, trajectory } from '../domain/rubric.js';
import type { CycleRow } from '../storage/repositories/cycle.repository.js';
import type { ScoreInContext, ScorePassageWithQuote, ScoreRow } from '../storage/repositories/score.repository.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { createExcerpt } from './excerpts.js';
import { interviewOf, participantOf } from './lookup.js';
import { type Rubric, type RubricDimension, rubricOf } from './rubrics.js';
import { saveNextVersion } from './versioned-edit.js';

/**
 * Construct scores: an interview scored on each dimension of a rubric by its scorer, citing the
 * passages that justify the score; re-scoring is the score's next version. Read back as a
 * participant's trajectory across cycles, the distribution of a role group, district or cycle, and
 * the change since the previous cycle, which an implementation assessment's change in quality may
 * cite (an evidence link to the score). Double scoring is blind, as double coding is: a scorer
 * assigned to an interview sees no one else's scores on it until their own work on it is done.
 */

/** A passage that justifies a score: an excerpt of the interview, or the words to mark as one. */
export interface PassageCite {
  excerptId?: string;
  quote?: string;
  start?: number;
  end?: number;
  turn?: number;
  /** Whether the passage supports the score (the default) or speaks against it. */
  stance?: string;
  note?: string;
}

export interface ScoreInput {
  partnershipId: string;
  /** Interview ID or the team's interview code. */
  interview: string;
  /** The rubric's ID or name; may be left out when the partnership has one rubric. */
  rubric?: string;
  /** The dimension's ID or name. */
  dimension: string;
  level: number;
  note?: string;
  /** The passages that justify the score. A re-score given none keeps the ones cited before. */
  cite?: readonly PassageCite[];
  /** Re-scoring: the version of the score it was made on, and why. */
  expectedVersion?: number | undefined;
  reason?: string;
}

export interface ScorePassageView {
  id: string;
  excerptId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  stance: Stance;
  note: string;
  /** The passage was withdrawn since it was cited. */
  retired: boolean;
}

export interface ScoreView {
  id: string;
  interviewId: string;
  interviewCode: string;
  participantId: string;
  participantCode: string;
  cycleId: string;
  cycleLabel: string;
  role: RoleGroup;
  districtId: string;
  districtName: string;
  rubricId: string;
  dimensionId: string;
  dimensionName: string;
  level: number;
  levelLabel: string;
  scorer: string;
  scorerName: string;
  note: string;
  version: number;
  updatedAt: string;
  passages: ScorePassageView[];
}

/** The account the context acts as: scores are given by an account (the coder of the blind rule). */
async function scorerOf(ctx: ServiceContext): Promise<{ id: string; display_name: string }> {
  const account = await ctx.store.accounts.byEmail(ctx.actor);
  if (!account) throw invalid(`scores are given by an account of the team; ${ctx.actor} is none (act as one: --as EMAIL)`, { field: 'scorer' });
  return account;
}

/** The viewer's account ID as the blind rule knows it (someone with no account is assigned nothing). */
const viewerOf = async (ctx: ServiceContext): Promise<string> => (await ctx.store.accounts.byEmail(ctx.actor))?.id ?? ctx.actor;

function dimensionOf(rubric: Rubric, idOrName: string): RubricDimension {
  const wanted = idOrName.trim();
  const found =
    rubric.dimensions.find((d) => d.id === wanted) ?? rubric.dimensions.find((d) => d.name.toLocaleLowerCase('en') === wanted.toLocaleLowerCase('en'));
  if (!found)
    throw invalid(`"${rubric.name}" has no dimension "${wanted}" (its dimensions: ${rubric.dimensions.map((d) => d.name).join(', ')})`, {
      field: 'dimension',
    });
  return found;
}

/** The rubric a dimension named by ID belongs to, or the one named. */
async function rubricFor(ctx: ServiceContext, partnershipId: string, rubric: string | undefined, dimension: string): Promise<Rubric> {
  if (!rubric && kindOfId(dimension.trim()) === 'rubricDimension') {
    const d = await ctx.store.rubrics.dimensionById(dimension.trim());
    if (d) return rubricOf(ctx, partnershipId, d.rubric_id);
  }
  return rubricOf(ctx, partnershipId, rubric);
}

function stanceOf(value: string | undefined, field: string): Stance {
  const v = value?.trim() || 'supports';
  if (!STANCES.some((s) => s === v)) throw invalid(`a passage ${STANCES.join(' or ')} the score, not "${v}"`, { field });
  return v as Stance;
}

/** The excerpt each cited passage is: one of the interview's, or marked now from a quote, offsets or a turn. */
async function citedExcerpts(tx: ServiceContext, partnershipId: string, interviewId: string, cites: readonly PassageCite[]) {
  const out: { excerptId: string; stance: Stance; note: string }[] = [];
  for (const [i, c] of cites.entries()) {
    const field = `cite[${i}]`;
    const stance = stanceOf(c.stance, `${field}.stance`);
    let excerptId: string;
    if (c.excerptId) {
      const e = await tx.store.excerpts.byId(c.excerptId.trim());
      if (!e || e.interview_id !== interviewId) throw invalid(`passage ${c.excerptId} is not a passage of this interview`, { field: `${field}.excerptId` });
      if (e.retired_at) throw invalid(`passage ${c.excerptId} was withdrawn`, { field: `${field}.excerptId` });
      excerptId = e.id;
    } else {
      const { excerptId: _, stance: __, note: ___, ...choice } = c;
      excerptId = (await createExcerpt(tx, { partnershipId, interview: interviewId, ...choice })).id;
    }
    if (!out.some((o) => o.excerptId === excerptId)) out.push({ excerptId, stance, note: c.note?.trim() ?? '' });
  }
  return out;
}

async function blindFilter(ctx: ServiceContext, partnershipId: string, interviewId?: string): Promise<(interviewId: string, scorer: string) => boolean> {
  const viewer = await viewerOf(ctx);
  const byInterview = new Map<string, { coder: string; done: boolean }[]>();
  for (const a of await ctx.store.scores.assignments(partnershipId, interviewId))
    byInterview.set(a.interview_id, [...(byInterview.get(a.interview_id) ?? []), { coder: a.coder, done: a.done_at !== null }]);
  return (interview, scorer) => visibleCoder(viewer, byInterview.get(interview) ?? [])(scorer);
}

async function views(ctx: ServiceContext, rubric: Rubric, rows: readonly ScoreInContext[]): Promise<ScoreView[]> {
  const passages = await ctx.store.scores.passages(rows.map((r) => r.id));
  const names = new Map<string, string>();
  for (const scorer of new Set(rows.map((r) => r.scorer))) names.set(scorer, (await ctx.store.accounts.byId(scorer))?.display_name ?? scorer);
  return rows.map((r) => view(rubric, r, passages, names.get(r.scorer) ?? r.scorer));
}

function view(rubric: Rubric, r: ScoreInContext, passages: readonly ScorePassageWithQuote[], scorerName: string): ScoreView {
  const dimension = rubric.dimensions.find((d) => d.id === r.rubric_dimension_id);
  return {
    id: r.id,
    interviewId: r.interview_id,
    interviewCode: r.interview_code,
    participantId: r.participant_id,
    participantCode: r.participant_code,
    cycleId: r.cycle_id,
    cycleLabel: r.cycle_label,
    role: r.role,
    districtId: r.district_id,
    districtName: r.district_name,
    rubricId: r.rubric_id,
    dimensionId: r.rubric_dimension_id,
    dimensionName: r.dimension_name,
    level: r.level,
    levelLabel: dimension?.levels.find((l) => l.value === r.level)?.label ?? `Level ${r.level}`,
    scorer: r.scorer,
    scorerName,
    note: r.note,
    version: r.version,
    updatedAt: r.updated_at,
    passages: passages
      .filter((p) => p.score_id === r.id)
      .map((p) => ({
        id: p.id,
        excerptId: p.excerpt_id,
        quote: p.quote,
        startOffset: p.start_offset,
        endOffset: p.end_offset,
        stance: p.stance,
        note: p.note,
        retired: p.excerpt_retired_at !== null,
      })),
  };
}

async function scoreView(ctx: ServiceContext, rubric: Rubric, id: string): Promise<ScoreView> {
  const [row] = await ctx.store.scores.inContext(rubric.id, { scoreIds: [id] });
  if (!row) throw notFound('score', id);
  return (await views(ctx, rubric, [row]))[0]!;
}

/**
 * Scores an interview on a dimension of a rubric, citing the passages that justify the score. The
 * scorer's second score of the same interview and dimension is a re-score: the next version of
 * their score, made on the version named and audited with its reason.
 */
export function scoreInterview(ctx: ServiceContext, input: ScoreInput): Promise<ScoreView> {
  return inTransaction(ctx, async (tx) => {
    const interview = await interviewOf(tx, input.partnershipId, input.interview);
    const rubric = await rubricFor(tx, input.partnershipId, input.rubric, input.dimension);
    const dimension = dimensionOf(rubric, input.dimension);
    const level = checkLevel(dimension, input.level);
    const note = input.note?.trim() ?? '';
    if (note.length > 4000) throw invalid('the note is longer than 4,000 characters', { field: 'note' });
    const scorer = await scorerOf(tx);
    const cited = await citedExcerpts(tx, input.partnershipId, interview.id, input.cite ?? []);
    const existing = await tx.store.scores.liveOf(interview.id, dimension.id, scorer.id);
    let id: string;
    if (!existing) {
      if (cited.length === 0) throw invalid('cite the passages of the interview that justify the score', { field: 'cite' });
      const at = now(tx);
      id = tx.ids.next('score');
      const row = {
        id,
        partnership_id: input.partnershipId,
        interview_id: interview.id,
        rubric_id: rubric.id,
        rubric_dimension_id: dimension.id,
        level,
        scorer: scorer.id,
        note,
        ...firstVersion(tx, at),
        ...NOT_RETIRED,
      };
      await tx.store.scores.insert(row);
      await audit(tx, { action: 'score.create', entityKind: 'score', entityId: id, version: 1, at, data: { ...row, passages: cited } });
      await addPassages(tx, id, cited, at);
    } else {
      id = existing.id;
      const before = await tx.store.scores.passages([id]);
      const replace = input.cite !== undefined && input.cite.length > 0;
      const at = await saveNextVersion(tx, {
        what: 'score',
        current: existing,
        shown: existing,
        expectedVersion: input.expectedVersion,
        write: (fromVersion, at) => tx.store.scores.updateIfVersion(id, { level, note }, fromVersion, tx.actor, at),
        audit: {
          action: 'score.rescore',
          entityKind: 'score',
          reason: input.reason?.trim() ?? '',
          data: {
            level: { from: existing.level, to: level },
            note: { from: existing.note, to: note },
            ...(replace && { passages: { from: before.map((p) => p.excerpt_id), to: cited.map((c) => c.excerptId) } }),
          },
        },
      });
      if (replace) {
        for (const p of before)
          if (!cited.some((c) => c.excerptId === p.excerpt_id))
            await tx.store.scores.retirePassage(p.id, { at, by: tx.actor, reason: input.reason?.trim() || 're-scored without this passage' });
        await addPassages(
          tx,
          id,
          cited.filter((c) => !before.some((p) => p.excerpt_id === c.excerptId)),
          at,
        );
      }
    }
    return scoreView(tx, rubric, id);
  });
}

async function addPassages(tx: ServiceContext, scoreId: string, cited: readonly { excerptId: string; stance: Stance; note: string }[], at: string) {
  for (const c of cited)
    await tx.store.scores.insertPassage({
      id: tx.ids.next('scorePassage'),
      score_id: scoreId,
      excerpt_id: c.excerptId,
      stance: c.stance,
      note: c.note,
      created_by: tx.actor,
      created_at: at,
      ...NOT_RETIRED,
    });
}

/** Withdraws a score (it stays, retired, for the audit trail and what cited it); the scorer may score the dimension again. */
export function withdrawScore(ctx: ServiceContext, id: string, reason: string): Promise<ScoreRow> {
  return inTransaction(ctx, async (tx) => {
    const score = await tx.store.scores.byId(id);
    if (!score) throw notFound('score', id);
    if (score.retired_at) throw invalid(`score ${id} was already withdrawn on ${score.retired_at.slice(0, 10)}`);
    const why = reason.trim();
    if (!why) throw invalid('say why the score is withdrawn', { field: 'reason' });
    const at = now(tx);
    await tx.store.scores.retire(id, { at, by: tx.actor, reason: why });
    await audit(tx, { action: 'score.withdraw', entityKind: 'score', entityId: id, at, reason: why, data: { level: score.level } });
    return (await tx.store.scores.byId(id))!;
  });
}

export interface InterviewScores {
  rubric: Rubric;
  scores: ScoreView[];
  /** Others' scores on the interview the viewer may not see yet (blind double scoring). */
  hidden: number;
}

/** An interview's scores on each of the partnership's rubrics, as the viewer may see them. */
export async function interviewScores(
  ctx: ServiceContext,
  partnershipId: string,
  interview: string,
): Promise<{ interviewId: string; rubrics: InterviewScores[] }> {
  const found = await interviewOf(ctx, partnershipId, interview);
  const visible = await blindFilter(ctx, partnershipId, found.id);
  const out: InterviewScores[] = [];
  for (const r of await ctx.store.rubrics.list(partnershipId)) {
    const rubric = await rubricOf(ctx, partnershipId, r.id);
    const rows = await ctx.store.scores.inContext(rubric.id, { interviewId: found.id });
    const shown = rows.filter((s) => visible(s.interview_id, s.scorer));
    out.push({ rubric, scores: await views(ctx, rubric, shown), hidden: rows.length - shown.length });
  }
  return { interviewId: found.id, rubrics: out };
}

/** A score named by its ID, if the viewer may see it. */
export async function getScore(ctx: ServiceContext, id: string): Promise<ScoreView> {
  const row = await ctx.store.scores.byId(id);
  if (!row || row.retired_at) throw notFound('score', id);
  const visible = await blindFilter(ctx, row.partnership_id, row.interview_id);
  if (!visible(row.interview_id, row.scorer)) throw notFound('score', id);
  return scoreView(ctx, await rubricOf(ctx, row.partnership_id, row.rubric_id), id);
}

/** The scores on a rubric the viewer may see, with the partnership's cycles, oldest first. */
async function visibleScores(ctx: ServiceContext, partnershipId: string, rubric: Rubric, filter: { participantId?: string } = {}) {
  const visible = await blindFilter(ctx, partnershipId);
  const rows = (await ctx.store.scores.inContext(rubric.id, filter)).filter((s) => visible(s.interview_id, s.scorer));
  const cycles = await ctx.store.cycles.list(partnershipId);
  return { rows, cycles };
}

const pointOf = (s: ScoreInContext, group?: string): ScorePoint => ({
  interviewId: s.interview_id,
  participantId: s.participant_id,
  cycleId: s.cycle_id,
  dimensionId: s.rubric_dimension_id,
  scorer: s.scorer,
  level: s.level,
  ...(group !== undefined && { group }),
});

export interface Trajectory {
  rubric: Rubric;
  participant: { id: string; code: string; role: RoleGroup };
  cycles: { id: string; label: string }[];
  dimensions: {
    id: string;
    name: string;
    points: { cycleId: string; cycleLabel: string; level: number | null; label: string | null; change: number | null; scores: ScoreView[] }[];
  }[];
}

/** A participant's level on each dimension in every cycle, and its change since the previous one, with the scores it rests on. */
export async function participantTrajectory(ctx: ServiceContext, partnershipId: string, participant: string, rubricName?: string): Promise<Trajectory> {
  const p = await participantOf(ctx, partnershipId, participant);
  const rubric = await rubricOf(ctx, partnershipId, rubricName);
  const { rows, cycles } = await visibleScores(ctx, partnershipId, rubric, { participantId: p.id });
  const levels = cycleLevels(rows.map((s) => pointOf(s)));
  const shown = await views(ctx, rubric, rows);
  const label = (c: CycleRow) => c.label;
  return {
    rubric,
    participant: { id: p.id, code: p.code, role: p.role },
    cycles: cycles.map((c) => ({ id: c.id, label: label(c) })),
    dimensions: trajectory(
      levels,
      cycles,
      rubric.dimensions.map((d) => d.id),
    ).map((t) => {
      const d = rubric.dimensions.find((x) => x.id === t.dimensionId)!;
      return {
        id: d.id,
        name: d.name,
        points: t.points.map((pt) => ({
          cycleId: pt.cycleId,
          cycleLabel: cycles.find((c) => c.id === pt.cycleId)!.label,
          level: pt.level,
          label: pt.level === null ? null : (d.levels.find((l) => l.value === pt.level)?.label ?? `Level ${pt.level}`),
          change: pt.change,
          scores: shown.filter((s) => s.dimensionId === d.id && s.cycleId === pt.cycleId),
        })),
      };
    }),
  };
}

export const SCORE_GROUPINGS = ['role', 'district', 'cycle'] as const;
export type ScoreGrouping = (typeof SCORE_GROUPINGS)[number];

export interface DistributionRow {
  /** The role group or district (its ID), or null when grouped by cycle alone. */
  group: string | null;
  groupLabel: string;
  cycleId: string;
  cycleLabel: string;
  dimensionId: string;
  dimensionName: string;
  counts: { level: number; label: string; participants: number }[];
  participants: number;
  mean: number | null;
  median: number | null;
  previousCycleLabel: string | null;
  previousMean: number | null;
  /** How the participants scored in both this cycle and the previous one changed (null in the first cycle). */
  change: AggregateChange | null;
}

export interface ParticipantChange {
  participantId: string;
  participantCode: string;
  role: RoleGroup;
  districtName: string;
  dimensionId: string;
  dimensionName: string;
  cycleLabel: string;
  previousCycleLabel: string;
  from: number;
  to: number;
  change: number;
}

export interface ScoreDistributions {
  rubric: Rubric;
  by: ScoreGrouping;
  cycles: { id: string; label: string }[];
  rows: DistributionRow[];
  /** Each participant's change since the previous cycle, per dimension. */
  changes: ParticipantChange[];
}

export interface DistributionFilter {
  rubric?: string;
  by?: string;
  role?: string;
  district?: string;
  cycle?: string;
}

/**
 * The distribution of levels per role group, district or cycle, on each dimension of a rubric in
 * every cycle, with the change since the previous cycle: each participant's, and the group's
 * (participants scored in both cycles: how many improved, held or declined, and the mean change).
 */
export async function scoreDistributions(ctx: ServiceContext, partnershipId: string, filter: DistributionFilter = {}): Promise<ScoreDistributions> {
  const by = (filter.by?.trim() || 'role') as ScoreGrouping;
  if (!SCORE_GROUPINGS.includes(by)) throw invalid(`scores are grouped by ${SCORE_GROUPINGS.join(', ')}, not "${filter.by}"`, { field: 'by' });
  if (filter.role && !isRoleGroup(filter.role)) throw invalid(`"${filter.role}" is not a role group`, { field: 'role' });
  const rubric = await rubricOf(ctx, partnershipId, filter.rubric);
  const { rows: all, cycles } = await visibleScores(ctx, partnershipId, rubric);
  const districts = new Map((await ctx.store.organizations.list(partnershipId, 'district')).map((d) => [d.id, d.name]));
  let districtId: string | undefined;
  if (filter.district) {
    const wanted = filter.district.trim().toLocaleLowerCase('en');
    districtId = [...districts].find(([id, name]) => id === filter.district!.trim() || name.toLocaleLowerCase('en') === wanted)?.[0];
    if (!districtId) throw notFound('district', JSON.stringify(filter.district));
  }
  const rows = all.filter((s) => (!filter.role || s.role === filter.role) && (!districtId || s.district_id === districtId));
  const groupOf = (s: ScoreInContext) => (by === 'role' ? s.role : by === 'district' ? s.district_id : undefined);
  const levels = cycleLevels(rows.map((s) => pointOf(s, groupOf(s))));
  const cycleLabel = new Map(cycles.map((c) => [c.id, c.label]));
  const dimensionName = new Map(rubric.dimensions.map((d) => [d.id, d.name]));
  const groupLabel = (g: string) => (by === 'role' && isRoleGroup(g) ? ROLE_GROUP_PLURALS[g] : (districts.get(g) ?? g));
  const shownCycles = filter.cycle ? cycles.filter((c) => c.id === filter.cycle!.trim() || c.label === filter.cycle!.trim()) : cycles;
  if (filter.cycle && shownCycles.length === 0) throw notFound('cycle', JSON.stringify(filter.cycle));
  const inShown = new Set(shownCycles.map((c) => c.id));
  const distributionRows = distributions(
    levels,
    cycles,
    rubric.dimensions.map((d) => ({ id: d.id, levels: d.levels.map((l) => l.value) })),
  )
    .filter((d) => inShown.has(d.cycleId))
    .map((d): DistributionRow => {
      const dimension = rubric.dimensions.find((x) => x.id === d.dimensionId)!;
      const previous = cycles[cycles.findIndex((c) => c.id === d.cycleId) - 1];
      return {
        group: d.group || null,
        groupLabel: d.group ? groupLabel(d.group) : `Everyone scored in ${cycleLabel.get(d.cycleId)}`,
        cycleId: d.cycleId,
        cycleLabel: cycleLabel.get(d.cycleId)!,
        dimensionId: d.dimensionId,
        dimensionName: dimension.name,
        counts: d.counts.map((c) => ({ ...c, label: dimension.levels.find((l) => l.value === c.level)?.label ?? `Level ${c.level}` })),
        participants: d.participants,
        mean: d.mean,
        median: d.median,
        previousCycleLabel: previous?.label ?? null,
        previousMean: d.previousMean,
        change: d.change,
      };
    });
  const participants = new Map(rows.map((s) => [s.participant_id, s]));
  const changes = changesSincePrevious(cycleLevels(rows.map((s) => pointOf(s))), cycles)
    .filter((c) => inShown.has(c.cycleId))
    .map((c): ParticipantChange => {
      const s = participants.get(c.participantId)!;
      return {
        participantId: c.participantId,
        participantCode: s.participant_code,
        role: s.role,
        districtName: s.district_name,
        dimensionId: c.dimensionId,
        dimensionName: dimensionName.get(c.dimensionId) ?? c.dimensionId,
        cycleLabel: cycleLabel.get(c.cycleId)!,
        previousCycleLabel: cycleLabel.get(c.previousCycleId)!,
        from: c.from,
        to: c.to,
        change: c.change,
      };
    })
    .sort((a, b) => a.participantCode.localeCompare(b.participantCode) || a.cycleLabel.localeCompare(b.cycleLabel));
  return { rubric, by, cycles: cycles.map((c) => ({ id: c.id, label: c.label })), rows: distributionRows, changes };
}
