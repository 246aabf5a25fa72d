import { z } from '@hono/zod-openapi';
import { CitationSchema } from './citations.schemas.js';
import { RoleGroupSchema, VersionInfoSchema } from './common.schemas.js';
import { ExcerptSchema } from './excerpts.schemas.js';
import { IsfFieldSchema } from './templates.schemas.js';

export const IsfEntrySchema = z
  .object({ id: z.string(), text: z.string(), evidence: z.array(z.object({ citation: CitationSchema, excerpt: ExcerptSchema })) })
  .extend(VersionInfoSchema.shape)
  .openapi('IsfEntry');

export const IsfSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    interviewCode: z.string(),
    pseudonym: z.string(),
    role: RoleGroupSchema,
    school: z.string(),
    district: z.string(),
    cycle: z.string(),
    templateId: z.string(),
    templateVersion: z.number().int(),
    status: z.enum(['draft', 'complete']),
    fields: z.array(z.object({ field: IsfFieldSchema, entry: IsfEntrySchema.nullable() })),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Isf');
