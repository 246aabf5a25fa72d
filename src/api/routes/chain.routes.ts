import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { allows } from '../../domain/access.js';
import { WarrantError } from '../../domain/errors.js';
import { kindOfId } from '../../domain/ids.js';
import { checkPartnership } from '../../services/check.js';
import { cite } from '../../services/citations.js';
import { history } from '../../services/history.js';
import { retire, uncite } from '../../services/retire.js';
import { trace } from '../../services/trace.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentCitation } from '../presenters/citations.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam, StanceSchema } from '../schemas/common.schemas.js';
import { CheckIssueSchema, HistoryEntrySchema, TraceSchema } from '../schemas/chain.schemas.js';
import { CitationSchema } from '../schemas/citations.schemas.js';
import { partnershipOfRecord } from '../../services/ownership.js';

const tags = ['Evidence chain'];

export function registerChainRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite({ kind: 'body-item', field: 'citingId' }),
      createRoute({
        method: 'post',
        path: '/api/citations',
        tags,
        summary: 'Cites evidence: an ISF entry cites an excerpt, a claim an ISF entry, a finding a claim',
        request: {
          body: jsonBody(
            z.object({
              citingId: z.string().min(1).max(100),
              citedId: z.string().min(1).max(100),
              stance: StanceSchema.optional(),
              note: z.string().max(2000).optional(),
            }),
          ),
        },
        responses: { 201: jsonResponse(CitationSchema, 'The citation'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentCitation(await cite(serviceContext(c), c.req.valid('json'))), 201),
  );

  app.openapi(
    guard(
      app,
      teamWrite({ kind: 'body-item', field: 'id' }),
      createRoute({
        method: 'post',
        path: '/api/retirements',
        tags,
        summary: 'Retires an excerpt, ISF entry, claim, finding or citation (kept, never deleted)',
        request: { body: jsonBody(z.object({ id: z.string().min(1).max(100), reason: z.string().min(1).max(2000) })) },
        responses: { 200: jsonResponse(z.object({ id: z.string(), kind: z.string(), retiredAt: z.string() }), 'Retired'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id, reason } = c.req.valid('json');
      // The framework is shaped by those who lead the analysis, as its other changes are.
      if (kindOfId(id) === 'supportType') {
        const partnershipId = await partnershipOfRecord(serviceContext(c), id);
        if (partnershipId && !allows(principalOf(c), 'team:lead', partnershipId))
          throw new WarrantError('forbidden', 'only lead researchers change the framework');
      }
      return c.json(await retire(serviceContext(c), id, reason), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite({ kind: 'body-item', field: 'citingId' }),
      createRoute({
        method: 'post',
        path: '/api/citation-withdrawals',
        tags,
        summary:
          'Removes evidence from a record that cites it (an ISF entry, claim, finding, strategy or element, feedback record): the citation is retired with the reason, never deleted',
        request: {
          body: jsonBody(z.object({ citingId: z.string().min(1).max(100), citedId: z.string().min(1).max(100), reason: z.string().min(1).max(2000) })),
        },
        responses: { 200: jsonResponse(z.object({ id: z.string(), kind: z.string(), retiredAt: z.string() }), 'The citation, retired'), ...errorResponses },
      }),
    ),
    async (c) => c.json(await uncite(serviceContext(c), c.req.valid('json')), 200),
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/trace/{id}',
        tags,
        summary: 'Backtracks a finding, claim or ISF entry to the transcript passages it rests on',
        request: { params: IdParam },
        responses: { 200: jsonResponse(TraceSchema, 'The chain, as a tree, and its passages'), ...errorResponses },
      }),
    ),
    async (c) => c.json(await trace(serviceContext(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/check',
        tags,
        summary: 'Every ISF entry, claim and finding whose chain is broken or needs review',
        request: { params: PartnershipParam },
        responses: {
          200: jsonResponse(z.object({ ok: z.boolean(), issues: z.array(CheckIssueSchema) }), 'ok is false if any chain is broken'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const issues = await checkPartnership(ctx, p.id);
      return c.json({ ok: !issues.some((i) => i.severity === 'broken'), issues }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/history/{id}',
        tags,
        summary: 'Who changed a record, when, how and why (the audit trail)',
        request: { params: IdParam },
        responses: { 200: jsonResponse(z.array(HistoryEntrySchema), 'Changes, oldest first'), ...errorResponses },
      }),
    ),
    async (c) => c.json(await history(serviceContext(c), c.req.valid('param').id), 200),
  );
}
