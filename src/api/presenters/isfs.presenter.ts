import type { z } from '@hono/zod-openapi';
import type { RoleGroup } from '../../domain/roles.js';
import type { IsfView } from '../../services/isfs.js';
import type { IsfSchema } from '../schemas/isfs.schemas.js';
import { presentCitation } from './citations.presenter.js';
import { versionInfo } from './common.presenter.js';
import { presentExcerpt } from './excerpts.presenter.js';
import { presentField } from './templates.presenter.js';

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
