import { invalid, notFound } from '../domain/errors.js';
import { type Passage, passageAt, passageOfQuote, passageOfSelection } from '../domain/excerpt.js';
import { transcriptText } from '../domain/transcript.js';
import type { ExcerptInContext, ExcerptRow } from '../storage/repositories/excerpt.repository.js';
import { audit, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { interviewOf } from './lookup.js';

export interface NewExcerpt {
  partnershipId: string;
  /** Interview ID or the team's interview code. */
  interview: string;
  /** Either offsets (widened to whole words), or a quote that occurs once, or a whole turn (by its number, from 0). */
  start?: number;
  end?: number;
  quote?: string;
  turn?: number;
  note?: string;
}

/** Marks a passage of the interview's current transcript as evidence. */
export function createExcerpt(ctx: ServiceContext, input: NewExcerpt): Promise<ExcerptInContext> {
  return inTransaction(ctx, (tx) => excerptIn(tx, input));
}

async function excerptIn(ctx: ServiceContext, input: NewExcerpt): Promise<ExcerptInContext> {
  const interview = await interviewOf(ctx, input.partnershipId, input.interview);
  const transcript = await ctx.store.transcripts.current(interview.id);
  if (!transcript) throw invalid(`interview ${interview.code} has no transcript yet`);
  const turns = await ctx.store.transcripts.turns(transcript.id);
  const text = transcriptText(turns);

  let passage: Passage;
  if (input.quote !== undefined) {
    passage = passageOfQuote(text, input.quote, `interview ${interview.code}`);
  } else if (input.turn !== undefined) {
    const turn = turns.find((t) => t.seq === input.turn);
    if (!turn) throw invalid(`interview ${interview.code} has turns 0–${turns.length - 1}, not ${input.turn}`, { field: 'turn' });
    passage = passageAt(text, turn.text_offset, turn.end_offset);
  } else if (input.start !== undefined && input.end !== undefined) {
    passage = passageOfSelection(text, input.start, input.end);
  } else {
    throw invalid('say which passage: start and end offsets, a quote, or a turn number', { field: 'start' });
  }

  const row: ExcerptRow = {
    id: ctx.ids.next('excerpt'),
    transcript_id: transcript.id,
    interview_id: interview.id,
    start_offset: passage.start,
    end_offset: passage.end,
    quote: passage.quote,
    quote_sha256: passage.quoteSha256,
    note: input.note?.trim() ?? '',
    created_by: ctx.actor,
    created_at: now(ctx),
    ...NOT_RETIRED,
    shareable_at: null,
    shareable_by: null,
  };
  await ctx.store.excerpts.insert(row);
  await audit(ctx, { action: 'excerpt.create', entityKind: 'excerpt', entityId: row.id, version: 1, at: row.created_at, data: row });
  return (await ctx.store.excerpts.inContext([row.id]))[0]!;
}

export async function getExcerpt(ctx: ServiceContext, id: string) {
  const [excerpt] = await ctx.store.excerpts.inContext([id]);
  if (!excerpt) throw notFound('excerpt', id);
  const usedBy = await ctx.store.citations.to([id]);
  return { excerpt, usedBy };
}

/**
 * Marks a passage as one partners may read as an illustrative quote in a feedback report (or takes
 * the mark back). Reports attribute it to a role group only, and withhold it where that group is small.
 */
export function markShareable(ctx: ServiceContext, id: string, shareable: boolean): Promise<ExcerptInContext> {
  return inTransaction(ctx, async (tx) => {
    const excerpt = await tx.store.excerpts.byId(id);
    if (!excerpt) throw notFound('passage', id);
    if (excerpt.retired_at) throw invalid(`passage ${id} was retired`);
    if ((excerpt.shareable_at !== null) !== shareable) {
      const at = now(tx);
      await tx.store.excerpts.setShareable(id, shareable ? { at, by: tx.actor } : null);
      await audit(tx, { action: shareable ? 'excerpt.share' : 'excerpt.unshare', entityKind: 'excerpt', entityId: id, at, data: { shareable } });
    }
    return (await tx.store.excerpts.inContext([id]))[0]!;
  });
}
