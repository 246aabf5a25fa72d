import type { z } from '@hono/zod-openapi';
import type { RoleGroup } from '../../domain/roles.js';
import type { InterviewListing } from '../../storage/repositories/interview.repository.js';
import type { InterviewSchema } from '../schemas/interview.schemas.js';

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
