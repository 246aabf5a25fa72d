import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { invalid } from '../../domain/errors.js';
import type { SpeakerMapping } from '../../domain/transcript.js';
import { uploadTranscript } from '../../services/transcripts.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, teamWrite } from '../policy.js';
import { errorResponses, IdParam, jsonResponse, ProblemSchema } from '../schemas/common.schemas.js';

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

/** A transcript file added to an interview, one at a time (a whole bundle goes through the imports). */
export function registerTranscriptRoutes(app: OpenAPIHono<ApiEnv>) {
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
          query: z.object({
            fileName: z.string().min(1).max(255),
            speakers: z.string().max(10_000).optional().openapi({
              description:
                'Whose each speaker label is, as JSON: {"Speaker 1": "interviewer", "Speaker 2": "participant"} (roles: interviewer, participant, other); every label of the transcript, and only those',
            }),
            unlabelledSpeaker: z.string().min(1).max(40).optional().openapi({ description: 'Read text without a speaker label as spoken by this speaker' }),
          }),
          body: { content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, required: true },
        },
        responses: { 201: jsonResponse(UploadedTranscriptSchema, 'The transcript stored (or found unchanged)'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { fileName, speakers, unlabelledSpeaker } = c.req.valid('query');
      const mapping = speakersOf(speakers);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const r = await uploadTranscript(serviceContext(c), c.req.valid('param').id, {
        file: fileName,
        bytes,
        ...(mapping && { speakers: mapping }),
        ...(unlabelledSpeaker !== undefined && { unlabelledSpeaker }),
        howToSay: () => ' (speakers: each label with its role)',
      });
      return c.json(
        {
          interviewId: r.interview.id,
          transcriptId: r.transcript.id,
          version: r.transcript.version,
          stored: r.stored,
          interviewer: r.interviewer,
          warnings: r.warnings,
        },
        201,
      );
    },
  );
}
