import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { invalid } from '../../domain/errors.js';
import { importInstrumentResponses } from '../../services/instrument-import.js';
import { listInstruments } from '../../services/instruments.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { errorResponses, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import { InstrumentImportForm, InstrumentImportQuery, InstrumentImportReportSchema, InstrumentSchema } from '../schemas/instruments.schemas.js';

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
          "Imports a file of responses in a cycle (Qualtrics, REDCap with its dictionary, or CSV), matched to the roster: nothing is stored on any error unless skipInvalid; the same file again changes nothing. The report names every problem's line and column.",
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
      const { instrument, format, cycle, idColumn, kind, skipInvalid } = c.req.valid('query');
      const form = c.req.valid('form');
      const file = await bytesOf(form.file);
      const dictionary = form.dictionary ? await bytesOf(form.dictionary) : undefined;
      const report = await importInstrumentResponses(serviceContext(c), {
        partnershipId: p.id,
        instrument,
        format,
        cycle,
        ...file,
        ...(dictionary && { dictionary }),
        ...(idColumn !== undefined && { idColumn }),
        ...(kind !== undefined && { kind }),
        ...(skipInvalid === 'true' && { skipInvalid: true }),
      });
      return c.json(report, 200);
    },
  );
}
