import type { CheckIssue } from '../domain/chain-check.js';
import { statementsLostSinceSent } from './check.js';
import type { ServiceContext } from './context.js';
import { designScope } from './design-documents.js';
import { type LinkView, linkViews } from './evidence-links.js';
import type {
  ExplanationRow,
  FeedbackMeetingRow,
  FeedbackReportRow,
  ImplementationRow,
  RecommendationRow,
} from '../storage/repositories/feedback.repository.js';

export interface DistrictFeedback {
  district: { id: string; name: string };
  cycle: { id: string; label: string };
  implementations: (ImplementationRow & { evidence: LinkView[] })[];
  explanations: (ExplanationRow & { evidence: LinkView[] })[];
  recommendations: (RecommendationRow & { basis: LinkView[] })[];
  sent: FeedbackReportRow[];
  /** Statements of the report sent whose evidence was retired or unlinked since: the district still reads them. */
  lostSinceSent: CheckIssue[];
  meetings: FeedbackMeetingRow[];
}

/** The team's working view of a district's feedback for a cycle: what was found, why, what is recommended, and what was sent and discussed. */
export async function districtFeedback(ctx: ServiceContext, partnershipId: string, district: string, cycle?: string): Promise<DistrictFeedback> {
  const { store } = ctx;
  const scope = await designScope(ctx, partnershipId, district, cycle);
  const strategies = await store.strategies.list(partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id });
  const implementations = await store.feedback.implementations(scope.district.id, scope.cycle.id);
  const explanations = await store.feedback.explanations(strategies.map((s) => s.id));
  const recommendations = await store.feedback.recommendations(
    partnershipId,
    strategies.map((s) => s.id),
  );
  const links = await linkViews(
    ctx,
    [...implementations, ...explanations, ...recommendations].map((r) => r.id),
  );
  const f = { districtId: scope.district.id, cycleId: scope.cycle.id };
  return {
    district: { id: scope.district.id, name: scope.district.name },
    cycle: { id: scope.cycle.id, label: scope.cycle.label },
    implementations: implementations.map((r) => ({ ...r, evidence: links.get(r.id) ?? [] })),
    explanations: explanations.map((r) => ({ ...r, evidence: links.get(r.id) ?? [] })),
    recommendations: recommendations.map((r) => ({ ...r, basis: links.get(r.id) ?? [] })),
    sent: await store.feedback.reports(partnershipId, f),
    lostSinceSent: await statementsLostSinceSent(ctx, partnershipId, f),
    meetings: await store.feedback.meetings(partnershipId, f),
  };
}
