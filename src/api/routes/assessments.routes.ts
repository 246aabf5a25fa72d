import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ASSESSMENT_ASPECTS } from '../../domain/assessment.js';
import { listAssessments, writeAssessment } from '../../services/assessments.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentAssessment } from '../presenters/assessments.presenter.js';
import { AssessmentSchema } from '../schemas/assessments.schemas.js';
import { errorResponses, expectedVersion, filterText, jsonBody, jsonResponse, PartnershipParam, reason } from '../schemas/common.schemas.js';

/** The team's in-house assessment of a district's strategies, never shown to partners */
export function registerAssessmentRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/assessments',
        tags: ['Assessments'],
        summary: "The team's in-house assessment of a district's strategies (never shown to partners)",
        request: { params: PartnershipParam, query: z.object({ district: z.string().min(1).max(200), cycle: filterText }) },
        responses: { 200: jsonResponse(z.array(AssessmentSchema), 'Assessments'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const q = c.req.valid('query');
      return c.json((await listAssessments(ctx, p.id, q.district, q.cycle)).map(presentAssessment), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'put',
        path: '/api/partnerships/{partnershipId}/assessments',
        tags: ['Assessments'],
        summary: 'Writes one aspect of the in-house assessment (a new version when it exists)',
        request: {
          params: PartnershipParam,
          body: jsonBody(
            z.object({
              district: z.string().min(1).max(200),
              cycle: z.string().min(1).max(200),
              aspect: z.enum(ASSESSMENT_ASPECTS),
              strategyId: z.string().max(200).nullable().optional(),
              judgement: z.string().min(1).max(100),
              rationale: z.string().min(1).max(8000),
              frameworkRefs: z.array(z.string().max(60)).max(20).optional(),
              expectedVersion,
              reason,
            }),
          ),
        },
        responses: { 200: jsonResponse(AssessmentSchema, 'The assessment'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json(presentAssessment(await writeAssessment(ctx, { partnershipId: p.id, ...c.req.valid('json') })), 200);
    },
  );
}
