import { z } from '@hono/zod-openapi';
import { StanceSchema } from './common.schemas.js';

export const CitationSchema = z
  .object({
    id: z.string(),
    citingId: z.string(),
    citedId: z.string(),
    citedKind: z.enum(['excerpt', 'isfEntry', 'claim']),
    stance: StanceSchema,
    note: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('Citation');
