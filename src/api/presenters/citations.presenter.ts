import type { z } from '@hono/zod-openapi';
import type { CitationRow } from '../../storage/repositories/citation.repository.js';
import type { CitationSchema } from '../schemas/citations.schemas.js';

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
