import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addFinding, editFinding, getFinding, listFindings } from '../../services/findings.js';
import { partnerTexts } from '../../services/identifying.js';
import { resolveFilters } from '../../services/lookup.js';
import { savedForPartners } from '../saved-answers.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentFinding } from '../presenters/findings.presenter.js';
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
  StanceSchema,
  withWarnings,
} from '../schemas/common.schemas.js';
import { FindingSchema } from '../schemas/findings.schemas.js';

/** A district's findings, citing the claims of its summaries */
export function registerFindingRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/findings',
        tags: ['Findings'],
        summary: "Adds a district finding citing claims of the district's mid-level summaries",
        request: {
          params: PartnershipParam,
          body: jsonBody(
            z.object({
              district: requiredText(200),
              cycle: requiredText(20),
              text: requiredText(20_000),
              cite: z
                .array(z.object({ claimId: z.string().max(100), stance: StanceSchema.optional() }))
                .max(200)
                .optional(),
            }),
          ),
        },
        responses: {
          201: jsonResponse(withWarnings(FindingSchema), 'The finding, and each participant its text names (partners read findings in the feedback report)'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const finding = await addFinding(ctx, { partnershipId: p.id, ...c.req.valid('json') });
      return c.json(await savedForPartners(ctx, finding.finding.id, presentFinding(finding), partnerTexts.finding(finding.finding)), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/findings',
        tags: ['Findings'],
        summary: 'District findings',
        request: { params: PartnershipParam, query: z.object({ district: filterText, cycle: filterText }) },
        responses: { 200: jsonResponse(z.array(FindingSchema), 'Findings'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json((await listFindings(ctx, p.id, await resolveFilters(ctx, p.id, c.req.valid('query')))).map(presentFinding), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/findings/{id}',
        tags: ['Findings'],
        summary: 'A finding',
        request: { params: IdParam },
        responses: { 200: jsonResponse(FindingSchema, 'The finding'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentFinding(await getFinding(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/findings/{id}',
        tags: ['Findings'],
        summary: "Edits a finding's text",
        request: { params: IdParam, body: jsonBody(z.object({ text: requiredText(20_000), expectedVersion, reason })) },
        responses: { 200: jsonResponse(withWarnings(FindingSchema), 'The finding, and each participant its text names'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const finding = await editFinding(ctx, { findingId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json(await savedForPartners(ctx, finding.finding.id, presentFinding(finding), partnerTexts.finding(finding.finding)), 200);
    },
  );
}
