import { z } from '@hono/zod-openapi';
import { VersionInfoSchema } from './common.schemas.js';
import { EvidenceLinkSchema } from './evidence-links.schemas.js';

export const ImplementationSchema = z
  .object({
    id: z.string(),
    elementId: z.string(),
    cycleId: z.string(),
    kind: z.enum(['support', 'practice']),
    verdict: z.string().nullable(),
    frequency: z.string().nullable(),
    focus: z.string().nullable(),
    frequencyChange: z.string().nullable(),
    qualityChange: z.string().nullable(),
    text: z.string(),
    evidence: z.array(EvidenceLinkSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Implementation');

export const ExplanationSchema = z
  .object({
    id: z.string(),
    strategyId: z.string(),
    learningOpportunities: z.string(),
    press: z.string(),
    text: z.string(),
    frameworkRefs: z.array(z.string()),
    evidence: z.array(EvidenceLinkSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Explanation');
