import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { markShareable } from '../../services/excerpts.js';
import { partnershipOfDistrict } from '../../services/ownership.js';
import { setQuoteMinimum } from '../../services/partnerships.js';
import { quoteCandidates } from '../../services/quotes.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamLead, teamRead, teamWrite } from '../policy.js';
import { presentExcerpt } from '../presenters/excerpts.presenter.js';
import { errorResponses, expectedVersion, IdParam, jsonBody, jsonResponse, PartnershipParam, reason } from '../schemas/common.schemas.js';
import { ExcerptSchema } from '../schemas/excerpts.schemas.js';

const tags = ['Feedback'];

/** Which passages the feedback report may quote to partners */
export function registerQuoteRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'put',
        path: '/api/excerpts/{id}/shareable',
        tags,
        summary: 'Marks a passage as one partners may read as an illustrative quote (attributed to its role group), or takes the mark back',
        request: { params: IdParam, body: jsonBody(z.object({ shareable: z.boolean() })) },
        responses: { 200: jsonResponse(ExcerptSchema, 'The passage'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentExcerpt(await markShareable(serviceContext(c), c.req.valid('param').id, c.req.valid('json').shareable)), 200),
  );
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/districts/{id}/quote-candidates',
        tags,
        summary:
          "The passages the district's feedback report could quote: under the findings its implementation assessments cite, whether each is marked shareable, and why the report would withhold it anyway",
        request: { params: IdParam, query: z.object({ cycle: z.string().max(200).optional() }) },
        responses: {
          200: jsonResponse(
            z.array(
              z.object({
                excerptId: z.string(),
                quote: z.string(),
                role: z.string(),
                attribution: z.string(),
                shareable: z.boolean(),
                withheld: z.string().nullable(),
              }),
            ),
            'Candidates',
          ),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      return c.json(await quoteCandidates(ctx, partnershipId, id, c.req.valid('query').cycle), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'put',
        path: '/api/partnerships/{partnershipId}/quote-minimum',
        tags,
        summary:
          'The smallest role group in a district whose words may be quoted to partners (at least 3): a new version of the rule, made on the version named, with its reason (administrators and lead researchers)',
        request: { params: PartnershipParam, body: jsonBody(z.object({ minimum: z.number().int(), expectedVersion, reason })) },
        responses: { 200: jsonResponse(z.object({ minimum: z.number().int(), version: z.number().int() }), 'The rule'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await setQuoteMinimum(ctx, (await routePartnership(c)).id, c.req.valid('json'));
      return c.json({ minimum: p.quote_min_participants, version: p.quote_min_version }, 200);
    },
  );
}
