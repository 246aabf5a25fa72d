import { z } from '@hono/zod-openapi';
import { RetiredSchema, RoleGroupSchema } from './common.schemas.js';

export const ExcerptSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    interviewCode: z.string(),
    transcriptId: z.string(),
    transcriptVersion: z.number().int(),
    transcriptCorrected: z.boolean().openapi({ description: 'The transcript was corrected after this passage was cited' }),
    toReview: z.boolean().openapi({
      description: 'The transcript was corrected and the passage is not yet settled: accept its words, re-anchor it to the corrected words, or withdraw it',
    }),
    version: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string().openapi({ description: 'The words as they were cited' }),
    quoteSha256: z.string(),
    note: z.string(),
    role: RoleGroupSchema,
    pseudonym: z.string(),
    school: z.string(),
    district: z.string(),
    cycle: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    retired: RetiredSchema,
  })
  .openapi('Excerpt');
