import type { z } from '@hono/zod-openapi';
import type { CodingView, TranscriptCodings } from '../../services/codings.js';
import type { CodingSchema, TranscriptCodingsSchema } from '../schemas/codings.schemas.js';

export const presentCoding = (c: CodingView): z.infer<typeof CodingSchema> => ({ ...c });

export const presentTranscriptCodings = (t: TranscriptCodings): z.infer<typeof TranscriptCodingsSchema> => ({
  ...t,
  codings: t.codings.map(presentCoding),
});
