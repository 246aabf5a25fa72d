import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { partnershipOfDistrict } from '../../services/ownership.js';
import { sharedWithDistrict } from '../../services/shared-documents.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, ITEM, sharedRead } from '../policy.js';
import { presentSharedWithDistrict } from '../presenters/shared.presenter.js';
import { errorResponses, IdParam, jsonResponse } from '../schemas/common.schemas.js';
import { SharedWithDistrictSchema } from '../schemas/shared.schemas.js';

/** What was shared with a district, year by year: what its partner leaders keep */
export function registerSharedRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      sharedRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/districts/{id}/shared',
        tags: ['Shared with a district'],
        summary:
          'What was shared with a district, cycle by cycle, newest first: the design document versions issued, their member checks, the feedback reports sent',
        request: { params: IdParam },
        responses: { 200: jsonResponse(SharedWithDistrictSchema, 'What was shared'), ...errorResponses },
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      return c.json(presentSharedWithDistrict(await sharedWithDistrict(ctx, partnershipId, id), principalOf(c).accountId), 200);
    },
  );
}
