import { correlate, type Correlation } from '../domain/correlation.js';
import { describe, type Descriptives } from '../domain/descriptives.js';
import { invalid, notFound } from '../domain/errors.js';
import { type InstrumentItem, itemScore, type ScaleDefinition, scaleScore } from '../domain/instrument.js';
import { pairedChange, type PairedChange } from '../domain/paired-change.js';
import { ols, type Regression } from '../domain/regression.js';
import { ROLE_GROUP_LABELS, type RoleGroup } from '../domain/roles.js';
import { cronbachAlpha, type ScaleReliability } from '../domain/scale-reliability.js';
import type { InstrumentRow } from '../storage/repositories/instrument.repository.js';
import type { ServiceContext } from './context.js';
import { itemDefinition, scaleDefinition } from './instruments.js';
import { instrumentOf, participantOf, resolveFilters } from './lookup.js';
import { measuredResponses, measuredResponsesOf } from './measured-responses.js';

/*
 * The statistics of measures stored in Warrant: a scale's score or an item's value per participant
 * and cycle, described by group, its scales' reliability, its change since an earlier cycle for the
 * same participants, and a participant's measures across the years. Each participant is counted in
 * the district, school and role group they were in when they responded.
 */

/** What a measure may be grouped by besides the cycle (always a grouping: each cycle is its own occasion). */
export const MEASURE_GROUPINGS = ['district', 'school', 'role'] as const;
export type MeasureGrouping = (typeof MEASURE_GROUPINGS)[number];

export interface MeasureFilter {
  district?: string;
  school?: string;
  role?: string;
}

type Answers = Record<string, number | string | null>;

interface Measure {
  name: string;
  kind: 'scale' | 'item';
  /** A participant's value from their answers; null when missing. */
  value: (answers: Answers) => number | null;
}

interface InstrumentDefinition {
  instrument: InstrumentRow;
  items: InstrumentItem[];
  scales: ScaleDefinition[];
  /** Per item key, the cycle from which it reads differently (reworded, or first asked), unless marked comparable across it. */
  breaks: Map<string, { cycleId: string; why: 'reworded' | 'first asked' }>;
}

async function definitionOf(ctx: ServiceContext, partnershipId: string, idOrName: string): Promise<InstrumentDefinition> {
  const instrument = await instrumentOf(ctx, partnershipId, idOrName);
  const [items, scales] = await Promise.all([ctx.store.instruments.items(instrument.id), ctx.store.instruments.scales(instrument.id)]);
  const breaks = new Map(
    items
      .filter((i) => i.comparable !== 1)
      .map((i) => [
        i.key,
        i.reworded_cycle_id ? { cycleId: i.reworded_cycle_id, why: 'reworded' as const } : { cycleId: i.first_cycle_id, why: 'first asked' as const },
      ]),
  );
  return { instrument, items: items.map(itemDefinition), scales: scales.map(scaleDefinition), breaks };
}

const numeric = (v: number | string | null | undefined): number | null => (typeof v === 'number' ? v : null);

function scaleMeasure(scale: ScaleDefinition, items: ReadonlyMap<string, InstrumentItem>): Measure {
  return {
    name: scale.name,
    kind: 'scale',
    value: (answers) => scaleScore(scale, items, new Map(scale.items.map((k) => [k, numeric(answers[k])]))),
  };
}

/** An item alone is read as answered: reverse coding matters only where items are scored together. */
const itemMeasure = (item: InstrumentItem): Measure => ({ name: item.key, kind: 'item', value: (answers) => numeric(answers[item.key]) });

/** The measures of an instrument: its scales, then its items that have numbers. */
function measuresOf(d: InstrumentDefinition): Measure[] {
  const items = new Map(d.items.map((i) => [i.key, i]));
  return [...d.scales.map((s) => scaleMeasure(s, items)), ...d.items.filter((i) => i.type !== 'text').map(itemMeasure)];
}

/** A scale (by name) or an item (by key) of the instrument, letter case aside. */
function measureOf(d: InstrumentDefinition, name: string): Measure {
  const wanted = name.trim().toLowerCase();
  const scale = d.scales.find((s) => s.name.toLowerCase() === wanted);
  if (scale) return scaleMeasure(scale, new Map(d.items.map((i) => [i.key, i])));
  const item = d.items.find((i) => i.key.toLowerCase() === wanted);
  if (item?.type === 'text') throw invalid(`measure: item ${item.key} of ${d.instrument.name} is text, which has no values to analyse`, { field: 'measure' });
  if (item) return itemMeasure(item);
  const known = measuresOf(d).map((m) => m.name);
  throw notFound('measure', `${JSON.stringify(name)} of ${d.instrument.name} (its scales and items: ${known.join(', ') || 'none yet'})`);
}

export interface MeasurePoint {
  participantId: string;
  code: string;
  pseudonym: string;
  cycleId: string;
  cycle: string;
  role: RoleGroup;
  district: string;
  school: string;
  value: number | null;
}

interface Context {
  cycles: { id: string; label: string }[];
  points: MeasurePoint[];
}

/** Every participant's value of the measure in every cycle they responded in, with their group then. */
async function pointsOf(ctx: ServiceContext, partnershipId: string, d: InstrumentDefinition, measure: Measure, filter: MeasureFilter): Promise<Context> {
  const ids = await resolveFilters(ctx, partnershipId, filter);
  const [responses, participants, organizations, cycles] = await Promise.all([
    measuredResponses(ctx, d.instrument),
    ctx.store.participants.list(partnershipId),
    ctx.store.organizations.list(partnershipId),
    ctx.store.cycles.list(partnershipId),
  ]);
  const people = new Map(participants.map((p) => [p.id, p]));
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const labels = new Map(cycles.map((c) => [c.id, c.label]));
  const points = responses
    .filter(
      (r) =>
        (!ids.districtId || r.district_id === ids.districtId) &&
        (!ids.organizationId || r.organization_id === ids.organizationId) &&
        (!ids.role || r.role === ids.role),
    )
    .map((r) => {
      const p = people.get(r.participant_id)!;
      return {
        participantId: r.participant_id,
        code: p.code,
        pseudonym: p.pseudonym,
        cycleId: r.cycle_id,
        cycle: labels.get(r.cycle_id)!,
        role: r.role,
        district: names.get(r.district_id) ?? r.district_id,
        school: names.get(r.organization_id) ?? r.organization_id,
        value: measure.value(JSON.parse(r.answers) as Answers),
      };
    });
  return { cycles: cycles.map((c) => ({ id: c.id, label: c.label })), points };
}

/** The item of the measure reworded, or first asked, after the earlier cycle and by the later one, and not marked comparable across it. */
function breakBetween(d: InstrumentDefinition, measure: Measure, cycles: readonly { id: string; label: string }[], fromId: string, toId: string) {
  const order = (id: string) => cycles.findIndex((c) => c.id === id);
  const keys = measure.kind === 'scale' ? d.scales.find((s) => s.name === measure.name)!.items : [measure.name];
  for (const key of keys) {
    const at = d.breaks.get(key);
    if (at && order(at.cycleId) > order(fromId) && order(at.cycleId) <= order(toId)) return { key, why: at.why, cycle: cycles[order(at.cycleId)]!.label };
  }
  return undefined;
}

/** A change is measured only where the measure reads the same in both cycles, unless the team marked the item that differs comparable. */
function refuseAcrossBreaks(
  d: InstrumentDefinition,
  measure: Measure,
  cycles: readonly { id: string; label: string }[],
  from: { id: string },
  to: { id: string },
) {
  const at = breakBetween(d, measure, cycles, from.id, to.id);
  if (at)
    throw invalid(
      `${measure.name}: item ${at.key} was ${at.why} in ${at.cycle}, so its values before and after do not compare; mark the item comparable across ${at.cycle} if they do`,
      { field: 'measure' },
    );
}

const byLabel = new Intl.Collator('en', { numeric: true }).compare;

const groupLabel = (p: MeasurePoint, by: MeasureGrouping): string => (by === 'role' ? ROLE_GROUP_LABELS[p.role] : by === 'district' ? p.district : p.school);

function checkedGroupings(by: readonly string[]): MeasureGrouping[] {
  for (const g of by)
    if (!(MEASURE_GROUPINGS as readonly string[]).includes(g))
      throw invalid(`by: "${g}" is not a grouping (${MEASURE_GROUPINGS.join(', ')}; every table is by cycle)`, { field: 'by' });
  return [...new Set(by)] as MeasureGrouping[];
}

export interface MeasureRef {
  instrument: { id: string; name: string };
  measure: { name: string; kind: 'scale' | 'item' };
}

export interface MeasureGroupRow extends Descriptives {
  cycle: string;
  /** The group's label under each grouping asked for (e.g. { school: "Maple Middle School", role: "Teacher" }). */
  group: Partial<Record<MeasureGrouping, string>>;
}

export interface MeasureDescriptives extends MeasureRef {
  by: MeasureGrouping[];
  /** Per cycle, over every participant who responded (in the filter). */
  cycles: (Descriptives & { cycle: string })[];
  /** Per cycle and group, when grouped. */
  groups: MeasureGroupRow[];
}

/** n, mean, SD, median, IQR and range of a measure per cycle, and per group of district, school or role group within each. */
export async function describeMeasure(
  ctx: ServiceContext,
  partnershipId: string,
  input: { instrument: string; measure: string; by?: readonly string[]; cycle?: string } & MeasureFilter,
): Promise<MeasureDescriptives> {
  const by = checkedGroupings(input.by ?? []);
  const d = await definitionOf(ctx, partnershipId, input.instrument);
  const measure = measureOf(d, input.measure);
  const { cycles, points } = await pointsOf(ctx, partnershipId, d, measure, input);
  const only = input.cycle ? (await resolveFilters(ctx, partnershipId, { cycle: input.cycle })).cycleId : undefined;
  const shown = cycles.filter((c) => (!only || c.id === only) && points.some((p) => p.cycleId === c.id));
  const groups: MeasureGroupRow[] = [];
  for (const c of shown) {
    const here = points.filter((p) => p.cycleId === c.id);
    if (!by.length) continue;
    const keyed = new Map<string, { group: Partial<Record<MeasureGrouping, string>>; values: (number | null)[] }>();
    for (const p of here) {
      const group = Object.fromEntries(by.map((g) => [g, groupLabel(p, g)])) as Partial<Record<MeasureGrouping, string>>;
      const key = JSON.stringify(by.map((g) => group[g]));
      const entry = keyed.get(key) ?? keyed.set(key, { group, values: [] }).get(key)!;
      entry.values.push(p.value);
    }
    const rows = [...keyed.values()].sort((a, b) => {
      for (const g of by) {
        const order = byLabel(a.group[g]!, b.group[g]!);
        if (order) return order;
      }
      return 0;
    });
    for (const r of rows) groups.push({ cycle: c.label, group: r.group, ...describe(r.values) });
  }
  return {
    instrument: { id: d.instrument.id, name: d.instrument.name },
    measure: { name: measure.name, kind: measure.kind },
    by,
    cycles: shown.map((c) => ({ cycle: c.label, ...describe(points.filter((p) => p.cycleId === c.id).map((p) => p.value)) })),
    groups,
  };
}

export interface CycleScaleReliability extends ScaleReliability {
  scale: string;
  cycle: string;
}

/** Cronbach's α of each scale of the instrument in each cycle (reverse-coded items scored as such), on those who answered every item. */
export async function scaleReliabilities(
  ctx: ServiceContext,
  partnershipId: string,
  input: { instrument: string; cycle?: string } & MeasureFilter,
): Promise<{ instrument: { id: string; name: string }; scales: CycleScaleReliability[] }> {
  const d = await definitionOf(ctx, partnershipId, input.instrument);
  if (!d.scales.length) throw invalid(`${d.instrument.name} has no scales yet: define one from its items first`, { field: 'instrument' });
  const items = new Map(d.items.map((i) => [i.key, i]));
  const cycles = await ctx.store.cycles.list(partnershipId);
  const ids = await resolveFilters(ctx, partnershipId, input);
  const responses = (await measuredResponses(ctx, d.instrument)).filter(
    (r) =>
      (!ids.cycleId || r.cycle_id === ids.cycleId) &&
      (!ids.districtId || r.district_id === ids.districtId) &&
      (!ids.organizationId || r.organization_id === ids.organizationId) &&
      (!ids.role || r.role === ids.role),
  );
  const out: CycleScaleReliability[] = [];
  for (const scale of d.scales) {
    for (const c of cycles) {
      const here = responses.filter((r) => r.cycle_id === c.id).map((r) => JSON.parse(r.answers) as Answers);
      if (!here.length) continue;
      const columns = scale.items.map((key) => ({
        name: key,
        values: here.map((a) => {
          const v = numeric(a[key]);
          return v === null ? null : itemScore(items.get(key)!, v);
        }),
      }));
      out.push({ scale: scale.name, cycle: c.label, ...cronbachAlpha(columns) });
    }
  }
  return { instrument: { id: d.instrument.id, name: d.instrument.name }, scales: out };
}

export interface ParticipantChange {
  code: string;
  pseudonym: string;
  group: string | null;
  before: number;
  after: number;
  change: number;
}

export interface MeasureChange extends MeasureRef {
  from: string;
  to: string;
  by: MeasureGrouping | null;
  all: PairedChange;
  groups: (PairedChange & { group: string })[];
  /** Each participant with the measure in both cycles, grouped as they were in the later one. */
  participants: ParticipantChange[];
}

/**
 * The change of a measure between two cycles (the last two with responses unless named) for the
 * participants measured in both: paired, over all and per group of the later cycle.
 */
export async function measureChange(
  ctx: ServiceContext,
  partnershipId: string,
  input: { instrument: string; measure: string; from?: string; to?: string; by?: string } & MeasureFilter,
): Promise<MeasureChange> {
  const by = input.by === undefined ? null : checkedGroupings([input.by])[0]!;
  const d = await definitionOf(ctx, partnershipId, input.instrument);
  const measure = measureOf(d, input.measure);
  const { cycles, points } = await pointsOf(ctx, partnershipId, d, measure, input);
  const answered = cycles.filter((c) => points.some((p) => p.cycleId === c.id));
  const named = async (label: string | undefined, field: 'from' | 'to') => {
    if (label === undefined) return undefined;
    const id = (await resolveFilters(ctx, partnershipId, { cycle: label })).cycleId!;
    return cycles.find((c) => c.id === id) ?? invalidCycle(field, label);
  };
  const to = (await named(input.to, 'to')) ?? answered.at(-1);
  const from = (await named(input.from, 'from')) ?? answered.filter((c) => !to || cycles.indexOf(c) < cycles.indexOf(to)).at(-1);
  if (!from || !to)
    throw invalid(`${d.instrument.name} has responses in ${answered.length === 1 ? 'one cycle only' : 'no cycle'}: a change needs two`, { field: 'from' });
  if (cycles.indexOf(from) >= cycles.indexOf(to)) throw invalid(`from: ${from.label} is not before ${to.label}`, { field: 'from' });
  refuseAcrossBreaks(d, measure, cycles, from, to);
  const before = new Map(points.filter((p) => p.cycleId === from.id && p.value !== null).map((p) => [p.participantId, p.value!]));
  const participants: ParticipantChange[] = points
    .filter((p) => p.cycleId === to.id && p.value !== null && before.has(p.participantId))
    .map((p) => ({
      code: p.code,
      pseudonym: p.pseudonym,
      group: by ? groupLabel(p, by) : null,
      before: before.get(p.participantId)!,
      after: p.value!,
      change: p.value! - before.get(p.participantId)!,
    }))
    .sort((a, b) => byLabel(a.group ?? '', b.group ?? '') || byLabel(a.code, b.code));
  const groups = by
    ? [...new Set(participants.map((p) => p.group!))].sort(byLabel).map((group) => ({ group, ...pairedChange(participants.filter((p) => p.group === group)) }))
    : [];
  return {
    instrument: { id: d.instrument.id, name: d.instrument.name },
    measure: { name: measure.name, kind: measure.kind },
    from: from.label,
    to: to.label,
    by,
    all: pairedChange(participants),
    groups,
    participants,
  };
}

function invalidCycle(field: string, label: string): never {
  throw invalid(`${field}: cycle ${label} is not one of the partnership's`, { field });
}

export interface ParticipantMeasures {
  participant: { id: string; code: string; pseudonym: string };
  instruments: {
    id: string;
    name: string;
    kind: InstrumentRow['kind'];
    /** The cycles the participant responded in, oldest first. */
    cycles: string[];
    measures: { name: string; kind: 'scale' | 'item'; values: { cycle: string; value: number | null; change: number | null }[] }[];
  }[];
}

/** A participant's measures across the years: per instrument, each scale and item in every cycle they responded in, with the change since the one before. */
export async function participantMeasures(ctx: ServiceContext, partnershipId: string, participantIdOrCode: string): Promise<ParticipantMeasures> {
  const participant = await participantOf(ctx, partnershipId, participantIdOrCode);
  const [responses, cycles] = await Promise.all([measuredResponsesOf(ctx, participant.id), ctx.store.cycles.list(partnershipId)]);
  const order = new Map(cycles.map((c, i) => [c.id, i]));
  const labels = new Map(cycles.map((c) => [c.id, c.label]));
  const instrumentIds = [...new Set(responses.map((r) => r.instrument_id))];
  const instruments = [];
  for (const id of instrumentIds) {
    const d = await definitionOf(ctx, partnershipId, id);
    const mine = responses.filter((r) => r.instrument_id === id).sort((a, b) => order.get(a.cycle_id)! - order.get(b.cycle_id)!);
    const answers = mine.map((r) => JSON.parse(r.answers) as Answers);
    instruments.push({
      id,
      name: d.instrument.name,
      kind: d.instrument.kind,
      cycles: mine.map((r) => labels.get(r.cycle_id)!),
      measures: measuresOf(d).map((m) => {
        const values = answers.map((a) => m.value(a));
        return {
          name: m.name,
          kind: m.kind,
          values: values.map((value, i) => {
            // No change across a cycle where the measure stopped reading the same.
            const previous = i > 0 && !breakBetween(d, m, cycles, mine[i - 1]!.cycle_id, mine[i]!.cycle_id) ? values[i - 1]! : null;
            return { cycle: labels.get(mine[i]!.cycle_id)!, value, change: value !== null && previous !== null ? value - previous : null };
          }),
        };
      }),
    });
  }
  instruments.sort((a, b) => byLabel(a.name, b.name));
  return { participant: { id: participant.id, code: participant.code, pseudonym: participant.pseudonym }, instruments };
}

/** A measure in one cycle: a variable of a correlation or a regression. */
export interface MeasureInCycle {
  instrument: string;
  measure: string;
  cycle: string;
}

interface Variable {
  name: string;
  /** Per participant, their value and the district and school they were in when they responded. */
  values: Map<string, { value: number | null; district: string; school: string }>;
}

async function variableOf(ctx: ServiceContext, partnershipId: string, spec: MeasureInCycle): Promise<Variable> {
  const d = await definitionOf(ctx, partnershipId, spec.instrument);
  const measure = measureOf(d, spec.measure);
  const cycle = (await resolveFilters(ctx, partnershipId, { cycle: spec.cycle })).cycleId!;
  const { points, cycles } = await pointsOf(ctx, partnershipId, d, measure, {});
  const here = points.filter((p) => p.cycleId === cycle);
  if (!here.length) throw invalid(`${d.instrument.name} has no responses in ${cycles.find((c) => c.id === cycle)!.label}`, { field: 'cycle' });
  return {
    name: `${measure.name} ${here[0]!.cycle}`,
    values: new Map(here.map((p) => [p.participantId, { value: p.value, district: p.district, school: p.school }])),
  };
}

/** Pearson's r and Spearman's ρ of two measures (of one instrument or two, in one cycle or two) over the participants who have both. */
export async function correlateMeasures(
  ctx: ServiceContext,
  partnershipId: string,
  input: { x: MeasureInCycle; y: MeasureInCycle },
): Promise<Correlation & { x: string; y: string }> {
  const [x, y] = await Promise.all([variableOf(ctx, partnershipId, input.x), variableOf(ctx, partnershipId, input.y)]);
  const people = [...x.values.keys()].filter((p) => y.values.has(p));
  return {
    x: x.name,
    y: y.name,
    ...correlate(
      people.map((p) => x.values.get(p)!.value),
      people.map((p) => y.values.get(p)!.value),
    ),
  };
}

export const CLUSTERINGS = ['school', 'district'] as const;
export type Clustering = (typeof CLUSTERINGS)[number];

/**
 * OLS of a measure on others, matched by participant (those with the outcome; a missing predictor
 * leaves them out), with ordinary or cluster-robust (CR1) errors clustering participants in the
 * school or district they were in when they gave the outcome's response.
 */
export async function regressMeasures(
  ctx: ServiceContext,
  partnershipId: string,
  input: { outcome: MeasureInCycle; predictors: readonly MeasureInCycle[]; cluster?: Clustering },
): Promise<Regression> {
  if (!input.predictors.length) throw invalid('predictors: name at least one predictor', { field: 'predictors' });
  if (input.cluster !== undefined && !CLUSTERINGS.includes(input.cluster))
    throw invalid(`cluster: "${input.cluster}" is not a clustering (${CLUSTERINGS.join(' or ')})`, { field: 'cluster' });
  const outcome = await variableOf(ctx, partnershipId, input.outcome);
  const predictors = await Promise.all(input.predictors.map((p) => variableOf(ctx, partnershipId, p)));
  const names = new Set<string>([outcome.name]);
  for (const p of predictors) {
    if (names.has(p.name)) throw invalid(`predictors: ${p.name} is named twice (or is the outcome)`, { field: 'predictors' });
    names.add(p.name);
  }
  const people = [...outcome.values.keys()].sort();
  return ols({
    outcome: { name: outcome.name, values: people.map((p) => outcome.values.get(p)!.value) },
    predictors: predictors.map((v) => ({ name: v.name, values: people.map((p) => v.values.get(p)?.value ?? null) })),
    ...(input.cluster && { clusters: { name: input.cluster, values: people.map((p) => outcome.values.get(p)![input.cluster!]) } }),
  });
}
