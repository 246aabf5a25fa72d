import { z } from '@hono/zod-openapi';
import { VersionInfoSchema } from './common.schemas.js';
import { EvidenceLinkSchema } from './evidence-links.schemas.js';

export const ConjectureSchema = z
  .object({
    id: z.string(),
    componentId: z.string(),
    text: z.string(),
    position: z.number().int(),
    revisions: z.array(
      z.object({
        id: z.string(),
        version: z.number().int(),
        text: z.string(),
        reason: z.string(),
        createdBy: z.string(),
        createdAt: z.string(),
        warrant: z.array(EvidenceLinkSchema),
      }),
    ),
    uptake: z.array(
      z.object({
        uptakeId: z.string(),
        recommendationId: z.string(),
        recommendation: z.string(),
        district: z.string(),
        cycle: z.string(),
        status: z.string(),
        label: z.string(),
      }),
    ),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Conjecture');

export const TheorySchema = z
  .array(
    z.object({
      component: z.object({ id: z.string(), key: z.string(), name: z.string(), position: z.number().int(), version: z.number().int() }),
      conjectures: z.array(ConjectureSchema),
    }),
  )
  .openapi('TheoryOfAction');

export const IterationSchema = z
  .object({ id: z.string(), number: z.number().int(), label: z.string(), dated: z.string(), createdBy: z.string(), createdAt: z.string() })
  .openapi('TheoryIteration');
