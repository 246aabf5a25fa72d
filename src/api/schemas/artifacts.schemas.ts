import { z } from '@hono/zod-openapi';

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
