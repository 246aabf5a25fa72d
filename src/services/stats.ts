import type { ServiceContext } from './context.js';

/** `warrant stats`: the size of the partnership's data and where its analysis stands. */
export async function partnershipStats(ctx: ServiceContext, partnershipId: string) {
  const { stats } = ctx.store;
  const [organizations, participantsByRole, interviewsByCycle, transcripts, analysis, coding, measures] = await Promise.all([
    stats.organizations(partnershipId),
    stats.participantsByRole(partnershipId),
    stats.interviewsByCycle(partnershipId),
    stats.transcripts(partnershipId),
    stats.analysis(partnershipId),
    stats.coding(partnershipId),
    ctx.store.instruments.counts(partnershipId),
  ]);
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return {
    districts: organizations.district ?? 0,
    schools: organizations.school ?? 0,
    units: organizations.unit ?? 0,
    participants: { total: sum(participantsByRole), byRole: participantsByRole },
    interviews: { total: sum(interviewsByCycle), byCycle: interviewsByCycle },
    transcripts: transcripts.transcripts,
    transcriptVersions: transcripts.versions,
    turns: transcripts.turns,
    /** Words of spoken text, without speaker labels or timestamps, in current transcripts. */
    words: transcripts.words,
    analysis,
    /** The codebook's live codes, the live codings and how many coders made them, and live memos. */
    coding,
    /** The instruments (surveys, observation rubrics, knowledge tests, achievement) and the responses stored for them. */
    measures,
  };
}

export type PartnershipStats = Awaited<ReturnType<typeof partnershipStats>>;
