import { frameworkRefsOf } from '../../domain/framework.js';
import type { z } from '@hono/zod-openapi';
import type { AssessmentAspect } from '../../domain/assessment.js';
import type { AssessmentRow } from '../../storage/repositories/assessment.repository.js';
import type { AssessmentSchema } from '../schemas/assessments.schemas.js';
import { versionInfo } from './common.presenter.js';

export const presentAssessment = (a: AssessmentRow): z.infer<typeof AssessmentSchema> => ({
  id: a.id,
  districtId: a.district_id,
  cycleId: a.cycle_id,
  strategyId: a.strategy_id,
  aspect: a.aspect as AssessmentAspect,
  judgement: a.judgement,
  rationale: a.rationale,
  frameworkRefs: frameworkRefsOf(a),
  ...versionInfo(a),
});
