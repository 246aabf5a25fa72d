import { invalid, notFound, versionConflict } from '../domain/errors.js';
import { DEFAULT_TEMPLATES, type FieldDefinition, fieldKeyFrom, validateFieldLabel } from '../domain/isf-template.js';
import { ROLE_GROUPS, type RoleGroup, isRoleGroup } from '../domain/roles.js';
import type { IsfFieldRow, IsfTemplateRow } from '../storage/repositories/isf-template.repository.js';
import type { Insertable } from 'kysely';
import type { IsfFieldTable } from '../storage/schema.js';
import { audit, firstVersion, inTransaction, now, type ServiceContext } from './context.js';

export interface TemplateView {
  template: IsfTemplateRow;
  /** Fields in order; retired ones keep their place and show when they were retired. */
  fields: IsfFieldRow[];
  /** The ISFs started on this template (they read its fields as they now stand), and how many are complete. */
  isfs?: { total: number; complete: number };
}

export async function ensureDefaultTemplates(ctx: ServiceContext, partnershipId: string): Promise<void> {
  for (const role of ROLE_GROUPS) {
    if (await ctx.store.templates.find(partnershipId, role, null)) continue;
    await createTemplate(ctx, partnershipId, role, null, DEFAULT_TEMPLATES[role], null);
  }
}

async function createTemplate(
  ctx: ServiceContext,
  partnershipId: string,
  role: RoleGroup,
  districtId: string | null,
  fields: readonly FieldDefinition[],
  basedOn: string | null,
): Promise<TemplateView> {
  const at = now(ctx);
  const template: IsfTemplateRow = {
    id: ctx.ids.next('isfTemplate'),
    partnership_id: partnershipId,
    role,
    district_id: districtId,
    based_on_id: basedOn,
    ...firstVersion(ctx, at),
  };
  const rows: Insertable<IsfFieldTable>[] = fields.map((def, position) => ({
    id: ctx.ids.next('isfField'),
    template_id: template.id,
    key: def.key,
    label: def.label,
    guidance: def.guidance,
    position,
    added_in_version: 1,
    retired_in_version: null,
    // Optional is the column's default: left out, so the default templates are written as before.
    ...(def.required && { required: 1 }),
  }));
  await ctx.store.templates.insert(template, rows);
  await audit(ctx, {
    action: basedOn ? 'isf_template.customize' : 'isf_template.create',
    entityKind: 'isfTemplate',
    entityId: template.id,
    version: 1,
    data: { ...template, fields: rows },
  });
  return getTemplate(ctx, template.id);
}

export async function getTemplate(ctx: ServiceContext, templateId: string): Promise<TemplateView> {
  const template = await ctx.store.templates.byId(templateId);
  if (!template) throw notFound('ISF template', templateId);
  const [fields, counts] = await Promise.all([ctx.store.templates.fields(template.id), ctx.store.isfs.countsByTemplate([template.id])]);
  return { template, fields, isfs: counts.get(template.id) ?? { total: 0, complete: 0 } };
}

/** The template an ISF of this role in this district uses: the district's own, else the default. */
export async function effectiveTemplate(ctx: ServiceContext, partnershipId: string, role: string, districtId: string | null): Promise<TemplateView> {
  if (!isRoleGroup(role)) throw invalid(`unknown role group "${role}"`, { field: 'role' });
  const template =
    (districtId ? await ctx.store.templates.find(partnershipId, role, districtId) : undefined) ?? (await ctx.store.templates.find(partnershipId, role, null));
  if (!template) throw notFound('ISF template for role', role);
  return getTemplate(ctx, template.id);
}

export interface TemplateTarget {
  partnershipId: string;
  role: string;
  /** The district whose template to change; without it, the partnership's default. */
  districtId?: string | null;
}

/** The template to change: a district's own copy is made from the default on its first customisation. */
async function templateToChange(ctx: ServiceContext, target: TemplateTarget): Promise<TemplateView> {
  if (!isRoleGroup(target.role)) throw invalid(`unknown role group "${target.role}"`, { field: 'role' });
  const districtId = target.districtId ?? null;
  const own = await ctx.store.templates.find(target.partnershipId, target.role, districtId);
  if (own) return getTemplate(ctx, own.id);
  if (districtId === null) throw notFound('default ISF template for role', target.role);
  const base = await effectiveTemplate(ctx, target.partnershipId, target.role, districtId);
  const live = base.fields.filter((fl) => fl.retired_in_version === null).map((fl) => ({ ...fl, required: fl.required === 1 }));
  return createTemplate(ctx, target.partnershipId, target.role, districtId, live, base.template.id);
}

export interface TemplateChange {
  reason?: string;
  /** The version the user saw; a newer one means someone else changed the template meanwhile. */
  expectedVersion?: number;
}

async function changeTemplate(
  ctx: ServiceContext,
  target: TemplateTarget,
  change: TemplateChange,
  action: string,
  apply: (tx: ServiceContext, view: TemplateView, version: number) => Promise<unknown>,
): Promise<TemplateView> {
  return inTransaction(ctx, async (tx) => {
    const view = await templateToChange(tx, target);
    const { template } = view;
    if (change.expectedVersion !== undefined && change.expectedVersion !== template.version) {
      throw versionConflict('ISF template', template.id, change.expectedVersion, template.version, fieldsAsTheyStand(view));
    }
    const version = template.version + 1;
    const detail = await apply(tx, view, version);
    if (!(await tx.store.templates.bumpVersion(template.id, template.version, tx.actor, now(tx)))) {
      throw versionConflict('ISF template', template.id, template.version, template.version + 1);
    }
    const updated = await getTemplate(tx, template.id);
    await audit(tx, {
      action,
      entityKind: 'isfTemplate',
      entityId: template.id,
      version,
      reason: change.reason ?? null,
      data: { change: detail, fields: updated.fields },
    });
    return updated;
  });
}

/** The template's fields now, for the person whose edit was made on an older version. */
function fieldsAsTheyStand(view: TemplateView) {
  return {
    fields: view.fields.map((fl) => ({
      key: fl.key,
      label: fl.label,
      guidance: fl.guidance,
      required: fl.required === 1,
      retired: fl.retired_in_version !== null,
    })),
  };
}

function findField(view: TemplateView, keyOrId: string): IsfFieldRow {
  const field = view.fields.find((fl) => fl.key === keyOrId || fl.id === keyOrId);
  if (!field) throw notFound(`field of the ${view.template.role} ISF template`, JSON.stringify(keyOrId));
  return field;
}

export function addField(
  ctx: ServiceContext,
  target: TemplateTarget,
  field: { label: string; guidance?: string; key?: string; required?: boolean },
  change: TemplateChange = {},
) {
  return changeTemplate(ctx, target, change, 'isf_template.add_field', async (tx, view, version) => {
    const label = validateFieldLabel(field.label);
    const key = field.key ? fieldKeyFrom(field.key) : fieldKeyFrom(label);
    if (view.fields.some((fl) => fl.key === key)) throw invalid(`the template already has a field "${key}"`, { field: 'key' });
    const row: IsfFieldRow = {
      id: tx.ids.next('isfField'),
      template_id: view.template.id,
      key,
      label,
      guidance: field.guidance?.trim() ?? '',
      position: view.fields.reduce((max, fl) => Math.max(max, fl.position + 1), 0),
      added_in_version: version,
      retired_in_version: null,
      required: field.required ? 1 : 0,
    };
    await tx.store.templates.insertField(row);
    return { added: row };
  });
}

/** A field renamed: an edit of its label alone. */
export function renameField(ctx: ServiceContext, target: TemplateTarget, keyOrId: string, label: string, change: TemplateChange = {}) {
  return editField(ctx, target, keyOrId, { label }, change);
}

export interface FieldEdit {
  label?: string;
  guidance?: string;
  required?: boolean;
}

/** Changes a field's label, guidance (the prompt analysts write to) or whether it is required; its key and entries stay. */
export function editField(ctx: ServiceContext, target: TemplateTarget, keyOrId: string, edit: FieldEdit, change: TemplateChange = {}) {
  return changeTemplate(ctx, target, change, 'isf_template.edit_field', async (tx, view) => {
    const field = findField(view, keyOrId);
    if (field.retired_in_version !== null) throw invalid(`the field "${field.label}" was retired in version ${field.retired_in_version}`, { field: 'field' });
    const next = {
      label: edit.label === undefined ? field.label : validateFieldLabel(edit.label),
      guidance: edit.guidance === undefined ? field.guidance : edit.guidance.trim(),
      required: edit.required === undefined ? field.required : edit.required ? 1 : 0,
    };
    if (next.guidance.length > 2000) throw invalid('the guidance is at most 2000 characters', { field: 'guidance' });
    const before = { label: field.label, guidance: field.guidance, required: field.required === 1 };
    const after = { label: next.label, guidance: next.guidance, required: next.required === 1 };
    if (JSON.stringify(before) === JSON.stringify(after)) throw invalid(`nothing to change in the field "${field.label}"`);
    await tx.store.templates.updateField(field.id, next);
    return { field: field.key, from: before, to: after };
  });
}

/**
 * Puts the template's fields in use in the order given (every one of them, by key); retired fields
 * keep their places.
 */
export function reorderFields(ctx: ServiceContext, target: TemplateTarget, keys: readonly string[], change: TemplateChange = {}) {
  return changeTemplate(ctx, target, change, 'isf_template.reorder_fields', async (tx, view) => {
    const live = view.fields.filter((fl) => fl.retired_in_version === null);
    const ordered = keys.map((k) => findField(view, k));
    const missing = live.filter((fl) => !ordered.includes(fl));
    if (new Set(ordered).size !== ordered.length || ordered.some((fl) => fl.retired_in_version !== null) || missing.length) {
      throw invalid(`give every field in use once, in its new order${missing.length ? `; missing: ${missing.map((fl) => `“${fl.label}”`).join(', ')}` : ''}`, {
        field: 'order',
      });
    }
    if (ordered.every((fl, i) => fl === live[i])) throw invalid('the fields are already in that order', { field: 'order' });
    let next = 0;
    for (const fl of view.fields) {
      const placed = fl.retired_in_version === null ? ordered[next++]! : fl;
      if (placed.position !== fl.position || placed !== fl) await tx.store.templates.updateField(placed.id, { position: fl.position });
    }
    return { from: live.map((fl) => fl.key), to: ordered.map((fl) => fl.key) };
  });
}

export function retireField(ctx: ServiceContext, target: TemplateTarget, keyOrId: string, change: TemplateChange = {}) {
  return changeTemplate(ctx, target, change, 'isf_template.retire_field', async (tx, view, version) => {
    const field = findField(view, keyOrId);
    if (field.retired_in_version !== null) throw invalid(`the field "${field.key}" was already retired in version ${field.retired_in_version}`);
    await tx.store.templates.updateField(field.id, { retired_in_version: version });
    return { retired: field.key };
  });
}

/** A partnership's ISF templates, each with its fields. */
export async function listTemplates(ctx: ServiceContext, partnershipId: string): Promise<TemplateView[]> {
  return Promise.all((await ctx.store.templates.list(partnershipId)).map((t) => getTemplate(ctx, t.id)));
}
