import { z } from '@hono/zod-openapi';
import { MemberCheckStatusSchema } from './member-checks.schemas.js';
import { CycleSchema } from './partnership.schemas.js';

export const SharedMemberCheckSchema = z
  .object({
    id: z.string(),
    versionNumber: z.number().int(),
    sentAt: z.string(),
    sentOn: z.string().openapi({ description: 'The day it was sent; sentAt is when it was recorded' }),
    sentBy: z.string(),
    status: MemberCheckStatusSchema,
    superseded: z.boolean().openapi({ description: 'A later version of the document was issued: responses go to the latest version' }),
    sentToYou: z.boolean().openapi({ description: 'Whether it was sent to the caller' }),
    youAnswered: z.number().int().openapi({ description: 'How many of its strategies the caller has answered' }),
    sections: z.number().int().openapi({ description: 'How many strategies the version sent has' }),
  })
  .openapi('SharedMemberCheck');

export const SharedInCycleSchema = z
  .object({
    cycle: CycleSchema,
    designDocument: z.object({
      versions: z
        .array(z.object({ id: z.string(), number: z.number().int(), issuedOn: z.string(), createdAt: z.string() }))
        .openapi({ description: 'Issued versions, oldest first' }),
      status: MemberCheckStatusSchema,
    }),
    memberChecks: z.array(SharedMemberCheckSchema).openapi({ description: 'Member checks of its versions, oldest first' }),
    feedbackReports: z
      .array(z.object({ number: z.number().int(), sentOn: z.string().openapi({ example: '2011-05-20' }), reason: z.string() }))
      .openapi({ description: 'When the feedback report was sent to the district' }),
    shared: z.boolean().openapi({ description: 'Whether anything was shared with the district in this cycle' }),
  })
  .openapi('SharedInCycle');

export const SharedWithDistrictSchema = z
  .object({
    district: z.object({ id: z.string(), name: z.string() }),
    cycles: z.array(SharedInCycleSchema).openapi({ description: 'Every cycle, newest first, with what was shared in it' }),
    newestShared: z.string().nullable().openapi({ description: 'The label of the newest cycle with something shared, if any', example: '2010-11' }),
  })
  .openapi('SharedWithDistrict');
