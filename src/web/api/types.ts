import type { z } from '@hono/zod-openapi';
import type { components } from './openapi';
import type { InvitationSchema, MeSchema, PartnershipInvitationSchema } from '../../api/schemas/account.schemas.js';
import type { CheckIssueSchema, HistoryEntrySchema, TraceSchema } from '../../api/schemas/chain.schemas.js';
import type { ClaimSchema, SummarySchema } from '../../api/schemas/summaries.schemas.js';
import type { ExcerptSchema } from '../../api/schemas/excerpts.schemas.js';
import type { CodingSchema } from '../../api/schemas/codings.schemas.js';
import type { FindingSchema } from '../../api/schemas/findings.schemas.js';
import type { IsfSchema } from '../../api/schemas/isfs.schemas.js';
import type { IsfTemplateSchema } from '../../api/schemas/templates.schemas.js';
import type { InterviewSchema, TranscriptSchema } from '../../api/schemas/interview.schemas.js';
import type { CycleSchema, DistrictProgressSchema, OrganizationSchema, PartnershipSchema, StatsSchema } from '../../api/schemas/partnership.schemas.js';
import type { SearchResultSchema } from '../../api/schemas/search.schemas.js';
import type { ArtifactSchema } from '../../api/schemas/artifacts.schemas.js';
import type { AssessmentSchema } from '../../api/schemas/assessments.schemas.js';
import type { CalendarStepSchema } from '../../api/schemas/calendar.schemas.js';
import type { DesignDocumentSchema, DesignSectionSchema, DesignVersionSchema, SectionDiffSchema } from '../../api/schemas/design-documents.schemas.js';
import type { MemberCheckSchema } from '../../api/schemas/member-checks.schemas.js';
import type { StrategyElementSchema, StrategyEvidenceSchema, StrategySchema } from '../../api/schemas/strategies.schemas.js';
import type { SupportTypeSchema } from '../../api/schemas/framework.schemas.js';
import type { EvidenceLinkSchema } from '../../api/schemas/evidence-links.schemas.js';
import type { FeedbackSchema } from '../../api/schemas/feedback.schemas.js';
import type { NarrativeSchema } from '../../api/schemas/feedback-narratives.schemas.js';
import type { UptakeLineSchema } from '../../api/schemas/recommendations.schemas.js';
import type { ConjectureSchema, IterationSchema, TheorySchema } from '../../api/schemas/theory.schemas.js';
import type { MemoSchema, MemoWithHistorySchema } from '../../api/schemas/memos.schemas.js';
import type { CodedPassageSchema, CodeMatrixSchema, CooccurrenceSchema } from '../../api/schemas/retrieval.schemas.js';

/** The API's JSON, typed from the server's own schemas. */
export type Me = z.infer<typeof MeSchema>;
export type Invitation = z.infer<typeof InvitationSchema>;
export type PartnershipInvitation = z.infer<typeof PartnershipInvitationSchema>;
export type Partnership = z.infer<typeof PartnershipSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Cycle = z.infer<typeof CycleSchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type DistrictProgress = z.infer<typeof DistrictProgressSchema>;
export type Interview = z.infer<typeof InterviewSchema>;
export type Transcript = z.infer<typeof TranscriptSchema>;
export type Turn = Transcript['turns'][number];
export type Coding = z.infer<typeof CodingSchema>;
export type Isf = z.infer<typeof IsfSchema>;
export type IsfField = Isf['fields'][number];
export type IsfTemplate = z.infer<typeof IsfTemplateSchema>;
export type Excerpt = z.infer<typeof ExcerptSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type Trace = z.infer<typeof TraceSchema>;
export type CheckIssue = z.infer<typeof CheckIssueSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type SearchHit = SearchResult['hits'][number];

export type SupportType = z.infer<typeof SupportTypeSchema>;
export type CodebookEntry = components['schemas']['CodebookEntry'];
export type CodeWithHistory = components['schemas']['CodeWithHistory'];
export type CodeHistoryEntry = CodeWithHistory['history'][number];
export type Strategy = z.infer<typeof StrategySchema>;
export type StrategyElement = z.infer<typeof StrategyElementSchema>;
export type StrategyEvidence = z.infer<typeof StrategyEvidenceSchema>;
export type Artifact = z.infer<typeof ArtifactSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type DesignDocument = z.infer<typeof DesignDocumentSchema>;
export type DesignSection = z.infer<typeof DesignSectionSchema>;
export type DesignVersion = z.infer<typeof DesignVersionSchema>;
export type MemberCheck = z.infer<typeof MemberCheckSchema>;
export type SectionDiff = z.infer<typeof SectionDiffSchema>;
export type CalendarStep = z.infer<typeof CalendarStepSchema>;

export interface ApiErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown>; requestId: string };
}

/** The theory of action and the uptake of recommendations (feedback.schemas). */
export type Theory = z.infer<typeof TheorySchema>;
export type TheoryComponent = Theory[number]['component'];
export type Conjecture = z.infer<typeof ConjectureSchema>;
export type ConjectureRevision = Conjecture['revisions'][number];
export type ConjectureUptake = Conjecture['uptake'][number];
export type WarrantLink = z.infer<typeof EvidenceLinkSchema>;
export type TheoryIteration = z.infer<typeof IterationSchema>;
export type UptakeLine = z.infer<typeof UptakeLineSchema>;

/** A district's feedback for a cycle: implementation, explanations, recommendations, the report sent and the meeting (feedback.schemas). */
export type DistrictFeedback = z.infer<typeof FeedbackSchema>;
export type Implementation = DistrictFeedback['implementations'][number];
export type Explanation = DistrictFeedback['explanations'][number];
export type Recommendation = DistrictFeedback['recommendations'][number];
export type FeedbackLink = Implementation['evidence'][number];
/** A section of the feedback report the team writes (feedback-narratives.schemas). */
export type FeedbackNarrative = z.infer<typeof NarrativeSchema>;

/** A save's answer for text partners will read: the record, and each participant the text names. */
export type Saved<T> = T & { warnings: string[] };

/** Enumerations as the API's document names them (openapi.d.ts). */
export type RoleGroup = components['schemas']['RoleGroup'];
export type PartnershipRole = components['schemas']['PartnershipRole'];

export type Memo = z.infer<typeof MemoSchema>;
export type MemoWithHistory = z.infer<typeof MemoWithHistorySchema>;
export type CodedPassage = z.infer<typeof CodedPassageSchema>;
export type CodeMatrix = z.infer<typeof CodeMatrixSchema>;
export type CodeCooccurrence = z.infer<typeof CooccurrenceSchema>;
