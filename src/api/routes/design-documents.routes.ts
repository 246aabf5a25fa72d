import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { allows } from '../../domain/access.js';
import { invalid } from '../../domain/errors.js';
import { REPORT_FORMATS } from '../../reports/document.js';
import { compareVersions, designDocumentState, designScope, designVersion, issueVersion } from '../../services/design-documents.js';
import { partnershipOfDistrict } from '../../services/ownership.js';
import { designDocumentFor } from '../../services/report-access.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, ITEM, mustSee, sharedRead, teamWrite } from '../policy.js';
import { presentDesignDocument, presentDesignVersion } from '../presenters/design-documents.presenter.js';
import { districtReportName, sendReport } from '../report-response.js';
import { errorResponses, fileResponse, filterText, IdParam, jsonBody, jsonResponse } from '../schemas/common.schemas.js';
import { DesignDocumentSchema, DesignVersionSchema, SectionDiffSchema } from '../schemas/design-documents.schemas.js';

const CycleQuery = z.object({ cycle: filterText.openapi({ description: 'Cycle label or ID; default: the latest' }) });

/** District Design Documents: their state, issued versions, the differences between versions, and the documents */
export function registerDesignDocumentRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      sharedRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/districts/{id}/design-document',
        tags: ['Design documents'],
        summary: "A district's design document for a cycle: issued versions, member checks and their state (the team also gets the current draft)",
        request: { params: IdParam, query: CycleQuery },
        responses: { 200: jsonResponse(DesignDocumentSchema, 'The design document'), ...errorResponses },
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      const state = await designDocumentState(ctx, await designScope(ctx, partnershipId, id, c.req.valid('query').cycle));
      return c.json(presentDesignDocument(state, allows(principalOf(c), 'team:read', partnershipId)), 200);
    },
  );
  app.openapi(
    guard(
      app,
      sharedRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/districts/{id}/design-document/report',
        tags: ['Design documents'],
        summary: 'The District Design Document as a file: the partner version (its latest issued version), or for the team the in-house version',
        request: {
          params: IdParam,
          query: CycleQuery.extend({
            format: z.enum(REPORT_FORMATS).default('docx'),
            audience: z.enum(['partner', 'team']).default('partner'),
            draft: z.enum(['true', 'false']).optional(),
          }),
        },
        responses: fileResponse('The document'),
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      const q = c.req.valid('query');
      const doc = await designDocumentFor(ctx, principalOf(c), {
        partnershipId,
        district: id,
        ...(q.cycle && { cycle: q.cycle }),
        audience: q.audience,
        ...(q.draft === 'true' && { draft: true }),
      });
      return sendReport(c, doc, q.format, districtReportName(doc, 'ddd', q.audience));
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/districts/{id}/design-document/versions',
        tags: ['Design documents'],
        summary: 'Issues the design document as it stands as the next version (marking the member-check corrections it takes in)',
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              cycle: filterText,
              reason: z.string().max(2000).optional(),
              applies: z.array(z.string().max(200)).max(200).optional(),
              issuedOn: z
                .string()
                .max(10)
                .optional()
                .openapi({ description: 'The day it was issued to the district, YYYY-MM-DD (not in the future); default: today' }),
            }),
          ),
        },
        responses: { 201: jsonResponse(DesignVersionSchema, 'The version'), ...errorResponses },
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      const b = c.req.valid('json');
      return c.json(
        presentDesignVersion(
          await issueVersion(ctx, {
            partnershipId,
            district: id,
            ...(b.cycle && { cycle: b.cycle }),
            ...(b.reason && { reason: b.reason }),
            ...(b.applies && { applies: b.applies }),
            ...(b.issuedOn && { issuedOn: b.issuedOn }),
          }),
        ),
        201,
      );
    },
  );
  app.openapi(
    guard(
      app,
      sharedRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/ddd-versions/{id}/diff',
        tags: ['Design documents'],
        summary: 'What changed from another version (default: the one it was based on) to this one, section by section',
        request: { params: IdParam, query: z.object({ from: z.string().max(200).optional() }) },
        responses: {
          200: jsonResponse(z.object({ from: DesignVersionSchema, to: DesignVersionSchema, sections: z.array(SectionDiffSchema) }), 'The differences'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const to = await designVersion(ctx, c.req.valid('param').id);
      const from = c.req.valid('query').from ?? to.based_on_id;
      if (!from) throw invalid('this is the first version: name the version to compare with (from)', { field: 'from' });
      await mustSee(c, 'shared:read', from, 'design document version');
      const d = await compareVersions(ctx, from, c.req.valid('param').id);
      return c.json({ from: presentDesignVersion(d.from), to: presentDesignVersion(d.to), sections: d.sections }, 200);
    },
  );
}
