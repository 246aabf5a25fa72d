import type { ReportDocument } from '../reports/document.js';
import { buildIterationDiffDocument, buildIterationDocument } from '../reports/theory-of-action.js';
import type { ToaIterationRow } from '../storage/repositories/theory.repository.js';
import type { ServiceContext } from './context.js';
import { compareIterations, iterationContent, iterationOf } from './theory.js';

/**
 * An iteration of the theory of action as a document, or, with `compare` (an earlier iteration,
 * by number or ID), what changed since that one and why.
 */
export async function iterationDocument(
  ctx: ServiceContext,
  partnershipId: string,
  iteration: string,
  compare?: string,
): Promise<{ document: ReportDocument; iteration: ToaIterationRow }> {
  const partnership = (await ctx.store.partnerships.byId(partnershipId))!;
  if (compare) {
    const d = await compareIterations(ctx, partnershipId, compare, iteration);
    return { document: buildIterationDiffDocument({ partnership: partnership.name, from: d.from, to: d.to, changes: d.changes }), iteration: d.to };
  }
  const it = await iterationOf(ctx, partnershipId, iteration);
  return {
    document: buildIterationDocument({ partnership: partnership.name, label: it.label, number: it.number, dated: it.dated, content: iterationContent(it) }),
    iteration: it,
  };
}
