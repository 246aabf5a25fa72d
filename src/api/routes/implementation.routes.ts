import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { PRACTICE_CHANGES, QUALITY_CHANGES, SUPPORT_VERDICTS } from '../../domain/implementation.js';
import { addExplanation, editExplanation, writeImplementation } from '../../services/feedback.js';
import { partnerTexts } from '../../services/identifying.js';
import { savedWithEvidence } from '../saved-answers.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, teamWrite } from '../policy.js';
import { presentExplanation, presentImplementation } from '../presenters/implementation.presenter.js';
import { errorResponses, expectedVersion, IdList, IdParam, jsonBody, jsonResponse, reason, withWarnings } from '../schemas/common.schemas.js';
import { ExplanationSchema, ImplementationSchema } from '../schemas/implementation.schemas.js';

const tags = ['Feedback'];

/** How each intended support and envisioned practice was implemented, and explanations of a strategy's implementation */
export function registerImplementationRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'put',
        path: '/api/strategy-elements/{id}/implementation',
        tags,
        summary: 'How an intended support or envisioned practice was implemented (a new version when it exists), citing findings',
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              cycle: z.string().max(200).optional(),
              verdict: z.enum(SUPPORT_VERDICTS).optional(),
              frequency: z.string().max(300).optional(),
              focus: z.string().max(300).optional(),
              frequencyChange: z.enum(PRACTICE_CHANGES).optional(),
              qualityChange: z.enum(QUALITY_CHANGES).optional(),
              text: z.string().max(8000),
              findings: IdList.optional(),
              expectedVersion,
              reason,
            }),
          ),
        },
        responses: {
          200: jsonResponse(withWarnings(ImplementationSchema), 'The implementation assessment, and each participant it names (partners read it)'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await writeImplementation(ctx, { elementId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json(await savedWithEvidence(ctx, row, presentImplementation, partnerTexts.implementation(row)), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/strategies/{id}/explanations',
        tags,
        summary: "Explains a strategy's implementation: the learning opportunities and press its supports and accountability afforded",
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              learningOpportunities: z.string().max(4000),
              press: z.string().max(4000),
              text: z.string().min(1).max(8000),
              frameworkRefs: z.array(z.string().max(60)).max(20).optional(),
              cites: IdList.optional(),
            }),
          ),
        },
        responses: {
          201: jsonResponse(withWarnings(ExplanationSchema), 'The explanation, and each participant it names (partners read it)'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await addExplanation(ctx, { strategyId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json(await savedWithEvidence(ctx, row, presentExplanation, partnerTexts.explanation(row)), 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/explanations/{id}',
        tags,
        summary: 'Revises an explanation (a new version)',
        request: {
          params: IdParam,
          body: jsonBody(
            z.object({
              learningOpportunities: z.string().max(4000).optional(),
              press: z.string().max(4000).optional(),
              text: z.string().max(8000).optional(),
              frameworkRefs: z.array(z.string().max(60)).max(20).optional(),
              expectedVersion,
              reason,
            }),
          ),
        },
        responses: { 200: jsonResponse(withWarnings(ExplanationSchema), 'The explanation, and each participant it names'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await editExplanation(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json(await savedWithEvidence(ctx, row, presentExplanation, partnerTexts.explanation(row)), 200);
    },
  );
}
