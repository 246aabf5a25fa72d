import type { z } from '@hono/zod-openapi';
import type { SupportTypeRow } from '../../storage/repositories/support-type.repository.js';
import type { SupportTypeSchema } from '../schemas/framework.schemas.js';
import { retired, versionInfo } from './common.presenter.js';

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
