import { z } from '@hono/zod-openapi';
import { RetiredSchema, RoleGroupSchema, StanceSchema, VersionInfoSchema } from './common.schemas.js';

export const ExcerptSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    interviewCode: z.string(),
    transcriptId: z.string(),
    transcriptVersion: z.number().int(),
    transcriptCorrected: z.boolean().openapi({ description: 'The transcript was corrected after this passage was cited' }),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string().openapi({ description: 'The words as they were cited' }),
    quoteSha256: z.string(),
    note: z.string(),
    role: RoleGroupSchema,
    pseudonym: z.string(),
    school: z.string(),
    district: z.string(),
    cycle: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    retired: RetiredSchema,
  })
  .openapi('Excerpt');

export const CitationSchema = z
  .object({
    id: z.string(),
    citingId: z.string(),
    citedId: z.string(),
    citedKind: z.enum(['excerpt', 'isfEntry', 'claim']),
    stance: StanceSchema,
    note: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('Citation');

export const IsfFieldSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    label: z.string(),
    guidance: z.string(),
    position: z.number().int(),
    addedInVersion: z.number().int(),
    retiredInVersion: z.number().int().nullable(),
  })
  .openapi('IsfField');

export const IsfTemplateSchema = z
  .object({
    id: z.string(),
    role: RoleGroupSchema,
    districtId: z.string().nullable().openapi({ description: "Null for the partnership's default template" }),
    basedOnId: z.string().nullable(),
    fields: z.array(IsfFieldSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('IsfTemplate');

export const IsfEntrySchema = z
  .object({ id: z.string(), text: z.string(), evidence: z.array(z.object({ citation: CitationSchema, excerpt: ExcerptSchema })) })
  .extend(VersionInfoSchema.shape)
  .openapi('IsfEntry');

export const IsfSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    interviewCode: z.string(),
    pseudonym: z.string(),
    role: RoleGroupSchema,
    school: z.string(),
    district: z.string(),
    cycle: z.string(),
    templateId: z.string(),
    templateVersion: z.number().int(),
    status: z.enum(['draft', 'complete']),
    fields: z.array(z.object({ field: IsfFieldSchema, entry: IsfEntrySchema.nullable() })),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Isf');

export const ClaimSchema = z
  .object({
    id: z.string(),
    summaryId: z.string(),
    text: z.string(),
    triangulationNote: z.string(),
    retired: RetiredSchema,
    evidence: z.array(
      z.object({
        citation: CitationSchema,
        entry: z.object({
          id: z.string(),
          text: z.string(),
          field: z.string(),
          fieldLabel: z.string(),
          interviewCode: z.string(),
          participantId: z.string(),
          pseudonym: z.string(),
          role: RoleGroupSchema,
          school: z.string(),
        }),
      }),
    ),
    triangulation: z.object({
      status: z.enum(['single account', 'corroborated', 'contested']),
      agreeing: z.array(z.object({ participantId: z.string(), pseudonym: z.string(), role: z.string() })),
      disagreeing: z.array(z.object({ participantId: z.string(), pseudonym: z.string(), role: z.string() })),
      roleGroups: z.array(z.string()),
    }),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Claim');

export const SummarySchema = z
  .object({
    id: z.string(),
    kind: z.enum(['school', 'role_group']),
    title: z.string(),
    cycleId: z.string(),
    districtId: z.string(),
    schoolId: z.string().nullable(),
    role: RoleGroupSchema.nullable(),
    claims: z.array(ClaimSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Summary');

export const FindingSchema = z
  .object({
    id: z.string(),
    districtId: z.string(),
    cycleId: z.string(),
    text: z.string(),
    retired: RetiredSchema,
    evidence: z.array(z.object({ citation: CitationSchema, claim: z.object({ id: z.string(), text: z.string(), summaryId: z.string(), summaryTitle: z.string() }) })),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Finding');

export const ChainIssueSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['isfEntry', 'claim', 'finding']),
    label: z.string(),
    interviewId: z.string().optional().openapi({ description: 'For an ISF entry: the interview whose form holds it' }),
    severity: z.enum(['broken', 'review']),
    reasons: z.array(z.string()),
  })
  .openapi('ChainIssue');

/** What `check` reports: chains of the analysis, strategies resting on withdrawn evidence, and statements of sent feedback reports that lost theirs since. */
export const CheckIssueSchema = ChainIssueSchema.extend({
  kind: z.enum(['isfEntry', 'claim', 'finding', 'strategy', 'strategyElement', 'implementation', 'explanation', 'recommendation']),
  district: z.string().optional().openapi({ description: "For a statement of a feedback report: the district whose report holds it" }),
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

export const TraceSchema = z
  .object({ root: TraceNodeSchema, passages: z.array(TracePassageSchema), issues: z.array(ChainIssueSchema) })
  .openapi('Trace');

export const HistoryEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    entityKind: z.string(),
    entityId: z.string(),
    version: z.number().int().nullable(),
    reason: z.string().nullable(),
    data: z.unknown(),
  })
  .openapi('HistoryEntry');
