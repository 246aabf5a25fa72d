import { z } from '@hono/zod-openapi';
import { StanceSchema } from './common.schemas.js';

export const ChainIssueSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['isfEntry', 'claim', 'finding']),
    label: z.string(),
    interviewId: z.string().optional().openapi({ description: 'For an ISF entry: the interview whose form holds it' }),
    severity: z.enum(['broken', 'review']),
    reasons: z.array(z.string()),
    why: z
      .array(
        z.object({
          text: z.string().openapi({ description: 'What is wrong, in words' }),
          mendAt: z
            .object({ kind: z.enum(['isfEntry', 'claim', 'finding', 'excerpt']), id: z.string(), interviewId: z.string().optional() })
            .optional()
            .openapi({ description: 'The record where it is mended (an ISF entry or a passage on its interview’s page)' }),
        }),
      )
      .optional()
      .openapi({ description: 'The reasons in words, each with where it is mended' }),
  })
  .openapi('ChainIssue');

/** What `check` reports: chains of the analysis, strategies resting on withdrawn evidence, and statements of sent feedback reports that lost theirs since. */
export const CheckIssueSchema = ChainIssueSchema.extend({
  kind: z.enum(['isfEntry', 'claim', 'finding', 'strategy', 'strategyElement', 'implementation', 'explanation', 'recommendation']),
  district: z.string().optional().openapi({ description: 'For a statement of a feedback report: the district whose report holds it' }),
  cycle: z.string().optional().openapi({ description: "For a statement of a feedback report: the report's cycle" }),
}).openapi('CheckIssue');

export const TracePassageSchema = z
  .object({
    excerptId: z.string(),
    interviewId: z.string(),
    interviewCode: z.string(),
    interviewDate: z.string(),
    cycle: z.string(),
    district: z.string(),
    school: z.string(),
    role: z.string(),
    pseudonym: z.string(),
    transcriptId: z.string(),
    transcriptVersion: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
    transcriptCorrected: z.boolean(),
    retired: z.boolean(),
    codes: z
      .array(z.object({ codingId: z.string(), code: z.string(), colour: z.string(), coder: z.string() }).openapi('PassageCode'))
      .openapi({ description: 'The live codes on the passage that the caller may see (a coder assigned blind sees only their own)' }),
  })
  .openapi('TracePassage');

type TraceNodeShape = {
  kind: 'finding' | 'claim' | 'isfEntry' | 'excerpt';
  id: string;
  text: string;
  stance?: 'supports' | 'contradicts' | undefined;
  retired: boolean;
  context?: string | undefined;
  passage?: z.infer<typeof TracePassageSchema> | undefined;
  children: TraceNodeShape[];
};

export const TraceNodeSchema: z.ZodType<TraceNodeShape> = z
  .lazy(() =>
    z.object({
      kind: z.enum(['finding', 'claim', 'isfEntry', 'excerpt']),
      id: z.string(),
      text: z.string(),
      stance: StanceSchema.optional(),
      retired: z.boolean(),
      context: z.string().optional(),
      passage: TracePassageSchema.optional(),
      children: z.array(TraceNodeSchema),
    }),
  )
  .openapi('TraceNode');

export const TraceSchema = z.object({ root: TraceNodeSchema, passages: z.array(TracePassageSchema), issues: z.array(ChainIssueSchema) }).openapi('Trace');

export const HistoryEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string().openapi({ description: 'As the audit trail has it: an account (its ID or e-mail), or a name as given' }),
    actorName: z.string().openapi({ description: "Who that is: the account's display name, else the actor as written" }),
    action: z.string(),
    entityKind: z.string(),
    entityId: z.string(),
    version: z.number().int().nullable(),
    reason: z.string().nullable(),
    data: z.unknown(),
  })
  .openapi('HistoryEntry');
