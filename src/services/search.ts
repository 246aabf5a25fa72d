import { invalid } from '../domain/errors.js';
import { isRoleGroup, ROLE_GROUPS } from '../domain/roles.js';
import { parseSearchQuery } from '../domain/search-query.js';
import { keepPhraseMatches, matchOffsets, readMarks, snippet, SNIPPET_WIDTH, type SnippetPart } from '../domain/snippet.js';
import { codePointLength } from '../domain/text.js';
import { isSpeakerRole, SPEAKER_ROLES } from '../domain/transcript.js';
import { MATCH_END, MATCH_START } from '../storage/repositories/search.repository.js';
import type { ServiceContext } from './context.js';
import { resolveFilters } from './lookup.js';

export interface SearchOptions {
  role?: string;
  district?: string;
  school?: string;
  cycle?: string;
  /** Only what interviewers said, or only what participants said (leaving out the questions). */
  speaker?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  interviewId: string;
  interviewCode: string;
  cycle: string;
  district: string;
  school: string;
  role: string;
  pseudonym: string;
  participantCode: string;
  transcriptId: string;
  turn: number;
  speaker: string;
  speakerRole: string;
  startMs: number | null;
  snippet: SnippetPart[];
  /** Where the matched words are in the transcript (code points), ready to cite; at most 100 per hit. */
  matches: { start: number; end: number }[];
}

export const MAX_SEARCH_RESULTS = 200;

/**
 * Full-text search over what participants and interviewers said, in current transcripts. A hit is
 * a turn, or a segment of a long one (several hits may then name the same turn, each at its place).
 */
export async function searchTranscripts(ctx: ServiceContext, partnershipId: string, q: string, options: SearchOptions = {}) {
  const query = parseSearchQuery(q);
  if (options.role && !isRoleGroup(options.role)) throw invalid(`role is one of ${ROLE_GROUPS.join(', ')}`, { field: 'role' });
  const limit = Math.min(Math.max(1, options.limit ?? 20), MAX_SEARCH_RESULTS);
  const offset = Math.max(0, options.offset ?? 0);
  if (options.speaker && !isSpeakerRole(options.speaker)) throw invalid(`speaker is one of ${SPEAKER_ROLES.join(', ')}`, { field: 'speaker' });
  const filter = await resolveFilters(ctx, partnershipId, options);
  const speakerRole = options.speaker && isSpeakerRole(options.speaker) ? options.speaker : undefined;
  const hits: SearchHit[] = [];
  for await (const r of ctx.store.search.search(query, { partnershipId, ...filter, speakerRole }, limit, offset)) {
    const marked = keepPhraseMatches(readMarks(r.marked, MATCH_START, MATCH_END), query);
    hits.push({
      interviewId: r.interview_id,
      interviewCode: r.interview_code,
      cycle: r.cycle_label,
      district: r.district_name,
      school: r.organization_name,
      role: r.role,
      pseudonym: r.pseudonym,
      participantCode: r.participant_code,
      transcriptId: r.transcript_id,
      turn: r.seq,
      speaker: r.speaker,
      speakerRole: r.speaker_role,
      startMs: r.start_ms,
      snippet: snippet(marked, SNIPPET_WIDTH, {
        before: r.text_offset > r.turn_text_offset,
        after: r.text_offset + codePointLength(marked.text) < r.turn_end_offset,
      }),
      matches: matchOffsets(marked, r.text_offset),
    });
  }
  return { query: q, limit, offset, hits };
}
