import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { invalid } from '../../domain/errors.js';
import { projectCounts, type RefiProject } from '../../domain/refi-qda.js';
import { readQdpxOffThread } from '../../importers/refi-qda/qdpx-reader.js';
import { exportQdpx } from '../../services/qdpx-export.js';
import { importQdpx } from '../../services/qdpx-import.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, PARTNERSHIP, routePartnership, teamLead, teamWrite } from '../policy.js';
import { DistrictCycleQuery, errorResponses, fileResponse, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';

const tags = ['Exchange'];
/** Largest .qdpx an upload may be (the body limit, set in app.ts). */
export const MAX_QDPX_UPLOAD_BYTES = 200 * 1024 * 1024;

const QdpxProblemSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    file: z.string().openapi({ description: 'The file inside the archive (or the archive itself)' }),
    where: z.string().optional().openapi({ description: 'The element and its line, e.g. `PlainTextSelection guid="…" (line 12)`' }),
    message: z.string(),
  })
  .openapi('QdpxProblem');

const QdpxReportSchema = z
  .object({
    file: z.string(),
    valid: z.boolean().openapi({ description: 'True when nothing is an error: the project can be brought in' }),
    problems: z.array(QdpxProblemSchema),
    project: z
      .object({
        name: z.string(),
        origin: z.string().nullable(),
        users: z.number().int(),
        codes: z.number().int(),
        sources: z.number().int(),
        selections: z.number().int(),
        codings: z.number().int(),
        notes: z.number().int(),
        cases: z.number().int(),
        sets: z.number().int(),
        unmapped: z
          .array(z.object({ element: z.string(), guid: z.string().nullable(), name: z.string().nullable(), line: z.number().int() }))
          .openapi({ description: 'What cannot be brought in yet (pictures, PDF regions, audio and video), by name' }),
      })
      .nullable(),
  })
  .openapi('QdpxReport');

const Tally = z.object({ added: z.number().int(), unchanged: z.number().int() });

const QdpxImportSchema = z
  .object({
    file: z.string(),
    imported: z.boolean().openapi({ description: 'False when the project was refused (or only checked, dryRun) and nothing was written' }),
    project: z.object({ name: z.string(), origin: z.string().nullable() }).nullable(),
    partnership: z.object({ id: z.string(), name: z.string(), created: z.boolean() }).nullable(),
    problems: z.array(QdpxProblemSchema),
    unmapped: z.array(z.object({ element: z.string(), guid: z.string().nullable(), name: z.string().nullable(), line: z.number().int() })),
    codes: z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
    participants: Tally,
    interviews: Tally.extend({
      corrected: z
        .number()
        .int()
        .openapi({ description: "Interviews brought in before whose document's text changed: stored as their transcript's next version" }),
    }),
    passages: Tally.extend({
      moved: z.number().int().openapi({ description: 'Passages of corrected transcripts moved to the new version (words unchanged)' }),
      toReview: z.number().int().openapi({ description: 'Passages of corrected transcripts whose words changed: to review' }),
    }),
    codings: Tally,
    memos: Tally,
    organizations: z.object({ added: z.number().int() }),
    cycles: z.object({ added: z.number().int() }),
    unassigned: z.array(z.object({ interview: z.string(), source: z.string() })).openapi({ description: 'Documents no case placed: to assign' }),
    coders: z.array(z.object({ user: z.string(), coder: z.string(), account: z.boolean() })),
  })
  .openapi('QdpxImport');

const presentProblem = (x: { severity: 'error' | 'warning'; file: string; where?: string; message: string }) => ({
  severity: x.severity,
  file: x.file,
  ...(x.where ? { where: x.where } : {}),
  message: x.message,
});

const presentUnmapped = (u: RefiProject['unmapped'][number]) => ({ element: u.element, guid: u.guid ?? null, name: u.name ?? null, line: u.line });

/** The uploaded .qdpx's name and bytes, refused when empty. */
async function uploaded(c: { req: { arrayBuffer(): Promise<ArrayBuffer> } }, name: string | undefined) {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) throw invalid('the file is empty: choose a REFI-QDA project (.qdpx)');
  return { name: name ?? 'the uploaded project', bytes };
}

const QdpxUpload = { content: { 'application/zip': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, required: true };

const presentProject = (p: RefiProject) => ({
  name: p.name,
  origin: p.origin ?? null,
  ...projectCounts(p),
  unmapped: p.unmapped.map(presentUnmapped),
});

export function registerQdpxRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/qdpx',
        tags,
        summary: 'The partnership (or one district, or one cycle) as a REFI-QDA project (.qdpx), for NVivo, ATLAS.ti, MAXQDA or QualCoder',
        request: { params: PartnershipParam, query: DistrictCycleQuery },
        responses: fileResponse('The .qdpx'),
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const q = c.req.valid('query');
      const dir = await mkdtemp(join(tmpdir(), 'warrant-qdpx-export-'));
      const file = join(dir, 'project.qdpx');
      try {
        await exportQdpx(ctx, { partnershipId: p.id, ...(q.district && { district: q.district }), ...(q.cycle && { cycle: q.cycle }) }, file);
      } catch (e) {
        await rm(dir, { recursive: true, force: true });
        throw e;
      }
      const stream = createReadStream(file);
      const cleanUp = () => void rm(dir, { recursive: true, force: true });
      stream.on('close', cleanUp);
      const name = [p.name, q.district, q.cycle]
        .filter(Boolean)
        .join('-')
        .replace(/[^\w.-]+/g, '-');
      return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${name}.qdpx"`,
      }) as never;
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/qdpx/check',
        tags,
        summary:
          'Reads an uploaded REFI-QDA project (.qdpx) and answers its validation report: what it holds, each deviation and error with its file and element, what cannot be brought in',
        request: {
          params: PartnershipParam,
          query: z.object({ name: z.string().max(200).optional().openapi({ description: "The file's name, for the report" }) }),
          body: QdpxUpload,
        },
        responses: {
          200: jsonResponse(QdpxReportSchema, 'The validation report'),
          ...errorResponses,
          413: jsonResponse(z.any(), 'The file is larger than 200 MB'),
        },
      }),
    ),
    async (c) => {
      await routePartnership(c);
      const { name, bytes } = await uploaded(c, c.req.valid('query').name);
      const r = await readQdpxOffThread(bytes, name);
      return c.json(
        {
          file: name,
          valid: !r.problems.some((x) => x.severity === 'error'),
          problems: r.problems.map(presentProblem),
          project: r.project ? presentProject(r.project) : null,
        },
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/qdpx/import',
        tags,
        summary:
          'Brings an uploaded REFI-QDA project (.qdpx) into the partnership in one transaction, after checking it whole: codebook, cases as participants, documents as interviews, selections, codings, notes as memos. Documents no case places come in unassigned. With dryRun, reports what would come in and writes nothing',
        request: {
          params: PartnershipParam,
          query: z.object({
            name: z.string().max(200).optional().openapi({ description: "The file's name, for the report" }),
            cycle: z.string().max(40).optional().openapi({ description: 'The cycle of documents the project does not date to one' }),
            district: z.string().max(200).optional().openapi({ description: 'The district of participants whose case names none' }),
            role: z.string().max(40).optional().openapi({ description: 'The role group of participants whose case gives none' }),
            dryRun: z.enum(['true', 'false']).optional().openapi({ description: 'Check and count only' }),
          }),
          body: QdpxUpload,
        },
        responses: {
          200: jsonResponse(QdpxImportSchema, 'What came in (or would), and every problem'),
          ...errorResponses,
          413: jsonResponse(z.any(), 'The file is larger than 200 MB'),
        },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const q = c.req.valid('query');
      const { name, bytes } = await uploaded(c, q.name);
      const r = await importQdpx(serviceContext(c), bytes, name, {
        partnership: p.id,
        ...(q.cycle && { cycle: q.cycle }),
        ...(q.district && { district: q.district }),
        ...(q.role && { role: q.role }),
        ...(q.dryRun === 'true' && { dryRun: true }),
      });
      return c.json({ ...r, problems: r.problems.map(presentProblem), unmapped: r.unmapped.map(presentUnmapped) }, 200);
    },
  );
}
