import type { z } from '@hono/zod-openapi';
import { frameworkRefsOf } from '../../domain/framework.js';
import type { ExplanationRow, ImplementationRow } from '../../storage/repositories/feedback.repository.js';
import type { ExplanationSchema, ImplementationSchema } from '../schemas/implementation.schemas.js';
import { versionInfo } from './common.presenter.js';
import type { LinksByRecord } from './evidence-links.presenter.js';

export const presentImplementation = (r: ImplementationRow, links: LinksByRecord): z.infer<typeof ImplementationSchema> => ({
  id: r.id,
  elementId: r.element_id,
  cycleId: r.cycle_id,
  kind: r.kind as 'support' | 'practice',
  verdict: r.verdict,
  frequency: r.frequency,
  focus: r.focus,
  frequencyChange: r.frequency_change,
  qualityChange: r.quality_change,
  text: r.text,
  evidence: links.get(r.id) ?? [],
  ...versionInfo(r),
});

export const presentExplanation = (r: ExplanationRow, links: LinksByRecord): z.infer<typeof ExplanationSchema> => ({
  id: r.id,
  strategyId: r.strategy_id,
  learningOpportunities: r.learning_opportunities,
  press: r.press,
  text: r.text,
  frameworkRefs: frameworkRefsOf(r),
  evidence: links.get(r.id) ?? [],
  ...versionInfo(r),
});
