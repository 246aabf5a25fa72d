import { invalid, notFound } from '../domain/errors.js';
import { kindOfId } from '../domain/ids.js';
import { checkElement, type ElementInput, ELEMENT_KIND_LABELS, outOfStrategyScope, type StrategyElement } from '../domain/strategy.js';
import type { StrategyElementRow, StrategyEvidenceRow, StrategyRow } from '../storage/repositories/strategy.repository.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { supportTypes } from './framework.js';
import { cycleOf, districtOf, withDefined } from './lookup.js';
import { saveNextVersion } from './versioned-edit.js';

export interface EvidenceView {
  id: string;
  kind: 'excerpt' | 'artifact';
  citedId: string;
  note: string;
  /** The passage's words, or the artifact's title. */
  text: string;
  /** Where it comes from: the interview code, or the artifact's file name. */
  source: string;
  /** The passage or artifact was retired since: documents generated from now on leave it out. */
  retired: boolean;
}

export interface ElementView {
  row: StrategyElementRow;
  element: StrategyElement;
  evidence: EvidenceView[];
}

export interface StrategyView {
  strategy: StrategyRow;
  evidence: EvidenceView[];
  elements: ElementView[];
}

/** The element a stored row holds. */
export function elementOf(row: StrategyElementRow): StrategyElement {
  switch (row.kind) {
    case 'practice':
      return { kind: 'practice', role: row.role as never, description: row.description, target: row.target ?? '' };
    case 'support':
      return {
        kind: 'support',
        supportType: row.support_type ?? '',
        description: row.description,
        rolesServed: (row.roles_served ?? '').split(',').filter(Boolean) as never,
        frequency: row.frequency ?? '',
        provider: row.provider ?? '',
        coParticipation: row.co_participation === 1,
      };
    default:
      return { kind: 'accountability', holder: row.holder ?? '', held: row.held ?? '', description: row.description };
  }
}

function elementColumns(e: StrategyElement) {
  const none = {
    role: null,
    target: null,
    support_type: null,
    roles_served: null,
    frequency: null,
    provider: null,
    co_participation: null,
    holder: null,
    held: null,
  };
  switch (e.kind) {
    case 'practice':
      return { ...none, kind: e.kind, description: e.description, role: e.role, target: e.target };
    case 'support':
      return {
        ...none,
        kind: e.kind,
        description: e.description,
        support_type: e.supportType,
        roles_served: e.rolesServed.join(','),
        frequency: e.frequency,
        provider: e.provider,
        co_participation: e.coParticipation ? 1 : 0,
      };
    case 'accountability':
      return { ...none, kind: e.kind, description: e.description, holder: e.holder, held: e.held };
  }
}

async function evidenceViews(ctx: ServiceContext, rows: readonly StrategyEvidenceRow[]): Promise<Map<string, EvidenceView[]>> {
  const cited = await ctx.store.strategies.cited(rows);
  const out = new Map<string, EvidenceView[]>();
  for (const r of rows) {
    const c = cited.get(r.cited_id);
    const list = out.get(r.citing_id) ?? [];
    list.push({
      id: r.id,
      kind: r.cited_kind,
      citedId: r.cited_id,
      note: r.note,
      text: c?.text ?? '',
      source: c?.source ?? '',
      retired: Boolean(c?.retired_at),
    });
    out.set(r.citing_id, list);
  }
  return out;
}

async function views(ctx: ServiceContext, strategies: readonly StrategyRow[]): Promise<StrategyView[]> {
  const elements = await ctx.store.strategies.elements(strategies.map((s) => s.id));
  const evidence = await evidenceViews(ctx, await ctx.store.strategies.evidence([...strategies.map((s) => s.id), ...elements.map((e) => e.id)]));
  return strategies.map((strategy) => ({
    strategy,
    evidence: evidence.get(strategy.id) ?? [],
    elements: elements.filter((e) => e.strategy_id === strategy.id).map((row) => ({ row, element: elementOf(row), evidence: evidence.get(row.id) ?? [] })),
  }));
}

export async function getStrategy(ctx: ServiceContext, id: string): Promise<StrategyView> {
  const strategy = await ctx.store.strategies.byId(id);
  if (!strategy) throw notFound('strategy', id);
  return (await views(ctx, [strategy]))[0]!;
}

/** A district's strategies in a cycle, in the district's order, with their elements and evidence. */
export async function listStrategies(ctx: ServiceContext, partnershipId: string, f: { districtId?: string; cycleId?: string }): Promise<StrategyView[]> {
  return views(ctx, await ctx.store.strategies.list(partnershipId, f));
}

export interface NewStrategy {
  partnershipId: string;
  district: string;
  cycle: string;
  name: string;
  goal: string;
}

function checkedText(value: string | undefined, field: string, what: string, max: number): string {
  const v = value?.trim() ?? '';
  if (!v) throw invalid(`a strategy needs ${what}`, { field });
  if (v.length > max) throw invalid(`${field} is longer than ${max} characters`, { field });
  return v;
}

export function createStrategy(ctx: ServiceContext, input: NewStrategy): Promise<StrategyView> {
  return inTransaction(ctx, async (tx) => {
    const district = await districtOf(tx, input.partnershipId, input.district);
    const cycle = await cycleOf(tx, input.partnershipId, input.cycle);
    const at = now(tx);
    const row: StrategyRow = {
      id: tx.ids.next('strategy'),
      partnership_id: input.partnershipId,
      district_id: district.id,
      cycle_id: cycle.id,
      position: await tx.store.strategies.nextPosition(district.id, cycle.id),
      name: checkedText(input.name, 'name', 'a name', 300),
      goal: checkedText(input.goal, 'goal', 'its goal', 4000),
      ...firstVersion(tx, at),
      ...NOT_RETIRED,
    };
    await tx.store.strategies.insert(row);
    await audit(tx, { action: 'strategy.create', entityKind: 'strategy', entityId: row.id, version: 1, at, data: row });
    return getStrategy(tx, row.id);
  });
}

export function editStrategy(
  ctx: ServiceContext,
  edit: { id: string; name?: string; goal?: string; expectedVersion?: number; reason?: string },
): Promise<StrategyView> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.strategies.byId(edit.id);
    if (!row) throw notFound('strategy', edit.id);
    if (row.retired_at) throw invalid(`strategy ${row.id} was retired`);
    const before = { name: row.name, goal: row.goal };
    const next = {
      name: edit.name === undefined ? row.name : checkedText(edit.name, 'name', 'a name', 300),
      goal: edit.goal === undefined ? row.goal : checkedText(edit.goal, 'goal', 'its goal', 4000),
    };
    if (next.name === before.name && next.goal === before.goal) return getStrategy(tx, row.id);
    await saveNextVersion(tx, {
      what: 'strategy',
      current: row,
      shown: before,
      expectedVersion: edit.expectedVersion,
      write: (from, at) => tx.store.strategies.update(row.id, next, from, tx.actor, at),
      audit: { action: 'strategy.update', entityKind: 'strategy', reason: edit.reason ?? null, data: { from: before, to: next } },
    });
    return getStrategy(tx, row.id);
  });
}

async function liveStrategy(ctx: ServiceContext, id: string): Promise<StrategyRow> {
  const strategy = await ctx.store.strategies.byId(id);
  if (!strategy) throw notFound('strategy', id);
  if (strategy.retired_at) throw invalid(`strategy ${strategy.id} was retired`);
  return strategy;
}

/** Adds an envisioned practice, intended support or accountability relation to a strategy. */
export function addElement(ctx: ServiceContext, strategyId: string, input: ElementInput): Promise<ElementView> {
  return inTransaction(ctx, async (tx) => {
    const strategy = await liveStrategy(tx, strategyId);
    const element = checkElement(
      input,
      (await supportTypes(tx, strategy.partnership_id)).map((t) => t.key),
    );
    const at = now(tx);
    const row: StrategyElementRow = {
      id: tx.ids.next('strategyElement'),
      strategy_id: strategy.id,
      position: await tx.store.strategies.nextElementPosition(strategy.id),
      ...elementColumns(element),
      ...firstVersion(tx, at),
      ...NOT_RETIRED,
    };
    await tx.store.strategies.insertElement(row);
    await audit(tx, { action: 'strategy_element.create', entityKind: 'strategyElement', entityId: row.id, version: 1, at, data: row });
    return { row, element, evidence: [] };
  });
}

/** Changes an element as a new version; its kind stays what it was. */
export function editElement(ctx: ServiceContext, edit: { id: string; changes: ElementInput; expectedVersion?: number; reason?: string }): Promise<ElementView> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.strategies.elementById(edit.id);
    if (!row) throw notFound('strategy element', edit.id);
    if (row.retired_at) throw invalid(`strategy element ${row.id} was retired`);
    const strategy = await liveStrategy(tx, row.strategy_id);
    const current = elementOf(row);
    if (edit.changes.kind && edit.changes.kind !== current.kind)
      throw invalid(`an element keeps its kind (${current.kind}); retire it and add a new one`, { field: 'kind' });
    const element = checkElement(
      { ...current, ...withDefined(edit.changes as Record<string, unknown>), kind: current.kind },
      (await supportTypes(tx, strategy.partnership_id)).map((t) => t.key),
    );
    const next = elementColumns(element);
    const before = elementColumns(current);
    if (JSON.stringify(next) === JSON.stringify(before)) return { row, element, evidence: [] };
    await saveNextVersion(tx, {
      what: ELEMENT_KIND_LABELS[current.kind],
      current: row,
      shown: current,
      expectedVersion: edit.expectedVersion,
      write: (from, at) => tx.store.strategies.updateElement(row.id, next, from, tx.actor, at),
      audit: { action: 'strategy_element.update', entityKind: 'strategyElement', reason: edit.reason ?? null, data: { from: current, to: element } },
    });
    const saved = (await tx.store.strategies.elementById(row.id))!;
    return { row: saved, element, evidence: (await evidenceViews(tx, await tx.store.strategies.evidence([row.id]))).get(row.id) ?? [] };
  });
}

/** Cites a leader-interview passage or an artifact as evidence of a strategy or one of its elements. */
export function citeStrategyEvidence(ctx: ServiceContext, input: { citingId: string; citedId: string; note?: string }): Promise<EvidenceView> {
  return inTransaction(ctx, async (tx) => {
    const citingKind = kindOfId(input.citingId);
    let strategy: StrategyRow;
    if (citingKind === 'strategy') strategy = await liveStrategy(tx, input.citingId);
    else if (citingKind === 'strategyElement') {
      const element = await tx.store.strategies.elementById(input.citingId);
      if (!element) throw notFound('strategy element', input.citingId);
      if (element.retired_at) throw invalid(`strategy element ${element.id} was retired`);
      strategy = await liveStrategy(tx, element.strategy_id);
    } else throw invalid(`${input.citingId} is not a strategy or a strategy element`, { field: 'citingId' });

    const citedKind = kindOfId(input.citedId);
    let why: string | null;
    if (citedKind === 'excerpt') {
      const excerpt = await tx.store.excerpts.byId(input.citedId);
      const interview = excerpt && (await tx.store.interviews.byId(excerpt.interview_id));
      if (!excerpt || !interview || interview.partnership_id !== strategy.partnership_id) throw notFound('passage', input.citedId);
      if (excerpt.retired_at) throw invalid(`passage ${excerpt.id} was retired`, { field: 'citedId' });
      why = outOfStrategyScope(
        { districtId: strategy.district_id, cycleId: strategy.cycle_id },
        { kind: 'excerpt', districtId: interview.district_id, cycleId: interview.cycle_id, role: interview.role },
      );
    } else if (citedKind === 'artifact') {
      const artifact = await tx.store.artifacts.byId(input.citedId);
      if (!artifact || artifact.partnership_id !== strategy.partnership_id) throw notFound('artifact', input.citedId);
      if (artifact.retired_at) throw invalid(`artifact ${artifact.id} was retired`, { field: 'citedId' });
      why = outOfStrategyScope(
        { districtId: strategy.district_id, cycleId: strategy.cycle_id },
        { kind: 'artifact', districtId: artifact.district_id, cycleId: artifact.cycle_id },
      );
    } else throw invalid(`a strategy cites passages of leader interviews (exc_…) or artifacts (art_…); ${input.citedId} is neither`, { field: 'citedId' });
    if (why) throw invalid(`${input.citedId} cannot be cited here: ${why}`, { field: 'citedId' });

    const existing = (await tx.store.strategies.evidence([input.citingId])).find((e) => e.cited_id === input.citedId);
    if (existing) return (await evidenceViews(tx, [existing])).get(input.citingId)![0]!;
    const at = now(tx);
    const row: StrategyEvidenceRow = {
      id: tx.ids.next('strategyEvidence'),
      partnership_id: strategy.partnership_id,
      citing_id: input.citingId,
      cited_kind: citedKind,
      cited_id: input.citedId,
      note: input.note?.trim() ?? '',
      created_by: tx.actor,
      created_at: at,
      ...NOT_RETIRED,
    };
    await tx.store.strategies.insertEvidence(row);
    await audit(tx, { action: 'strategy_evidence.create', entityKind: 'strategyEvidence', entityId: row.id, at, data: row });
    return (await evidenceViews(tx, [row])).get(input.citingId)![0]!;
  });
}
