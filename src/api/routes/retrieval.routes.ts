import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { codedSegmentsCsv, codedSegmentsXlsx } from '../../exporters/coded-segments.js';
import { withDefined } from '../../services/lookup.js';
import { codedPassages, codedSegments, codeMatrix, codeQuery, cooccurrence } from '../../services/retrieval.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, PARTNERSHIP, routePartnership, teamRead } from '../policy.js';
import { presentCodeBrief } from '../presenters/retrieval.presenter.js';
import { errorResponses, fileResponse, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import {
  CodedPassagesSchema,
  CodedQuery,
  CodeMatrixSchema,
  CodeQueryAnswerSchema,
  CooccurrenceSchema,
  RetrievalFiltersQuery,
} from '../schemas/retrieval.schemas.js';

const tags = ['Retrieval'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Retrieval over the team's codings: passages, code queries, matrices, co-occurrence and the coded segments as a file (never for partner leaders). */
export function registerRetrievalRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/coded',
        tags,
        summary:
          "A code's passages (with withChildren, those of the codes under it too), filtered by district, school, role group, cycle, protocol and coder, and its codings of district artifacts",
        request: {
          params: PartnershipParam,
          query: CodedQuery,
        },
        responses: { 200: jsonResponse(CodedPassagesSchema, 'The passages'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { code, withChildren, ...filters } = c.req.valid('query');
      const r = await codedPassages(serviceContext(c), p.id, code, withDefined(filters), { withChildren: withChildren === 'true' });
      return c.json(
        { code: { ...presentCodeBrief(r.code), definition: r.code.definition }, filter: r.filter, passages: r.passages, artifactPassages: r.artifactPassages },
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/code-query',
        tags,
        summary: 'Answers a code query: "A AND B" (overlapping passages), "A NEAR/3 B" (within 3 turns), "A NOT B" (overlapping none), read left to right',
        request: { params: PartnershipParam, query: RetrievalFiltersQuery.extend({ q: z.string().max(1000) }) },
        responses: { 200: jsonResponse(CodeQueryAnswerSchema, "The first code's passages that meet the query"), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { q, ...filters } = c.req.valid('query');
      const r = await codeQuery(serviceContext(c), p.id, q, withDefined(filters));
      return c.json({ ...r, codes: r.codes.map(presentCodeBrief) }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/code-matrix',
        tags,
        summary:
          'Codes × role group, school, district or cycle, or two of them (by=role,cycle): passages and participants in each cell, with the filter that opens its passages',
        request: { params: PartnershipParam, query: RetrievalFiltersQuery.extend({ by: z.string().max(20) }) },
        responses: { 200: jsonResponse(CodeMatrixSchema, 'The matrix'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { by, ...filters } = c.req.valid('query');
      const r = await codeMatrix(serviceContext(c), p.id, by, withDefined(filters));
      return c.json({ ...r, codes: r.codes.map(presentCodeBrief) }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/code-cooccurrence',
        tags,
        summary: 'Codes × codes: overlapping passages of every two codes; on the diagonal, each code’s passages',
        request: { params: PartnershipParam, query: RetrievalFiltersQuery },
        responses: { 200: jsonResponse(CooccurrenceSchema, 'The co-occurrence table'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const r = await cooccurrence(serviceContext(c), p.id, withDefined(c.req.valid('query')));
      return c.json({ ...r, codes: r.codes.map(presentCodeBrief) }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/coded-segments',
        tags,
        summary: "The coded segments as CSV or XLSX for R, Stata and SPSS: one row per coded segment, the participants' attributes as columns with plain names",
        request: {
          params: PartnershipParam,
          query: RetrievalFiltersQuery.extend({
            format: z.enum(['csv', 'xlsx']).optional().openapi({ description: 'csv (the default) or xlsx' }),
            code: z.string().max(200).optional().openapi({ description: 'Only this code’s, by name or ID' }),
          }),
        },
        responses: fileResponse('The coded segments'),
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { format = 'csv', ...filters } = c.req.valid('query');
      const table = await codedSegments(serviceContext(c), p.id, withDefined(filters));
      const name = `coded-segments.${format}`;
      const headers = { 'Content-Disposition': `attachment; filename="${name}"` };
      if (format === 'xlsx') return c.body(new Uint8Array(await codedSegmentsXlsx(table)), 200, { ...headers, 'Content-Type': XLSX }) as never;
      return c.body(codedSegmentsCsv(table), 200, { ...headers, 'Content-Type': 'text/csv; charset=utf-8' }) as never;
    },
  );
}
