import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { acceptCorrection, createExcerpt, getExcerpt, passagesToReview, reanchorExcerpt, withdrawExcerpt } from '../../services/excerpts.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentExcerpt } from '../presenters/excerpts.presenter.js';
import {
  errorResponses,
  expectedVersion,
  filterText,
  IdParam,
  jsonBody,
  jsonResponse,
  PartnershipParam,
  reason,
  requiredText,
} from '../schemas/common.schemas.js';
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

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/excerpts/to-review',
        tags: ['Excerpts'],
        summary: 'Passages whose transcript was corrected since they were cited and whose words changed: each to accept, re-anchor or withdraw',
        request: { params: PartnershipParam, query: z.object({ interview: filterText.openapi({ description: 'Interview ID or code' }) }) },
        responses: { 200: jsonResponse(z.array(ExcerptSchema), 'The passages to review'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      return c.json((await passagesToReview(serviceContext(c), p.id, c.req.valid('query').interview)).map(presentExcerpt), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/excerpts/{id}/accept',
        tags: ['Excerpts'],
        summary: "Keeps a passage's words as they were said, though its transcript was corrected since: what cites it no longer needs review",
        request: { params: IdParam, body: jsonBody(z.object({ expectedVersion, reason })) },
        responses: { 200: jsonResponse(ExcerptSchema, 'The passage'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentExcerpt(await acceptCorrection(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/excerpts/{id}/reanchor',
        tags: ['Excerpts'],
        summary:
          "Anchors a passage to words of its interview's corrected transcript (by offsets, a quote or a turn): its next version, which what cites it follows",
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              expectedVersion,
              reason,
              start: z.number().int().min(0).optional(),
              end: z.number().int().min(1).optional(),
              quote: z.string().max(20_000).optional(),
              turn: z.number().int().min(0).optional(),
            }),
          ),
        },
        responses: { 200: jsonResponse(ExcerptSchema, 'The passage'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentExcerpt(await reanchorExcerpt(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/excerpts/{id}/withdraw',
        tags: ['Excerpts'],
        summary: 'Withdraws a passage of a corrected transcript: it is retired, and what cites it is shown as needing a new source',
        request: {
          params: IdParam,
          body: jsonBody(z.object({ reason: requiredText(2000).openapi({ description: 'Why it is withdrawn (kept in the audit trail)' }) })),
        },
        responses: { 200: jsonResponse(ExcerptSchema, 'The passage'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentExcerpt(await withdrawExcerpt(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );
}
