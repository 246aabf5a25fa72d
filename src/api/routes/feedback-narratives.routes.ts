import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { NARRATIVE_MAX } from '../../domain/feedback-narrative.js';
import { narrativesOf, writeNarrative } from '../../services/feedback-narratives.js';
import { latestCycle } from '../../services/lookup.js';
import { partnershipOfDistrict } from '../../services/ownership.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, teamRead, teamWrite } from '../policy.js';
import { presentNarrative } from '../presenters/feedback-narratives.presenter.js';
import { errorResponses, expectedVersion, IdParam, jsonBody, jsonResponse, reason, withWarnings } from '../schemas/common.schemas.js';
import { NarrativeSchema } from '../schemas/feedback-narratives.schemas.js';

const tags = ['Feedback'];

/** The sections of a district's feedback report that the team writes: summary, introduction, each strategy's narrative, closing */
export function registerFeedbackNarrativeRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/districts/{id}/feedback-narratives',
        tags,
        summary: "The narratives the team wrote for a district's feedback report in a cycle (default: the latest)",
        request: { params: IdParam, query: z.object({ cycle: z.string().max(200).optional() }) },
        responses: { 200: jsonResponse(z.object({ narratives: z.array(NarrativeSchema) }), 'The narratives written'), ...errorResponses },
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      const cycle = c.req.valid('query').cycle ?? (await latestCycle(ctx, partnershipId)).id;
      return c.json({ narratives: (await narrativesOf(ctx, partnershipId, id, cycle)).map(presentNarrative) }, 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'put',
        path: '/api/districts/{id}/feedback-narratives',
        tags,
        summary: 'Writes a narrative of the feedback report (a new version when it exists); an empty text leaves the section out of the report',
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              cycle: z.string().min(1).max(200),
              section: z.string().min(1).max(200).openapi({ description: 'summary, introduction, closing, or strategy: and the strategy ID' }),
              text: z.string().max(NARRATIVE_MAX),
              expectedVersion,
              reason,
            }),
          ),
        },
        responses: { 200: jsonResponse(withWarnings(NarrativeSchema), 'The narrative, and each participant it names'), ...errorResponses },
      }),
    ),
    async (c) => {
      const id = c.req.valid('param').id;
      const ctx = serviceContext(c);
      const partnershipId = await partnershipOfDistrict(ctx, id);
      const b = c.req.valid('json');
      const { narrative, warnings } = await writeNarrative(ctx, {
        partnershipId,
        district: id,
        cycle: b.cycle,
        section: b.section,
        text: b.text,
        ...(b.expectedVersion !== undefined && { expectedVersion: b.expectedVersion }),
        ...(b.reason !== undefined && { reason: b.reason }),
      });
      return c.json({ ...presentNarrative(narrative), warnings }, 200);
    },
  );
}
