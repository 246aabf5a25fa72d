import { z } from '@hono/zod-openapi';
import { VersionInfoSchema } from './common.schemas.js';
import { EvidenceLinkSchema } from './evidence-links.schemas.js';

export const RecommendationSchema = z
  .object({ id: z.string(), strategyId: z.string(), position: z.number().int(), text: z.string(), rationale: z.string(), basis: z.array(EvidenceLinkSchema) })
  .extend(VersionInfoSchema.shape)
  .openapi('Recommendation');

export const UptakeLineSchema = z
  .object({
    recommendationId: z.string(),
    district: z.string(),
    districtId: z.string(),
    cycle: z.string(),
    strategy: z.string(),
    text: z.string(),
    conjectures: z.array(z.object({ id: z.string(), text: z.string() })),
    uptake: z
      .object({
        id: z.string(),
        cycle: z.string(),
        status: z.enum(['fully', 'partly', 'not']),
        label: z.string(),
        note: z.string(),
        version: z.number().int(),
        passages: z.array(z.object({ id: z.string(), quote: z.string() })),
      })
      .nullable(),
  })
  .openapi('UptakeLine');
