import { z } from '@hono/zod-openapi';
import { QUALITY_CHANGES } from '../../domain/implementation.js';
import { expectedVersion, filterText, reason, requiredText, RoleGroupSchema, StanceSchema } from './common.schemas.js';
import { RubricSchema } from './rubrics.schemas.js';

export const ScorePassageSchema = z
  .object({
    id: z.string(),
    excerptId: z.string(),
    quote: z.string(),
    startOffset: z.number().int(),
    endOffset: z.number().int(),
    stance: StanceSchema,
    note: z.string(),
    retired: z.boolean().openapi({ description: 'The passage was withdrawn since it was cited' }),
  })
  .openapi('ScorePassage');

export const ScoreSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    interviewCode: z.string(),
    participantId: z.string(),
    participantCode: z.string(),
    cycleId: z.string(),
    cycleLabel: z.string(),
    role: RoleGroupSchema,
    districtId: z.string(),
    districtName: z.string(),
    rubricId: z.string(),
    dimensionId: z.string(),
    dimensionName: z.string(),
    level: z.number().int(),
    levelLabel: z.string(),
    scorer: z.string().openapi({ description: 'The account whose score it is' }),
    scorerName: z.string(),
    note: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
    passages: z.array(ScorePassageSchema),
  })
  .openapi('Score');

export const InterviewScoresSchema = z
  .object({
    interviewId: z.string(),
    rubrics: z.array(
      z.object({
        rubric: RubricSchema,
        scores: z.array(ScoreSchema),
        hidden: z
          .number()
          .int()
          .openapi({ description: "Others' scores not shown until the caller's own work on the interview is done (blind double scoring)" }),
      }),
    ),
  })
  .openapi('InterviewScores');

export const PassageCiteSchema = z
  .object({
    excerptId: z.string().max(200).optional(),
    quote: z.string().max(8000).optional(),
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
    turn: z.number().int().min(0).optional(),
    stance: StanceSchema.optional(),
    note: z.string().max(2000).optional(),
  })
  .openapi('PassageCite', {
    description: 'A passage of the interview: an excerpt of it, or a quote that occurs once, offsets, or a turn, marked as an excerpt',
  });

export const NewScoreSchema = z
  .object({
    rubric: z.string().max(200).optional().openapi({ description: "The rubric's ID or name; may be left out when the partnership has one" }),
    dimension: requiredText(200).openapi({ description: "The dimension's ID or name" }),
    level: z.number().int(),
    note: z.string().max(4000).optional(),
    cite: z.array(PassageCiteSchema).max(50).optional(),
    expectedVersion,
    reason,
  })
  .openapi('NewScore');

export const ScoreWithdrawalSchema = z.object({ reason: requiredText(2000) }).openapi('ScoreWithdrawal');

export const TrajectorySchema = z
  .object({
    rubric: RubricSchema,
    participant: z.object({ id: z.string(), code: z.string(), role: RoleGroupSchema }),
    cycles: z.array(z.object({ id: z.string(), label: z.string() })),
    dimensions: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        points: z.array(
          z.object({
            cycleId: z.string(),
            cycleLabel: z.string(),
            level: z.number().int().nullable(),
            label: z.string().nullable(),
            change: z.number().int().nullable().openapi({ description: 'Since the previous cycle; null when either is not scored' }),
            scores: z.array(ScoreSchema),
          }),
        ),
      }),
    ),
  })
  .openapi('Trajectory');

export const AggregateChangeSchema = z
  .object({
    participants: z.number().int(),
    improved: z.number().int(),
    unchanged: z.number().int(),
    declined: z.number().int(),
    meanChange: z.number().nullable(),
    quality: z.enum(QUALITY_CHANGES).openapi({ description: "What an implementation assessment's change in quality would say, read from the scores" }),
  })
  .openapi('AggregateChange');

export const ScoreDistributionsSchema = z
  .object({
    rubric: RubricSchema,
    by: z.enum(['role', 'district', 'cycle']),
    cycles: z.array(z.object({ id: z.string(), label: z.string() })),
    rows: z.array(
      z.object({
        group: z.string().nullable(),
        groupLabel: z.string(),
        cycleId: z.string(),
        cycleLabel: z.string(),
        dimensionId: z.string(),
        dimensionName: z.string(),
        counts: z.array(z.object({ level: z.number().int(), label: z.string(), participants: z.number().int() })),
        participants: z.number().int(),
        mean: z.number().nullable(),
        median: z.number().nullable(),
        previousCycleLabel: z.string().nullable(),
        previousMean: z.number().nullable(),
        change: AggregateChangeSchema.nullable(),
      }),
    ),
    changes: z.array(
      z.object({
        participantId: z.string(),
        participantCode: z.string(),
        role: RoleGroupSchema,
        districtName: z.string(),
        dimensionId: z.string(),
        dimensionName: z.string(),
        cycleLabel: z.string(),
        previousCycleLabel: z.string(),
        from: z.number().int(),
        to: z.number().int(),
        change: z.number().int(),
      }),
    ),
  })
  .openapi('ScoreDistributions');

export const DistributionQuery = z.object({
  rubric: filterText,
  by: z.enum(['role', 'district', 'cycle']).optional(),
  role: filterText,
  district: filterText,
  cycle: filterText,
});
