import { invalid, notFound } from '../domain/errors.js';
import { isIsoDate } from '../domain/cycle.js';
import {
  DEFAULT_COMPONENTS,
  diffIterations,
  type IterationChange,
  type IterationContent,
  LITERATURE_ADDRESS_RULE,
  literatureAddress,
  UPTAKE_LABELS,
  type UptakeStatus,
} from '../domain/theory-of-action.js';
import type {
  ConjectureRevisionRow,
  ConjectureRow,
  LiteratureRow,
  RetrospectiveRow,
  ToaComponentRow,
  ToaIterationRow,
} from '../storage/repositories/theory.repository.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { linkEvidence, type LinkView, linkViews } from './evidence-links.js';
import { saveNextVersion } from './versioned-edit.js';

/** Stores the five default components for a partnership that has none. */
export async function ensureDefaultComponents(ctx: ServiceContext, partnershipId: string): Promise<void> {
  if ((await ctx.store.theory.components(partnershipId, { withRetired: true })).length > 0) return;
  for (const [position, def] of DEFAULT_COMPONENTS.entries()) await insertComponent(ctx, partnershipId, def.key, def.name, position);
}

async function insertComponent(ctx: ServiceContext, partnershipId: string, key: string, name: string, position: number): Promise<ToaComponentRow> {
  const at = now(ctx);
  const row: ToaComponentRow = {
    id: ctx.ids.next('toaComponent'),
    partnership_id: partnershipId,
    key,
    name,
    position,
    ...firstVersion(ctx, at),
    ...NOT_RETIRED,
  };
  await ctx.store.theory.insertComponent(row);
  await audit(ctx, { action: 'toa_component.create', entityKind: 'toaComponent', entityId: row.id, version: 1, at, data: row });
  return row;
}

export function addComponent(ctx: ServiceContext, input: { partnershipId: string; key: string; name: string }): Promise<ToaComponentRow> {
  return inTransaction(ctx, async (tx) => {
    await ensureDefaultComponents(tx, input.partnershipId);
    const key = input.key.trim();
    if (!/^[a-z][a-z0-9_]{1,59}$/.test(key)) throw invalid('key is 2–60 lower-case letters, digits or underscores, starting with a letter', { field: 'key' });
    const existing = await tx.store.theory.components(input.partnershipId, { withRetired: true });
    if (existing.some((c) => c.key === key)) throw invalid(`the theory already has a component "${key}"`, { field: 'key' });
    const name = input.name.trim();
    if (!name) throw invalid('a component needs a name', { field: 'name' });
    return insertComponent(tx, input.partnershipId, key, name, existing.length);
  });
}

/** Renames a component of the theory: a new version, with its reason. */
export function renameComponent(ctx: ServiceContext, input: { id: string; name: string; expectedVersion?: number; reason?: string }): Promise<ToaComponentRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.theory.componentById(input.id);
    if (!row) throw notFound('component of the theory of action', input.id);
    if (row.retired_at) throw invalid(`component ${row.key} was retired`);
    const name = input.name.trim();
    if (!name) throw invalid('a component needs a name', { field: 'name' });
    if (name === row.name) return row;
    if (!input.reason?.trim()) throw invalid('say why the component is renamed (the reason is kept with the new version)', { field: 'reason' });
    const reason = input.reason.trim();
    await saveNextVersion(tx, {
      what: 'component',
      current: row,
      shown: { name: row.name },
      expectedVersion: input.expectedVersion,
      write: (from, at) => tx.store.theory.updateComponent(row.id, { name }, from, tx.actor, at),
      audit: { action: 'toa_component.update', entityKind: 'toaComponent', reason, data: { from: row.name, to: name } },
    });
    return (await tx.store.theory.componentById(row.id))!;
  });
}

async function componentOf(ctx: ServiceContext, partnershipId: string, idOrKey: string): Promise<ToaComponentRow> {
  await ensureDefaultComponents(ctx, partnershipId);
  const found = (await ctx.store.theory.components(partnershipId)).find((c) => c.id === idOrKey || c.key === idOrKey);
  if (!found) throw notFound('component of the theory of action', JSON.stringify(idOrKey));
  return found;
}

export interface WarrantInput {
  /** A finding, literature reference, retrospective analysis, district or uptake record. */
  id: string;
  bearing?: string;
  note?: string;
}

/** A new conjecture in a component, with the warrant of its first version. */
export function addConjecture(
  ctx: ServiceContext,
  input: { partnershipId: string; component: string; text: string; reason?: string; warrant?: WarrantInput[] },
): Promise<ConjectureView> {
  return inTransaction(ctx, async (tx) => {
    const component = await componentOf(tx, input.partnershipId, input.component);
    const text = input.text.trim();
    if (!text) throw invalid('a conjecture needs its text', { field: 'text' });
    const at = now(tx);
    const siblings = (await tx.store.theory.conjectures(input.partnershipId)).filter((c) => c.component_id === component.id);
    const row: ConjectureRow = {
      id: tx.ids.next('conjecture'),
      partnership_id: input.partnershipId,
      component_id: component.id,
      text,
      position: siblings.length + 1,
      ...firstVersion(tx, at),
      ...NOT_RETIRED,
    };
    const revision: ConjectureRevisionRow = {
      id: tx.ids.next('conjectureRevision'),
      conjecture_id: row.id,
      version: 1,
      text,
      reason: input.reason?.trim() || 'first stated',
      created_by: tx.actor,
      created_at: at,
    };
    await tx.store.theory.insertConjecture(row, revision);
    await audit(tx, {
      action: 'conjecture.create',
      entityKind: 'conjecture',
      entityId: row.id,
      version: 1,
      reason: revision.reason,
      at,
      data: { ...row, revision: revision.id },
    });
    for (const w of input.warrant ?? [])
      await linkEvidence(tx, { citingId: revision.id, citedId: w.id, ...(w.bearing && { bearing: w.bearing }), ...(w.note && { note: w.note }) });
    return conjectureView(tx, row.id);
  });
}

/** Revises a conjecture: a new version with its reason and its own warrant; earlier versions keep theirs. */
export function reviseConjecture(
  ctx: ServiceContext,
  input: { id: string; text: string; reason: string; expectedVersion?: number; warrant?: WarrantInput[] },
): Promise<ConjectureView> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.theory.conjectureById(input.id);
    if (!row) throw notFound('conjecture', input.id);
    if (row.retired_at) throw invalid(`conjecture ${row.id} was retired`);
    const text = input.text.trim();
    if (!text) throw invalid('a conjecture needs its text', { field: 'text' });
    if (text === row.text) throw invalid('the text is the same as the current version: add evidence to the current revision instead', { field: 'text' });
    const reason = input.reason.trim();
    if (!reason) throw invalid('say why the conjecture is revised (the reason is kept with the revision)', { field: 'reason' });
    const revision: ConjectureRevisionRow = {
      id: tx.ids.next('conjectureRevision'),
      conjecture_id: row.id,
      version: row.version + 1,
      text,
      reason,
      created_by: tx.actor,
      created_at: now(tx),
    };
    await saveNextVersion(tx, {
      what: 'conjecture',
      current: row,
      shown: { text: row.text },
      expectedVersion: input.expectedVersion,
      at: revision.created_at,
      write: (from, at) => tx.store.theory.reviseConjecture(row.id, text, { ...revision, version: from + 1 }, from, tx.actor, at),
      audit: { action: 'conjecture.revise', entityKind: 'conjecture', reason, data: { from: row.text, to: text, revision: revision.id } },
    });
    for (const w of input.warrant ?? [])
      await linkEvidence(tx, { citingId: revision.id, citedId: w.id, ...(w.bearing && { bearing: w.bearing }), ...(w.note && { note: w.note }) });
    return conjectureView(tx, row.id);
  });
}

/** Adds evidence to the warrant of a conjecture's current revision. */
export async function addWarrant(ctx: ServiceContext, conjectureId: string, w: WarrantInput): Promise<ConjectureView> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.theory.conjectureById(conjectureId);
    if (!row) throw notFound('conjecture', conjectureId);
    const current = (await tx.store.theory.revisions([row.id])).at(-1)!;
    await linkEvidence(tx, { citingId: current.id, citedId: w.id, ...(w.bearing && { bearing: w.bearing }), ...(w.note && { note: w.note }) });
    return conjectureView(tx, row.id);
  });
}

export function addLiterature(
  ctx: ServiceContext,
  input: { partnershipId: string; authors: string; year?: number; title: string; source: string; url?: string },
): Promise<LiteratureRow> {
  return inTransaction(ctx, async (tx) => {
    const authors = input.authors.trim();
    const title = input.title.trim();
    if (!authors || !title) throw invalid('a reference needs its authors and title', { field: authors ? 'title' : 'authors' });
    if (input.year !== undefined && (input.year < 1800 || input.year > 2200)) throw invalid('year is a year of publication', { field: 'year' });
    const given = input.url?.trim() ?? '';
    const url = given ? literatureAddress(given) : null;
    if (url === undefined)
      throw invalid(`url: ${LITERATURE_ADDRESS_RULE}, and ${JSON.stringify(given.length > 80 ? `${given.slice(0, 79)}…` : given)} is not`, { field: 'url' });
    const at = now(tx);
    const row: LiteratureRow = {
      id: tx.ids.next('literature'),
      partnership_id: input.partnershipId,
      authors,
      year: input.year ?? null,
      title,
      source: input.source.trim(),
      url,
      created_by: tx.actor,
      created_at: at,
    };
    await tx.store.theory.insertLiterature(row);
    await audit(tx, { action: 'literature.create', entityKind: 'literature', entityId: row.id, at, data: row });
    return row;
  });
}

export function addRetrospective(ctx: ServiceContext, input: { partnershipId: string; title: string; summary: string }): Promise<RetrospectiveRow> {
  return inTransaction(ctx, async (tx) => {
    const title = input.title.trim();
    const summary = input.summary.trim();
    if (!title || !summary) throw invalid('a retrospective analysis needs its title and a summary of its result', { field: title ? 'summary' : 'title' });
    const at = now(tx);
    const row: RetrospectiveRow = {
      id: tx.ids.next('retrospective'),
      partnership_id: input.partnershipId,
      title,
      summary,
      created_by: tx.actor,
      created_at: at,
    };
    await tx.store.theory.insertRetrospective(row);
    await audit(tx, { action: 'retrospective.create', entityKind: 'retrospective', entityId: row.id, at, data: row });
    return row;
  });
}

export interface ConjectureView {
  conjecture: ConjectureRow;
  component: ToaComponentRow;
  revisions: (ConjectureRevisionRow & { warrant: LinkView[] })[];
  /** Recommendations based on it and what became of them: evidence on the conjecture from practice. */
  uptake: { uptakeId: string; recommendationId: string; recommendation: string; district: string; cycle: string; status: UptakeStatus; label: string }[];
}

export async function conjectureView(ctx: ServiceContext, id: string): Promise<ConjectureView> {
  const conjecture = await ctx.store.theory.conjectureById(id);
  if (!conjecture) throw notFound('conjecture', id);
  const component = (await ctx.store.theory.componentById(conjecture.component_id))!;
  const revisions = await ctx.store.theory.revisions([id]);
  const warrants = await linkViews(
    ctx,
    revisions.map((r) => r.id),
  );
  const uptake: ConjectureView['uptake'] = [];
  for (const link of await ctx.store.feedback.linksTo([id])) {
    const rec = await ctx.store.feedback.recommendationById(link.citing_id);
    if (!rec || rec.retired_at) continue;
    const strategy = (await ctx.store.strategies.byId(rec.strategy_id))!;
    const district = (await ctx.store.organizations.byId(strategy.district_id))!;
    for (const u of (await ctx.store.feedback.uptakes(rec.partnership_id)).filter((x) => x.recommendation_id === rec.id)) {
      const cycle = (await ctx.store.cycles.byId(u.cycle_id))!;
      uptake.push({
        uptakeId: u.id,
        recommendationId: rec.id,
        recommendation: rec.text,
        district: district.name,
        cycle: cycle.label,
        status: u.status,
        label: UPTAKE_LABELS[u.status],
      });
    }
  }
  return { conjecture, component, revisions: revisions.map((r) => ({ ...r, warrant: warrants.get(r.id) ?? [] })), uptake };
}

/** The theory as it stands: its components, each with its live conjectures. */
export async function theoryOfAction(ctx: ServiceContext, partnershipId: string): Promise<{ component: ToaComponentRow; conjectures: ConjectureView[] }[]> {
  let components = await ctx.store.theory.components(partnershipId);
  if (components.length === 0 && (await ctx.store.theory.components(partnershipId, { withRetired: true })).length === 0) {
    await inTransaction(ctx, (tx) => ensureDefaultComponents(tx, partnershipId));
    components = await ctx.store.theory.components(partnershipId);
  }
  const conjectures = await ctx.store.theory.conjectures(partnershipId);
  const out = [];
  for (const component of components) {
    const mine = [];
    for (const c of conjectures.filter((x) => x.component_id === component.id)) mine.push(await conjectureView(ctx, c.id));
    out.push({ component, conjectures: mine });
  }
  return out;
}

/** Freezes the theory as it stands as the next dated iteration. */
export function issueIteration(ctx: ServiceContext, input: { partnershipId: string; label: string; dated: string }): Promise<ToaIterationRow> {
  return inTransaction(ctx, async (tx) => {
    const label = input.label.trim();
    if (!label) throw invalid('an iteration needs a label, e.g. "Iteration 2 (summer 2011)"', { field: 'label' });
    if (!isIsoDate(input.dated)) throw invalid('dated is a date, YYYY-MM-DD', { field: 'dated' });
    const theory = await theoryOfAction(tx, input.partnershipId);
    const content: IterationContent = {
      components: theory.map(({ component, conjectures }) => ({
        key: component.key,
        name: component.name,
        conjectures: conjectures.map((c) => {
          const current = c.revisions.at(-1)!;
          return {
            id: c.conjecture.id,
            version: current.version,
            text: current.text,
            reason: current.reason,
            warrant: current.warrant.map((w) => ({
              kind: w.kind === 'organization' ? 'district' : w.kind,
              id: w.citedId,
              label: w.label,
              bearing: w.bearing,
              note: w.note,
            })),
          };
        }),
      })),
    };
    const previous = (await tx.store.theory.iterations(input.partnershipId)).at(-1);
    if (previous && previous.content === JSON.stringify(content))
      throw invalid(`the theory has not changed since iteration ${previous.number} (${previous.label})`);
    const at = now(tx);
    const row: ToaIterationRow = {
      id: tx.ids.next('toaIteration'),
      partnership_id: input.partnershipId,
      number: (previous?.number ?? 0) + 1,
      label,
      dated: input.dated,
      content: JSON.stringify(content),
      created_by: tx.actor,
      created_at: at,
    };
    await tx.store.theory.insertIteration(row);
    await audit(tx, {
      action: 'toa_iteration.create',
      entityKind: 'toaIteration',
      entityId: row.id,
      version: row.number,
      at,
      data: { ...row, content: undefined },
    });
    return row;
  });
}

export const iterationContent = (row: ToaIterationRow): IterationContent => JSON.parse(row.content) as IterationContent;

export async function iterationOf(ctx: ServiceContext, partnershipId: string, numberOrId: string): Promise<ToaIterationRow> {
  const all = await ctx.store.theory.iterations(partnershipId);
  const found = all.find((i) => i.id === numberOrId || String(i.number) === numberOrId);
  if (!found) throw notFound('iteration of the theory of action', JSON.stringify(numberOrId));
  return found;
}

export async function compareIterations(
  ctx: ServiceContext,
  partnershipId: string,
  from: string,
  to: string,
): Promise<{ from: ToaIterationRow; to: ToaIterationRow; changes: IterationChange[] }> {
  const a = await iterationOf(ctx, partnershipId, from);
  const b = await iterationOf(ctx, partnershipId, to);
  return { from: a, to: b, changes: diffIterations(iterationContent(a), iterationContent(b)) };
}

/** The literature references and retrospective analyses conjectures may rest on. */
export async function theorySources(ctx: ServiceContext, partnershipId: string): Promise<{ literature: LiteratureRow[]; retrospectives: RetrospectiveRow[] }> {
  return { literature: await ctx.store.theory.literature(partnershipId), retrospectives: await ctx.store.theory.retrospectives(partnershipId) };
}

/** The dated iterations of the theory of action, in order. */
export const theoryIterations = (ctx: ServiceContext, partnershipId: string): Promise<ToaIterationRow[]> => ctx.store.theory.iterations(partnershipId);

/** A component of the theory by key or ID; as given when there is none, for the change to refuse by name. */
export async function componentId(ctx: ServiceContext, partnershipId: string, keyOrId: string): Promise<string> {
  return (await ctx.store.theory.components(partnershipId)).find((c) => c.id === keyOrId || c.key === keyOrId)?.id ?? keyOrId;
}
