import { z } from '@hono/zod-openapi';
import { RoleGroupSchema } from './common.schemas.js';

export const InterviewSchema = z
  .object({
    id: z.string(),
    code: z.string().openapi({ example: 'LPS-T01-1011' }),
    cycle: z.string(),
    date: z.string(),
    interviewer: z.string(),
    protocol: z.string(),
    role: RoleGroupSchema,
    participant: z.object({ id: z.string(), code: z.string(), pseudonym: z.string() }),
    district: z.object({ id: z.string(), name: z.string() }),
    organization: z.object({ id: z.string(), name: z.string() }),
    sourceFile: z.string(),
    transcript: z.object({ id: z.string(), version: z.number().int(), turns: z.number().int(), words: z.number().int() }).nullable(),
    isf: z.object({ id: z.string(), status: z.string() }).nullable(),
    version: z.number().int(),
  })
  .openapi('Interview');

export const TurnSchema = z
  .object({
    seq: z.number().int(),
    speaker: z.string(),
    speakerRole: z.enum(['interviewer', 'participant', 'other']),
    text: z.string(),
    start: z.number().int().openapi({ description: 'Offset of the turn (its speaker label) in the transcript, in code points' }),
    textStart: z.number().int().openapi({ description: 'Offset where the spoken words begin' }),
    end: z.number().int(),
    startMs: z.number().int().nullable(),
    endMs: z.number().int().nullable(),
  })
  .openapi('Turn');

export const TranscriptSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    version: z.number().int(),
    current: z.boolean(),
    format: z.string(),
    encoding: z.string(),
    sourceFile: z.string(),
    importedBy: z.string(),
    importedAt: z.string(),
    words: z.number().int(),
    length: z.number().int().openapi({ description: 'Length of the transcript text in code points' }),
    turns: z.array(TurnSchema),
    versions: z.array(z.object({ id: z.string(), version: z.number().int(), importedAt: z.string(), current: z.boolean() })),
  })
  .openapi('Transcript');
