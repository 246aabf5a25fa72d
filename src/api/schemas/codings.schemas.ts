import { z } from '@hono/zod-openapi';

export const CodingSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    codeId: z.string(),
    codeName: z.string(),
    colour: z.string().openapi({ description: "The code's colour, #rrggbb" }),
    coder: z.string().openapi({ description: 'The account whose coding it is' }),
    coderName: z.string(),
    excerptId: z.string().nullable().openapi({ description: "A transcript's passage: the excerpt it is (the passage the evidence chain cites)" }),
    interviewId: z.string().nullable(),
    transcriptId: z.string().nullable(),
    artifactId: z.string().nullable().openapi({ description: "An artifact's stretch of text" }),
    start: z.number().int().openapi({ description: "Code points into the transcript's (or artifact's) text" }),
    end: z.number().int(),
    quote: z.string(),
    codedAt: z.string(),
    retired: z.boolean().openapi({ description: 'Uncoded' }),
  })
  .openapi('Coding');

export const TranscriptCodingsSchema = z
  .object({
    interviewId: z.string(),
    interviewCode: z.string(),
    transcriptId: z.string(),
    othersShown: z.boolean().openapi({
      description:
        'False while the caller is assigned to code the interview and has not marked their coding done: they see only their own (blind double coding)',
    }),
    codings: z.array(CodingSchema),
  })
  .openapi('TranscriptCodings');

const passageFields = {
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(1).optional(),
  quote: z.string().max(20_000).optional(),
};

export const NewCodingBody = z
  .object({
    interview: z.string().min(1).max(200).optional().openapi({ description: 'Interview ID or code: a passage of its current transcript' }),
    artifact: z.string().min(1).max(200).optional().openapi({ description: 'Artifact ID: a stretch of its text (offsets or a quote)' }),
    ...passageFields,
    turn: z.number().int().min(0).optional().openapi({ description: 'A whole turn, by its number (from 0)' }),
    codes: z.array(z.string().min(1).max(200)).min(1).max(50).openapi({ description: 'Codes to apply, by ID or name' }),
  })
  .openapi('NewCoding');

export const CodeFilterQuery = z.object({ code: z.string().max(200).optional().openapi({ description: 'Only the codings of this code (ID or name)' }) });
