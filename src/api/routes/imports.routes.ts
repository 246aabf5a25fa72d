import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { allows } from '../../domain/access.js';
import { invalid, notFound } from '../../domain/errors.js';
import { checkSpeakerLabel } from '../../services/import-bundle.js';
import { assertImportSlot, importJob, startImportJob } from '../../services/import-jobs.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, PARTNERSHIP, routePartnership, SIGNED_IN, teamWrite } from '../policy.js';
import { ErrorSchema, ProblemSchema, errorResponses, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';

const tags = ['Imports'];
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const ImportJobSchema = z
  .object({
    id: z.string(),
    state: z.enum(['unpacking', 'importing', 'done', 'failed']),
    done: z.number().int(),
    total: z.number().int(),
    error: z.string().nullable(),
    report: z
      .object({
        imported: z.boolean(),
        problems: z.array(ProblemSchema),
        skipped: z.object({ participants: z.array(z.string()), interviews: z.array(z.string()) }),
        participants: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
        interviews: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
        transcripts: z.object({ added: z.number().int(), newVersions: z.number().int(), unchanged: z.number().int() }),
        passages: z
          .object({ moved: z.number().int(), toReview: z.number().int() })
          .openapi({ description: 'Cited passages of corrected transcripts: moved to the new version (words unchanged), or to review' }),
        stored: z.object({ turns: z.number().int(), words: z.number().int(), textBytes: z.number().int() }),
        interviewers: z
          .array(
            z.object({
              interview: z.string(),
              file: z.string(),
              labels: z.array(z.string()),
              by: z.enum(['label', 'mapping', 'none']),
            }),
          )
          .openapi({
            description:
              "For each interview imported, the speaker labels taken as the interviewer: by label or the interviewer's name (`label`), as the team said which label is whose (`mapping`: in speakers.csv, or remembered from an earlier import of the same file), or none",
          }),
      })
      .nullable(),
  })
  .openapi('ImportJob');

type JobJson = z.infer<typeof ImportJobSchema>;
const present = (j: NonNullable<ReturnType<typeof importJob>>): JobJson => ({
  id: j.id,
  state: j.state,
  done: j.done,
  total: j.total,
  error: j.error,
  report: j.report,
});

export function registerImportRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/imports',
        tags,
        summary: 'Imports a zipped bundle (roster.csv, interviews.csv, transcripts), validated as `warrant import` does; answers at once with a job to follow',
        request: {
          params: PartnershipParam,
          query: z.object({
            name: z.string().max(200).optional().openapi({ description: "The file's name, for the report" }),
            unlabelledSpeaker: z.string().min(1).max(40).optional().openapi({
              description:
                'Read a transcript without speaker labels (or the text before its first label) as spoken by this speaker, to be labelled later, instead of refusing it',
            }),
          }),
          body: { content: { 'application/zip': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, required: true },
        },
        responses: {
          202: jsonResponse(ImportJobSchema, 'The import has started'),
          ...errorResponses,
          413: jsonResponse(z.any(), 'The file is larger than 200 MB'),
          429: jsonResponse(ErrorSchema, 'An import into the partnership is already running; upload again when it has finished'),
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      assertImportSlot(p.id); // before reading up to 200 MB of upload
      const { name, unlabelledSpeaker } = c.req.valid('query');
      if (unlabelledSpeaker !== undefined) checkSpeakerLabel(unlabelledSpeaker);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0)
        throw invalid('the file is empty: choose the zipped bundle (roster.csv, interviews.csv and the transcripts they name, in one .zip)');
      const job = startImportJob(
        ctx,
        p.id,
        bytes,
        name ?? 'the uploaded bundle',
        c.get('deps').log,
        unlabelledSpeaker !== undefined ? { unlabelledSpeaker } : {},
      );
      return c.json(present(job), 202);
    },
  );

  app.openapi(
    guard(
      app,
      SIGNED_IN,
      createRoute({
        method: 'get',
        path: '/api/imports/{jobId}',
        tags,
        summary: 'How far an import has got, and its report when it is done',
        request: {
          params: z.object({
            jobId: z
              .string()
              .min(1)
              .max(100)
              .openapi({ param: { name: 'jobId', in: 'path' } }),
          }),
        },
        responses: { 200: jsonResponse(ImportJobSchema, 'The job'), ...errorResponses },
      }),
    ),
    (c) => {
      const job = importJob(c.req.valid('param').jobId);
      // A job is seen only by those who could have started it.
      if (!job || !allows(principalOf(c), 'team:write', job.partnershipId)) throw notFound('import', c.req.valid('param').jobId);
      return c.json(present(job), 200);
    },
  );
}
