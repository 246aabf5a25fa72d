import { invalid, notFound } from '../domain/errors.js';
import { DEFAULT_SUPPORT_TYPES, SUPPORT_TYPE_KEY } from '../domain/framework.js';
import type { SupportTypeRow } from '../storage/repositories/support-type.repository.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { saveNextVersion } from './versioned-edit.js';

/** Stores the default interpretive framework for a partnership that has none (new, or older than the framework). */
export async function ensureDefaultFramework(ctx: ServiceContext, partnershipId: string): Promise<void> {
  if ((await ctx.store.supportTypes.list(partnershipId, { withRetired: true })).length > 0) return;
  for (const [position, def] of DEFAULT_SUPPORT_TYPES.entries()) await insertSupportType(ctx, partnershipId, { ...def, position });
}

async function insertSupportType(
  ctx: ServiceContext,
  partnershipId: string,
  def: { key: string; name: string; category: string; description: string; position: number },
) {
  const at = now(ctx);
  const row: SupportTypeRow = { id: ctx.ids.next('supportType'), partnership_id: partnershipId, ...def, ...firstVersion(ctx, at), ...NOT_RETIRED };
  await ctx.store.supportTypes.insert(row);
  await audit(ctx, { action: 'support_type.create', entityKind: 'supportType', entityId: row.id, version: 1, at, data: row });
  return row;
}

/** The framework's live support types, in order (the defaults stored first if the partnership has none). */
export async function supportTypes(ctx: ServiceContext, partnershipId: string): Promise<SupportTypeRow[]> {
  const rows = await ctx.store.supportTypes.list(partnershipId);
  if (rows.length > 0 || (await ctx.store.supportTypes.list(partnershipId, { withRetired: true })).length > 0) return rows;
  return inTransaction(ctx, async (tx) => {
    await ensureDefaultFramework(tx, partnershipId);
    return tx.store.supportTypes.list(partnershipId);
  });
}

/** Names of every support type ever in the framework (retired ones too), by key. */
export async function supportTypeNames(ctx: ServiceContext, partnershipId: string): Promise<Map<string, string>> {
  return new Map((await ctx.store.supportTypes.list(partnershipId, { withRetired: true })).map((t) => [t.key, t.name]));
}

export interface NewSupportType {
  partnershipId: string;
  key: string;
  name: string;
  category?: string;
  description: string;
}

export function addSupportType(ctx: ServiceContext, input: NewSupportType): Promise<SupportTypeRow> {
  return inTransaction(ctx, async (tx) => {
    await ensureDefaultFramework(tx, input.partnershipId);
    const key = input.key.trim();
    if (!SUPPORT_TYPE_KEY.test(key))
      throw invalid('key is 2–60 lower-case letters, digits or underscores, starting with a letter (e.g. "lesson_study")', { field: 'key' });
    if (await tx.store.supportTypes.byKey(input.partnershipId, key)) throw invalid(`the framework already has a support type "${key}"`, { field: 'key' });
    const name = input.name.trim();
    const description = input.description.trim();
    if (!name) throw invalid('a support type needs a name', { field: 'name' });
    if (!description) throw invalid('a support type needs a description (its potential to support learning)', { field: 'description' });
    const position = (await tx.store.supportTypes.list(input.partnershipId, { withRetired: true })).length;
    return insertSupportType(tx, input.partnershipId, { key, name, category: input.category?.trim() || name, description, position });
  });
}

export interface SupportTypeEdit {
  id: string;
  name?: string;
  category?: string;
  description?: string;
  expectedVersion?: number;
  reason?: string;
}

/** Refines a support type: a new version, with the reason kept in the audit trail. */
export function editSupportType(ctx: ServiceContext, edit: SupportTypeEdit): Promise<SupportTypeRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.supportTypes.byId(edit.id);
    if (!row) throw notFound('support type', edit.id);
    if (row.retired_at) throw invalid(`support type ${row.key} was retired`);
    const next = {
      name: edit.name?.trim() || row.name,
      category: edit.category?.trim() || row.category,
      description: edit.description?.trim() || row.description,
    };
    const before = { name: row.name, category: row.category, description: row.description };
    if (JSON.stringify(next) === JSON.stringify(before)) return row;
    if (!edit.reason?.trim()) throw invalid('say why the framework changes (a reason is kept with the new version)', { field: 'reason' });
    const reason = edit.reason.trim();
    await saveNextVersion(tx, {
      what: 'support type',
      current: row,
      shown: before,
      expectedVersion: edit.expectedVersion,
      write: (from, at) => tx.store.supportTypes.update(row.id, next, from, tx.actor, at),
      audit: { action: 'support_type.update', entityKind: 'supportType', reason, data: { from: before, to: next } },
    });
    return (await tx.store.supportTypes.byId(row.id))!;
  });
}
