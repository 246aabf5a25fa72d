import { invalid, notFound, versionConflict } from '../domain/errors.js';
import type { Stance } from '../domain/evidence.js';
import type { CitationRow } from '../storage/repositories/citation.repository.js';
import type { ExcerptInContext } from '../storage/repositories/excerpt.repository.js';
import type { InterviewListing } from '../storage/repositories/interview.repository.js';
import type { IsfFieldRow } from '../storage/repositories/isf-template.repository.js';
import type { IsfEntryRow, IsfRow } from '../storage/repositories/isf.repository.js';
import { cite } from './citations.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { effectiveTemplate } from './isf-templates.js';
import { type CompletionCheck, completionCheck, inWords } from '../domain/isf-template.js';
import { interviewOf, resolveFilters } from './lookup.js';
import { saveNextVersion } from './versioned-edit.js';

export const ISF_STATUSES = ['draft', 'complete'] as const;
export type IsfStatus = (typeof ISF_STATUSES)[number];

export interface EvidenceCitation {
  citation: CitationRow;
  excerpt: ExcerptInContext;
}

export interface IsfFieldView {
  field: IsfFieldRow;
  entry: IsfEntryRow | null;
  evidence: EvidenceCitation[];
}

export interface IsfView {
  isf: IsfRow;
  interview: InterviewListing;
  fields: IsfFieldView[];
}

/** Starts the Interview Summary Form of an interview, on its district's template for the role. */
export function createIsf(ctx: ServiceContext, partnershipId: string, interviewIdOrCode: string): Promise<IsfView> {
  return inTransaction(ctx, (tx) => createIsfIn(tx, partnershipId, interviewIdOrCode));
}

async function createIsfIn(ctx: ServiceContext, partnershipId: string, interviewIdOrCode: string): Promise<IsfView> {
  const interview = await interviewOf(ctx, partnershipId, interviewIdOrCode);
  const existing = await ctx.store.isfs.byInterview(interview.id);
  if (existing) throw invalid(`interview ${interview.code} already has an ISF (${existing.id})`, { field: 'interview', isfId: existing.id });
  const { template } = await effectiveTemplate(ctx, partnershipId, interview.role, interview.district_id);
  const at = now(ctx);
  const row: IsfRow = {
    id: ctx.ids.next('isf'),
    interview_id: interview.id,
    template_id: template.id,
    template_version: template.version,
    status: 'draft',
    ...firstVersion(ctx, at),
  };
  await ctx.store.isfs.insert(row);
  await audit(ctx, { action: 'isf.create', entityKind: 'isf', entityId: row.id, version: 1, at, data: row });
  return getIsf(ctx, row.id);
}

export async function getIsf(ctx: ServiceContext, id: string): Promise<IsfView> {
  const isf = await ctx.store.isfs.byId(id);
  if (!isf) throw notFound('ISF', id);
  const interview = (await ctx.store.interviews.list((await ctx.store.interviews.byId(isf.interview_id))!.partnership_id, {}, [isf.interview_id]))[0]!;
  const [fields, entries] = await Promise.all([ctx.store.templates.fields(isf.template_id), ctx.store.isfs.entries(isf.id)]);
  const live = entries.filter((e) => e.retired_at === null);
  const citations = await ctx.store.citations.from(live.map((e) => e.id));
  const excerpts = new Map((await ctx.store.excerpts.inContext([...new Set(citations.map((c) => c.cited_id))])).map((e) => [e.id, e]));
  return {
    isf,
    interview,
    fields: fields
      .map((field) => {
        const entry = live.find((e) => e.field_id === field.id) ?? null;
        const evidence = entry
          ? citations.filter((c) => c.citing_id === entry.id).map((citation) => ({ citation, excerpt: excerpts.get(citation.cited_id)! }))
          : [];
        return { field, entry, evidence };
      })
      // A field retired from the template still shows where this form has an entry for it.
      .filter((v) => v.field.retired_in_version === null || v.entry !== null),
  };
}

export interface EntryEdit {
  isfId: string;
  /** Field key (or field ID). */
  field: string;
  text: string;
  /** The entry version the writer started from; required to change the text of an existing entry. */
  expectedVersion?: number;
  reason?: string;
  /** Excerpts to cite along with the edit. */
  cite?: { excerptId: string; stance?: Stance }[];
}

/** Writes (or rewrites) one field of an ISF. A stale edit is refused with the current text, never lost. */
export async function writeEntry(ctx: ServiceContext, edit: EntryEdit): Promise<IsfEntryRow> {
  return inTransaction(ctx, async (tx) => {
    const isf = await tx.store.isfs.byId(edit.isfId);
    if (!isf) throw notFound('ISF', edit.isfId);
    const field = (await tx.store.templates.fields(isf.template_id)).find((f) => f.key === edit.field || f.id === edit.field);
    if (!field) throw notFound('field of this ISF', JSON.stringify(edit.field));
    const text = edit.text.trim();
    if (!text) throw invalid('an entry needs text; to withdraw one, retire it', { field: 'text' });
    const at = now(tx);
    const current = await tx.store.isfs.liveEntry(isf.id, field.id);
    let entry: IsfEntryRow;
    if (!current) {
      if (field.retired_in_version !== null) throw invalid(`the field "${field.key}" was retired from the template`, { field: 'field' });
      entry = {
        id: tx.ids.next('isfEntry'),
        isf_id: isf.id,
        field_id: field.id,
        text,
        ...firstVersion(tx, at),
        ...NOT_RETIRED,
      };
      await tx.store.isfs.insertEntry(entry);
      await audit(tx, { action: 'isf_entry.create', entityKind: 'isfEntry', entityId: entry.id, version: 1, reason: edit.reason ?? null, at, data: entry });
    } else if (text === current.text) {
      entry = current; // nothing to change (citations given with it are still added)
    } else {
      const shown = { text: current.text, updatedBy: current.updated_by, updatedAt: current.updated_at };
      await saveNextVersion(tx, {
        what: 'ISF entry',
        current,
        shown,
        expectedVersion: edit.expectedVersion,
        at,
        write: (from) => tx.store.isfs.updateEntryText(current.id, text, from, tx.actor, at),
        audit: { action: 'isf_entry.update', entityKind: 'isfEntry', reason: edit.reason ?? null, data: { from: current.text, to: text } },
      });
      entry = { ...current, text, version: current.version + 1, updated_by: tx.actor, updated_at: at };
    }
    for (const c of edit.cite ?? []) await cite(tx, { citingId: entry.id, citedId: c.excerptId, stance: c.stance ?? 'supports' });
    return entry;
  });
}

/** The fields of an ISF still empty: required ones keep it from being complete, optional ones are only pointed out. */
export function isfCompletion(view: IsfView): CompletionCheck {
  return completionCheck(
    view.fields.map((f) => ({ label: f.field.label, required: f.field.required === 1 && f.field.retired_in_version === null, written: f.entry !== null })),
  );
}

/** Marks an ISF complete (every entry must cite its passages) or back to draft. */
export function setIsfStatus(ctx: ServiceContext, isfId: string, status: IsfStatus, reason?: string): Promise<IsfView> {
  return inTransaction(ctx, (tx) => setIsfStatusIn(tx, isfId, status, reason));
}

async function setIsfStatusIn(ctx: ServiceContext, isfId: string, status: IsfStatus, reason?: string): Promise<IsfView> {
  if (!ISF_STATUSES.includes(status)) throw invalid(`status is "draft" or "complete", not "${status}"`, { field: 'status' });
  const view = await getIsf(ctx, isfId);
  if (view.isf.status === status) return view;
  if (status === 'complete') {
    const written = view.fields.filter((f) => f.entry);
    const { missingRequired } = isfCompletion(view);
    if (missingRequired.length) {
      throw invalid(
        `the template requires ${missingRequired.length === 1 ? 'the field' : 'the fields'} ${inWords(missingRequired)} before the ISF is complete: write ${missingRequired.length === 1 ? 'it' : 'them'} first`,
        { field: 'status', missing: missingRequired },
      );
    }
    if (written.length === 0) throw invalid('an ISF with no entries cannot be complete');
    const unsupported = written.filter((f) => !f.evidence.some((e) => e.excerpt.retired_at === null)).map((f) => f.field.key);
    if (unsupported.length)
      throw invalid(`entries cite no transcript passage in use (none, or only retired ones): ${unsupported.join(', ')}`, { fields: unsupported });
  }
  const at = now(ctx);
  if (!(await ctx.store.isfs.setStatus(isfId, status, view.isf.version, ctx.actor, at))) {
    throw versionConflict('ISF', isfId, view.isf.version, view.isf.version + 1);
  }
  await audit(ctx, {
    action: 'isf.status',
    entityKind: 'isf',
    entityId: isfId,
    version: view.isf.version + 1,
    reason: reason ?? null,
    at,
    data: { from: view.isf.status, to: status },
  });
  return getIsf(ctx, isfId);
}

/** ISFs, narrowed by district, school, cycle (each by name or ID), role group and status. */
export async function listIsfs(
  ctx: ServiceContext,
  partnershipId: string,
  f: { district?: string; school?: string; role?: string; cycle?: string; status?: string },
) {
  const { status, ...filters } = f;
  return ctx.store.isfs.list(partnershipId, { ...(await resolveFilters(ctx, partnershipId, filters)), ...(status && { status }) });
}
