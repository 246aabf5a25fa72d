import { allows, type Principal } from '../domain/access.js';
import { invalid, notFound } from '../domain/errors.js';
import type { ReportDocument } from '../reports/document.js';
import type { ServiceContext } from './context.js';
import { designScope } from './design-documents.js';
import { designDocumentReport, type DesignReportRequest } from './design-report.js';
import { feedbackReport, type FeedbackReportRequest } from './feedback-report.js';
import { producedForPartners } from './identifying.js';
import { sentFeedbackReport } from './sent-feedback-reports.js';

/**
 * Who may read which version of a district's reports. The team reads every version, in-house and
 * draft included. A partner leader reads the partner version of what was shared with the district
 * (the design document's latest issued version; the feedback report once it was sent), is not told
 * that an in-house version exists, and is never shown why a partner version was refused (the
 * reason may quote a name).
 */
const readsAsTeam = (reader: Principal, partnershipId: string) => allows(reader, 'team:read', partnershipId);

export async function designDocumentFor(ctx: ServiceContext, reader: Principal, req: DesignReportRequest): Promise<ReportDocument> {
  if (readsAsTeam(reader, req.partnershipId)) return designDocumentReport(ctx, req);
  if (req.audience === 'team' || req.draft) throw notFound('in-house design document of district', JSON.stringify(req.district));
  return producedForPartners(designDocumentReport(ctx, req), 'the design document');
}

export interface FeedbackReportRead extends FeedbackReportRequest {
  /** A version as it was sent (partner version only). */
  version?: number;
  /** Team only: the partner version as the data stand now, rather than the latest sent. */
  draft?: boolean;
}

/**
 * What the team reads of the feedback report: the in-house report as the data stand; the partner
 * version as sent (the latest or the one asked for) or, before any was sent or when asking for the
 * draft, as it would be sent now.
 */
export async function teamFeedbackReport(ctx: ServiceContext, req: FeedbackReportRead): Promise<ReportDocument> {
  const { version, draft, ...live } = req;
  if (version !== undefined) {
    if (req.audience === 'team') throw invalid('only the partner version of the feedback report is sent: ask for the partner audience', { field: 'version' });
    if (draft) throw invalid('ask for a version sent or for the draft, not both', { field: 'version' });
    return sentFeedbackReport(ctx, sentRequest(req));
  }
  if (req.audience === 'team' || draft) return feedbackReport(ctx, live);
  const scope = await designScope(ctx, req.partnershipId, req.district, req.cycle);
  const sent = await ctx.store.feedback.reports(req.partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id });
  return sent.length ? sentFeedbackReport(ctx, sentRequest(req)) : feedbackReport(ctx, live);
}

const sentRequest = (req: FeedbackReportRead) => ({
  partnershipId: req.partnershipId,
  district: req.district,
  ...(req.cycle && { cycle: req.cycle }),
  ...(req.version !== undefined && { number: req.version }),
});

/** A partner leader reads only the versions sent to the district, exactly as they were sent. */
export async function feedbackReportFor(ctx: ServiceContext, reader: Principal, req: FeedbackReportRead): Promise<ReportDocument> {
  if (readsAsTeam(reader, req.partnershipId)) return teamFeedbackReport(ctx, req);
  if (req.audience === 'team' || req.draft) throw notFound('in-house feedback report of district', JSON.stringify(req.district));
  return producedForPartners(sentFeedbackReport(ctx, sentRequest(req)), 'the feedback report');
}
