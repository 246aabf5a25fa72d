import { invalid, notFound } from '../domain/errors.js';
import { type EntityKind, kindOfId } from '../domain/ids.js';
import { isCitingKind } from '../domain/evidence.js';
import { isEvidenceCitingKind, isRetirableKind, KIND_LABELS, type RetirableKind } from '../domain/record-kinds.js';
import type { Retirement } from '../storage/repositories/retire.js';
import type { Store } from '../storage/store.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';

interface RetirableRecord {
  retired_at: string | null;
  retired_by: string | null;
}

const RETIRABLE: Record<
  RetirableKind,
  { find: (s: Store, id: string) => Promise<RetirableRecord | undefined>; retire: (s: Store, id: string, r: Retirement) => Promise<void> }
> = {
  excerpt: { find: (s, id) => s.excerpts.byId(id), retire: (s, id, r) => s.excerpts.retire(id, r) },
  isfEntry: { find: (s, id) => s.isfs.entryById(id), retire: (s, id, r) => s.isfs.retireEntry(id, r) },
  claim: { find: (s, id) => s.summaries.claimById(id), retire: (s, id, r) => s.summaries.retireClaim(id, r) },
  finding: { find: (s, id) => s.findings.byId(id), retire: (s, id, r) => s.findings.retire(id, r) },
  citation: { find: (s, id) => s.citations.byId(id), retire: (s, id, r) => s.citations.retire(id, r) },
  supportType: { find: (s, id) => s.supportTypes.byId(id), retire: (s, id, r) => s.supportTypes.retire(id, r) },
  strategy: { find: (s, id) => s.strategies.byId(id), retire: (s, id, r) => s.strategies.retire(id, r) },
  strategyElement: { find: (s, id) => s.strategies.elementById(id), retire: (s, id, r) => s.strategies.retireElement(id, r) },
  strategyEvidence: { find: (s, id) => s.strategies.evidenceById(id), retire: (s, id, r) => s.strategies.retireEvidence(id, r) },
  artifact: { find: (s, id) => s.artifacts.byId(id), retire: (s, id, r) => s.artifacts.retire(id, r) },
  conjecture: { find: (s, id) => s.theory.conjectureById(id), retire: (s, id, r) => s.theory.retireConjecture(id, r) },
  recommendation: { find: (s, id) => s.feedback.recommendationById(id), retire: (s, id, r) => s.feedback.retireRecommendation(id, r) },
  evidenceLink: { find: (s, id) => s.feedback.linkById(id), retire: (s, id, r) => s.feedback.retireLink(id, r) },
  memo: { find: (s, id) => s.memos.byId(id), retire: (s, id, r) => s.memos.retire(id, r) },
};

/**
 * Withdraws an excerpt, ISF entry, claim, finding or citation. Nothing is deleted: the record stays
 * for the audit trail, and whatever cited it shows up in `warrant check` until it is mended.
 */
export async function retire(ctx: ServiceContext, id: string, reason: string): Promise<{ id: string; kind: EntityKind; retiredAt: string }> {
  const why = reason.trim();
  if (!why) throw invalid('say why it is retired (a reason is kept in the audit trail)', { field: 'reason' });
  const kind = kindOfId(id);
  const retirable = kind && isRetirableKind(kind) ? RETIRABLE[kind] : undefined;
  if (!kind || !retirable)
    throw invalid(
      `${id} cannot be retired: only excerpts, ISF entries, claims, findings, citations, strategies and their elements and evidence, artifacts, support types, conjectures, recommendations and their evidence, and memos can`,
      { field: 'id' },
    );
  const what = KIND_LABELS[kind];
  return inTransaction(ctx, async (tx) => {
    const row = await retirable.find(tx.store, id);
    if (!row) throw notFound(what, id);
    if (row.retired_at) throw invalid(`${what} ${id} was already retired on ${row.retired_at} by ${row.retired_by}`);
    const r: Retirement = { at: now(tx), by: tx.actor, reason: why };
    await retirable.retire(tx.store, id, r);
    await audit(tx, { action: `${kind}.retire`, entityKind: kind, entityId: id, reason: why, at: r.at, data: { retired: true } });
    return { id, kind, retiredAt: r.at };
  });
}

/** The live link by which a record cites another: a citation, a strategy's evidence or an evidence link. */
async function citationBetween(store: Store, citingId: string, citedId: string): Promise<{ id: string } | undefined> {
  const kind = kindOfId(citingId);
  const links =
    kind && isCitingKind(kind)
      ? await store.citations.from([citingId])
      : kind === 'strategy' || kind === 'strategyElement'
        ? await store.strategies.evidence([citingId])
        : kind && isEvidenceCitingKind(kind)
          ? await store.feedback.links([citingId])
          : undefined;
  if (!links) throw invalid(`${citingId} is not a record that cites evidence`, { field: 'citingId' });
  return links.find((l) => l.cited_id === citedId);
}

/**
 * Removes evidence from where it was cited: an ISF entry's passage, a claim's ISF entry, a finding's
 * claim, a strategy's or element's passage or document, a feedback record's evidence. The citation
 * is retired with the reason (kept in the audit trail), and the chain check judges the citing
 * record again: one left citing nothing is listed as broken.
 */
export async function uncite(ctx: ServiceContext, input: { citingId: string; citedId: string; reason: string }) {
  return inTransaction(ctx, async (tx) => {
    const link = await citationBetween(tx.store, input.citingId, input.citedId);
    if (!link) throw invalid(`${input.citingId} does not cite ${input.citedId} (or the citation was already withdrawn)`, { field: 'citedId' });
    return retire(tx, link.id, input.reason);
  });
}
