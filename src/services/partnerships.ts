import { invalid, notFound } from '../domain/errors.js';
import type { PartnershipRow } from '../storage/repositories/partnership.repository.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { ensureDefaultFramework } from './framework.js';
import { ensureDefaultTemplates } from './isf-templates.js';

/**
 * The partnership a command works on: the one named, or the only one in the database.
 */
export async function resolvePartnership(ctx: ServiceContext, selector?: string): Promise<PartnershipRow> {
  const { partnerships } = ctx.store;
  if (selector) {
    const found = (await partnerships.byId(selector)) ?? (await partnerships.byName(selector));
    if (!found) throw notFound('partnership', JSON.stringify(selector));
    return found;
  }
  const all = await partnerships.list();
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw invalid('the database holds no partnership yet: import a bundle (warrant import DIR) or load the demo (warrant demo)');
  throw invalid(`the database holds ${all.length} partnerships (${all.map((p) => p.name).join(', ')}): name one with --partnership`);
}

/** Creates a partnership with the default ISF templates and interpretive framework. */
export function createPartnership(ctx: ServiceContext, name: string): Promise<PartnershipRow> {
  return inTransaction(ctx, (tx) => createPartnershipIn(tx, name));
}

async function createPartnershipIn(ctx: ServiceContext, name: string): Promise<PartnershipRow> {
  const trimmed = name.trim();
  if (!trimmed) throw invalid('a partnership needs a name', { field: 'name' });
  if (await ctx.store.partnerships.byName(trimmed)) throw invalid(`a partnership named "${trimmed}" already exists`, { field: 'name' });
  const row: PartnershipRow = { id: ctx.ids.next('partnership'), name: trimmed, created_at: now(ctx) };
  await ctx.store.partnerships.insert(row);
  await audit(ctx, { action: 'partnership.create', entityKind: 'partnership', entityId: row.id, data: row });
  await ensureDefaultTemplates(ctx, row.id);
  await ensureDefaultFramework(ctx, row.id);
  return row;
}
