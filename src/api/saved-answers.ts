import { linkViews } from '../services/evidence-links.js';
import { namingWarnings } from '../services/identifying.js';
import type { ServiceContext } from '../services/context.js';
import type { LinksByRecord } from './presenters/evidence-links.presenter.js';

type Texts = readonly (string | null | undefined)[];

/** The answer to a save of text partners will read: the record as presented, and each participant its text names. */
export async function savedForPartners<T extends object>(ctx: ServiceContext, id: string, presented: T, texts: Texts): Promise<T & { warnings: string[] }> {
  return { ...presented, warnings: await namingWarnings(ctx, id, texts) };
}

/** The same for a feedback record, presented with the evidence it cites. */
export async function savedWithEvidence<R extends { id: string }, T extends object>(
  ctx: ServiceContext,
  row: R,
  present: (row: R, links: LinksByRecord) => T,
  texts: Texts,
): Promise<T & { warnings: string[] }> {
  return savedForPartners(ctx, row.id, present(row, await linkViews(ctx, [row.id])), texts);
}
