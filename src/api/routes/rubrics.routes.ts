import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { withDefined } from '../../services/lookup.js';
import { defineRubric, editRubric, getRubric, listRubrics } from '../../services/rubrics.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamLead, teamRead } from '../policy.js';
import { presentRubric } from '../presenters/rubrics.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import { NewRubricSchema, RubricEditSchema, RubricSchema } from '../schemas/rubrics.schemas.js';

const tags = ['Scoring'];

/** The partnership's levelled rubrics: read by the team, defined and edited by its leads. */
export function registerRubricRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/rubrics',
        tags,
        summary: "The partnership's levelled rubrics, each with its dimensions and their ordered levels",
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(RubricSchema), 'Rubrics'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      return c.json((await listRubrics(serviceContext(c), p.id)).map(presentRubric), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/rubrics',
        tags,
        summary: 'Defines a levelled rubric: its dimensions, each with at least two ordered levels and their descriptors',
        request: { params: PartnershipParam, body: jsonBody(NewRubricSchema) },
        responses: { 201: jsonResponse(RubricSchema, 'The new rubric'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const body = c.req.valid('json');
      return c.json(presentRubric(await defineRubric(serviceContext(c), { partnershipId: p.id, ...body })), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/rubrics/{id}',
        tags,
        summary: 'A rubric with its dimensions and levels',
        request: { params: IdParam },
        responses: { 200: jsonResponse(RubricSchema, 'The rubric'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentRubric(await getRubric(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(
      app,
      teamLead(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/rubrics/{id}',
        tags,
        summary: 'Edits a rubric as its next version, with the reason; a dimension or level scores were given on stays',
        request: { params: IdParam, body: jsonBody(RubricEditSchema) },
        responses: { 200: jsonResponse(RubricSchema, 'The rubric'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentRubric(await editRubric(serviceContext(c), { id: c.req.valid('param').id, ...withDefined(c.req.valid('json')) })), 200),
  );
}
