import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addSupportType, editSupportType, supportTypes } from '../../services/framework.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamLead, teamRead } from '../policy.js';
import { presentSupportType } from '../presenters/framework.presenter.js';
import { errorResponses, expectedVersion, IdParam, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import { SupportTypeSchema } from '../schemas/framework.schemas.js';

/** The interpretive framework: the types of support strategies are described in */
export function registerFrameworkRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/support-types',
        tags: ['Framework'],
        summary: "The interpretive framework's types of support, in order",
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(SupportTypeSchema), 'Support types'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json((await supportTypes(ctx, p.id)).map(presentSupportType), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/support-types',
        tags: ['Framework'],
        summary: 'Adds a type of support to the framework',
        request: {
          params: PartnershipParam,
          body: jsonBody(
            z.object({
              key: z.string().min(1).max(60),
              name: z.string().min(1).max(200),
              category: z.string().max(200).optional(),
              description: z.string().min(1).max(4000),
            }),
          ),
        },
        responses: { 201: jsonResponse(SupportTypeSchema, 'The support type'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json(presentSupportType(await addSupportType(ctx, { partnershipId: p.id, ...c.req.valid('json') })), 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamLead(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/support-types/{id}',
        tags: ['Framework'],
        summary: 'Refines a type of support: a new version, with its reason',
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              name: z.string().max(200).optional(),
              category: z.string().max(200).optional(),
              description: z.string().max(4000).optional(),
              expectedVersion,
              reason: z.string().max(2000).optional().openapi({ description: 'Why the framework changes: required' }),
            }),
          ),
        },
        responses: { 200: jsonResponse(SupportTypeSchema, 'The support type'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentSupportType(await editSupportType(serviceContext(c), { id: c.req.valid('param').id, ...c.req.valid('json') })), 200),
  );
}
