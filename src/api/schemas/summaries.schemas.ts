import { z } from '@hono/zod-openapi';
import { CitationSchema } from './citations.schemas.js';
import { RetiredSchema, RoleGroupSchema, VersionInfoSchema } from './common.schemas.js';

export const ClaimSchema = z
  .object({
    id: z.string(),
    summaryId: z.string(),
    text: z.string(),
    triangulationNote: z.string(),
    retired: RetiredSchema,
    evidence: z.array(
      z.object({
        citation: CitationSchema,
        entry: z.object({
          id: z.string(),
          text: z.string(),
          field: z.string(),
          fieldLabel: z.string(),
          interviewCode: z.string(),
          participantId: z.string(),
          pseudonym: z.string(),
          role: RoleGroupSchema,
          school: z.string(),
        }),
      }),
    ),
    triangulation: z.object({
      status: z.enum(['single account', 'corroborated', 'contested']),
      agreeing: z.array(z.object({ participantId: z.string(), pseudonym: z.string(), role: z.string() })),
      disagreeing: z.array(z.object({ participantId: z.string(), pseudonym: z.string(), role: z.string() })),
      roleGroups: z.array(z.string()),
    }),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Claim');

export const SummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(['school', 'role_group']),
    title: z.string(),
    cycleId: z.string(),
    districtId: z.string(),
    schoolId: z.string().nullable(),
    role: RoleGroupSchema.nullable(),
    claims: z.array(ClaimSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Summary');
