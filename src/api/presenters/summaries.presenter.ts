import type { z } from '@hono/zod-openapi';
import type { RoleGroup } from '../../domain/roles.js';
import type { ClaimView } from '../../services/summaries.js';
import type { SummaryRow } from '../../storage/repositories/summary.repository.js';
import type { ClaimSchema, SummarySchema } from '../schemas/summaries.schemas.js';
import { presentCitation } from './citations.presenter.js';
import { retired, versionInfo } from './common.presenter.js';

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
