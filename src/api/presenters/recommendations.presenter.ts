import type { z } from '@hono/zod-openapi';
import type { RecommendationRow } from '../../storage/repositories/feedback.repository.js';
import type { RecommendationSchema } from '../schemas/recommendations.schemas.js';
import { versionInfo } from './common.presenter.js';
import type { LinksByRecord } from './evidence-links.presenter.js';

export const presentRecommendation = (r: RecommendationRow, links: LinksByRecord): z.infer<typeof RecommendationSchema> => ({
  id: r.id,
  strategyId: r.strategy_id,
  position: r.position,
  text: r.text,
  rationale: r.rationale,
  basis: links.get(r.id) ?? [],
  ...versionInfo(r),
});
