import { invalid, notFound } from '../domain/errors.js';
import { DEFAULT_QUOTE_MIN_PARTICIPANTS } from '../domain/quotes.js';
import type { PartnershipRow } from '../storage/repositories/partnership.repository.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { ensureDefaultFramework } from './framework.js';
import { ensureDefaultTemplates } from './isf-templates.js';
import { ensureDefaultComponents } from './theory.js';

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

/** Creates a partnership with the default ISF templates, interpretive framework and components of the theory of action. */
export function createPartnership(ctx: ServiceContext, name: string): Promise<PartnershipRow> {
  return inTransaction(ctx, (tx) => createPartnershipIn(tx, name));
}

async function createPartnershipIn(ctx: ServiceContext, name: string): Promise<PartnershipRow> {
  const trimmed = name.trim();
  if (!trimmed) throw invalid('a partnership needs a name', { field: 'name' });
  if (await ctx.store.partnerships.byName(trimmed)) throw invalid(`a partnership named "${trimmed}" already exists`, { field: 'name' });
  const row: PartnershipRow = { id: ctx.ids.next('partnership'), name: trimmed, created_at: now(ctx), quote_min_participants: DEFAULT_QUOTE_MIN_PARTICIPANTS };
  await ctx.store.partnerships.insert(row);
  await audit(ctx, { action: 'partnership.create', entityKind: 'partnership', entityId: row.id, data: row });
  await ensureDefaultTemplates(ctx, row.id);
  await ensureDefaultFramework(ctx, row.id);
  await ensureDefaultComponents(ctx, row.id);
  return row;
}

/** The smallest role group in a district whose members may be quoted to partners (default 3; the team may raise it). */
export function setQuoteMinimum(ctx: ServiceContext, partnershipId: string, minimum: number): Promise<PartnershipRow> {
  return inTransaction(ctx, async (tx) => {
    if (!Number.isInteger(minimum) || minimum < DEFAULT_QUOTE_MIN_PARTICIPANTS || minimum > 100) {
      throw invalid(`the minimum is a whole number from ${DEFAULT_QUOTE_MIN_PARTICIPANTS} to 100: quotes from smaller role groups could point to a person`, {
        field: 'minimum',
      });
    }
    const row = await tx.store.partnerships.byId(partnershipId);
    if (!row) throw notFound('partnership', partnershipId);
    await tx.store.partnerships.setQuoteMinimum(partnershipId, minimum);
    await audit(tx, {
      action: 'partnership.quote_minimum',
      entityKind: 'partnership',
      entityId: partnershipId,
      data: { from: row.quote_min_participants, to: minimum },
    });
    return (await tx.store.partnerships.byId(partnershipId))!;
  });
}
