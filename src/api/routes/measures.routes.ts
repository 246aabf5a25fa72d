import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { achievementByGroup, districtAchievement } from '../../services/achievement.js';
import { lessonAgreement } from '../../services/lesson-scores.js';
import { exportMeasures } from '../../services/measure-export.js';
import { correlateMeasures, describeMeasure, measureChange, participantMeasures, regressMeasures, scaleReliabilities } from '../../services/measures.js';
import { withDefined } from '../../services/lookup.js';
import { type ApiEnv, partnershipOfItem, principalOf, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, sharedRead, teamRead } from '../policy.js';
import { errorResponses, fileResponse, IdParam, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import {
  AchievementQuery,
  AchievementTableSchema,
  ChangeQuery,
  DistrictAchievementQuery,
  DistrictAchievementSchema,
  CorrelateMeasuresBody,
  DescriptivesQuery,
  ExportQuery,
  LessonAgreementSchema,
  MeasureChangeSchema,
  MeasureCorrelationSchema,
  MeasureDescriptivesSchema,
  MeasureRegressionSchema,
  MeasureReliabilitySchema,
  ParticipantMeasuresSchema,
  RegressMeasuresBody,
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
 * research team's (observers read). Partner leaders see none of a participant's scores: only their
 * district's achievement aggregates, small groups suppressed.
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
        path: '/api/instruments/{id}/agreement',
        tags,
        summary:
          "An observation rubric's agreement between raters on the lessons two of them scored: Krippendorff's ordinal α, exact and within-one agreement, per dimension and pooled",
        request: { params: IdParam, query: ReliabilityQuery },
        responses: { 200: jsonResponse(LessonAgreementSchema, "The raters' agreement"), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const r = await lessonAgreement(serviceContext(c), await partnershipOfItem(c, id, 'instrument'), {
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
        path: '/api/instruments/{id}/achievement',
        tags,
        summary:
          "Each student group's achievement per year (students tested, percent at standard and mean scale score, weighted over schools and grades) and its gap to all students; groups under a minimum suppressed if asked",
        request: { params: IdParam, query: AchievementQuery },
        responses: { 200: jsonResponse(AchievementTableSchema, 'The achievement by student group'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const r = await achievementByGroup(serviceContext(c), await partnershipOfItem(c, id, 'instrument'), {
        ...withDefined(c.req.valid('query')),
        instrument: id,
      });
      return c.json(r, 200);
    },
  );

  app.openapi(
    guard(
      app,
      sharedRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/districts/{id}/achievement',
        tags,
        summary:
          "A district's student achievement by group and year, as its partner leaders see it: aggregates only, every group of fewer than 10 students tested suppressed (the team sees them unless it asks for a minimum)",
        request: { params: IdParam, query: DistrictAchievementQuery },
        responses: { 200: jsonResponse(DistrictAchievementSchema, "The district's achievement by student group"), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const achievement = await districtAchievement(serviceContext(c), principalOf(c), await partnershipOfItem(c, id, 'district'), {
        ...withDefined(c.req.valid('query')),
        district: id,
      });
      return c.json({ achievement }, 200);
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

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/measures/correlate',
        tags,
        summary: "Pearson's r and Spearman's ρ of two measures (each of an instrument in a cycle), over the participants who have both; nothing is stored",
        request: { params: PartnershipParam, body: jsonBody(CorrelateMeasuresBody) },
        responses: { 200: jsonResponse(MeasureCorrelationSchema, 'The correlation'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      return c.json(await correlateMeasures(serviceContext(c), p.id, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/measures/ols',
        tags,
        summary:
          "OLS of a measure on others, matched by participant, with ordinary or cluster-robust (CR1) errors by the school or district of the outcome's response; nothing is stored",
        request: { params: PartnershipParam, body: jsonBody(RegressMeasuresBody) },
        responses: { 200: jsonResponse(MeasureRegressionSchema, 'The fit'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { cluster, ...body } = c.req.valid('json');
      return c.json(await regressMeasures(serviceContext(c), p.id, { ...body, ...(cluster && { cluster }) }), 200);
    },
  );
}
