import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { MEMBER_CHECK_RESPONSES, type MemberCheckResponseKind } from '../../domain/member-check.js';
import { designVersion, getMemberCheck, memberChecksFor, partnerLeaders, respondToMemberCheck, sendMemberCheck } from '../../services/design-documents.js';
import { partnershipOfDistrict } from '../../services/ownership.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, ITEM, sharedRead, sharedRespond, SIGNED_IN, teamWrite } from '../policy.js';
import { presentDesignVersion } from '../presenters/design-documents.presenter.js';
import { presentMemberCheck } from '../presenters/member-checks.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../schemas/common.schemas.js';
import { DesignVersionSchema } from '../schemas/design-documents.schemas.js';
import { MemberCheckResponseSchema, MemberCheckSchema } from '../schemas/member-checks.schemas.js';

/** Member checks: an issued design document sent to a district's partner leaders, and their responses */
export function registerMemberCheckRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'get',
        path: '/api/districts/{id}/partner-leaders',
        tags: ['Member checks'],
        summary: "The district's partner leaders, to whom a member check may be sent",
        request: { params: IdParam },
        responses: {
          200: jsonResponse(z.array(z.object({ accountId: z.string(), name: z.string(), email: z.string() })), 'Partner leaders'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      return c.json(await partnerLeaders(ctx, partnershipId, id), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/ddd-versions/{id}/member-checks',
        tags: ['Member checks'],
        summary: 'Sends an issued version to named partner leaders of its district for their member check',
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              recipients: z.array(z.string().min(1).max(320)).min(1).max(50),
              message: z.string().max(4000).optional(),
              sentOn: z
                .string()
                .max(10)
                .optional()
                .openapi({ description: 'The day it was sent to the leaders, YYYY-MM-DD (not in the future); default: today' }),
            }),
          ),
        },
        responses: { 201: jsonResponse(MemberCheckSchema, 'The member check'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const view = await sendMemberCheck(ctx, { versionId: c.req.valid('param').id, ...c.req.valid('json') });
      const version = await designVersion(ctx, view.check.ddd_version_id);
      return c.json(presentMemberCheck(view, [version]), 201);
    },
  );
  app.openapi(
    guard(
      app,
      SIGNED_IN,
      createRoute({
        method: 'get',
        path: '/api/member-checks',
        tags: ['Member checks'],
        summary: 'The member checks sent to me of the district I lead now, newest first, with the version they concern',
        responses: { 200: jsonResponse(z.array(z.object({ check: MemberCheckSchema, version: DesignVersionSchema })), 'Member checks'), ...errorResponses },
      }),
    ),
    async (c) => {
      const mine = await memberChecksFor(serviceContext(c), principalOf(c));
      return c.json(
        mine.map(({ view, version, versions }) => ({ check: presentMemberCheck(view, versions), version: presentDesignVersion(version) })),
        200,
      );
    },
  );
  app.openapi(
    guard(
      app,
      sharedRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/member-checks/{id}',
        tags: ['Member checks'],
        summary: 'A member check, with the version sent and the responses',
        request: { params: IdParam },
        responses: { 200: jsonResponse(z.object({ check: MemberCheckSchema, version: DesignVersionSchema }), 'The member check'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { view, version, versions } = await getMemberCheck(serviceContext(c), c.req.valid('param').id);
      return c.json({ check: presentMemberCheck(view, versions), version: presentDesignVersion(version) }, 200);
    },
  );
  app.openapi(
    guard(
      app,
      sharedRespond(ITEM),
      createRoute({
        method: 'post',
        path: '/api/member-checks/{id}/responses',
        tags: ['Member checks'],
        summary: "A partner leader's response to one section: confirm, correct (saying what) or comment",
        request: {
          params: IdParam,
          body: jsonBody(z.object({ section: z.string().min(1).max(200), response: z.enum(MEMBER_CHECK_RESPONSES), text: z.string().max(8000).optional() })),
        },
        responses: { 201: jsonResponse(MemberCheckResponseSchema, 'The response'), ...errorResponses },
      }),
    ),
    async (c) => {
      const principal = principalOf(c);
      const r = await respondToMemberCheck(serviceContext(c), { checkId: c.req.valid('param').id, accountId: principal.accountId, ...c.req.valid('json') });
      return c.json(
        {
          id: r.id,
          section: r.section,
          accountId: r.account_id,
          name: principal.displayName,
          response: r.response as MemberCheckResponseKind,
          text: r.text,
          createdAt: r.created_at,
          appliedInVersion: null,
        },
        201,
      );
    },
  );
}
