import type { AssessmentAspect } from '../domain/assessment.js';
import type { MemberCheckResponseKind } from '../domain/member-check.js';
import { contentOf, type DesignDocumentState, type MemberCheckView } from '../services/design-documents.js';
import type { ElementView, StrategyView } from '../services/strategies.js';
import type { ArtifactSummaryRow } from '../storage/repositories/artifact.repository.js';
import type { AssessmentRow } from '../storage/repositories/assessment.repository.js';
import type { DddVersionRow } from '../storage/repositories/design-document.repository.js';
import type { SupportTypeRow } from '../storage/repositories/support-type.repository.js';
import type { ArtifactSchema } from './schemas/artifacts.schemas.js';
import type { AssessmentSchema } from './schemas/assessments.schemas.js';
import type { DesignDocumentSchema, DesignVersionSchema } from './schemas/design-documents.schemas.js';
import type { MemberCheckSchema } from './schemas/member-checks.schemas.js';
import type { StrategyElementSchema, StrategySchema } from './schemas/strategies.schemas.js';
import type { SupportTypeSchema } from './schemas/framework.schemas.js';
import type { z } from '@hono/zod-openapi';
import type { RoleGroup } from '../domain/roles.js';
import type { FindingView } from '../services/findings.js';
import type { TemplateView } from '../services/isf-templates.js';
import type { IsfView } from '../services/isfs.js';
import type { ClaimView } from '../services/summaries.js';
import type { CitationRow } from '../storage/repositories/citation.repository.js';
import type { ExcerptInContext } from '../storage/repositories/excerpt.repository.js';
import type { InterviewListing } from '../storage/repositories/interview.repository.js';
import type { IsfFieldRow } from '../storage/repositories/isf-template.repository.js';
import type { SummaryRow } from '../storage/repositories/summary.repository.js';
import type { CitationSchema, ClaimSchema, ExcerptSchema, FindingSchema, IsfFieldSchema, IsfSchema, IsfTemplateSchema, SummarySchema } from './schemas/evidence.schemas.js';
import type { PartnershipRoleSchema } from './schemas/account.schemas.js';
import type { InterviewSchema } from './schemas/interview.schemas.js';

/** Shapes stored rows into the API's JSON (camelCase, names beside IDs). */

/** What an invitation offers, and who made it when (InvitationSchema, PartnershipInvitationSchema). */
export const presentInvitationTerms = (r: { id: string; role: string | null; district_id: string | null; district_name: string | null; created_by: string; created_at: string; expires_at: string }) => ({
  id: r.id,
  role: r.role as z.infer<typeof PartnershipRoleSchema>,
  districtId: r.district_id,
  districtName: r.district_name,
  invitedBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

interface VersionedRow {
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

interface RetirableRow {
  retired_at: string | null;
  retired_by: string | null;
  retired_reason: string | null;
}

const versionInfo = (r: VersionedRow) => ({
  version: r.version,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

const retired = (r: RetirableRow) => (r.retired_at ? { at: r.retired_at, by: r.retired_by ?? '', reason: r.retired_reason ?? '' } : null);

export const presentInterview = (i: InterviewListing): z.infer<typeof InterviewSchema> => ({
  id: i.id,
  code: i.code,
  cycle: i.cycle_label,
  date: i.date,
  interviewer: i.interviewer,
  protocol: i.protocol,
  role: i.role as RoleGroup,
  participant: { id: i.participant_id, code: i.participant_code, pseudonym: i.pseudonym },
  district: { id: i.district_id, name: i.district_name },
  organization: { id: i.organization_id, name: i.organization_name },
  sourceFile: i.source_file,
  transcript: i.transcript_id ? { id: i.transcript_id, version: i.transcript_version!, turns: i.turn_count!, words: i.word_count! } : null,
  isf: i.isf_id ? { id: i.isf_id, status: i.isf_status! } : null,
  version: i.version,
});

export const presentExcerpt = (e: ExcerptInContext): z.infer<typeof ExcerptSchema> => ({
  id: e.id,
  interviewId: e.interview_id,
  interviewCode: e.interview_code,
  transcriptId: e.transcript_id,
  transcriptVersion: e.transcript_version,
  transcriptCorrected: e.transcript_superseded_at !== null,
  start: e.start_offset,
  end: e.end_offset,
  quote: e.quote,
  quoteSha256: e.quote_sha256,
  note: e.note,
  role: e.role as RoleGroup,
  pseudonym: e.pseudonym,
  school: e.organization_name,
  district: e.district_name,
  cycle: e.cycle_label,
  createdBy: e.created_by,
  createdAt: e.created_at,
  retired: retired(e),
});

export const presentCitation = (c: CitationRow): z.infer<typeof CitationSchema> => ({
  id: c.id,
  citingId: c.citing_id,
  citedId: c.cited_id,
  citedKind: c.cited_kind as 'excerpt' | 'isfEntry' | 'claim',
  stance: c.stance as 'supports' | 'contradicts',
  note: c.note,
  createdBy: c.created_by,
  createdAt: c.created_at,
});

const presentField = (f: IsfFieldRow): z.infer<typeof IsfFieldSchema> => ({
  id: f.id,
  key: f.key,
  label: f.label,
  guidance: f.guidance,
  position: f.position,
  addedInVersion: f.added_in_version,
  retiredInVersion: f.retired_in_version,
});

export const presentTemplate = ({ template: t, fields }: TemplateView): z.infer<typeof IsfTemplateSchema> => ({
  id: t.id,
  role: t.role as RoleGroup,
  districtId: t.district_id,
  basedOnId: t.based_on_id,
  fields: fields.map(presentField),
  ...versionInfo(t),
});

export const presentIsf = ({ isf, interview, fields }: IsfView): z.infer<typeof IsfSchema> => ({
  id: isf.id,
  interviewId: interview.id,
  interviewCode: interview.code,
  pseudonym: interview.pseudonym,
  role: interview.role as RoleGroup,
  school: interview.organization_name,
  district: interview.district_name,
  cycle: interview.cycle_label,
  templateId: isf.template_id,
  templateVersion: isf.template_version,
  status: isf.status as 'draft' | 'complete',
  fields: fields.map(({ field, entry, evidence }) => ({
    field: presentField(field),
    entry: entry && {
      id: entry.id,
      text: entry.text,
      evidence: evidence.map((e) => ({ citation: presentCitation(e.citation), excerpt: presentExcerpt(e.excerpt) })),
      ...versionInfo(entry),
    },
  })),
  ...versionInfo(isf),
});

export const presentClaim = ({ claim, evidence, triangulation }: ClaimView): z.infer<typeof ClaimSchema> => ({
  id: claim.id,
  summaryId: claim.summary_id,
  text: claim.text,
  triangulationNote: claim.triangulation_note,
  retired: retired(claim),
  evidence: evidence.map(({ citation, entry }) => ({
    citation: presentCitation(citation),
    entry: {
      id: entry.id,
      text: entry.text,
      field: entry.field_key,
      fieldLabel: entry.field_label,
      interviewCode: entry.interview_code,
      participantId: entry.participant_id,
      pseudonym: entry.pseudonym,
      role: entry.role as RoleGroup,
      school: entry.organization_name,
    },
  })),
  triangulation,
  ...versionInfo(claim),
});

export const presentSummary = (summary: SummaryRow, claims: ClaimView[]): z.infer<typeof SummarySchema> => ({
  id: summary.id,
  kind: summary.kind as 'school' | 'role_group',
  title: summary.title,
  cycleId: summary.cycle_id,
  districtId: summary.district_id,
  schoolId: summary.school_id,
  role: summary.role as RoleGroup | null,
  claims: claims.map(presentClaim),
  ...versionInfo(summary),
});

export const presentFinding = ({ finding, evidence }: FindingView): z.infer<typeof FindingSchema> => ({
  id: finding.id,
  districtId: finding.district_id,
  cycleId: finding.cycle_id,
  text: finding.text,
  retired: retired(finding),
  evidence: evidence.map(({ citation, claim }) => ({
    citation: presentCitation(citation),
    claim: { id: claim.id, text: claim.text, summaryId: claim.summary_id, summaryTitle: claim.summary_title },
  })),
  ...versionInfo(finding),
});

// ----- district design -----

export const presentSupportType = (t: SupportTypeRow): z.infer<typeof SupportTypeSchema> => ({
  id: t.id,
  key: t.key,
  name: t.name,
  category: t.category,
  description: t.description,
  position: t.position,
  retired: retired(t),
  ...versionInfo(t),
});

export const presentElement = ({ row, evidence }: ElementView): z.infer<typeof StrategyElementSchema> => ({
  id: row.id,
  strategyId: row.strategy_id,
  kind: row.kind as 'practice' | 'support' | 'accountability',
  position: row.position,
  description: row.description,
  role: row.role as RoleGroup | null,
  target: row.target,
  supportType: row.support_type,
  rolesServed: (row.roles_served ?? '').split(',').filter(Boolean) as RoleGroup[],
  frequency: row.frequency,
  provider: row.provider,
  coParticipation: row.co_participation === null ? null : row.co_participation === 1,
  holder: row.holder,
  held: row.held,
  evidence,
  ...versionInfo(row),
});

export const presentStrategy = ({ strategy, evidence, elements }: StrategyView): z.infer<typeof StrategySchema> => ({
  id: strategy.id,
  districtId: strategy.district_id,
  cycleId: strategy.cycle_id,
  position: strategy.position,
  name: strategy.name,
  goal: strategy.goal,
  evidence,
  elements: elements.map(presentElement),
  ...versionInfo(strategy),
});

export const presentArtifact = (a: ArtifactSummaryRow): z.infer<typeof ArtifactSchema> => ({
  id: a.id,
  districtId: a.district_id,
  cycleId: a.cycle_id,
  title: a.title,
  kind: a.kind,
  fileName: a.file_name,
  mediaType: a.media_type,
  format: a.format,
  size: a.size,
  sha256: a.sha256,
  pages: a.pages,
  createdBy: a.created_by,
  createdAt: a.created_at,
});

export const presentAssessment = (a: AssessmentRow): z.infer<typeof AssessmentSchema> => ({
  id: a.id,
  districtId: a.district_id,
  cycleId: a.cycle_id,
  strategyId: a.strategy_id,
  aspect: a.aspect as AssessmentAspect,
  judgement: a.judgement,
  rationale: a.rationale,
  frameworkRefs: a.framework_refs.split(',').filter(Boolean),
  ...versionInfo(a),
});

export const presentDesignVersion = (v: DddVersionRow): z.infer<typeof DesignVersionSchema> => ({
  id: v.id,
  districtId: v.district_id,
  cycleId: v.cycle_id,
  number: v.number,
  basedOnId: v.based_on_id,
  reason: v.reason,
  createdBy: v.created_by,
  createdAt: v.created_at,
  sections: contentOf(v).sections,
});

/** A member check; `versions` are all of its document's versions: the one a correction went into, and whether a later one superseded it. */
export const presentMemberCheck = (view: MemberCheckView, versions: readonly { id: string; number: number; district_id: string }[]): z.infer<typeof MemberCheckSchema> => ({
  id: view.check.id,
  versionId: view.check.ddd_version_id,
  versionNumber: view.versionNumber,
  districtId: versions.find((v) => v.id === view.check.ddd_version_id)?.district_id ?? '',
  message: view.check.message,
  sentBy: view.check.sent_by,
  sentAt: view.check.sent_at,
  recipients: view.recipients.map((r) => ({ accountId: r.accountId, name: r.name, email: r.email })),
  responses: view.responses.map((r) => ({
    id: r.id,
    section: r.section,
    accountId: r.account_id,
    name: r.display_name,
    response: r.response as MemberCheckResponseKind,
    text: r.text,
    createdAt: r.created_at,
    appliedInVersion: r.applied_in_id ? (versions.find((v) => v.id === r.applied_in_id)?.number ?? null) : null,
  })),
  status: view.status,
  superseded: versions.some((v) => v.number > view.versionNumber),
});

/** The design document as the caller may see it: partners get issued versions and the member checks, never the team's draft. */
export const presentDesignDocument = (state: DesignDocumentState, forTeam: boolean): z.infer<typeof DesignDocumentSchema> => ({
  district: { id: state.scope.district.id, name: state.scope.district.name },
  cycle: { id: state.scope.cycle.id, label: state.scope.cycle.label },
  versions: state.versions.map(presentDesignVersion),
  checks: state.checks.map((c) => presentMemberCheck(c, state.versions)),
  status: state.status,
  draft: forTeam ? { changedSinceIssued: state.changedSinceIssued, sections: state.current.sections } : null,
});
