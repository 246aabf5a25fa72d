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
  })
  .openapi('IsfField');

export const IsfTemplateSchema = z
  .object({
    id: z.string(),
    role: RoleGroupSchema,
    districtId: z.string().nullable().openapi({ description: "Null for the partnership's default template" }),
    basedOnId: z.string().nullable(),
    fields: z.array(IsfFieldSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('IsfTemplate');
