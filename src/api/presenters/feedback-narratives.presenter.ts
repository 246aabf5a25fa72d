import type { FeedbackNarrativeRow } from '../../storage/repositories/feedback.repository.js';
import { versionInfo } from './common.presenter.js';

export const presentNarrative = (r: FeedbackNarrativeRow) => ({
  id: r.id,
  kind: r.kind,
  strategyId: r.strategy_id,
  section: r.section,
  text: r.text,
  ...versionInfo(r),
});
