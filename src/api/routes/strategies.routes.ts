import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { partnerTexts } from '../../services/identifying.js';
import { resolveFilters, withDefined } from '../../services/lookup.js';
import { addElement, citeStrategyEvidence, createStrategy, editElement, editStrategy, getStrategy, listStrategies } from '../../services/strategies.js';
import { savedForPartners } from '../saved-answers.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentElement, presentStrategy } from '../presenters/strategies.presenter.js';
import {
  DistrictCycleQuery,
  errorResponses,
  expectedVersion,
  IdParam,
  jsonBody,
  jsonResponse,
  PartnershipParam,
  reason,
  withWarnings,
} from '../schemas/common.schemas.js';
import { ElementInputSchema, StrategyElementSchema, StrategyEvidenceSchema, StrategySchema } from '../schemas/strategies.schemas.js';

/** Districts' strategies, their envisioned practices, intended supports and accountability relations, and the evidence for them */
export function registerStrategyRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/strategies',
        tags: ['Strategies'],
        summary: "Districts' strategies with their envisioned practices, intended supports, accountability relations and evidence",
        request: { params: PartnershipParam, query: DistrictCycleQuery },
        responses: { 200: jsonResponse(z.array(StrategySchema), 'Strategies'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const { districtId, cycleId } = await resolveFilters(ctx, p.id, c.req.valid('query'));
      return c.json((await listStrategies(ctx, p.id, withDefined({ districtId, cycleId }))).map(presentStrategy), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/strategies',
        tags: ['Strategies'],
        summary: "Documents one of a district's strategies",
        request: {
          params: PartnershipParam,
          body: jsonBody(
            z.object({
              district: z.string().min(1).max(200),
              cycle: z.string().min(1).max(200),
              name: z.string().min(1).max(300),
              goal: z.string().min(1).max(4000),
            }),
          ),
        },
        responses: {
          201: jsonResponse(withWarnings(StrategySchema), 'The strategy, and each participant its name or goal names (partners read them)'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const view = await createStrategy(ctx, { partnershipId: p.id, ...c.req.valid('json') });
      return c.json(await savedForPartners(ctx, view.strategy.id, presentStrategy(view), partnerTexts.strategy(view.strategy)), 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/strategies/{id}',
        tags: ['Strategies'],
        summary: 'A strategy with its elements and evidence',
        request: { params: IdParam },
        responses: { 200: jsonResponse(StrategySchema, 'The strategy'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentStrategy(await getStrategy(serviceContext(c), c.req.valid('param').id)), 200),
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/strategies/{id}',
        tags: ['Strategies'],
        summary: "Changes a strategy's name or goal (a new version)",
        request: {
          params: IdParam,
          body: jsonBody(z.object({ name: z.string().max(300).optional(), goal: z.string().max(4000).optional(), expectedVersion, reason })),
        },
        responses: { 200: jsonResponse(withWarnings(StrategySchema), 'The strategy, and each participant its name or goal names'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const view = await editStrategy(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json(await savedForPartners(ctx, view.strategy.id, presentStrategy(view), partnerTexts.strategy(view.strategy)), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/strategies/{id}/elements',
        tags: ['Strategies'],
        summary: 'Adds an envisioned practice, intended support or accountability relation',
        request: { params: IdParam, body: jsonBody(ElementInputSchema) },
        responses: {
          201: jsonResponse(withWarnings(StrategyElementSchema), 'The element, and each participant it names (partners read it)'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const view = await addElement(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await savedForPartners(ctx, view.row.id, presentElement(view), partnerTexts.strategyElement(view.row)), 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/strategy-elements/{id}',
        tags: ['Strategies'],
        summary: 'Changes an element of a strategy (a new version; its kind stays)',
        request: { params: IdParam, body: jsonBody(ElementInputSchema.extend({ expectedVersion, reason })) },
        responses: { 200: jsonResponse(withWarnings(StrategyElementSchema), 'The element, and each participant it names'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const { expectedVersion: v, reason: why, ...changes } = c.req.valid('json');
      const view = await editElement(ctx, {
        id: c.req.valid('param').id,
        changes,
        ...(v !== undefined && { expectedVersion: v }),
        ...(why && { reason: why }),
      });
      return c.json(await savedForPartners(ctx, view.row.id, presentElement(view), partnerTexts.strategyElement(view.row)), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite({ kind: 'body-item', field: 'citingId' }),
      createRoute({
        method: 'post',
        path: '/api/strategy-evidence',
        tags: ['Strategies'],
        summary: 'Cites a leader-interview passage or an artifact as evidence of a strategy or one of its elements',
        request: {
          body: jsonBody(z.object({ citingId: z.string().min(1).max(200), citedId: z.string().min(1).max(200), note: z.string().max(2000).optional() })),
        },
        responses: { 201: jsonResponse(StrategyEvidenceSchema, 'The evidence'), ...errorResponses },
      }),
    ),
    async (c) => c.json(await citeStrategyEvidence(serviceContext(c), c.req.valid('json')), 201),
  );
}
