import { z } from '@hono/zod-openapi';
import { ASSESSMENT_ASPECTS } from '../../domain/assessment.js';
import { VersionInfoSchema } from './common.schemas.js';

export const AssessmentSchema = z
  .object({
    id: z.string(),
    districtId: z.string(),
    cycleId: z.string(),
    strategyId: z.string().nullable(),
    aspect: z.enum(ASSESSMENT_ASPECTS),
    judgement: z.string(),
    rationale: z.string(),
    frameworkRefs: z.array(z.string()),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Assessment');
