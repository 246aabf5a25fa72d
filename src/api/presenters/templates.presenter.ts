import type { z } from '@hono/zod-openapi';
import type { RoleGroup } from '../../domain/roles.js';
import type { TemplateView } from '../../services/isf-templates.js';
import type { IsfFieldRow } from '../../storage/repositories/isf-template.repository.js';
import type { IsfFieldSchema, IsfTemplateSchema } from '../schemas/templates.schemas.js';
import { versionInfo } from './common.presenter.js';

export const presentField = (f: IsfFieldRow): z.infer<typeof IsfFieldSchema> => ({
  id: f.id,
  key: f.key,
  label: f.label,
  guidance: f.guidance,
  position: f.position,
  addedInVersion: f.added_in_version,
  retiredInVersion: f.retired_in_version,
  required: f.required === 1,
});

export const presentTemplate = ({ template: t, fields, isfs }: TemplateView): z.infer<typeof IsfTemplateSchema> => ({
  id: t.id,
  role: t.role as RoleGroup,
  districtId: t.district_id,
  basedOnId: t.based_on_id,
  fields: fields.map(presentField),
  isfs: isfs ?? { total: 0, complete: 0 },
  ...versionInfo(t),
});
