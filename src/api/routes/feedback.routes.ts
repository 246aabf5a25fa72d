import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { REPORT_FORMATS } from '../../reports/document.js';
import { districtFeedback } from '../../services/district-feedback.js';
import { recordMeeting, recordReportSent } from '../../services/feedback.js';
import { partnershipOfDistrict } from '../../services/ownership.js';
import { feedbackReportFor } from '../../services/report-access.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, ITEM, sharedRead, teamRead, teamWrite } from '../policy.js';
import type { LinksByRecord } from '../presenters/evidence-links.presenter.js';
import { presentExplanation, presentImplementation } from '../presenters/implementation.presenter.js';
import { presentRecommendation } from '../presenters/recommendations.presenter.js';
import { districtReportName, sendReport } from '../report-response.js';
import { errorResponses, fileResponse, IdParam, jsonBody, jsonResponse } from '../schemas/common.schemas.js';
import { FeedbackSchema } from '../schemas/feedback.schemas.js';

const tags = ['Feedback'];

/** A district's feedback: what the team found of each strategy's implementation, the report sent (DFRR) and the meeting */
export function registerFeedbackRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/districts/{id}/feedback',
        tags,
        summary:
          "A district's feedback for a cycle: implementation of its supports and practices, explanations, recommendations, the report sent and the meeting",
        request: { params: IdParam, query: z.object({ cycle: z.string().max(200).optional() }) },
        responses: { 200: jsonResponse(FeedbackSchema, 'The feedback'), ...errorResponses },
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      const f = await districtFeedback(ctx, partnershipId, id, c.req.valid('query').cycle);
      const links: LinksByRecord = new Map([...f.implementations, ...f.explanations].map((r) => [r.id, r.evidence]));
      for (const r of f.recommendations) links.set(r.id, r.basis);
      return c.json(
        {
          district: f.district,
          cycle: f.cycle,
          implementations: f.implementations.map((r) => presentImplementation(r, links)),
          explanations: f.explanations.map((r) => presentExplanation(r, links)),
          recommendations: f.recommendations.map((r) => presentRecommendation(r, links)),
          sent: f.sent.map((r) => ({ id: r.id, number: r.number, sentOn: r.sent_on, note: r.note, reason: r.reason, createdBy: r.created_by })),
          lostSinceSent: f.lostSinceSent,
          meetings: f.meetings.map((r) => ({ id: r.id, heldOn: r.held_on, attendees: r.attendees.split('\n'), notes: r.notes, createdBy: r.created_by })),
        },
        200,
      );
    },
  );

  for (const [path, summary, kind] of [
    ['/api/districts/{id}/feedback-reports', 'Records that the feedback report was sent to the district', 'sent'],
    ['/api/districts/{id}/feedback-meetings', 'Records the feedback meeting: date, attendees, notes of the discussion', 'meeting'],
  ] as const) {
    app.openapi(
      guard(
        app,
        teamWrite(ITEM),
        createRoute({
          method: 'post',
          path,
          tags,
          summary,
          request: {
            params: IdParam,
            body: jsonBody(
              z.object({
                cycle: z.string().min(1).max(200),
                on: z.string().max(10),
                note: z.string().max(4000).optional(),
                reason: z
                  .string()
                  .max(4000)
                  .optional()
                  .openapi({ description: 'What this version of the report changes (needed from the second version sent)' }),
                attendees: z.array(z.string().max(200)).max(100).optional(),
                notes: z.string().max(20000).optional(),
              }),
            ),
          },
          responses: { 201: jsonResponse(z.object({ id: z.string() }), 'Recorded'), ...errorResponses },
        }),
      ),
      async (c) => {
        const id = c.req.valid('param').id;
        const ctx = serviceContext(c);
        const partnershipId = await partnershipOfDistrict(ctx, id);
        const b = c.req.valid('json');
        const row =
          kind === 'sent'
            ? await recordReportSent(ctx, {
                partnershipId,
                district: id,
                cycle: b.cycle,
                sentOn: b.on,
                ...(b.note && { note: b.note }),
                ...(b.reason && { reason: b.reason }),
              })
            : await recordMeeting(ctx, { partnershipId, district: id, cycle: b.cycle, heldOn: b.on, attendees: b.attendees ?? [], notes: b.notes ?? '' });
        return c.json({ id: row.id }, 201);
      },
    );
  }
  app.openapi(
    guard(
      app,
      sharedRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/districts/{id}/feedback-report/report',
        tags,
        summary:
          'The District Feedback and Recommendations Report as a file: the partner version as sent to the district, or for the team its draft or the one with the evidence appendix',
        request: {
          params: IdParam,
          query: z.object({
            cycle: z.string().max(200).optional(),
            format: z.enum(REPORT_FORMATS).default('docx'),
            audience: z.enum(['partner', 'team']).default('partner'),
            version: z.coerce
              .number()
              .int()
              .min(1)
              .optional()
              .openapi({ description: 'A version as it was sent to the district (partner version); default: the latest sent' }),
            draft: z.enum(['true', 'false']).optional().openapi({ description: 'Team only: the partner version as the data stand now, not the latest sent' }),
            designAppendix: z
              .enum(['true', 'false'])
              .optional()
              .openapi({ description: "true: with the design's tables (practices, supports, accountability) in an appendix" }),
          }),
        },
        responses: fileResponse('The document'),
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      const q = c.req.valid('query');
      const doc = await feedbackReportFor(ctx, principalOf(c), {
        partnershipId,
        district: id,
        ...(q.cycle && { cycle: q.cycle }),
        audience: q.audience,
        ...(q.version !== undefined && { version: q.version }),
        ...(q.draft === 'true' && { draft: true }),
        ...(q.designAppendix === 'true' && { withDesignAppendix: true }),
      });
      return sendReport(c, doc, q.format, districtReportName(doc, 'dfrr', q.audience));
    },
  );
}
