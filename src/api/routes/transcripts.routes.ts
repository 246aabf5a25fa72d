import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { invalid } from '../../domain/errors.js';
import type { SpeakerMapping } from '../../domain/transcript.js';
import { addInterview, uploadTranscript } from '../../services/transcripts.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, teamWrite } from '../policy.js';
import { errorResponses, IdParam, jsonResponse, PartnershipParam, ProblemSchema } from '../schemas/common.schemas.js';

const UploadedTranscriptSchema = z
  .object({
    interviewId: z.string(),
    transcriptId: z.string(),
    version: z.number().int(),
    stored: z.boolean().openapi({ description: 'False when the file holds the current transcript already' }),
    interviewer: z.object({ labels: z.array(z.string()), by: z.enum(['label', 'mapping', 'none']) }),
    warnings: z.array(ProblemSchema),
  })
  .openapi('UploadedTranscript');

/** `{"Speaker 1":"interviewer"}` from the query: whose each label is. */
function speakersOf(text: string | undefined): SpeakerMapping | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.values(value).every((v) => typeof v === 'string'))
    throw invalid('speakers must name each speaker label with its role, e.g. {"Speaker 1": "interviewer", "Speaker 2": "participant"}', {
      field: 'speakers',
    });
  return value as SpeakerMapping;
}

const FileQuery = {
  fileName: z.string().min(1).max(255),
  speakers: z.string().max(10_000).optional().openapi({
    description:
      'Whose each speaker label is, as JSON: {"Speaker 1": "interviewer", "Speaker 2": "participant"} (roles: interviewer, participant, other); every label of the transcript, and only those',
  }),
  unlabelledSpeaker: z.string().min(1).max(40).optional().openapi({ description: 'Read text without a speaker label as spoken by this speaker' }),
};

const FileBody = { content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, required: true };

/** The file of the request, as the service takes it. */
async function uploadOf(
  c: { req: { arrayBuffer: () => Promise<ArrayBuffer> } },
  q: { fileName: string; speakers?: string | undefined; unlabelledSpeaker?: string | undefined },
) {
  const mapping = speakersOf(q.speakers);
  return {
    file: q.fileName,
    bytes: new Uint8Array(await c.req.arrayBuffer()),
    ...(mapping && { speakers: mapping }),
    ...(q.unlabelledSpeaker !== undefined && { unlabelledSpeaker: q.unlabelledSpeaker }),
    howToSay: () => ' (speakers: each label with its role)',
  };
}

const presentUpload = (r: Awaited<ReturnType<typeof uploadTranscript>>) => ({
  interviewId: r.interview.id,
  transcriptId: r.transcript.id,
  version: r.transcript.version,
  stored: r.stored,
  interviewer: r.interviewer,
  warnings: r.warnings,
});

/** A transcript file added to an interview, one at a time (a whole bundle goes through the imports), or a new interview with its transcript. */
export function registerTranscriptRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/interviews',
        tags: ['Interviews'],
        summary:
          "Adds an interview with its transcript file (.txt, .docx, .vtt, .srt), without a bundle: who was interviewed (the interview takes the participant's role group and school as they stand), in which cycle, when and by whom. Nothing is stored unless the transcript is; speaker labels that do not say who is who are refused as for a transcript added to an interview",
        request: {
          params: PartnershipParam,
          query: z.object({
            participant: z.string().min(1).max(200).openapi({ description: "The participant's ID or code" }),
            cycle: z.string().min(1).max(200),
            date: z.string().max(10).openapi({ example: '2010-01-12' }),
            interviewer: z.string().min(1).max(200),
            protocol: z.string().max(100).optional(),
            code: z.string().max(64).optional().openapi({ description: "Default: the participant's code and the cycle's years (T01-0910), numbered if taken" }),
            ...FileQuery,
          }),
          body: FileBody,
        },
        responses: { 201: jsonResponse(UploadedTranscriptSchema, 'The interview and its transcript, stored'), ...errorResponses },
      }),
    ),
    async (c) => {
      const q = c.req.valid('query');
      const r = await addInterview(
        serviceContext(c),
        {
          partnershipId: c.req.valid('param').partnershipId,
          participant: q.participant,
          cycle: q.cycle,
          date: q.date,
          interviewer: q.interviewer,
          ...(q.protocol && { protocol: q.protocol }),
          ...(q.code && { code: q.code }),
        },
        await uploadOf(c, q),
      );
      return c.json(presentUpload(r), 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/interviews/{id}/transcript',
        tags: ['Interviews'],
        summary:
          'Adds a transcript file (.txt, .docx, .vtt, .srt) to an interview: its first transcript, or a corrected one as the next version. When its speaker labels do not say who is the interviewer, it is refused (400, details.speakers listing each label with its turns and first words) until `speakers` says; that mapping is remembered for the interview and file',
        request: {
          params: IdParam,
          query: z.object(FileQuery),
          body: FileBody,
        },
        responses: { 201: jsonResponse(UploadedTranscriptSchema, 'The transcript stored (or found unchanged)'), ...errorResponses },
      }),
    ),
    async (c) => {
      const r = await uploadTranscript(serviceContext(c), c.req.valid('param').id, await uploadOf(c, c.req.valid('query')));
      return c.json(presentUpload(r), 201);
    },
  );
}
