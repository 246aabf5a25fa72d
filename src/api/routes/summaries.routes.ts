import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addClaim, createSummary, editClaim, evidenceCandidates, getClaim, getSummary, listSummaries } from '../../services/summaries.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentClaim, presentSummary } from '../presenters/summaries.presenter.js';
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
  RoleGroupSchema,
  StanceSchema,
} from '../schemas/common.schemas.js';
import { ClaimSchema, SummarySchema } from '../schemas/summaries.schemas.js';

const EntryListSchema = z.array(
  z.object({
    id: z.string(),
    text: z.string(),
    field: z.string(),
    fieldLabel: z.string(),
    interviewCode: z.string(),
    pseudonym: z.string(),
    role: z.string(),
    school: z.string(),
  }),
);

/** Mid-level summaries of a school or role group, and their claims citing ISF entries */
export function registerSummaryRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/summaries',
        tags: ['Summaries'],
        summary: 'Starts a school summary or a role-group summary',
        request: {
          params: PartnershipParam,
          body: jsonBody(
            z.object({
              kind: z.enum(['school', 'role_group']),
              district: requiredText(200),
              cycle: requiredText(20),
              school: z.string().max(200).optional(),
              role: RoleGroupSchema.optional(),
              title: z.string().max(300).optional(),
            }),
          ),
        },
        responses: { 201: jsonResponse(SummarySchema, 'The new summary'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const summary = await createSummary(ctx, { partnershipId: p.id, ...c.req.valid('json') });
      return c.json(presentSummary(summary, []), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/summaries',
        tags: ['Summaries'],
        summary: 'Mid-level summaries with their claims',
        request: { params: PartnershipParam, query: z.object({ district: filterText, cycle: filterText, kind: z.enum(['school', 'role_group']).optional() }) },
        responses: { 200: jsonResponse(z.array(SummarySchema), 'Summaries'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json(
        (await listSummaries(ctx, p.id, c.req.valid('query'))).map(({ summary, claims }) => presentSummary(summary, claims)),
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/summaries/{id}',
        tags: ['Summaries'],
        summary: 'A summary with its claims, their evidence and triangulation',
        request: { params: IdParam },
        responses: { 200: jsonResponse(SummarySchema, 'The summary'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { summary, claims } = await getSummary(serviceContext(c), c.req.valid('param').id);
      return c.json(presentSummary(summary, claims), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/summaries/{id}/evidence-candidates',
        tags: ['Summaries'],
        summary: "ISF entries the summary's claims may cite (those of the interviews in its scope)",
        request: { params: IdParam },
        responses: { 200: jsonResponse(EntryListSchema, 'Entries'), ...errorResponses },
      }),
    ),
    async (c) => {
      const entries = await evidenceCandidates(serviceContext(c), c.req.valid('param').id);
      return c.json(
        entries.map((e) => ({
          id: e.id,
          text: e.text,
          field: e.field_key,
          fieldLabel: e.field_label,
          interviewCode: e.interview_code,
          pseudonym: e.pseudonym,
          role: e.role,
          school: e.organization_name,
        })),
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/summaries/{id}/claims',
        tags: ['Summaries'],
        summary: 'Adds a claim citing ISF entries (each supporting or contradicting it)',
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              text: requiredText(20_000),
              triangulationNote: z.string().max(5000).optional(),
              cite: z
                .array(z.object({ entryId: z.string().max(100), stance: StanceSchema.optional() }))
                .max(200)
                .optional(),
            }),
          ),
        },
        responses: { 201: jsonResponse(ClaimSchema, 'The claim'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentClaim(await addClaim(serviceContext(c), { summaryId: c.req.valid('param').id, ...c.req.valid('json') })), 201),
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/claims/{id}',
        tags: ['Summaries'],
        summary: 'A claim',
        request: { params: IdParam },
        responses: { 200: jsonResponse(ClaimSchema, 'The claim'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentClaim(await getClaim(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/claims/{id}',
        tags: ['Summaries'],
        summary: "Edits a claim's text or triangulation note",
        request: {
          params: IdParam,
          body: jsonBody(z.object({ text: requiredText(20_000).optional(), triangulationNote: z.string().max(5000).optional(), expectedVersion, reason })),
        },
        responses: { 200: jsonResponse(ClaimSchema, 'The claim'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentClaim(await editClaim(serviceContext(c), { claimId: c.req.valid('param').id, ...c.req.valid('json') })), 200),
  );
}
