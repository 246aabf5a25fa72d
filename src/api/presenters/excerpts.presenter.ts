import type { z } from '@hono/zod-openapi';
import type { RoleGroup } from '../../domain/roles.js';
import type { ExcerptInContext } from '../../storage/repositories/excerpt.repository.js';
import type { ExcerptSchema } from '../schemas/excerpts.schemas.js';
import { retired } from './common.presenter.js';

export const presentExcerpt = (e: ExcerptInContext): z.infer<typeof ExcerptSchema> => ({
  id: e.id,
  interviewId: e.interview_id,
  interviewCode: e.interview_code,
  transcriptId: e.transcript_id,
  transcriptVersion: e.transcript_version,
  transcriptCorrected: e.transcript_superseded_at !== null,
  toReview: e.transcript_superseded_at !== null && e.correction_accepted_at === null && e.retired_at === null,
  version: e.version,
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
