import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { createIsf, getIsf, listIsfs, setIsfStatus, writeEntry } from '../../services/isfs.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentIsf } from '../presenters/isfs.presenter.js';
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
import { IsfSchema } from '../schemas/isfs.schemas.js';

/** Interview Summary Forms: one per interview, its entries citing the interview's passages */
export function registerIsfRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/isfs',
        tags: ['Interview Summary Forms'],
        summary: "Starts the ISF of an interview on its district's template for the role",
        request: { params: PartnershipParam, body: jsonBody(z.object({ interview: requiredText(200).openapi({ description: 'Interview ID or code' }) })) },
        responses: { 201: jsonResponse(IsfSchema, 'The new form'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json(presentIsf(await createIsf(ctx, p.id, c.req.valid('json').interview)), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/isfs',
        tags: ['Interview Summary Forms'],
        summary: 'ISFs, filtered by district, school, role group, cycle or status',
        request: {
          params: PartnershipParam,
          query: z.object({
            district: filterText,
            school: filterText,
            role: RoleGroupSchema.optional(),
            cycle: filterText,
            status: z.enum(['draft', 'complete']).optional(),
          }),
        },
        responses: {
          200: jsonResponse(
            z.array(
              z.object({
                id: z.string(),
                interviewId: z.string(),
                interviewCode: z.string(),
                pseudonym: z.string(),
                role: z.string(),
                cycle: z.string(),
                status: z.string(),
                version: z.number().int(),
                updatedAt: z.string(),
              }),
            ),
            'ISFs',
          ),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const rows = await listIsfs(ctx, p.id, c.req.valid('query'));
      return c.json(
        rows.map((r) => ({
          id: r.id,
          interviewId: r.interview_id,
          interviewCode: r.interview_code,
          pseudonym: r.pseudonym,
          role: r.role,
          cycle: r.cycle_label,
          status: r.status,
          version: r.version,
          updatedAt: r.updated_at,
        })),
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
        path: '/api/isfs/{id}',
        tags: ['Interview Summary Forms'],
        summary: 'An ISF with its fields, entries and the passages each entry cites',
        request: { params: IdParam },
        responses: { 200: jsonResponse(IsfSchema, 'The form'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentIsf(await getIsf(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'put',
        path: '/api/isfs/{id}/entries/{field}',
        tags: ['Interview Summary Forms'],
        summary: 'Writes one field of an ISF, optionally citing excerpts; edits of an existing entry give expectedVersion',
        request: {
          params: IdParam.extend({
            field: z
              .string()
              .min(1)
              .max(100)
              .openapi({ param: { name: 'field', in: 'path' }, example: 'work_with_coach' }),
          }),
          body: jsonBody(
            z.object({
              text: requiredText(50_000),
              expectedVersion,
              reason,
              cite: z
                .array(z.object({ excerptId: z.string().max(100), stance: StanceSchema.optional() }))
                .max(200)
                .optional(),
            }),
          ),
        },
        responses: { 200: jsonResponse(IsfSchema, 'The form'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const { id, field } = c.req.valid('param');
      const body = c.req.valid('json');
      await writeEntry(ctx, { isfId: id, field, ...body });
      return c.json(presentIsf(await getIsf(ctx, id)), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'put',
        path: '/api/isfs/{id}/status',
        tags: ['Interview Summary Forms'],
        summary: 'Marks an ISF complete (every entry must cite its passages) or back to draft',
        request: { params: IdParam, body: jsonBody(z.object({ status: z.enum(['draft', 'complete']), reason })) },
        responses: { 200: jsonResponse(IsfSchema, 'The form'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { status, reason: why } = c.req.valid('json');
      return c.json(presentIsf(await setIsfStatus(serviceContext(c), c.req.valid('param').id, status, why)), 200);
    },
  );
}
