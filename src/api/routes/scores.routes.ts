import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { withDefined } from '../../services/lookup.js';
import { getScore, interviewScores, participantTrajectory, scoreDistributions, scoreInterview, withdrawScore } from '../../services/scores.js';
import { type ApiEnv, partnershipOfItem, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentDistributions, presentInterviewScores, presentScore, presentTrajectory } from '../presenters/scores.presenter.js';
import { errorResponses, filterText, IdParam, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import {
  DistributionQuery,
  InterviewScoresSchema,
  NewScoreSchema,
  ScoreDistributionsSchema,
  ScoreSchema,
  ScoreWithdrawalSchema,
  TrajectorySchema,
} from '../schemas/scores.schemas.js';
import { z } from '@hono/zod-openapi';

const tags = ['Scoring'];

/**
 * Construct scores of interviews, the trajectories of participants and the distributions of groups:
 * the team's analysis of participants, never shown to partner leaders. Blind double scoring holds on
 * every read: a scorer assigned to an interview sees only their own scores on it until they are done.
 */
export function registerScoreRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/interviews/{id}/scores',
        tags,
        summary: "An interview's scores on each rubric, with the passages that justify them (others' hidden from an assigned scorer not yet done)",
        request: { params: IdParam },
        responses: { 200: jsonResponse(InterviewScoresSchema, 'Scores of the interview'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const ctx = serviceContext(c);
      return c.json(presentInterviewScores(await interviewScores(ctx, await partnershipOfItem(c, id, 'interview'), id)), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/interviews/{id}/scores',
        tags,
        summary:
          'Scores the interview on a dimension, citing the passages that justify it; the caller’s second score of a dimension is a re-score (the next version: expectedVersion and reason)',
        request: { params: IdParam, body: jsonBody(NewScoreSchema) },
        responses: { 200: jsonResponse(ScoreSchema, 'The score'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const { dimension, level, cite, ...rest } = c.req.valid('json');
      const ctx = serviceContext(c);
      const score = await scoreInterview(ctx, {
        partnershipId: await partnershipOfItem(c, id, 'interview'),
        interview: id,
        dimension,
        level,
        ...(cite && { cite: cite.map((x) => withDefined(x)) }),
        ...withDefined(rest),
      });
      return c.json(presentScore(score), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/scores/{id}',
        tags,
        summary: 'A score with the passages that justify it',
        request: { params: IdParam },
        responses: { 200: jsonResponse(ScoreSchema, 'The score'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentScore(await getScore(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/scores/{id}/withdraw',
        tags,
        summary: 'Withdraws a score, with the reason (it stays, retired, in the audit trail)',
        request: { params: IdParam, body: jsonBody(ScoreWithdrawalSchema) },
        responses: { 200: jsonResponse(z.object({ id: z.string(), retiredAt: z.string() }), 'The withdrawn score'), ...errorResponses },
      }),
    ),
    async (c) => {
      const row = await withdrawScore(serviceContext(c), c.req.valid('param').id, c.req.valid('json').reason);
      return c.json({ id: row.id, retiredAt: row.retired_at! }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/participants/{id}/trajectory',
        tags,
        summary: "A participant's level on each dimension of a rubric in every cycle, and the change since the previous one",
        request: { params: IdParam, query: z.object({ rubric: filterText }) },
        responses: { 200: jsonResponse(TrajectorySchema, 'The trajectory'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { id } = c.req.valid('param');
      const ctx = serviceContext(c);
      const t = await participantTrajectory(ctx, await partnershipOfItem(c, id, 'participant'), id, c.req.valid('query').rubric);
      return c.json(presentTrajectory(t), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/score-distributions',
        tags,
        summary:
          'The distribution of levels per role group, district or cycle on each dimension in every cycle, with the change since the previous cycle (per participant and per group)',
        request: { params: PartnershipParam, query: DistributionQuery },
        responses: { 200: jsonResponse(ScoreDistributionsSchema, 'Distributions'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      return c.json(presentDistributions(await scoreDistributions(serviceContext(c), p.id, withDefined(c.req.valid('query')))), 200);
    },
  );
}
