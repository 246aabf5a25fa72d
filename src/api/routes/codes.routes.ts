import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { flattenTree } from '../../domain/codebook.js';
import { invalid } from '../../domain/errors.js';
import { CODEBOOK_MAX_BYTES } from '../../importers/refi-qda/codebook.js';
import { addCode, allCodes, codebook, codeHistory, type CodeRow, editCode, mergeCodes, moveCode, splitCode } from '../../services/codebook.js';
import type { ServiceContext } from '../../services/context.js';
import { exportCodebook, importCodebook } from '../../services/codebook-exchange.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, mustSee, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentCode } from '../presenters/codes.presenter.js';
import {
  CodebookEntrySchema,
  CodebookImportSchema,
  CodeEditBody,
  CodeMergeBody,
  CodeMoveBody,
  CodeSchema,
  CodeSplitBody,
  CodeWithHistorySchema,
  MergeResultSchema,
  NewCodeBody,
  SplitResultSchema,
} from '../schemas/codes.schemas.js';
import { errorResponses, fileResponse, IdParam, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';

const tags = ['Codebook'];

/** Presents codes with their paths in the partnership's codebook as it stands (read once for all the codes of an answer). */
async function presenterOf(ctx: ServiceContext, partnershipId: string): Promise<(row: CodeRow) => z.infer<typeof CodeSchema>> {
  const codes = await allCodes(ctx, partnershipId);
  return (row) => presentCode(row, codes);
}

/** The codebook: its codes as a tree, each with its history; edits as versions with a reason; .qdc and CSV files. */
export function registerCodeRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/codes',
        tags,
        summary: 'The codebook: its live codes in reading order (each before the codes under it), with their depth and number of codings',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(CodebookEntrySchema), 'The codebook'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const [{ tree, codings }, present] = await Promise.all([codebook(ctx, p.id), presenterOf(ctx, p.id)]);
      return c.json(
        flattenTree(tree).map((n) => ({ ...present(n.code), depth: n.depth, codings: codings.get(n.code.id) ?? 0 })),
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
        path: '/api/partnerships/{partnershipId}/codes',
        tags,
        summary: 'Adds a code, at the top of the codebook or under another code',
        request: { params: PartnershipParam, body: jsonBody(NewCodeBody) },
        responses: { 201: jsonResponse(CodeSchema, 'The code'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const body = c.req.valid('json');
      if (body.parentId) await mustSee(c, 'team:read', body.parentId, 'code');
      const row = await addCode(ctx, { partnershipId: p.id, ...body });
      return c.json((await presenterOf(ctx, p.id))(row), 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/codes/{id}',
        tags,
        summary: 'A code with its history: every version (who, when, why, what changed), the codes merged into it and split from it',
        request: { params: IdParam },
        responses: { 200: jsonResponse(CodeWithHistorySchema, 'The code'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const h = await codeHistory(ctx, c.req.valid('param').id);
      const present = await presenterOf(ctx, h.code.partnership_id);
      return c.json(
        {
          ...present(h.code),
          codings: h.codings,
          history: h.entries,
          mergedFrom: h.mergedFrom.map(present),
          splitInto: h.splitInto.map(present),
          mergedInto: h.mergedInto && present(h.mergedInto),
          splitFrom: h.splitFrom && present(h.splitFrom),
        },
        200,
      );
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/codes/{id}',
        tags,
        summary: 'Renames or redefines a code (definition, criteria, example, colour): its next version, with the reason; 409 if it changed since',
        request: { params: IdParam, body: jsonBody(CodeEditBody) },
        responses: { 200: jsonResponse(CodeSchema, 'The code'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await editCode(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json((await presenterOf(ctx, row.partnership_id))(row), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/codes/{id}/move',
        tags,
        summary: 'Moves a code, with the codes under it, under another code (parentId) or to the top (null), and to a place among its siblings',
        request: { params: IdParam, body: jsonBody(CodeMoveBody) },
        responses: { 200: jsonResponse(CodeSchema, 'The code'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const body = c.req.valid('json');
      if (body.parentId) await mustSee(c, 'team:read', body.parentId, 'code');
      const row = await moveCode(ctx, { id: c.req.valid('param').id, ...body });
      return c.json((await presenterOf(ctx, row.partnership_id))(row), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/codes/{id}/merge',
        tags,
        summary: 'Merges the code into another: every coding of it becomes a coding of the target, the codes under it move there, and it is retired',
        request: { params: IdParam, body: jsonBody(CodeMergeBody) },
        responses: { 200: jsonResponse(MergeResultSchema, 'What the merge did'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const body = c.req.valid('json');
      await mustSee(c, 'team:read', body.targetId, 'code');
      const r = await mergeCodes(ctx, { sourceId: c.req.valid('param').id, ...body });
      const present = await presenterOf(ctx, r.source.partnership_id);
      return c.json({ source: present(r.source), target: present(r.target), recoded: r.recoded, movedChildren: r.movedChildren }, 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/codes/{id}/split',
        tags,
        summary: 'Splits the code into new codes beside it; its codings stay on it until each is recoded (codingsToRecode says how many)',
        request: { params: IdParam, body: jsonBody(CodeSplitBody) },
        responses: { 200: jsonResponse(SplitResultSchema, 'What the split did'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const r = await splitCode(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
      const present = await presenterOf(ctx, r.source.partnership_id);
      return c.json({ source: present(r.source), created: r.created.map(present), codingsToRecode: r.codingsToRecode }, 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/codebook/export',
        tags,
        summary: 'The codebook as a REFI-QDA .qdc file (format=qdc, the default) or as CSV (format=csv)',
        request: { params: PartnershipParam, query: z.object({ format: z.enum(['qdc', 'csv']).default('qdc') }) },
        responses: fileResponse('The codebook file'),
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const { format } = c.req.valid('query');
      const content = await exportCodebook(ctx, p.id, format);
      return c.body(content, 200, {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="codebook.${format}"`,
      }) as never;
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/codebook/import',
        tags,
        summary: 'Imports a codebook file (.qdc or .csv, by fileName) into the codebook, all or nothing; codes already imported are updated',
        request: {
          params: PartnershipParam,
          query: z.object({ fileName: z.string().min(1).max(255), reason: z.string().max(2000).optional() }),
          body: { content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, required: true },
        },
        responses: { 200: jsonResponse(CodebookImportSchema, 'What was imported'), ...errorResponses, 413: jsonResponse(z.any(), 'The file is too large') },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const q = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) throw invalid(`${q.fileName}: the upload is empty`, { field: 'file' });
      if (bytes.length > CODEBOOK_MAX_BYTES)
        throw invalid(`${q.fileName}: a codebook may be at most ${CODEBOOK_MAX_BYTES / 1024 / 1024} MB`, { field: 'file' });
      const r = await importCodebook(ctx, { partnershipId: p.id, file: q.fileName, bytes, ...(q.reason && { reason: q.reason }) });
      const present = await presenterOf(ctx, p.id);
      return c.json(
        {
          added: r.added.map(present),
          updated: r.updated.map(present),
          unchanged: r.unchanged,
          problems: r.problems,
        },
        200,
      );
    },
  );
}
