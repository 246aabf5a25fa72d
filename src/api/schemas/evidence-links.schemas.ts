import { z } from '@hono/zod-openapi';

export const EvidenceLinkSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    citedId: z.string(),
    bearing: z.string(),
    note: z.string(),
    label: z.string().openapi({ description: 'What the cited record says' }),
    retired: z.boolean().openapi({ description: 'The cited record was retired since: reports generated from now on leave it out' }),
  })
  .openapi('EvidenceLink');
