import { allows, type Principal } from '../domain/access.js';
import { notFound } from '../domain/errors.js';
import type { ReportDocument } from '../reports/document.js';
import type { ServiceContext } from './context.js';
import { designScope } from './design-documents.js';
import { designDocumentReport, type DesignReportRequest } from './design-report.js';
import { feedbackReport, type FeedbackReportRequest } from './feedback-report.js';
import { producedForPartners } from './identifying.js';

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

export async function feedbackReportFor(ctx: ServiceContext, reader: Principal, req: FeedbackReportRequest): Promise<ReportDocument> {
  if (readsAsTeam(reader, req.partnershipId)) return feedbackReport(ctx, req);
  if (req.audience === 'team') throw notFound('in-house feedback report of district', JSON.stringify(req.district));
  const scope = await designScope(ctx, req.partnershipId, req.district, req.cycle);
  const sent = await ctx.store.feedback.reports(req.partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id });
  if (sent.length === 0) throw notFound(`feedback report of ${scope.district.name} for`, scope.cycle.label);
  return producedForPartners(feedbackReport(ctx, { ...req, cycle: scope.cycle.id, audience: 'partner' }), 'the feedback report');
}
