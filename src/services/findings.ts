import { invalid, notFound } from '../domain/errors.js';
import type { Stance } from '../domain/evidence.js';
import type { CitationRow } from '../storage/repositories/citation.repository.js';
import type { FindingRow } from '../storage/repositories/finding.repository.js';
import type { ClaimInContext } from '../storage/repositories/summary.repository.js';
import { cite } from './citations.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { cycleOf, districtOf } from './lookup.js';
import { saveNextVersion } from './versioned-edit.js';

export interface FindingView {
  finding: FindingRow;
  evidence: { citation: CitationRow; claim: ClaimInContext }[];
}

export async function getFinding(ctx: ServiceContext, id: string): Promise<FindingView> {
  const finding = await ctx.store.findings.byId(id);
  if (!finding) throw notFound('finding', id);
  return (await views(ctx, [finding]))[0]!;
}

/** The partnership's findings (of a district, of a cycle), each with the claims it rests on. */
export async function listFindings(ctx: ServiceContext, partnershipId: string, f: { districtId?: string; cycleId?: string } = {}): Promise<FindingView[]> {
  return views(ctx, await ctx.store.findings.list(partnershipId, f));
}

/** The findings with their evidence: two queries however many findings there are. */
async function views(ctx: ServiceContext, findings: readonly FindingRow[]): Promise<FindingView[]> {
  const citations = await ctx.store.citations.from(findings.map((f) => f.id));
  const claims = new Map((await ctx.store.summaries.claimsInContext([...new Set(citations.map((c) => c.cited_id))])).map((c) => [c.id, c]));
  const cited = new Map<string, FindingView['evidence']>();
  for (const citation of citations) {
    const evidence = cited.get(citation.citing_id) ?? [];
    evidence.push({ citation, claim: claims.get(citation.cited_id)! });
    cited.set(citation.citing_id, evidence);
  }
  return findings.map((finding) => ({ finding, evidence: cited.get(finding.id) ?? [] }));
}

export interface NewFinding {
  partnershipId: string;
  district: string;
  cycle: string;
  text: string;
  cite?: { claimId: string; stance?: Stance }[];
}

/** A district-level finding, resting on claims of the district's mid-level summaries. */
export async function addFinding(ctx: ServiceContext, input: NewFinding): Promise<FindingView> {
  return inTransaction(ctx, async (tx) => {
    const district = await districtOf(tx, input.partnershipId, input.district);
    const cycle = await cycleOf(tx, input.partnershipId, input.cycle);
    const text = input.text.trim();
    if (!text) throw invalid('a finding needs text', { field: 'text' });
    const at = now(tx);
    const finding: FindingRow = {
      id: tx.ids.next('finding'),
      partnership_id: input.partnershipId,
      district_id: district.id,
      cycle_id: cycle.id,
      text,
      ...firstVersion(tx, at),
      ...NOT_RETIRED,
    };
    await tx.store.findings.insert(finding);
    await audit(tx, { action: 'finding.create', entityKind: 'finding', entityId: finding.id, version: 1, at, data: finding });
    for (const c of input.cite ?? []) await cite(tx, { citingId: finding.id, citedId: c.claimId, stance: c.stance ?? 'supports' });
    return getFinding(tx, finding.id);
  });
}

export async function editFinding(
  ctx: ServiceContext,
  edit: { findingId: string; text: string; expectedVersion?: number; reason?: string },
): Promise<FindingView> {
  return inTransaction(ctx, async (tx) => {
    const finding = await tx.store.findings.byId(edit.findingId);
    if (!finding) throw notFound('finding', edit.findingId);
    if (finding.retired_at) throw invalid(`finding ${finding.id} was retired`);
    const text = edit.text.trim();
    if (!text) throw invalid('a finding needs text', { field: 'text' });
    if (text === finding.text) return getFinding(tx, finding.id);
    await saveNextVersion(tx, {
      what: 'finding',
      current: finding,
      shown: { text: finding.text },
      expectedVersion: edit.expectedVersion,
      write: (from, at) => tx.store.findings.updateText(finding.id, text, from, tx.actor, at),
      audit: { action: 'finding.update', entityKind: 'finding', reason: edit.reason ?? null, data: { from: finding.text, to: text } },
    });
    return getFinding(tx, finding.id);
  });
}
