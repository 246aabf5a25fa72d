import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { invalid } from '../../domain/errors.js';
import { importInstrumentResponses } from '../../services/instrument-import.js';
import { parseLevels } from '../../services/lesson-scores.js';
import { defineScale, editItem, getInstrument, listInstruments, reviseScale } from '../../services/instruments.js';
import { withDefined } from '../../services/lookup.js';
import { type ApiEnv, partnershipOfItem, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import {
  InstrumentDetailSchema,
  InstrumentImportForm,
  InstrumentImportQuery,
  InstrumentImportReportSchema,
  InstrumentSchema,
  ItemEditSchema,
  ScaleEditSchema,
  ScaleInputSchema,
  ScaleSchema,
} from '../schemas/instruments.schemas.js';

const tags = ['Measures'];

/** An uploaded file's name and bytes, refused when empty. */
async function bytesOf(file: File): Promise<{ file: string; bytes: Uint8Array }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) throw invalid(`${file.name || 'the file'} is empty`);
  return { file: file.name || 'upload.csv', bytes };
}

/**
 * Instruments and the responses to them: the research team's (observers read); partner leaders see
 * none of a participant's responses.
 */
export function registerInstrumentRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/instruments',
        tags,
        summary: "The partnership's instruments (surveys, observation rubrics, knowledge tests, achievement), each with its items and its responses per cycle",
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(InstrumentSchema), 'Instruments'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      return c.json(await listInstruments(serviceContext(c), p.id), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/instruments/import',
        tags,
        summary:
          "Imports a file of responses in a cycle (Qualtrics, REDCap with its dictionary, or CSV), or of lessons scored on an observation rubric, matched to the roster: nothing is stored on any error unless skipInvalid; the same file again changes nothing. The report names every problem's line and column.",
        request: {
          params: PartnershipParam,
          query: InstrumentImportQuery,
          body: { content: { 'multipart/form-data': { schema: InstrumentImportForm } }, required: true },
        },
        responses: { 200: jsonResponse(InstrumentImportReportSchema, 'The import report (written false when nothing was stored)'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { instrument, format, cycle, idColumn, kind, levels, skipInvalid } = c.req.valid('query');
      const form = c.req.valid('form');
      const file = await bytesOf(form.file);
      const dictionary = form.dictionary ? await bytesOf(form.dictionary) : undefined;
      const mapping = form.mapping ? await bytesOf(form.mapping) : undefined;
      const report = await importInstrumentResponses(serviceContext(c), {
        partnershipId: p.id,
        instrument,
        format,
        cycle,
        ...file,
        ...(dictionary && { dictionary }),
        ...(mapping && { mapping }),
        ...(idColumn !== undefined && { idColumn }),
        ...(kind !== undefined && { kind }),
        ...(levels !== undefined && { levels: parseLevels(levels) }),
        ...(skipInvalid === 'true' && { skipInvalid: true }),
      });
      return c.json(report, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/instruments/{id}',
        tags,
        summary: 'An instrument with its items (type, value labels, range, reverse coding, the cycle first asked) and its scales',
        request: { params: IdParam },
        responses: { 200: jsonResponse(InstrumentDetailSchema, 'The instrument'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await getInstrument(serviceContext(c), await partnershipOfItem(c, id, 'instrument'), id), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/instruments/{id}/items',
        tags,
        summary:
          "Changes an item's wording, type, value labels, range or reverse coding as the instrument's next version, with the reason; refused when a stored answer would not read under it",
        request: { params: IdParam, body: jsonBody(ItemEditSchema) },
        responses: { 200: jsonResponse(InstrumentDetailSchema, 'The instrument'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { key, ...edit } = c.req.valid('json');
      const detail = await editItem(serviceContext(c), await partnershipOfItem(c, id, 'instrument'), id, key, { ...withDefined(edit), reason: edit.reason });
      return c.json(detail, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/instruments/{id}/scales',
        tags,
        summary: 'Defines a scale: the mean or sum of its items (reverse-coded ones reversed), missing below a minimum of items answered',
        request: { params: IdParam, body: jsonBody(ScaleInputSchema) },
        responses: { 200: jsonResponse(ScaleSchema, 'The scale'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      return c.json(
        await defineScale(serviceContext(c), await partnershipOfItem(c, id, 'instrument'), id, { ...withDefined(body), name: body.name, items: body.items }),
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
        path: '/api/scales/{id}',
        tags,
        summary: "Revises a scale's name, items, method or minimum as its next version, with the reason; its scores follow",
        request: { params: IdParam, body: jsonBody(ScaleEditSchema) },
        responses: { 200: jsonResponse(ScaleSchema, 'The scale'), ...errorResponses },
      }),
    ),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await reviseScale(serviceContext(c), c.req.valid('param').id, { ...withDefined(body), reason: body.reason }), 200);
    },
  );
}
