import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addMemo, editMemo, memoById, memosOf } from '../../services/memos.js';
import { withDefined } from '../../services/lookup.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentMemo } from '../presenters/memos.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import { MemoEditSchema, MemoListQuery, MemoSchema, MemoWithHistorySchema, NewMemoSchema } from '../schemas/memos.schemas.js';

const tags = ['Memos'];

/** Memos on codes, codings, passages, interviews and participants, or free-standing: the team's only (partner leaders never see them). */
export function registerMemoRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/memos',
        tags,
        summary: 'The memos, newest first: all, on a kind of subject, on one subject, or free-standing; searched with the transcript search language',
        request: { params: PartnershipParam, query: MemoListQuery },
        responses: { 200: jsonResponse(z.array(MemoSchema), 'Memos'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { retired, ...filter } = c.req.valid('query');
      const memos = await memosOf(serviceContext(c), p.id, { ...withDefined(filter), includeRetired: retired === 'true' });
      return c.json(memos.map(presentMemo), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/memos',
        tags,
        summary: 'Writes a memo on a code, coding, passage, interview or participant, or a free-standing one',
        request: { params: PartnershipParam, body: jsonBody(NewMemoSchema) },
        responses: { 201: jsonResponse(MemoSchema, 'The new memo'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { title, text, ...rest } = c.req.valid('json');
      return c.json(presentMemo(await addMemo(serviceContext(c), { partnershipId: p.id, title, text, ...withDefined(rest) })), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/memos/{id}',
        tags,
        summary: 'A memo, with what it is written on and its history',
        request: { params: IdParam },
        responses: { 200: jsonResponse(MemoWithHistorySchema, 'The memo'), ...errorResponses },
      }),
    ),
    async (c) => {
      const m = await memoById(serviceContext(c), c.req.valid('param').id);
      return c.json({ ...presentMemo(m), history: m.history }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/memos/{id}',
        tags,
        summary: "Edits a memo's title or text: its next version, made on expectedVersion, with the reason",
        request: { params: IdParam, body: jsonBody(MemoEditSchema) },
        responses: { 200: jsonResponse(MemoSchema, 'The memo'), ...errorResponses },
      }),
    ),
    async (c) => {
      const m = await editMemo(serviceContext(c), { id: c.req.valid('param').id, ...withDefined(c.req.valid('json')) });
      return c.json(presentMemo(m), 200);
    },
  );
}
