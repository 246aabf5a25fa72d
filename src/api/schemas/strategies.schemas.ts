import { z } from '@hono/zod-openapi';
import { RoleGroupSchema, VersionInfoSchema } from './common.schemas.js';

export const StrategyEvidenceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['excerpt', 'artifact']),
    citedId: z.string(),
    note: z.string(),
    text: z.string().openapi({ description: "The passage's words, or the artifact's title" }),
    source: z.string().openapi({ description: "The interview's code, or the artifact's file name" }),
    retired: z.boolean().openapi({ description: 'The passage or artifact was retired since: documents generated from now on leave it out' }),
  })
  .openapi('StrategyEvidence');

export const StrategyElementSchema = z
  .object({
    id: z.string(),
    strategyId: z.string(),
    kind: z.enum(['practice', 'support', 'accountability']),
    position: z.number().int(),
    description: z.string(),
    role: RoleGroupSchema.nullable(),
    target: z.string().nullable(),
    supportType: z.string().nullable(),
    rolesServed: z.array(RoleGroupSchema),
    frequency: z.string().nullable(),
    provider: z.string().nullable(),
    coParticipation: z.boolean().nullable(),
    holder: z.string().nullable(),
    held: z.string().nullable(),
    evidence: z.array(StrategyEvidenceSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('StrategyElement');

export const StrategySchema = z
  .object({
    id: z.string(),
    districtId: z.string(),
    cycleId: z.string(),
    position: z.number().int(),
    name: z.string(),
    goal: z.string(),
    evidence: z.array(StrategyEvidenceSchema),
    elements: z.array(StrategyElementSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Strategy');

export const ElementInputSchema = z.object({
  kind: z.enum(['practice', 'support', 'accountability']).optional(),
  description: z.string().max(4000).optional(),
  role: z.string().max(50).optional(),
  target: z.string().max(300).optional(),
  supportType: z.string().max(60).optional(),
  rolesServed: z.array(z.string().max(50)).max(10).optional(),
  frequency: z.string().max(300).optional(),
  provider: z.string().max(300).optional(),
  coParticipation: z.boolean().optional(),
  holder: z.string().max(300).optional(),
  held: z.string().max(300).optional(),
});
