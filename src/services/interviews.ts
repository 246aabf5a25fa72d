import { invalid, notFound } from '../domain/errors.js';
import type { InterviewFilter } from '../storage/repositories/interview.repository.js';
import type { ServiceContext } from './context.js';
import { resolveFilters } from './lookup.js';

export interface InterviewQuery {
  district?: string;
  school?: string;
  role?: string;
  cycle?: string;
  protocol?: string;
  participant?: string;
}

export async function listInterviews(ctx: ServiceContext, partnershipId: string, q: InterviewQuery = {}) {
  const filter: InterviewFilter = await resolveFilters(ctx, partnershipId, q);
  if (q.protocol) filter.protocol = q.protocol;
  if (q.participant) {
    const p = (await ctx.store.participants.byId(q.participant)) ?? (await ctx.store.participants.byCode(partnershipId, q.participant));
    if (!p || p.partnership_id !== partnershipId) throw notFound('participant', JSON.stringify(q.participant));
    filter.participantId = p.id;
  }
  return ctx.store.interviews.list(partnershipId, filter);
}

export async function getInterview(ctx: ServiceContext, id: string) {
  const row = await ctx.store.interviews.byId(id);
  if (!row) throw notFound('interview', id);
  return (await ctx.store.interviews.list(row.partnership_id, {}, [id]))[0]!;
}

/** A transcript's turns, the current version unless another is asked for. */
export async function getTranscript(ctx: ServiceContext, interviewId: string, version?: number) {
  const interview = await ctx.store.interviews.byId(interviewId);
  if (!interview) throw notFound('interview', interviewId);
  const versions = await ctx.store.transcripts.versions(interviewId);
  if (versions.length === 0) throw invalid(`interview ${interview.code} has no transcript`);
  const transcript = version === undefined ? versions.find((v) => v.superseded_at === null)! : versions.find((v) => v.version === version);
  if (!transcript) throw notFound(`version of the transcript of ${interview.code}`, String(version));
  const turns = await ctx.store.transcripts.turns(transcript.id);
  return { interview, transcript, turns, versions };
}
