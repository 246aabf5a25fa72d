import { invalid, notFound } from '../domain/errors.js';
import { type Passage, passageAt, passageOfQuote, passageOfSelection } from '../domain/excerpt.js';
import { transcriptText } from '../domain/transcript.js';
import type { ExcerptInContext } from '../storage/repositories/excerpt.repository.js';
import { audit, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { moveCodingsWithPassage } from './passage-codings.js';
import { retire } from './retire.js';
import { saveNextVersion } from './versioned-edit.js';
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

/**
 * Marks a passage of the interview's current transcript as evidence. Words already marked (the same
 * transcript and offsets, still live) are the same passage: that excerpt is answered, not a duplicate.
 */
export function createExcerpt(ctx: ServiceContext, input: NewExcerpt): Promise<ExcerptInContext> {
  return inTransaction(ctx, (tx) => excerptIn(tx, input));
}

/** Which words of a transcript: offsets, a quote that occurs once, or a whole turn (by its number, from 0). */
export interface PassageChoice {
  start?: number;
  end?: number;
  quote?: string;
  turn?: number;
}

async function excerptIn(ctx: ServiceContext, input: NewExcerpt): Promise<ExcerptInContext> {
  const interview = await interviewOf(ctx, input.partnershipId, input.interview);
  const transcript = await ctx.store.transcripts.current(interview.id);
  if (!transcript) throw invalid(`interview ${interview.code} has no transcript yet`);
  return excerptOf(ctx, interview, transcript, await choosePassage(ctx, transcript.id, interview.code, input), input.note);
}

/**
 * The excerpt of a passage of a transcript: the live one of the same words if there is one (so that
 * a coded passage and a cited one are one passage identity), else a new one. Inside a transaction.
 */
export async function excerptOf(
  ctx: ServiceContext,
  interview: { id: string },
  transcript: { id: string },
  passage: Passage,
  note?: string,
): Promise<ExcerptInContext> {
  const existing = await ctx.store.excerpts.liveAt(transcript.id, passage.start, passage.end);
  if (existing) return (await ctx.store.excerpts.inContext([existing.id]))[0]!;
  return createdExcerpt(ctx, interview, transcript, passage, note);
}

/** The words of a transcript version the choice names: offsets widened to whole words, a quote that occurs once, or a whole turn. */
export async function choosePassage(ctx: ServiceContext, transcriptId: string, code: string, input: PassageChoice): Promise<Passage> {
  const turns = await ctx.store.transcripts.turns(transcriptId);
  const text = transcriptText(turns);
  let passage: Passage;
  if (input.quote !== undefined) {
    passage = passageOfQuote(text, input.quote, `interview ${code}`);
  } else if (input.turn !== undefined) {
    const turn = turns.find((t) => t.seq === input.turn);
    if (!turn) throw invalid(`interview ${code} has turns 0–${turns.length - 1}, not ${input.turn}`, { field: 'turn' });
    passage = passageAt(text, turn.text_offset, turn.end_offset);
  } else if (input.start !== undefined && input.end !== undefined) {
    passage = passageOfSelection(text, input.start, input.end);
  } else {
    throw invalid('say which passage: start and end offsets, a quote, or a turn number', { field: 'start' });
  }
  return passage;
}

async function createdExcerpt(ctx: ServiceContext, interview: { id: string }, transcript: { id: string }, passage: Passage, note: string | undefined) {
  const row = {
    id: ctx.ids.next('excerpt'),
    transcript_id: transcript.id,
    interview_id: interview.id,
    start_offset: passage.start,
    end_offset: passage.end,
    quote: passage.quote,
    quote_sha256: passage.quoteSha256,
    note: note?.trim() ?? '',
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

/** How a passage of a corrected transcript is settled, and why (kept in the audit trail). */
export interface Settling {
  /** The version of the excerpt the decision was made on. */
  expectedVersion?: number | undefined;
  reason?: string;
}

/** A live excerpt whose transcript was corrected after it was cited, and which is still to review. */
async function toSettle(ctx: ServiceContext, id: string) {
  const [excerpt] = await ctx.store.excerpts.inContext([id]);
  if (!excerpt) throw notFound('passage', id);
  if (excerpt.retired_at) throw invalid(`the passage was withdrawn on ${excerpt.retired_at.slice(0, 10)} by ${excerpt.retired_by}`);
  if (excerpt.transcript_superseded_at === null)
    throw invalid(`the passage is on the current transcript of interview ${excerpt.interview_code}: there is no correction to settle`);
  return excerpt;
}

/** Passages of the partnership (or of one interview) whose transcript was corrected since they were cited, and which are still to review. */
export async function passagesToReview(ctx: ServiceContext, partnershipId: string, interview?: string): Promise<ExcerptInContext[]> {
  const interviewId = interview ? (await interviewOf(ctx, partnershipId, interview)).id : undefined;
  return ctx.store.excerpts.toReview(partnershipId, interviewId);
}

/**
 * Keeps a passage's words as they were said, though its transcript was corrected since: the
 * correction is acknowledged and what cites the passage no longer needs review.
 */
export function acceptCorrection(ctx: ServiceContext, id: string, settling: Settling): Promise<ExcerptInContext> {
  return inTransaction(ctx, async (tx) => {
    const excerpt = await toSettle(tx, id);
    if (excerpt.correction_accepted_at)
      throw invalid(`the correction was already accepted on ${excerpt.correction_accepted_at.slice(0, 10)} by ${excerpt.correction_accepted_by}`);
    await saveNextVersion(tx, {
      what: 'passage',
      current: excerpt,
      shown: excerpt,
      expectedVersion: settling.expectedVersion,
      write: (fromVersion, at) =>
        tx.store.excerpts.update(id, { correction_accepted_at: at, correction_accepted_by: tx.actor }, { fromVersion, by: tx.actor, at }),
      audit: {
        action: 'excerpt.accept_correction',
        entityKind: 'excerpt',
        reason: settling.reason?.trim() || 'transcript corrected; the words are kept as they were said',
        data: { transcript_id: excerpt.transcript_id, quote: excerpt.quote },
      },
    });
    return (await tx.store.excerpts.inContext([id]))[0]!;
  });
}

const reasonOf = (choice: Settling) => choice.reason?.trim() || 'transcript corrected; re-anchored to the corrected words';

/**
 * Anchors a passage to words of its interview's current transcript: the excerpt's next version,
 * with the new words and offsets, so that what cites it follows it.
 */
export function reanchorExcerpt(ctx: ServiceContext, id: string, choice: PassageChoice & Settling): Promise<ExcerptInContext> {
  return inTransaction(ctx, async (tx) => {
    const excerpt = await toSettle(tx, id);
    const transcript = await tx.store.transcripts.current(excerpt.interview_id);
    if (!transcript) throw invalid(`interview ${excerpt.interview_code} has no transcript`);
    const passage = await choosePassage(tx, transcript.id, excerpt.interview_code, choice);
    const changes = {
      transcript_id: transcript.id,
      start_offset: passage.start,
      end_offset: passage.end,
      quote: passage.quote,
      quote_sha256: passage.quoteSha256,
      correction_accepted_at: null,
      correction_accepted_by: null,
    };
    await saveNextVersion(tx, {
      what: 'passage',
      current: excerpt,
      shown: excerpt,
      expectedVersion: choice.expectedVersion,
      write: (fromVersion, at) => tx.store.excerpts.update(id, changes, { fromVersion, by: tx.actor, at }),
      audit: {
        action: 'excerpt.reanchor',
        entityKind: 'excerpt',
        reason: reasonOf(choice),
        data: {
          transcript_id: { from: excerpt.transcript_id, to: transcript.id },
          start_offset: { from: excerpt.start_offset, to: passage.start },
          end_offset: { from: excerpt.end_offset, to: passage.end },
          quote: { from: excerpt.quote, to: passage.quote },
        },
      },
    });
    const moved = await moveCodingsWithPassage(tx, id, { transcriptId: transcript.id, start: passage.start, end: passage.end }, now(tx), reasonOf(choice));
    await tx.store.audit.append(moved);
    return (await tx.store.excerpts.inContext([id]))[0]!;
  });
}

/** Withdraws a passage of a corrected transcript: it is retired, and what cites it is shown as needing a new source. */
export async function withdrawExcerpt(ctx: ServiceContext, id: string, settling: { reason?: string }): Promise<ExcerptInContext> {
  await toSettle(ctx, id);
  await retire(ctx, id, settling.reason?.trim() || 'transcript corrected; the passage is withdrawn');
  return (await ctx.store.excerpts.inContext([id]))[0]!;
}
