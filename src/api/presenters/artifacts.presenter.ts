import type { z } from '@hono/zod-openapi';
import type { ArtifactSummaryRow } from '../../storage/repositories/artifact.repository.js';
import type { ArtifactSchema } from '../schemas/artifacts.schemas.js';

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
