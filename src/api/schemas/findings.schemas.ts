import { z } from '@hono/zod-openapi';
import { CitationSchema } from './citations.schemas.js';
import { RetiredSchema, VersionInfoSchema } from './common.schemas.js';

export const FindingSchema = z
  .object({
    id: z.string(),
    districtId: z.string(),
    cycleId: z.string(),
    text: z.string(),
    retired: RetiredSchema,
    evidence: z.array(
      z.object({ citation: CitationSchema, claim: z.object({ id: z.string(), text: z.string(), summaryId: z.string(), summaryTitle: z.string() }) }),
    ),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Finding');
