import { z } from '@hono/zod-openapi';
import { RoleGroupSchema } from './common.schemas.js';

export const SearchQuerySchema = z.object({
  q: z.string().min(1).max(500).openapi({ description: 'Words, "quoted phrases", prefix*, OR, -excluded', example: '"learning walk"' }),
  role: RoleGroupSchema.optional(),
  district: z.string().max(200).optional().openapi({ description: 'District ID or name' }),
  school: z.string().max(200).optional().openapi({ description: 'School ID or name' }),
  cycle: z.string().max(20).optional().openapi({ description: 'Cycle ID or label, e.g. 2010-11' }),
  speaker: z.enum(['interviewer', 'participant']).optional().openapi({ description: "Only the interviewer's turns, or only the participant's" }),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
});

export const SearchHitSchema = z
  .object({
    interviewId: z.string(),
    interviewCode: z.string(),
    cycle: z.string(),
    district: z.string(),
    school: z.string(),
    role: z.string(),
    pseudonym: z.string(),
    participantCode: z.string(),
    transcriptId: z.string(),
    turn: z.number().int(),
    speaker: z.string(),
    speakerRole: z.string(),
    startMs: z.number().int().nullable(),
    snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
    matches: z
      .array(z.object({ start: z.number().int(), end: z.number().int() }))
      .openapi({ description: 'Where the matched words are in the transcript (code points), ready to cite; the first 100 of the hit' }),
  })
  .openapi('SearchHit', {
    description:
      'A turn that matches, or a segment of a long turn (search reads turns in segments of at most 10,000 characters; several hits may name one turn)',
  });

export const SearchResultSchema = z
  .object({ query: z.string(), limit: z.number().int(), offset: z.number().int(), hits: z.array(SearchHitSchema) })
  .openapi('SearchResult');
