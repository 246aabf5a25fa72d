import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { invalid } from '../../domain/errors.js';
import { addArtifact, artifactFile, getArtifact, listArtifacts, searchArtifacts } from '../../services/artifacts.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentArtifact } from '../presenters/artifacts.presenter.js';
import { ArtifactSchema } from '../schemas/artifacts.schemas.js';
import { DistrictCycleQuery, errorResponses, fileResponse, IdParam, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';

/** Districts' documents: uploaded, their text extracted and searchable */
export function registerArtifactRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/artifacts',
        tags: ['Artifacts'],
        summary: "Districts' documents",
        request: { params: PartnershipParam, query: DistrictCycleQuery },
        responses: { 200: jsonResponse(z.array(ArtifactSchema), 'Artifacts'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const q = c.req.valid('query');
      return c.json(
        (await listArtifacts(ctx, p.id, { ...(q.district && { district: q.district }), ...(q.cycle && { cycle: q.cycle }) })).map(presentArtifact),
        200,
      );
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/artifacts',
        tags: ['Artifacts'],
        summary: "Uploads a district's document (PDF, DOCX, XLSX or text, at most 25 MB); its text is extracted, within limits of time and memory, and indexed",
        request: {
          params: PartnershipParam,
          query: z.object({
            district: z.string().min(1).max(200),
            cycle: z.string().min(1).max(200),
            fileName: z.string().min(1).max(255),
            title: z.string().max(300).optional(),
            kind: z.string().max(100).optional(),
          }),
          body: { content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, required: true },
        },
        responses: {
          201: jsonResponse(ArtifactSchema.extend({ created: z.boolean() }), 'The artifact (created false: the same file was stored before)'),
          ...errorResponses,
          413: jsonResponse(z.any(), 'The file is larger than 25 MB'),
          503: jsonResponse(z.any(), 'The server is reading as many uploaded files as it takes at once; try again in a minute'),
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const q = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) throw invalid(`${q.fileName}: the upload is empty`, { field: 'file' });
      const { artifact, created } = await addArtifact(ctx, { partnershipId: p.id, ...q, bytes }, { reader: c.get('deps').artifactReader });
      return c.json({ ...presentArtifact(artifact), created }, 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/artifacts/{id}',
        tags: ['Artifacts'],
        summary: 'An artifact with its extracted text',
        request: { params: IdParam },
        responses: { 200: jsonResponse(ArtifactSchema.extend({ text: z.string() }), 'The artifact'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { artifact, text } = await getArtifact(serviceContext(c), c.req.valid('param').id);
      return c.json({ ...presentArtifact(artifact), text }, 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/artifacts/{id}/file',
        tags: ['Artifacts'],
        summary: 'The artifact as it was uploaded',
        request: { params: IdParam },
        responses: fileResponse('The file'),
      }),
    ),
    async (c) => {
      const { artifact, content } = await artifactFile(serviceContext(c), c.req.valid('param').id);
      return c.body(Buffer.from(content), 200, {
        'Content-Type': artifact.media_type,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(artifact.file_name)}`,
      }) as never;
    },
  );
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/artifact-search',
        tags: ['Artifacts'],
        summary: "Full-text search in artifacts' text (the transcript search language)",
        request: {
          params: PartnershipParam,
          query: DistrictCycleQuery.extend({ q: z.string().min(1).max(500), limit: z.coerce.number().int().min(1).max(200).optional() }),
        },
        responses: {
          200: jsonResponse(
            z.array(
              z.object({
                artifactId: z.string(),
                title: z.string(),
                kind: z.string(),
                fileName: z.string(),
                passage: z.number().int(),
                snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
              }),
            ),
            'Matching passages',
          ),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const { q, ...f } = c.req.valid('query');
      return c.json(
        await searchArtifacts(ctx, p.id, q, {
          ...(f.district && { district: f.district }),
          ...(f.cycle && { cycle: f.cycle }),
          ...(f.limit && { limit: f.limit }),
        }),
        200,
      );
    },
  );
}
