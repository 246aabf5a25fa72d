import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { exportMeasures } from '../../services/measure-export.js';
import { describeMeasure, measureChange, participantMeasures, scaleReliabilities } from '../../services/measures.js';
import { withDefined } from '../../services/lookup.js';
import { type ApiEnv, partnershipOfItem, serviceContext } from '../env.js';
import { guard, ITEM, teamRead } from '../policy.js';
import { errorResponses, fileResponse, IdParam, jsonResponse } from '../schemas/common.schemas.js';
import {
  ChangeQuery,
  DescriptivesQuery,
  ExportQuery,
  MeasureChangeSchema,
  MeasureDescriptivesSchema,
  MeasureReliabilitySchema,
  ParticipantMeasuresSchema,
  ReliabilityQuery,
} from '../schemas/measures.schemas.js';

const tags = ['Measures'];

const groupings = (by: string | undefined) =>
  by
    ?.split(',')
    .map((g) => g.trim())
    .filter(Boolean) ?? [];

/**
 * The statistics of an instrument's measures and a participant's measures across the years: the
 * research team's (observers read). Partner leaders see none of a participant's scores.
 */
export function registerMeasureRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/instruments/{id}/descriptives',
        tags,
        summary: 'n, missing, mean, SD, median, quartiles and range of a scale or item per cycle, and per district, school or role group within each',
        request: { params: IdParam, query: DescriptivesQuery },
        responses: { 200: jsonResponse(MeasureDescriptivesSchema, 'The descriptives'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { by, ...q } = c.req.valid('query');
      const r = await describeMeasure(serviceContext(c), await partnershipOfItem(c, id, 'instrument'), {
        ...withDefined(q),
        instrument: id,
        measure: q.measure,
        by: groupings(by),
      });
      return c.json(r, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/instruments/{id}/reliability',
        tags,
        summary: "Cronbach's α of each scale in each cycle (reverse-coded items reversed), with α if an item is deleted and item-rest correlations",
        request: { params: IdParam, query: ReliabilityQuery },
        responses: { 200: jsonResponse(MeasureReliabilitySchema, 'The reliability of the scales'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const r = await scaleReliabilities(serviceContext(c), await partnershipOfItem(c, id, 'instrument'), {
        ...withDefined(c.req.valid('query')),
        instrument: id,
      });
      return c.json(r, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/instruments/{id}/change',
        tags,
        summary: 'The change of a scale or item between two cycles for the participants measured in both: paired t test, over all and per group',
        request: { params: IdParam, query: ChangeQuery },
        responses: { 200: jsonResponse(MeasureChangeSchema, 'The change'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const r = await measureChange(serviceContext(c), await partnershipOfItem(c, id, 'instrument'), { ...withDefined(q), instrument: id, measure: q.measure });
      return c.json(r, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/participants/{id}/measures',
        tags,
        summary: "A participant's scales and items across the years, per instrument, with the change since their previous response",
        request: { params: IdParam },
        responses: { 200: jsonResponse(ParticipantMeasuresSchema, "The participant's measures"), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await participantMeasures(serviceContext(c), await partnershipOfItem(c, id, 'participant'), id), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/instruments/{id}/export',
        tags,
        summary:
          "The instrument's items and scale scores as CSV for R, Stata or SPSS (a line per participant and cycle, or per participant), or its data dictionary",
        request: { params: IdParam, query: ExportQuery },
        responses: fileResponse('The data or its dictionary, as CSV'),
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { shape = 'long', file = 'data' } = c.req.valid('query');
      const r = await exportMeasures(serviceContext(c), await partnershipOfItem(c, id, 'instrument'), { instrument: id, shape });
      const [name, body] = file === 'dictionary' ? [r.dictionaryFile, r.dictionary] : [r.dataFile, r.data];
      return c.body(body, 200, { 'Content-Disposition': `attachment; filename="${name}"`, 'Content-Type': 'text/csv; charset=utf-8' }) as never;
    },
  );
}
