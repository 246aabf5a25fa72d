import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { createExcerpt, getExcerpt } from '../../services/excerpts.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentExcerpt } from '../presenters/excerpts.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam, requiredText } from '../schemas/common.schemas.js';
import { ExcerptSchema } from '../schemas/excerpts.schemas.js';

/** Excerpts: passages of a transcript version, the ground of the evidence chain */
export function registerExcerptRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/excerpts',
        tags: ['Excerpts'],
        summary: 'Marks a passage of an interview transcript as evidence (by offsets, a quote or a turn)',
        request: {
          params: PartnershipParam,
          body: jsonBody(
            z.object({
              interview: requiredText(200).openapi({ description: 'Interview ID or code' }),
              start: z.number().int().min(0).optional(),
              end: z.number().int().min(1).optional(),
              quote: z.string().max(20_000).optional(),
              turn: z.number().int().min(0).optional(),
              note: z.string().max(2000).optional(),
            }),
          ),
        },
        responses: { 201: jsonResponse(ExcerptSchema, 'The excerpt'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json(presentExcerpt(await createExcerpt(ctx, { partnershipId: p.id, ...c.req.valid('json') })), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/excerpts/{id}',
        tags: ['Excerpts'],
        summary: 'An excerpt, with where it is cited',
        request: { params: IdParam },
        responses: { 200: jsonResponse(ExcerptSchema.extend({ citedBy: z.array(z.string()) }), 'The excerpt'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { excerpt, usedBy } = await getExcerpt(serviceContext(c), c.req.valid('param').id);
      return c.json({ ...presentExcerpt(excerpt), citedBy: usedBy.map((u) => u.citing_id) }, 200);
    },
  );
}
