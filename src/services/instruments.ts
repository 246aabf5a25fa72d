import { invalid, notFound } from '../domain/errors.js';
import {
  type InstrumentItem,
  type InstrumentKind,
  instrumentProblems,
  itemResponse,
  ITEM_TYPES,
  type ItemType,
  SCALE_METHODS,
  type ScaleDefinition,
  type ScaleMethod,
  type ValueLabel,
} from '../domain/instrument.js';
import type { InstrumentItemRow, InstrumentRow, InstrumentScaleRow } from '../storage/repositories/instrument.repository.js';
import { audit, firstVersion, inTransaction, now, type ServiceContext } from './context.js';
import type { ImportFormat, InstrumentImport, InstrumentImportReport } from './instrument-import.js';
import { cycleOf, instrumentOf } from './lookup.js';
import { saveNextVersion } from './versioned-edit.js';

export interface InstrumentSummary {
  id: string;
  name: string;
  kind: InstrumentKind;
  description: string;
  items: number;
  /** Responses stored in each cycle, in the partnership's order of cycles. */
  responses: { cycle: string; count: number }[];
  version: number;
}

/** The partnership's instruments, each with its items and its responses per cycle. */
export async function listInstruments(ctx: ServiceContext, partnershipId: string): Promise<InstrumentSummary[]> {
  const [instruments, tallies, lessons, achievement, cycles] = await Promise.all([
    ctx.store.instruments.list(partnershipId),
    ctx.store.instruments.tallies(partnershipId),
    ctx.store.lessonScores.tallies(partnershipId),
    ctx.store.achievement.tallies(partnershipId),
    ctx.store.cycles.list(partnershipId),
  ]);
  // A rubric's responses are its raters' scores of lessons; achievement's, its results per school, grade and group.
  const counted = [...tallies.responses, ...lessons, ...achievement];
  return instruments.map((i) => ({
    id: i.id,
    name: i.name,
    kind: i.kind,
    description: i.description,
    items: tallies.items.get(i.id) ?? 0,
    responses: cycles
      .map((c) => ({ cycle: c.label, count: counted.find((r) => r.instrumentId === i.id && r.cycleId === c.id)?.n ?? 0 }))
      .filter((r) => r.count > 0),
    version: i.version,
  }));
}

/** An item's definition as the domain reads it. */
export const itemDefinition = (row: InstrumentItemRow): InstrumentItem => ({
  key: row.key,
  text: row.text,
  type: row.type,
  labels: JSON.parse(row.labels) as ValueLabel[],
  min: row.min,
  max: row.max,
  reverse: row.reverse === 1,
});

/** A scale's definition as the domain reads it. */
export const scaleDefinition = (row: InstrumentScaleRow): ScaleDefinition => ({
  name: row.name,
  items: JSON.parse(row.items) as string[],
  method: row.method,
  minimumAnswered: row.minimum_answered,
});

export interface ItemView extends InstrumentItem {
  id: string;
  /** The cycle the item was first asked in. */
  firstCycle: string;
  /** The cycle from which it is worded as now, if it was reworded. */
  rewordedIn: string | null;
  /** Marked comparable across its rewording (or its first asking): changes across it are measured. */
  comparable: boolean;
}

export interface ScaleView extends ScaleDefinition {
  id: string;
  version: number;
}

export interface InstrumentDetail extends InstrumentSummary {
  itemList: ItemView[];
  scales: ScaleView[];
}

const scaleView = (row: InstrumentScaleRow): ScaleView => ({ id: row.id, ...scaleDefinition(row), version: row.version });

/** An instrument with its items (in order, each with the cycle it was first asked in) and its scales. */
export async function getInstrument(ctx: ServiceContext, partnershipId: string, idOrName: string): Promise<InstrumentDetail> {
  const instrument = await instrumentOf(ctx, partnershipId, idOrName);
  const [summaries, items, scales, cycles] = await Promise.all([
    listInstruments(ctx, partnershipId),
    ctx.store.instruments.items(instrument.id),
    ctx.store.instruments.scales(instrument.id),
    ctx.store.cycles.list(partnershipId),
  ]);
  const labels = new Map(cycles.map((c) => [c.id, c.label]));
  return {
    ...summaries.find((s) => s.id === instrument.id)!,
    itemList: items.map((row) => ({
      id: row.id,
      ...itemDefinition(row),
      firstCycle: labels.get(row.first_cycle_id) ?? row.first_cycle_id,
      rewordedIn: row.reworded_cycle_id ? (labels.get(row.reworded_cycle_id) ?? row.reworded_cycle_id) : null,
      comparable: row.comparable === 1,
    })),
    scales: scales.map(scaleView),
  };
}

export interface ScaleInput {
  name: string;
  items: readonly string[];
  method?: ScaleMethod;
  /** Items a respondent must have answered for a score (all of them unless said). */
  minimumAnswered?: number;
}

/** The scale as it will be stored, its items named as the instrument names them; refused with every problem named. */
async function checkedScale(ctx: ServiceContext, instrument: InstrumentRow, input: ScaleInput, except?: string): Promise<ScaleDefinition> {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw invalid('name: name the scale', { field: 'name' });
  if (input.method !== undefined && !SCALE_METHODS.includes(input.method))
    throw invalid(`method: "${input.method}" is not a way to score a scale (${SCALE_METHODS.join(' or ')})`, { field: 'method' });
  const items = (await ctx.store.instruments.items(instrument.id)).map(itemDefinition);
  const byKey = new Map(items.map((i) => [i.key.toLowerCase(), i.key]));
  const keys = input.items.map((k) => byKey.get(k.trim().toLowerCase()) ?? k.trim());
  if (new Set(keys.map((k) => k.toLowerCase())).size !== keys.length) throw invalid(`items: an item is named twice in scale ${name}`, { field: 'items' });
  const scale: ScaleDefinition = { name, items: keys, method: input.method ?? 'mean', minimumAnswered: input.minimumAnswered ?? keys.length };
  const others = (await ctx.store.instruments.scales(instrument.id)).filter((s) => s.id !== except).map(scaleDefinition);
  const problems = instrumentProblems(items, [...others, scale]).filter((p) => p.startsWith(`scale ${name}:`));
  if (problems.length)
    throw invalid(problems.join('; '), {
      field: problems[0]!.includes('minimum') ? 'minimumAnswered' : problems[0]!.includes('named twice') ? 'name' : 'items',
    });
  return scale;
}

/** Defines a scale of an instrument: its items scored together, as their mean or sum. */
export async function defineScale(ctx: ServiceContext, partnershipId: string, instrumentIdOrName: string, input: ScaleInput): Promise<ScaleView> {
  const instrument = await instrumentOf(ctx, partnershipId, instrumentIdOrName);
  const scale = await checkedScale(ctx, instrument, input);
  return inTransaction(ctx, async (tx) => {
    const at = now(tx);
    const row: InstrumentScaleRow = {
      id: tx.ids.next('instrumentScale'),
      instrument_id: instrument.id,
      name: scale.name,
      items: JSON.stringify(scale.items),
      method: scale.method,
      minimum_answered: scale.minimumAnswered,
      ...firstVersion(tx, at),
    };
    await tx.store.instruments.insertScale(row);
    await audit(tx, { action: 'instrument_scale.create', entityKind: 'instrumentScale', entityId: row.id, version: 1, at, data: row });
    return scaleView(row);
  });
}

/** Revises a scale as its next version, with the reason; the scores computed from it follow. */
export async function reviseScale(
  ctx: ServiceContext,
  scaleId: string,
  input: Partial<ScaleInput> & { expectedVersion?: number; reason: string },
): Promise<ScaleView> {
  const current = await ctx.store.instruments.scaleById(scaleId);
  if (!current) throw notFound('scale', JSON.stringify(scaleId));
  if (!input.reason?.trim()) throw invalid('reason: say why the scale changes', { field: 'reason' });
  const instrument = (await ctx.store.instruments.byId(current.instrument_id))!;
  const before = scaleDefinition(current);
  const scale = await checkedScale(
    ctx,
    instrument,
    {
      name: input.name ?? before.name,
      items: input.items ?? before.items,
      method: input.method ?? before.method,
      // A scale's minimum follows its items when they change and no minimum is given.
      minimumAnswered: input.minimumAnswered ?? (input.items ? Math.min(before.minimumAnswered, input.items.length) : before.minimumAnswered),
    },
    current.id,
  );
  const changes = { name: scale.name, items: JSON.stringify(scale.items), method: scale.method, minimum_answered: scale.minimumAnswered };
  return inTransaction(ctx, async (tx) => {
    await saveNextVersion(tx, {
      what: 'scale',
      current,
      shown: scaleView(current),
      expectedVersion: input.expectedVersion,
      write: (from, when) => tx.store.instruments.reviseScale(current.id, changes, from, tx.actor, when),
      audit: { action: 'instrument_scale.revise', entityKind: 'instrumentScale', reason: input.reason.trim(), data: { from: before, to: scale } },
    });
    return { id: current.id, ...scale, version: current.version + 1 };
  });
}

export interface ItemEdit {
  text?: string;
  /** The cycle from which the item is worded as now (a cycle's label); null when it never was reworded. */
  rewordedIn?: string | null;
  /** Whether its values compare with those before the rewording (or, for an item first asked later, before it was asked). */
  comparable?: boolean;
  type?: ItemType;
  labels?: ValueLabel[];
  min?: number | null;
  max?: number | null;
  reverse?: boolean;
  /** The instrument's version the edit was made on. */
  expectedVersion?: number;
  reason: string;
}

/**
 * Changes an item's definition (its wording, type, value labels, range, reverse coding) as the
 * instrument's next version, with the reason; refused when an answer already stored would no longer
 * read under it, naming the first ones.
 */
export async function editItem(ctx: ServiceContext, partnershipId: string, instrumentIdOrName: string, key: string, edit: ItemEdit): Promise<InstrumentDetail> {
  const instrument = await instrumentOf(ctx, partnershipId, instrumentIdOrName);
  if (!edit.reason?.trim()) throw invalid('reason: say why the item changes', { field: 'reason' });
  if (edit.type !== undefined && !ITEM_TYPES.includes(edit.type))
    throw invalid(`type: "${edit.type}" is not a type of item (${ITEM_TYPES.join(', ')})`, { field: 'type' });
  const rows = await ctx.store.instruments.items(instrument.id);
  const row = rows.find((r) => r.key.toLowerCase() === key.trim().toLowerCase());
  if (!row) throw notFound('item', `${JSON.stringify(key)} of ${instrument.name}`);
  const before = itemDefinition(row);
  const after: InstrumentItem = {
    ...before,
    ...(edit.text !== undefined && { text: edit.text.trim() || before.key }),
    ...(edit.type !== undefined && { type: edit.type }),
    ...(edit.labels !== undefined && { labels: edit.labels.map((l) => ({ value: l.value, label: l.label.trim() })).sort((a, b) => a.value - b.value) }),
    ...(edit.min !== undefined && { min: edit.min }),
    ...(edit.max !== undefined && { max: edit.max }),
    ...(edit.reverse !== undefined && { reverse: edit.reverse }),
  };
  if (after.type !== 'scale') after.labels = edit.labels ? after.labels : [];
  const items = rows.map((r) => (r.id === row.id ? after : itemDefinition(r)));
  const scales = (await ctx.store.instruments.scales(instrument.id)).map(scaleDefinition);
  const problems = instrumentProblems(items, scales).filter((p) => p.startsWith(`item ${after.key}:`) || p.includes(` item ${after.key} `));
  if (problems.length) throw invalid(problems.join('; '), { field: 'item' });
  const rewordedIn =
    edit.rewordedIn === undefined ? row.reworded_cycle_id : edit.rewordedIn === null ? null : (await cycleOf(ctx, partnershipId, edit.rewordedIn)).id;
  const comparable = edit.comparable === undefined ? row.comparable : edit.comparable ? 1 : 0;
  if (rewordedIn && rewordedIn !== row.reworded_cycle_id) {
    const cycles = await ctx.store.cycles.list(partnershipId);
    const order = (id: string) => cycles.findIndex((c) => c.id === id);
    if (order(rewordedIn) <= order(row.first_cycle_id))
      throw invalid(`rewordedIn: item ${row.key} was first asked in ${cycles[order(row.first_cycle_id)]!.label}; a rewording is in a later cycle`, {
        field: 'rewordedIn',
      });
  }
  const unread = await answersNotRead(ctx, instrument, after);
  if (unread.length)
    throw invalid(
      `item ${after.key}: ${unread.length} stored answer${unread.length === 1 ? '' : 's'} would not read under this definition (${unread.slice(0, 5).join('; ')}${unread.length > 5 ? '; …' : ''}): correct the responses first`,
      { field: 'item' },
    );
  await inTransaction(ctx, async (tx) => {
    await saveNextVersion(tx, {
      what: 'instrument',
      current: instrument,
      shown: { id: instrument.id, name: instrument.name, version: instrument.version },
      expectedVersion: edit.expectedVersion,
      write: async (from, at) => {
        if (!(await tx.store.instruments.bumpVersion(instrument.id, from, tx.actor, at))) return false;
        await tx.store.instruments.updateItem(row.id, {
          text: after.text,
          type: after.type,
          labels: JSON.stringify(after.labels),
          min: after.min,
          max: after.max,
          reverse: after.reverse ? 1 : 0,
          reworded_cycle_id: rewordedIn,
          comparable,
        });
        return true;
      },
      audit: {
        action: 'instrument_item.edit',
        entityKind: 'instrument',
        reason: edit.reason.trim(),
        data: {
          item: row.id,
          key: row.key,
          from: { ...before, rewordedIn: row.reworded_cycle_id, comparable: row.comparable === 1 },
          to: { ...after, rewordedIn, comparable: comparable === 1 },
        },
      },
    });
  });
  return getInstrument(ctx, partnershipId, instrument.id);
}

/** Stored answers to the item that its new definition would not read, as "participant in cycle: why". */
async function answersNotRead(ctx: ServiceContext, instrument: InstrumentRow, item: InstrumentItem): Promise<string[]> {
  const [responses, scores, participants, cycles] = await Promise.all([
    ctx.store.instruments.allResponses(instrument.id),
    ctx.store.lessonScores.ofInstrument(instrument.id),
    ctx.store.participants.list(instrument.partnership_id),
    ctx.store.cycles.list(instrument.partnership_id),
  ]);
  const codes = new Map(participants.map((p) => [p.id, p.code]));
  const labels = new Map(cycles.map((c) => [c.id, c.label]));
  const order = new Map(cycles.map((c, i) => [c.id, i]));
  const out: string[] = [];
  // A rubric's levels are read as given on each lesson, not as the teacher's mean of them.
  const given = [...responses, ...scores.map((s) => ({ participant_id: s.participant_id, cycle_id: s.cycle_id, answers: s.levels }))].sort(
    (a, b) => order.get(a.cycle_id)! - order.get(b.cycle_id)! || codes.get(a.participant_id)!.localeCompare(codes.get(b.participant_id)!),
  );
  for (const r of given) {
    const value = (JSON.parse(r.answers) as Record<string, number | string | null>)[item.key];
    if (value === null || value === undefined) continue;
    const read = itemResponse(item, String(value));
    if ('problem' in read) out.push(`${codes.get(r.participant_id)} in ${labels.get(r.cycle_id)}: ${read.problem}`);
    else if (item.type !== 'text' && typeof read.value !== 'number') out.push(`${codes.get(r.participant_id)} in ${labels.get(r.cycle_id)}: not a number`);
  }
  return out;
}

/**
 * Within an import's transaction: the instrument, defined when it is new, with the items the file
 * added (first asked in the file's cycle) after the `storedItems` it had; both audited.
 */
export async function storeDefinition(
  tx: ServiceContext,
  instrument: { existing: InstrumentRow | undefined; partnershipId: string; name: string; kind: InstrumentKind },
  added: readonly InstrumentItem[],
  storedItems: number,
  cycle: { id: string; label: string },
  file: string,
  at: string,
): Promise<InstrumentRow> {
  let row = instrument.existing;
  if (!row) {
    row = {
      id: tx.ids.next('instrument'),
      partnership_id: instrument.partnershipId,
      name: instrument.name,
      kind: instrument.kind,
      description: '',
      ...firstVersion(tx, at),
    };
    await tx.store.instruments.insert(row);
    await audit(tx, { action: 'instrument.create', entityKind: 'instrument', entityId: row.id, version: 1, at, data: row });
  }
  if (added.length) {
    const instrumentId = row.id;
    const rows = added.map((item, i) => ({
      id: tx.ids.next('instrumentItem'),
      instrument_id: instrumentId,
      key: item.key,
      text: item.text,
      type: item.type,
      labels: JSON.stringify(item.labels),
      min: item.min,
      max: item.max,
      reverse: item.reverse ? 1 : 0,
      position: storedItems + i + 1,
      first_cycle_id: cycle.id,
      reworded_cycle_id: null,
      comparable: 0,
      created_by: tx.actor,
      created_at: at,
    }));
    await tx.store.instruments.insertItems(rows);
    await audit(tx, { action: 'instrument.items.add', entityKind: 'instrument', entityId: instrumentId, at, data: { cycle: cycle.label, file, items: rows } });
  }
  return row;
}

/**
 * The start of an import of a kind of instrument other than a survey: the instrument's name, the
 * cycle, the instrument of that name if there is one (refused when it is of another kind), and an
 * empty report.
 */
export async function importTarget(
  ctx: ServiceContext,
  input: InstrumentImport,
  kind: InstrumentKind,
  what: string,
): Promise<{ name: string; cycle: { id: string; label: string }; existing: InstrumentRow | undefined; report: InstrumentImportReport }> {
  const a = (k: string) => `${/^[aeiou]/.test(k) ? 'an' : 'a'} ${k}`;
  if (input.kind !== undefined && input.kind !== kind) throw invalid(`kind: ${what} go to ${a(kind)}, not ${a(input.kind)}`, { field: 'kind' });
  const name = input.instrument.trim().replace(/\s+/g, ' ');
  if (!name) throw invalid('instrument: name the instrument', { field: 'instrument' });
  const cycle = await cycleOf(ctx, input.partnershipId, input.cycle);
  const existing = await ctx.store.instruments.byName(input.partnershipId, name);
  if (existing && existing.kind !== kind)
    throw invalid(`instrument: ${existing.name} is ${a(existing.kind)}; ${what} go to ${a(kind)}`, { field: 'instrument' });
  const report: InstrumentImportReport = {
    file: input.file,
    format: input.format satisfies ImportFormat,
    instrument: { id: existing?.id ?? null, name: existing?.name ?? name, created: false },
    cycle: cycle.label,
    items: { total: 0, added: [] },
    responses: { read: 0, added: 0, corrected: 0, unchanged: 0, skipped: 0 },
    unanswered: 0,
    problems: [],
    written: false,
  };
  return { name, cycle, existing, report };
}
