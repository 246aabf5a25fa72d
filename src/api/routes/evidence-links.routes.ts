import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { linkEvidence, linkViews } from '../../services/evidence-links.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, teamWrite } from '../policy.js';
import { errorResponses, jsonBody, jsonResponse } from '../schemas/common.schemas.js';
import { EvidenceLinkSchema } from '../schemas/evidence-links.schemas.js';

const tags = ['Feedback'];

/** Evidence cited by feedback records and conjecture revisions */
export function registerEvidenceLinkRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite({ kind: 'body-item', field: 'citingId' }),
      createRoute({
        method: 'post',
        path: '/api/evidence-links',
        tags,
        summary: 'Cites evidence from an implementation assessment, explanation, conjecture revision, recommendation or uptake record',
        request: {
          body: jsonBody(
            z.object({
              citingId: z.string().min(1).max(200),
              citedId: z.string().min(1).max(200),
              bearing: z.string().max(40).optional(),
              note: z.string().max(2000).optional(),
            }),
          ),
        },
        responses: { 201: jsonResponse(EvidenceLinkSchema, 'The link'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await linkEvidence(ctx, c.req.valid('json'));
      return c.json(
        (await linkViews(ctx, [row.citing_id])).get(row.citing_id)!.find((l) => l.id === row.id)!,
        201,
      );
    },
  );
}
