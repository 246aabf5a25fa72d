import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { UPTAKE_STATUSES } from '../../domain/theory-of-action.js';
import { addRecommendation, editRecommendation, recordUptake } from '../../services/feedback.js';
import { partnerTexts } from '../../services/identifying.js';
import { uptakeOverview } from '../../services/uptake.js';
import { savedWithEvidence } from '../saved-answers.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentRecommendation } from '../presenters/recommendations.presenter.js';
import { errorResponses, expectedVersion, IdList, IdParam, jsonBody, jsonResponse, PartnershipParam, reason, withWarnings } from '../schemas/common.schemas.js';
import { RecommendationSchema, UptakeLineSchema } from '../schemas/recommendations.schemas.js';

const tags = ['Feedback'];

/** Recommendations for a district's strategies, and their uptake in later cycles */
export function registerRecommendationRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/strategies/{id}/recommendations',
        tags,
        summary: 'A recommendation for a strategy, based on conjectures of the theory of action and on explanations',
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({ text: z.string().min(1).max(4000), rationale: z.string().max(4000).optional(), conjectures: IdList, explanations: IdList.optional() }),
          ),
        },
        responses: {
          201: jsonResponse(withWarnings(RecommendationSchema), 'The recommendation, and each participant it names (partners read it)'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await addRecommendation(ctx, { strategyId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json(await savedWithEvidence(ctx, row, presentRecommendation, partnerTexts.recommendation(row)), 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/recommendations/{id}',
        tags,
        summary: 'Revises a recommendation (a new version)',
        request: {
          params: IdParam,
          body: jsonBody(z.object({ text: z.string().max(4000).optional(), rationale: z.string().max(4000).optional(), expectedVersion, reason })),
        },
        responses: { 200: jsonResponse(withWarnings(RecommendationSchema), 'The recommendation, and each participant it names'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await editRecommendation(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json(await savedWithEvidence(ctx, row, presentRecommendation, partnerTexts.recommendation(row)), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'put',
        path: '/api/recommendations/{id}/uptake',
        tags,
        summary: 'Whether the district acted on the recommendation, seen in a later cycle (fully, partly, not), citing that autumn’s passages',
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              cycle: z.string().min(1).max(200),
              status: z.enum(UPTAKE_STATUSES),
              note: z.string().max(4000).optional(),
              passages: IdList.optional(),
              expectedVersion,
              reason,
            }),
          ),
        },
        responses: { 200: jsonResponse(z.object({ id: z.string(), status: z.string(), version: z.number().int() }), 'The uptake record'), ...errorResponses },
      }),
    ),
    async (c) => {
      const row = await recordUptake(serviceContext(c), { recommendationId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ id: row.id, status: row.status, version: row.version }, 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/uptake',
        tags,
        summary: 'Uptake across districts and years: every recommendation, whether it was acted on, and the conjectures it bears on',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(UptakeLineSchema), 'Uptake'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      return c.json(await uptakeOverview(ctx, (await routePartnership(c)).id), 200);
    },
  );
}
