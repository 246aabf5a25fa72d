import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { auditTrailCsv, verifyAuditTrail } from '../../services/audit-trail.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { ADMIN, guard } from '../policy.js';
import { errorResponses, jsonResponse } from '../schemas/common.schemas.js';

const tags = ['Audit trail'];

export function registerAuditRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      ADMIN,
      createRoute({
        method: 'get',
        path: '/api/audit/verify',
        tags,
        summary: "Checks the audit trail's hash chain (administrators)",
        responses: {
          200: jsonResponse(
            z.object({ ok: z.boolean(), entries: z.number().int(), broken: z.object({ seq: z.number().int(), reason: z.string() }).nullable() }),
            'The result',
          ),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const { entries, broken } = await verifyAuditTrail(serviceContext(c));
      return c.json({ ok: broken === null, entries, broken }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      ADMIN,
      createRoute({
        method: 'get',
        path: '/api/audit/export.csv',
        tags,
        summary: 'The whole audit trail as CSV, safe to open in a spreadsheet (administrators)',
        responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' }, ...errorResponses },
      }),
    ),
    (c) => {
      const ctx = serviceContext(c);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', 'attachment; filename="warrant-audit-trail.csv"');
      return stream(c, async (s) => {
        for await (const chunk of auditTrailCsv(ctx)) await s.write(chunk);
      });
    },
  );
}
