import { z } from '@hono/zod-openapi';
import { CheckIssueSchema } from './chain.schemas.js';
import { ExplanationSchema, ImplementationSchema } from './implementation.schemas.js';
import { RecommendationSchema } from './recommendations.schemas.js';

export const FeedbackSchema = z
  .object({
    district: z.object({ id: z.string(), name: z.string() }),
    cycle: z.object({ id: z.string(), label: z.string() }),
    implementations: z.array(ImplementationSchema),
    explanations: z.array(ExplanationSchema),
    recommendations: z.array(RecommendationSchema),
    sent: z.array(z.object({ id: z.string(), number: z.number().int(), sentOn: z.string(), note: z.string(), reason: z.string(), createdBy: z.string() })),
    lostSinceSent: z
      .array(CheckIssueSchema)
      .openapi({ description: 'Statements of the report sent whose evidence was retired or unlinked since (the district still reads them as sent)' }),
    meetings: z.array(z.object({ id: z.string(), heldOn: z.string(), attendees: z.array(z.string()), notes: z.string(), createdBy: z.string() })),
  })
  .openapi('DistrictFeedback');
