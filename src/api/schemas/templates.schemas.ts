import { z } from '@hono/zod-openapi';
import { RoleGroupSchema, VersionInfoSchema } from './common.schemas.js';

export const IsfFieldSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    label: z.string(),
    guidance: z.string(),
    position: z.number().int(),
    addedInVersion: z.number().int(),
    retiredInVersion: z.number().int().nullable(),
    required: z.boolean().openapi({ description: 'An ISF cannot be marked complete while this field is empty' }),
  })
  .openapi('IsfField');

export const IsfTemplateSchema = z
  .object({
    id: z.string(),
    role: RoleGroupSchema,
    districtId: z.string().nullable().openapi({ description: "Null for the partnership's default template" }),
    basedOnId: z.string().nullable(),
    fields: z.array(IsfFieldSchema),
    isfs: z
      .object({ total: z.number().int(), complete: z.number().int() })
      .openapi({ description: 'ISFs started on this template (they show its fields as they now stand), and how many are complete' }),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('IsfTemplate');
