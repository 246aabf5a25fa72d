import { z } from '@hono/zod-openapi';
import { NARRATIVE_KINDS } from '../../domain/feedback-narrative.js';
import { VersionInfoSchema } from './common.schemas.js';

export const NarrativeSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NARRATIVE_KINDS),
    strategyId: z.string().nullable(),
    section: z.string().openapi({ description: 'summary, introduction, closing, or strategy: and the strategy ID' }),
    text: z.string(),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('FeedbackNarrative');
