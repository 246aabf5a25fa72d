import { z } from '@hono/zod-openapi';
import { ASSESSMENT_ASPECTS } from '../../domain/assessment.js';
import { MEMBER_CHECK_RESPONSES } from '../../domain/member-check.js';
import { RetiredSchema, RoleGroupSchema, VersionInfoSchema } from './common.schemas.js';

export const SupportTypeSchema = z
  .object({ id: z.string(), key: z.string(), name: z.string(), category: z.string(), description: z.string(), position: z.number().int(), retired: RetiredSchema })
  .extend(VersionInfoSchema.shape)
  .openapi('SupportType');

export const StrategyEvidenceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['excerpt', 'artifact']),
    citedId: z.string(),
    note: z.string(),
    text: z.string().openapi({ description: "The passage's words, or the artifact's title" }),
    source: z.string().openapi({ description: "The interview's code, or the artifact's file name" }),
    retired: z.boolean().openapi({ description: 'The passage or artifact was retired since: documents generated from now on leave it out' }),
  })
  .openapi('StrategyEvidence');

export const StrategyElementSchema = z
  .object({
    id: z.string(),
    strategyId: z.string(),
    kind: z.enum(['practice', 'support', 'accountability']),
    position: z.number().int(),
    description: z.string(),
    role: RoleGroupSchema.nullable(),
    target: z.string().nullable(),
    supportType: z.string().nullable(),
    rolesServed: z.array(RoleGroupSchema),
    frequency: z.string().nullable(),
    provider: z.string().nullable(),
    coParticipation: z.boolean().nullable(),
    holder: z.string().nullable(),
    held: z.string().nullable(),
    evidence: z.array(StrategyEvidenceSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('StrategyElement');

export const StrategySchema = z
  .object({
    id: z.string(),
    districtId: z.string(),
    cycleId: z.string(),
    position: z.number().int(),
    name: z.string(),
    goal: z.string(),
    evidence: z.array(StrategyEvidenceSchema),
    elements: z.array(StrategyElementSchema),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Strategy');

export const ElementInputSchema = z.object({
  kind: z.enum(['practice', 'support', 'accountability']).optional(),
  description: z.string().max(4000).optional(),
  role: z.string().max(50).optional(),
  target: z.string().max(300).optional(),
  supportType: z.string().max(60).optional(),
  rolesServed: z.array(z.string().max(50)).max(10).optional(),
  frequency: z.string().max(300).optional(),
  provider: z.string().max(300).optional(),
  coParticipation: z.boolean().optional(),
  holder: z.string().max(300).optional(),
  held: z.string().max(300).optional(),
});

export const ArtifactSchema = z
  .object({
    id: z.string(),
    districtId: z.string(),
    cycleId: z.string(),
    title: z.string(),
    kind: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    format: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    pages: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('Artifact');

export const AssessmentSchema = z
  .object({
    id: z.string(),
    districtId: z.string(),
    cycleId: z.string(),
    strategyId: z.string().nullable(),
    aspect: z.enum(ASSESSMENT_ASPECTS),
    judgement: z.string(),
    rationale: z.string(),
    frameworkRefs: z.array(z.string()),
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Assessment');

export const DesignSectionSchema = z
  .object({
    key: z.string(),
    number: z.number().int(),
    name: z.string(),
    goal: z.string(),
    practices: z.array(z.object({ role: z.string(), description: z.string(), target: z.string() })),
    supports: z.array(z.object({ type: z.string(), description: z.string(), rolesServed: z.array(z.string()), frequency: z.string(), provider: z.string(), coParticipation: z.boolean() })),
    accountability: z.array(z.object({ holder: z.string(), held: z.string(), description: z.string() })),
  })
  .openapi('DesignSection');

export const DesignVersionSchema = z
  .object({
    id: z.string(),
    districtId: z.string(),
    cycleId: z.string(),
    number: z.number().int(),
    basedOnId: z.string().nullable(),
    reason: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    sections: z.array(DesignSectionSchema),
  })
  .openapi('DesignDocumentVersion');

export const MemberCheckStatusSchema = z
  .object({
    state: z.enum(['not sent', 'awaiting responses', 'corrections to apply', 'confirmed', 'corrected']),
    respondedFully: z.number().int(),
    recipients: z.number().int(),
    openCorrections: z.number().int(),
    label: z.string(),
  })
  .openapi('MemberCheckStatus');

export const MemberCheckResponseSchema = z
  .object({
    id: z.string(),
    section: z.string(),
    accountId: z.string(),
    name: z.string(),
    response: z.enum(MEMBER_CHECK_RESPONSES),
    text: z.string(),
    createdAt: z.string(),
    appliedInVersion: z.number().int().nullable(),
  })
  .openapi('MemberCheckResponse');

export const MemberCheckSchema = z
  .object({
    id: z.string(),
    versionId: z.string(),
    versionNumber: z.number().int(),
    districtId: z.string(),
    message: z.string(),
    sentBy: z.string(),
    sentAt: z.string(),
    recipients: z.array(z.object({ accountId: z.string(), name: z.string(), email: z.string() })),
    responses: z.array(MemberCheckResponseSchema),
    status: MemberCheckStatusSchema,
    superseded: z.boolean().openapi({ description: 'A later version of the document was issued: responses go to the latest version' }),
  })
  .openapi('MemberCheck');

export const DesignDocumentSchema = z
  .object({
    district: z.object({ id: z.string(), name: z.string() }),
    cycle: z.object({ id: z.string(), label: z.string() }),
    versions: z.array(DesignVersionSchema),
    checks: z.array(MemberCheckSchema),
    status: MemberCheckStatusSchema,
    draft: z
      .object({ changedSinceIssued: z.boolean(), sections: z.array(DesignSectionSchema) })
      .nullable()
      .openapi({ description: 'The team only: the strategies as they stand, and whether they changed since the latest issued version' }),
  })
  .openapi('DesignDocument');

export const SectionDiffSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    status: z.enum(['added', 'removed', 'changed', 'unchanged']),
    lines: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })),
  })
  .openapi('SectionDiff');

export const CalendarStepSchema = z
  .object({ key: z.string(), label: z.string(), when: z.string(), due: z.string().nullable(), state: z.enum(['done', 'in progress', 'not started', 'late']), detail: z.string() })
  .openapi('CalendarStep');
