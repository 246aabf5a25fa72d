import { z } from '@hono/zod-openapi';
import { RetiredSchema, VersionInfoSchema } from './common.schemas.js';

export const SupportTypeSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    category: z.string(),
    description: z.string(),
    position: z.number().int(),
    retired: RetiredSchema,
  })
  .extend(VersionInfoSchema.shape)
  .openapi('SupportType');
