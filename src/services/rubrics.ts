import { invalid, notFound } from '../domain/errors.js';
import { type CheckedRubric, checkRubric, type DimensionInput } from '../domain/rubric.js';
import type { RubricDimensionRow, RubricLevelRow, RubricRow } from '../storage/repositories/rubric.repository.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { saveNextVersion } from './versioned-edit.js';

/** A rubric as its users read it: its live dimensions in order, each with its levels, lowest first. */
export interface Rubric {
  id: string;
  partnershipId: string;
  name: string;
  description: string;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  dimensions: RubricDimension[];
}

export interface RubricDimension {
  id: string;
  name: string;
  description: string;
  position: number;
  levels: { id: string; value: number; label: string; descriptor: string }[];
}

function assemble(row: RubricRow, dimensions: readonly RubricDimensionRow[], levels: readonly RubricLevelRow[]): Rubric {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    name: row.name,
    description: row.description,
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    dimensions: dimensions
      .filter((d) => d.rubric_id === row.id && d.retired_at === null)
      .map((d) => ({
        id: d.id,
        name: d.name,
        description: d.description,
        position: d.position,
        levels: levels
          .filter((l) => l.rubric_dimension_id === d.id && l.retired_at === null)
          .map((l) => ({ id: l.id, value: l.value, label: l.label, descriptor: l.descriptor })),
      })),
  };
}

async function loaded(ctx: ServiceContext, rows: readonly RubricRow[]): Promise<Rubric[]> {
  const dimensions = await ctx.store.rubrics.dimensions(rows.map((r) => r.id));
  const levels = await ctx.store.rubrics.levels(dimensions.map((d) => d.id));
  return rows.map((r) => assemble(r, dimensions, levels));
}

/** The partnership's rubrics, in the order they were defined. */
export async function listRubrics(ctx: ServiceContext, partnershipId: string): Promise<Rubric[]> {
  return loaded(ctx, await ctx.store.rubrics.list(partnershipId));
}

/** A rubric named by its ID or its name (any case); with no name, the partnership's only rubric. */
export async function rubricOf(ctx: ServiceContext, partnershipId: string, idOrName?: string): Promise<Rubric> {
  const all = await ctx.store.rubrics.list(partnershipId);
  const wanted = idOrName?.trim();
  if (!wanted) {
    if (all.length === 1) return (await loaded(ctx, all))[0]!;
    throw invalid(all.length === 0 ? 'the partnership has no rubric yet: add one first' : `say which rubric: ${all.map((r) => `"${r.name}"`).join(', ')}`, {
      field: 'rubric',
    });
  }
  const found = all.find((r) => r.id === wanted) ?? all.find((r) => r.name.toLocaleLowerCase('en') === wanted.toLocaleLowerCase('en'));
  if (!found) throw notFound('rubric', JSON.stringify(wanted));
  return (await loaded(ctx, [found]))[0]!;
}

/** A rubric named by its ID, in whichever partnership (routes addressed by the rubric's ID). */
export async function getRubric(ctx: ServiceContext, id: string): Promise<Rubric> {
  const row = await ctx.store.rubrics.byId(id);
  if (!row) throw notFound('rubric', JSON.stringify(id));
  return (await loaded(ctx, [row]))[0]!;
}

async function nameTaken(ctx: ServiceContext, partnershipId: string, name: string, except?: string): Promise<void> {
  const other = (await ctx.store.rubrics.list(partnershipId)).find((r) => r.name.toLocaleLowerCase('en') === name.toLocaleLowerCase('en') && r.id !== except);
  if (other) throw invalid(`the partnership already has a rubric "${other.name}"`, { field: 'name' });
}

/** What a rubric says, as the audit trail keeps it (before and after an edit). */
const definitionOf = (r: Pick<Rubric, 'name' | 'description' | 'dimensions'> | CheckedRubric) => ({
  name: r.name,
  description: r.description,
  dimensions: r.dimensions.map((d) => ({
    name: d.name,
    description: d.description,
    levels: d.levels.map((l) => ({ value: l.value, label: l.label, descriptor: l.descriptor })),
  })),
});

export interface NewRubric {
  partnershipId: string;
  name?: string;
  description?: string;
  dimensions?: readonly DimensionInput[];
}

/** Defines a levelled rubric: its dimensions, each with ordered levels and their descriptors. */
export function defineRubric(ctx: ServiceContext, input: NewRubric): Promise<Rubric> {
  return inTransaction(ctx, async (tx) => {
    const checked = checkRubric(input);
    await nameTaken(tx, input.partnershipId, checked.name);
    const at = now(tx);
    const id = tx.ids.next('rubric');
    await tx.store.rubrics.insert({ id, partnership_id: input.partnershipId, name: checked.name, description: checked.description, ...firstVersion(tx, at) });
    for (const [position, d] of checked.dimensions.entries()) await insertDimension(tx, id, position, d);
    await audit(tx, { action: 'rubric.create', entityKind: 'rubric', entityId: id, version: 1, at, data: definitionOf(checked) });
    return getRubric(tx, id);
  });
}

async function insertDimension(tx: ServiceContext, rubricId: string, position: number, d: CheckedRubric['dimensions'][number]): Promise<void> {
  const dimensionId = tx.ids.next('rubricDimension');
  await tx.store.rubrics.insertDimension({ id: dimensionId, rubric_id: rubricId, name: d.name, description: d.description, position, ...NOT_RETIRED });
  for (const l of d.levels)
    await tx.store.rubrics.insertLevel({
      id: tx.ids.next('rubricLevel'),
      rubric_dimension_id: dimensionId,
      value: l.value,
      label: l.label,
      descriptor: l.descriptor,
      ...NOT_RETIRED,
    });
}

export interface RubricEdit {
  id: string;
  name?: string;
  description?: string;
  /**
   * The whole list of dimensions, in order. A dimension already in the rubric is named by its ID (or
   * its current name) and keeps its scores; one left out is taken out of the rubric, and so is a level
   * left out of a dimension, unless scores were given on it.
   */
  dimensions?: readonly DimensionInput[];
  expectedVersion?: number | undefined;
  reason?: string;
}

/** Edits a rubric as its next version, with the reason; scores given on a dimension or level keep it in the rubric. */
export function editRubric(ctx: ServiceContext, edit: RubricEdit): Promise<Rubric> {
  return inTransaction(ctx, async (tx) => {
    const current = await getRubric(tx, edit.id);
    const checked = checkRubric({
      name: edit.name ?? current.name,
      description: edit.description ?? current.description,
      dimensions: edit.dimensions ?? current.dimensions,
    });
    await nameTaken(tx, current.partnershipId, checked.name, current.id);
    // Each dimension given is one of the rubric's (by ID, else by its current name) or a new one.
    const byName = new Map(current.dimensions.map((d) => [d.name.toLocaleLowerCase('en'), d]));
    const matched = checked.dimensions.map((d, i) => {
      const existing = d.id !== undefined ? current.dimensions.find((c) => c.id === d.id) : byName.get(d.name.toLocaleLowerCase('en'));
      if (d.id !== undefined && !existing) throw invalid(`dimension ${d.id} is not one of the rubric's`, { field: `dimensions[${i}].id` });
      return { d, existing };
    });
    const kept = new Set(matched.flatMap((m) => (m.existing ? [m.existing.id] : [])));
    if (kept.size !== matched.filter((m) => m.existing).length) throw invalid('a dimension is named twice', { field: 'dimensions' });
    const inUse = await tx.store.scores.levelsInUse(current.dimensions.map((d) => d.id));
    for (const d of current.dimensions) {
      if (!kept.has(d.id) && inUse.some((u) => u.dimension === d.id))
        throw invalid(`"${d.name}" has scores: it cannot be taken out of the rubric (withdraw its scores first)`, { field: 'dimensions' });
    }
    for (const { d, existing } of matched) {
      if (!existing) continue;
      for (const l of existing.levels)
        if (!d.levels.some((x) => x.value === l.value) && inUse.some((u) => u.dimension === existing.id && u.level === l.value))
          throw invalid(`level ${l.value} of "${existing.name}" was given in scores: it cannot be taken out`, { field: 'dimensions' });
    }
    const reason = edit.reason?.trim() ?? '';
    // Which version is edited is asked first (saveNextVersion), then why.
    if (!reason && edit.expectedVersion !== undefined)
      throw invalid('reason: say why the rubric changes (the reason is kept with its next version)', { field: 'reason' });
    await saveNextVersion(tx, {
      what: 'rubric',
      current,
      shown: current,
      expectedVersion: edit.expectedVersion,
      write: async (fromVersion, at) => {
        if (!(await tx.store.rubrics.updateIfVersion(current.id, { name: checked.name, description: checked.description }, fromVersion, tx.actor, at)))
          return false;
        const retirement = { at, by: tx.actor, reason: reason || 'taken out of the rubric' };
        for (const d of current.dimensions) if (!kept.has(d.id)) await tx.store.rubrics.retireDimension(d.id, retirement);
        for (const [position, { d, existing }] of matched.entries()) {
          if (!existing) {
            await insertDimension(tx, current.id, position, d);
            continue;
          }
          await tx.store.rubrics.updateDimension(existing.id, { name: d.name, description: d.description, position });
          for (const l of existing.levels) {
            const next = d.levels.find((x) => x.value === l.value);
            if (!next) await tx.store.rubrics.retireLevel(l.id, retirement);
            else if (next.label !== l.label || next.descriptor !== l.descriptor)
              await tx.store.rubrics.updateLevel(l.id, { label: next.label, descriptor: next.descriptor });
          }
          for (const l of d.levels.filter((x) => !existing.levels.some((e) => e.value === x.value)))
            await tx.store.rubrics.insertLevel({
              id: tx.ids.next('rubricLevel'),
              rubric_dimension_id: existing.id,
              value: l.value,
              label: l.label,
              descriptor: l.descriptor,
              ...NOT_RETIRED,
            });
        }
        return true;
      },
      audit: { action: 'rubric.edit', entityKind: 'rubric', reason, data: { from: definitionOf(current), to: definitionOf(checked) } },
    });
    return getRubric(tx, current.id);
  });
}
