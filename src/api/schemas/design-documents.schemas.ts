import { z } from '@hono/zod-openapi';
import { MemberCheckSchema, MemberCheckStatusSchema } from './member-checks.schemas.js';

export const DesignSectionSchema = z
  .object({
    key: z.string(),
    number: z.number().int(),
    name: z.string(),
    goal: z.string(),
    practices: z.array(z.object({ role: z.string(), description: z.string(), target: z.string() })),
    supports: z.array(
      z.object({
        type: z.string(),
        description: z.string(),
        rolesServed: z.array(z.string()),
        frequency: z.string(),
        provider: z.string(),
        coParticipation: z.boolean(),
      }),
    ),
    accountability: z.array(z.object({ holder: z.string(), held: z.string(), description: z.string() })),
  })
  .openapi('DesignSection');

export const DesignVersionSchema = z
  .object({
    id: z.string(),
    districtId: z.string(),
    cycleId: z.string(),
    number: z.number().int(),
    basedOnId: z.string().nullable(),
    reason: z.string(),
    issuedOn: z.string().openapi({ description: 'The day it was issued to the district; createdAt is when it was recorded' }),
    createdBy: z.string(),
    createdAt: z.string(),
    sections: z.array(DesignSectionSchema),
  })
  .openapi('DesignDocumentVersion');

export const DesignDocumentSchema = z
  .object({
    district: z.object({ id: z.string(), name: z.string() }),
    cycle: z.object({ id: z.string(), label: z.string() }),
    versions: z.array(DesignVersionSchema),
    checks: z.array(MemberCheckSchema),
    status: MemberCheckStatusSchema,
    draft: z
      .object({ changedSinceIssued: z.boolean(), sections: z.array(DesignSectionSchema) })
      .nullable()
      .openapi({ description: 'The team only: the strategies as they stand, and whether they changed since the latest issued version' }),
  })
  .openapi('DesignDocument');

export const SectionDiffSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    status: z.enum(['added', 'removed', 'changed', 'unchanged']),
    lines: z.array(
      z.union([
        z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() }),
        z.object({
          op: z.literal('changed'),
          text: z.string().openapi({ description: 'The line as it is now' }),
          was: z.string().openapi({ description: 'The line as it was' }),
          words: z
            .array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() }))
            .openapi({ description: 'The words kept, added and removed' }),
        }),
      ]),
    ),
  })
  .openapi('SectionDiff');
