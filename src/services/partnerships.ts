import { parseCycleLabel } from '../domain/cycle.js';
import { checkName } from '../domain/directory.js';
import { invalid, notFound, versionConflict, versionRequired } from '../domain/errors.js';
import { DEFAULT_QUOTE_MIN_PARTICIPANTS } from '../domain/quotes.js';
import type { CycleRow } from '../storage/repositories/cycle.repository.js';
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
  if (all.length === 0)
    throw invalid(
      'the database holds no partnership yet: create one (warrant partnership create NAME), import a bundle (warrant import DIR) or load the demo (warrant demo)',
    );
  throw invalid(`the database holds ${all.length} partnerships (${all.map((p) => p.name).join(', ')}): name one with --partnership`);
}

export interface NewPartnership {
  /** Its first cycles (school years, "2009-10"). */
  cycles?: readonly string[];
  /** The smallest role group whose members may be quoted to partners (default 3). */
  quoteMinimum?: number;
}

/** Creates a partnership with the default ISF templates, interpretive framework and components of the theory of action. */
export function createPartnership(ctx: ServiceContext, name: string, options: NewPartnership = {}): Promise<PartnershipRow> {
  return inTransaction(ctx, (tx) => createPartnershipIn(tx, name, options));
}

function checkQuoteMinimum(minimum: number, field: string): void {
  if (!Number.isInteger(minimum) || minimum < DEFAULT_QUOTE_MIN_PARTICIPANTS || minimum > 100) {
    throw invalid(
      `${field}: the minimum is a whole number from ${DEFAULT_QUOTE_MIN_PARTICIPANTS} to 100: quotes from smaller role groups could point to a person`,
      { field },
    );
  }
}

async function createPartnershipIn(ctx: ServiceContext, name: string, options: NewPartnership): Promise<PartnershipRow> {
  const trimmed = checkName(name, 'name', 'a partnership');
  if (typeof trimmed !== 'string') throw invalid(trimmed.message, { field: trimmed.field });
  if (await ctx.store.partnerships.byName(trimmed)) throw invalid(`name: a partnership named "${trimmed}" already exists`, { field: 'name' });
  const minimum = options.quoteMinimum ?? DEFAULT_QUOTE_MIN_PARTICIPANTS;
  checkQuoteMinimum(minimum, 'quoteMinimum');
  const labels = cycleLabels(options.cycles ?? []);
  const row: PartnershipRow = { id: ctx.ids.next('partnership'), name: trimmed, created_at: now(ctx), quote_min_participants: minimum, quote_min_version: 1 };
  await ctx.store.partnerships.insert(row);
  await audit(ctx, { action: 'partnership.create', entityKind: 'partnership', entityId: row.id, data: row });
  for (const label of labels) await insertCycle(ctx, row.id, label);
  await ensureDefaultTemplates(ctx, row.id);
  await ensureDefaultFramework(ctx, row.id);
  await ensureDefaultComponents(ctx, row.id);
  return row;
}

/** Cycle labels checked as school years ("2009-10"), each once. */
function cycleLabels(values: readonly string[]): string[] {
  const labels: string[] = [];
  for (const value of values) {
    const label = cycleLabel(value, 'cycles');
    if (labels.includes(label)) throw invalid(`cycles: "${label}" is named twice`, { field: 'cycles' });
    labels.push(label);
  }
  return labels;
}

export function cycleLabel(value: string, field: string): string {
  const parsed = parseCycleLabel(value);
  if (!parsed) throw invalid(`${field}: "${value.trim()}" is not a school year written as 2009-10 (a year and the next one's last two digits)`, { field });
  return parsed.label;
}

async function insertCycle(ctx: ServiceContext, partnershipId: string, label: string): Promise<CycleRow> {
  const row: CycleRow = { id: ctx.ids.next('cycle'), partnership_id: partnershipId, label, created_at: now(ctx) };
  await ctx.store.cycles.insert(row);
  await audit(ctx, { action: 'cycle.create', entityKind: 'cycle', entityId: row.id, data: row });
  return row;
}

/** Adds a cycle (a school year, "2010-11") to the partnership, for interviews to come. */
export function addCycle(ctx: ServiceContext, partnershipId: string, label: string): Promise<CycleRow> {
  return inTransaction(ctx, async (tx) => {
    const checked = cycleLabel(label, 'label');
    if (!(await tx.store.partnerships.byId(partnershipId))) throw notFound('partnership', partnershipId);
    if (await tx.store.cycles.byLabel(partnershipId, checked)) throw invalid(`label: the cycle ${checked} already exists`, { field: 'label' });
    return insertCycle(tx, partnershipId, checked);
  });
}

export interface QuoteMinimumChange {
  minimum: number;
  /** The version of the minimum the change was made on (the partnership's `quote_min_version`). */
  expectedVersion?: number;
  /** Why it changes: kept in the history, and required, since it changes what partners may read. */
  reason?: string;
}

/**
 * The smallest role group in a district whose members may be quoted to partners (default 3; the
 * team may raise it): a new version of the rule, made on the version named, with its reason.
 */
export function setQuoteMinimum(ctx: ServiceContext, partnershipId: string, change: QuoteMinimumChange): Promise<PartnershipRow> {
  return inTransaction(ctx, async (tx) => {
    checkQuoteMinimum(change.minimum, 'minimum');
    const row = await tx.store.partnerships.byId(partnershipId);
    if (!row) throw notFound('partnership', partnershipId);
    if (row.quote_min_participants === change.minimum) return row;
    const reason = change.reason?.trim() ?? '';
    if (!reason) throw invalid('reason: say why the quote minimum changes (the reason is kept in the history)', { field: 'reason' });
    const shown = { minimum: row.quote_min_participants };
    const version = row.quote_min_version;
    if (change.expectedVersion === undefined) throw versionRequired('the quote minimum of', row.name, version, shown);
    if (change.expectedVersion !== version) throw versionConflict('the quote minimum of', row.name, change.expectedVersion, version, shown);
    if (!(await tx.store.partnerships.setQuoteMinimum(partnershipId, change.minimum, version)))
      throw versionConflict('the quote minimum of', row.name, change.expectedVersion, version + 1, shown);
    await audit(tx, {
      action: 'partnership.quote_minimum',
      entityKind: 'partnership',
      entityId: partnershipId,
      version: version + 1,
      reason,
      data: { from: row.quote_min_participants, to: change.minimum },
    });
    return (await tx.store.partnerships.byId(partnershipId))!;
  });
}
