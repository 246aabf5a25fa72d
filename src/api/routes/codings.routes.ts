import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { codePassage, codingsOfArtifact, codingsOfInterviewById, getCoding, recode, uncode } from '../../services/codings.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentCoding, presentTranscriptCodings } from '../presenters/codings.presenter.js';
import { CodeFilterQuery, CodingSchema, NewCodingBody, TranscriptCodingsSchema } from '../schemas/codings.schemas.js';
import { errorResponses, expectedVersion, IdParam, jsonBody, jsonResponse, PartnershipParam, reason, requiredText } from '../schemas/common.schemas.js';

const tags = ['Coding'];

/** Codings: codes applied to passages of transcripts and artifacts, each its coder's */
export function registerCodingRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/codings',
        tags,
        summary:
          "Codes a passage with one or more codes, as the caller's codings: a selection of an interview's current transcript (widened to whole words), a quote, a whole turn, or a stretch of an artifact's text",
        request: { params: PartnershipParam, body: jsonBody(NewCodingBody) },
        responses: { 201: jsonResponse(z.object({ codings: z.array(CodingSchema) }), 'The new codings, one a code'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const codings = await codePassage(serviceContext(c), { partnershipId: p.id, ...c.req.valid('json') });
      return c.json({ codings: codings.map(presentCoding) }, 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/interviews/{id}/codings',
        tags,
        summary:
          "The codings of an interview's current transcript, in text order, with each code's name and colour and its coder; a coder assigned to the interview sees only their own until they mark it done",
        request: { params: IdParam, query: CodeFilterQuery },
        responses: { 200: jsonResponse(TranscriptCodingsSchema, "The transcript's codings"), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentTranscriptCodings(await codingsOfInterviewById(serviceContext(c), c.req.valid('param').id, c.req.valid('query'))), 200),
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/artifacts/{id}/codings',
        tags,
        summary: "The codings of an artifact's text, in text order, with each code's name and colour and its coder",
        request: { params: IdParam, query: CodeFilterQuery },
        responses: { 200: jsonResponse(z.array(CodingSchema), "The artifact's codings"), ...errorResponses },
      }),
    ),
    async (c) => c.json((await codingsOfArtifact(serviceContext(c), c.req.valid('param').id, c.req.valid('query'))).map(presentCoding), 200),
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/codings/{id}',
        tags,
        summary: 'A coding, with its code, coder and passage',
        request: { params: IdParam },
        responses: { 200: jsonResponse(CodingSchema, 'The coding'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentCoding(await getCoding(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/codings/{id}/uncode',
        tags,
        summary: 'Uncodes a passage: the coding (the caller’s own) is retired, with the reason kept in the audit trail',
        request: { params: IdParam, body: jsonBody(z.object({ expectedVersion, reason })) },
        responses: { 200: jsonResponse(CodingSchema, 'The coding, uncoded'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentCoding(await uncode(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/codings/{id}/recode',
        tags,
        summary: 'Recodes a passage: the coding’s (the caller’s own) next version applies another code',
        request: {
          params: IdParam,
          body: jsonBody(z.object({ code: requiredText(200).openapi({ description: 'The code to apply instead, by ID or name' }), expectedVersion, reason })),
        },
        responses: { 200: jsonResponse(CodingSchema, 'The coding, recoded'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentCoding(await recode(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );
}
