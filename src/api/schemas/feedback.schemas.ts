import { z } from '@hono/zod-openapi';
import { VersionInfoSchema } from './common.schemas.js';
import { CheckIssueSchema } from './evidence.schemas.js';

export const EvidenceLinkSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    citedId: z.string(),
    bearing: z.string(),
    note: z.string(),
    label: z.string().openapi({ description: 'What the cited record says' }),
    retired: z.boolean().openapi({ description: 'The cited record was retired since: reports generated from now on leave it out' }),
  })
  .openapi('EvidenceLink');

export const ImplementationSchema = z
  .object({
    id: z.string(),
    elementId: z.string(),
    cycleId: z.string(),
    kind: z.enum(['support', 'practice']),
    verdict: z.string().nullable(),
    frequency: z.string().nullable(),
    focus: z.string().nullable(),
    frequencyChange: z.string().nullable(),
    qualityChange: z.string().nullable(),
    text: z.string(),
    evidence: z.array(EvidenceLinkSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Implementation');

export const ExplanationSchema = z
  .object({ id: z.string(), strategyId: z.string(), learningOpportunities: z.string(), press: z.string(), text: z.string(), frameworkRefs: z.array(z.string()), evidence: z.array(EvidenceLinkSchema) })
  .extend(VersionInfoSchema.shape)
  .openapi('Explanation');

export const RecommendationSchema = z
  .object({ id: z.string(), strategyId: z.string(), position: z.number().int(), text: z.string(), rationale: z.string(), basis: z.array(EvidenceLinkSchema) })
  .extend(VersionInfoSchema.shape)
  .openapi('Recommendation');

export const FeedbackSchema = z
  .object({
    district: z.object({ id: z.string(), name: z.string() }),
    cycle: z.object({ id: z.string(), label: z.string() }),
    implementations: z.array(ImplementationSchema),
    explanations: z.array(ExplanationSchema),
    recommendations: z.array(RecommendationSchema),
    sent: z.array(z.object({ id: z.string(), sentOn: z.string(), note: z.string(), createdBy: z.string() })),
    lostSinceSent: z.array(CheckIssueSchema).openapi({ description: 'Statements of the report sent whose evidence was retired or unlinked since (the district still reads them as sent)' }),
    meetings: z.array(z.object({ id: z.string(), heldOn: z.string(), attendees: z.array(z.string()), notes: z.string(), createdBy: z.string() })),
  })
  .openapi('DistrictFeedback');

export const ConjectureSchema = z
  .object({
    id: z.string(),
    componentId: z.string(),
    text: z.string(),
    position: z.number().int(),
    revisions: z.array(z.object({ id: z.string(), version: z.number().int(), text: z.string(), reason: z.string(), createdBy: z.string(), createdAt: z.string(), warrant: z.array(EvidenceLinkSchema) })),
    uptake: z.array(z.object({ uptakeId: z.string(), recommendationId: z.string(), recommendation: z.string(), district: z.string(), cycle: z.string(), status: z.string(), label: z.string() })),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Conjecture');

export const TheorySchema = z
  .array(z.object({ component: z.object({ id: z.string(), key: z.string(), name: z.string(), position: z.number().int(), version: z.number().int() }), conjectures: z.array(ConjectureSchema) }))
  .openapi('TheoryOfAction');

export const IterationSchema = z
  .object({ id: z.string(), number: z.number().int(), label: z.string(), dated: z.string(), createdBy: z.string(), createdAt: z.string() })
  .openapi('TheoryIteration');

export const UptakeLineSchema = z
  .object({
    recommendationId: z.string(),
    district: z.string(),
    districtId: z.string(),
    cycle: z.string(),
    strategy: z.string(),
    text: z.string(),
    conjectures: z.array(z.object({ id: z.string(), text: z.string() })),
    uptake: z.object({ id: z.string(), cycle: z.string(), status: z.enum(['fully', 'partly', 'not']), label: z.string(), note: z.string() }).nullable(),
  })
  .openapi('UptakeLine');
