import { invalid } from './errors.js';
import type { QualityChange } from './implementation.js';

/**
 * Levelled rubrics and construct scores (MIST's vision of high-quality mathematics instruction, in
 * dimensions scored 1–4): what a rubric must hold, how several scorers' scores of one interview
 * make its level, and how levels are read across cycles: a participant's trajectory, the
 * distribution of a role group, district or cycle, and the change since the previous cycle.
 */

export interface LevelInput {
  value?: number;
  label?: string;
  descriptor?: string;
}

export interface DimensionInput {
  /** A dimension already in the rubric, when it is edited (kept with its scores). */
  id?: string;
  name?: string;
  description?: string;
  levels?: readonly LevelInput[];
}

export interface RubricInput {
  name?: string;
  description?: string;
  dimensions?: readonly DimensionInput[];
}

export interface CheckedLevel {
  value: number;
  label: string;
  descriptor: string;
}

export interface CheckedDimension {
  id?: string;
  name: string;
  description: string;
  /** Lowest first. */
  levels: CheckedLevel[];
}

export interface CheckedRubric {
  name: string;
  description: string;
  dimensions: CheckedDimension[];
}

const MAX = { name: 200, description: 4000, label: 200, descriptor: 4000, dimensions: 40, levels: 20 } as const;

function text(value: string | undefined, field: string, what: string, max: number, required: boolean): string {
  const v = value?.trim() ?? '';
  if (required && !v) throw invalid(`${what} is empty`, { field });
  if (v.length > max) throw invalid(`${what} is longer than ${max.toLocaleString('en')} characters`, { field });
  return v;
}

/**
 * Checks a rubric: a name, at least one dimension, dimensions with distinct names, each with at
 * least two levels whose values are distinct whole numbers (ordered: a higher value is a more
 * sophisticated level) and each with a descriptor saying what the level looks like. Levels come
 * back lowest first; a level without a label is called by its value.
 */
export function checkRubric(input: RubricInput): CheckedRubric {
  const name = text(input.name, 'name', "the rubric's name", MAX.name, true);
  const description = text(input.description, 'description', "the rubric's description", MAX.description, false);
  const given = input.dimensions ?? [];
  if (given.length === 0) throw invalid('a rubric has at least one dimension', { field: 'dimensions' });
  if (given.length > MAX.dimensions) throw invalid(`a rubric has at most ${MAX.dimensions} dimensions`, { field: 'dimensions' });
  const names = new Map<string, number>();
  const dimensions = given.map((d, i): CheckedDimension => {
    const at = `dimensions[${i}]`;
    const dimensionName = text(d.name, `${at}.name`, `dimension ${i + 1}'s name`, MAX.name, true);
    const key = dimensionName.toLocaleLowerCase('en');
    const twin = names.get(key);
    if (twin !== undefined) throw invalid(`dimensions ${twin + 1} and ${i + 1} are both called "${dimensionName}"`, { field: `${at}.name` });
    names.set(key, i);
    const levels = (d.levels ?? []).map((l, j): CheckedLevel => {
      const where = `${at}.levels[${j}]`;
      const what = `level ${j + 1} of "${dimensionName}"`;
      if (typeof l.value !== 'number' || !Number.isInteger(l.value) || Math.abs(l.value) > 1000)
        throw invalid(`${what} needs a whole number as its value`, { field: `${where}.value` });
      return {
        value: l.value,
        label: text(l.label, `${where}.label`, `the label of ${what}`, MAX.label, false) || `Level ${l.value}`,
        descriptor: text(l.descriptor, `${where}.descriptor`, `the descriptor of ${what}`, MAX.descriptor, true),
      };
    });
    if (levels.length < 2) throw invalid(`"${dimensionName}" needs at least two levels`, { field: `${at}.levels` });
    if (levels.length > MAX.levels) throw invalid(`"${dimensionName}" has more than ${MAX.levels} levels`, { field: `${at}.levels` });
    const seen = new Set<number>();
    levels.forEach((l, j) => {
      if (seen.has(l.value)) throw invalid(`"${dimensionName}" has two levels of value ${l.value}`, { field: `${at}.levels[${j}].value` });
      seen.add(l.value);
    });
    return {
      ...(d.id !== undefined && { id: d.id }),
      name: dimensionName,
      description: text(d.description, `${at}.description`, `the description of "${dimensionName}"`, MAX.description, false),
      levels: levels.sort((a, b) => a.value - b.value),
    };
  });
  return { name, description, dimensions };
}

/** Refuses a level that is not one of the dimension's. */
export function checkLevel(dimension: { name: string; levels: readonly { value: number }[] }, level: number): number {
  if (!Number.isInteger(level) || !dimension.levels.some((l) => l.value === level))
    throw invalid(`"${dimension.name}" is scored ${dimension.levels.map((l) => l.value).join(', ')}, not ${String(level)}`, { field: 'level' });
  return level;
}

/** The level that stands for several: the median, the lower of the two middle ones for an even count (levels are ordinal). */
export function medianLevel(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** One scorer's score of an interview on a dimension, with what it is read against. */
export interface ScorePoint {
  interviewId: string;
  participantId: string;
  cycleId: string;
  dimensionId: string;
  scorer: string;
  level: number;
  /** The role group or district it is counted in, for distributions (none: by cycle alone). */
  group?: string;
}

/** A participant's level on a dimension in a cycle: the median of the scorers' (and of the cycle's interviews', if several). */
export interface CycleLevel {
  participantId: string;
  cycleId: string;
  dimensionId: string;
  level: number;
  /** How many scores it rests on, and whether they all agree. */
  scores: number;
  agreed: boolean;
  group?: string;
}

const keyOf = (...parts: string[]) => parts.join('\u0000');

/** The level of each participant on each dimension in each cycle. */
export function cycleLevels(points: readonly ScorePoint[]): CycleLevel[] {
  const groups = new Map<string, ScorePoint[]>();
  for (const p of points) {
    const k = keyOf(p.participantId, p.cycleId, p.dimensionId, p.group ?? '');
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  return [...groups.values()].map((ps) => {
    const first = ps[0]!;
    // Each interview's level first (its scorers' median), then the median of the cycle's interviews.
    const byInterview = new Map<string, number[]>();
    for (const p of ps) byInterview.set(p.interviewId, [...(byInterview.get(p.interviewId) ?? []), p.level]);
    const level = medianLevel([...byInterview.values()].map((ls) => medianLevel(ls)!))!;
    return {
      participantId: first.participantId,
      cycleId: first.cycleId,
      dimensionId: first.dimensionId,
      level,
      scores: ps.length,
      agreed: ps.every((p) => p.level === first.level),
      ...(first.group !== undefined && { group: first.group }),
    };
  });
}

/** The cycle before the given one, in the partnership's order (cycles listed oldest first); undefined for the first. */
export function previousCycleOf(cycles: readonly { id: string }[], cycleId: string): string | undefined {
  const i = cycles.findIndex((c) => c.id === cycleId);
  return i > 0 ? cycles[i - 1]!.id : undefined;
}

/** A participant's level on a dimension in one cycle, and its change since the previous cycle (null when either is not scored). */
export interface TrajectoryPoint {
  cycleId: string;
  level: number | null;
  change: number | null;
}

export interface DimensionTrajectory {
  dimensionId: string;
  points: TrajectoryPoint[];
}

/** A participant's trajectory: per dimension, their level in every cycle (oldest first) and the change since the one before. */
export function trajectory(levels: readonly CycleLevel[], cycles: readonly { id: string }[], dimensionIds: readonly string[]): DimensionTrajectory[] {
  return dimensionIds.map((dimensionId) => {
    const byCycle = new Map(levels.filter((l) => l.dimensionId === dimensionId).map((l) => [l.cycleId, l.level]));
    return {
      dimensionId,
      points: cycles.map((c, i) => {
        const level = byCycle.get(c.id) ?? null;
        const before = i > 0 ? (byCycle.get(cycles[i - 1]!.id) ?? null) : null;
        return { cycleId: c.id, level, change: level !== null && before !== null ? level - before : null };
      }),
    };
  });
}

/** One participant's change on a dimension since the previous cycle. */
export interface LevelChange {
  participantId: string;
  dimensionId: string;
  cycleId: string;
  previousCycleId: string;
  from: number;
  to: number;
  change: number;
  group?: string;
}

/** Every participant's change on every dimension between each cycle and the one before it, where both were scored. */
export function changesSincePrevious(levels: readonly CycleLevel[], cycles: readonly { id: string }[]): LevelChange[] {
  const at = new Map(levels.map((l) => [keyOf(l.participantId, l.dimensionId, l.cycleId, l.group ?? ''), l]));
  const out: LevelChange[] = [];
  for (const l of levels) {
    const previousCycleId = previousCycleOf(cycles, l.cycleId);
    // A participant counted in a group (a role group, a district) is compared with themselves in that group.
    const before = previousCycleId && at.get(keyOf(l.participantId, l.dimensionId, previousCycleId, l.group ?? ''));
    if (!previousCycleId || !before) continue;
    out.push({
      participantId: l.participantId,
      dimensionId: l.dimensionId,
      cycleId: l.cycleId,
      previousCycleId,
      from: before.level,
      to: l.level,
      change: l.level - before.level,
      ...(l.group !== undefined && { group: l.group }),
    });
  }
  return out;
}

/** How a group's participants changed on a dimension since the previous cycle. */
export interface AggregateChange {
  /** Participants scored in both cycles. */
  participants: number;
  improved: number;
  unchanged: number;
  declined: number;
  /** The mean change in level of those participants. */
  meanChange: number | null;
  /** What an implementation assessment's "change in quality" would say, read from the scores. */
  quality: QualityChange;
}

export function aggregateChange(changes: readonly Pick<LevelChange, 'change'>[]): AggregateChange {
  const n = changes.length;
  const improved = changes.filter((c) => c.change > 0).length;
  const declined = changes.filter((c) => c.change < 0).length;
  const meanChange = n ? round(changes.reduce((sum, c) => sum + c.change, 0) / n) : null;
  const quality: QualityChange =
    meanChange === null ? 'not known' : meanChange > 0 && improved > declined ? 'improved' : meanChange < 0 && declined > improved ? 'declined' : 'unchanged';
  return { participants: n, improved, unchanged: n - improved - declined, declined, meanChange, quality };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The distribution of a group's levels on a dimension in a cycle, and its change since the previous cycle. */
export interface Distribution {
  group: string;
  cycleId: string;
  dimensionId: string;
  /** Participants at each level value of the dimension, lowest first (levels no one reached count 0). */
  counts: { level: number; participants: number }[];
  participants: number;
  mean: number | null;
  median: number | null;
  /** The same group's mean in the previous cycle, and the change of those scored in both. */
  previousMean: number | null;
  change: AggregateChange | null;
}

/**
 * The distributions of levels per group (role group or district: each level's `group`; none, by cycle
 * alone), cycle and dimension, in the order of the dimensions given, then of the groups' first appearance, then of the cycles.
 */
export function distributions(
  levels: readonly CycleLevel[],
  cycles: readonly { id: string }[],
  dimensions: readonly { id: string; levels: readonly number[] }[],
): Distribution[] {
  const changes = changesSincePrevious(levels, cycles);
  const groups = [...new Set(levels.map((l) => l.group ?? ''))];
  const out: Distribution[] = [];
  for (const d of dimensions) {
    for (const group of groups) {
      for (const c of cycles) {
        const here = levels.filter((l) => l.dimensionId === d.id && l.cycleId === c.id && (l.group ?? '') === group);
        if (here.length === 0) continue;
        const previousCycleId = previousCycleOf(cycles, c.id);
        const before = previousCycleId ? levels.filter((l) => l.dimensionId === d.id && l.cycleId === previousCycleId && (l.group ?? '') === group) : [];
        const mine = changes.filter((x) => x.dimensionId === d.id && x.cycleId === c.id && (x.group ?? '') === group);
        out.push({
          group,
          cycleId: c.id,
          dimensionId: d.id,
          counts: d.levels.map((level) => ({ level, participants: here.filter((l) => l.level === level).length })),
          participants: here.length,
          mean: mean(here.map((l) => l.level)),
          median: medianLevel(here.map((l) => l.level)),
          previousMean: mean(before.map((l) => l.level)),
          change: previousCycleId ? aggregateChange(mine) : null,
        });
      }
    }
  }
  return out;
}

const mean = (xs: readonly number[]) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
