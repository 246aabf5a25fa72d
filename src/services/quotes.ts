import { attribution, quoteWithheld } from '../domain/quotes.js';
import type { ServiceContext } from './context.js';
import { designScope } from './design-documents.js';
import { participation } from './participation.js';
import { identifyingDetailsOf } from './identifying.js';
import { passagesOf, trace, withoutRetired } from './trace.js';

export interface QuoteCandidate {
  excerptId: string;
  quote: string;
  role: string;
  /** How partners would see it attributed. */
  attribution: string;
  shareable: boolean;
  /** Why the report would not quote it even if marked shareable (small role group, a name in it), or null. */
  withheld: string | null;
}

/**
 * The passages a district's feedback report could quote: those under the findings its
 * implementation assessments cite (what was retired left out), each with whether it is marked
 * shareable and whether the report would withhold it anyway.
 */
export async function quoteCandidates(ctx: ServiceContext, partnershipId: string, district: string, cycle?: string): Promise<QuoteCandidate[]> {
  const { store } = ctx;
  const scope = await designScope(ctx, partnershipId, district, cycle);
  const partnership = (await store.partnerships.byId(partnershipId))!;
  const people = await participation(ctx, partnershipId, scope.district.id, scope.cycle.id);
  const identifying = await identifyingDetailsOf(ctx, partnershipId);
  const implementations = await store.feedback.implementations(scope.district.id, scope.cycle.id);
  const findings = [
    ...new Set((await store.feedback.links(implementations.map((i) => i.id))).filter((l) => l.cited_kind === 'finding').map((l) => l.cited_id)),
  ].sort();
  const out = new Map<string, QuoteCandidate>();
  for (const id of findings) {
    const { root } = await trace(ctx, id);
    if (root.retired) continue;
    for (const p of passagesOf(withoutRetired(root))) {
      if (out.has(p.excerptId)) continue;
      const excerpt = (await store.excerpts.byId(p.excerptId))!;
      out.set(p.excerptId, {
        excerptId: p.excerptId,
        quote: p.quote,
        role: p.role,
        attribution: attribution(p.role),
        shareable: excerpt.shareable_at !== null,
        withheld: quoteWithheld({ quote: p.quote, role: p.role, shareable: true }, people.count(p.role), partnership.quote_min_participants, identifying),
      });
    }
  }
  return [...out.values()];
}
