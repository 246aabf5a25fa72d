import { notFound } from '../domain/errors.js';
import { type ReportDocument, textsOf } from '../reports/document.js';
import type { ServiceContext } from './context.js';
import { designScope } from './design-documents.js';
import { feedbackReport } from './feedback-report.js';
import { identifyingDetailsOf, refuseNaming } from './identifying.js';

export interface SentReportRequest {
  partnershipId: string;
  district: string;
  cycle?: string;
  /** The version sent; default: the latest. */
  number?: number;
}

/**
 * A version of the feedback report as it was sent to the district: the partner version frozen when
 * the sending was recorded, whatever was edited since. A report recorded before versions were kept
 * is produced from the data as they stand, with the date it was sent.
 */
export async function sentFeedbackReport(ctx: ServiceContext, req: SentReportRequest): Promise<ReportDocument> {
  const scope = await designScope(ctx, req.partnershipId, req.district, req.cycle);
  const sent = await ctx.store.feedback.reports(req.partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id });
  const row = req.number === undefined ? sent.at(-1) : sent.find((r) => r.number === req.number);
  if (!row) {
    const what = req.number === undefined ? 'feedback report' : `version ${req.number} of the feedback report`;
    throw notFound(`${what} sent to ${scope.district.name} for`, scope.cycle.label);
  }
  const doc = row.content
    ? (JSON.parse(row.content) as ReportDocument)
    : await feedbackReport(ctx, {
        partnershipId: req.partnershipId,
        district: scope.district.id,
        cycle: scope.cycle.id,
        audience: 'partner',
        sending: { number: row.number, sentOn: row.sent_on },
      });
  // Checked when it was sent, and again here: the roster may have grown since.
  refuseNaming(await identifyingDetailsOf(ctx, req.partnershipId), textsOf(doc), 'the partner version');
  return doc;
}
