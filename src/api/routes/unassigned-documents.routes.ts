import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { assignDocument, unassignedDocuments } from '../../services/document-assignment.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam, reason, requiredText } from '../schemas/common.schemas.js';

const tags = ['Exchange'];

const UnassignedDocumentSchema = z
  .object({
    interviewId: z.string(),
    interview: z.string().openapi({ description: "The interview's code" }),
    source: z.string().openapi({ description: "The document's name in the project" }),
    archive: z.string().openapi({ description: 'The .qdpx it came in' }),
    importedAt: z.string(),
    importedBy: z.string(),
    words: z.number().int(),
    cycle: z.string().openapi({ description: 'The cycle it was put in for now' }),
    participant: z.object({ id: z.string(), code: z.string(), pseudonym: z.string(), role: z.string(), district: z.string() }),
  })
  .openapi('UnassignedDocument');

const AssignmentSchema = z
  .object({
    participant: z.string().max(200).optional().openapi({
      description:
        'A participant already in the partnership whose interview it is (participant ID or record ID); instead of role, school, district, unit and pseudonym',
    }),
    role: z
      .string()
      .max(40)
      .optional()
      .openapi({ description: 'teacher, coach, school_leader or district_leader: places the participant the document came with' }),
    school: z.string().max(200).optional().openapi({ description: 'The school of a teacher, coach or school leader (added if new)' }),
    district: z.string().max(200).optional().openapi({ description: "A district leader's district, or a new school's (added if new)" }),
    unit: z.string().max(200).optional(),
    pseudonym: z.string().max(200).optional(),
    cycle: requiredText(40).openapi({ description: 'The cycle it was held in, e.g. 2025-26 (added if new)' }),
    reason,
  })
  .openapi('DocumentAssignment');

const AssignedSchema = z
  .object({
    interview: z.string(),
    participant: z.string(),
    pseudonym: z.string(),
    role: z.string(),
    school: z.string().nullable(),
    district: z.string(),
    cycle: z.string(),
  })
  .openapi('AssignedDocument');

export function registerUnassignedDocumentRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/unassigned-documents',
        tags,
        summary: 'The documents brought in from REFI-QDA projects that no case placed: to assign to a participant and a cycle',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(UnassignedDocumentSchema), 'The documents to assign, in the order they came in'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const docs = await unassignedDocuments(serviceContext(c), p.id);
      return c.json(
        docs.map((d) => ({
          interviewId: d.interview_id,
          interview: d.interview_code,
          source: d.source_name,
          archive: d.archive,
          importedAt: d.imported_at,
          importedBy: d.imported_by,
          words: Number(d.words),
          cycle: d.cycle_label,
          participant: { id: d.participant_id, code: d.participant_code, pseudonym: d.pseudonym, role: d.role, district: d.district_name },
        })),
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/interviews/{id}/assignment',
        tags,
        summary:
          'Assigns an unassigned document: whose interview it is (a participant already in the partnership, or the role group, school or district and pseudonym of the one it came with) and its cycle; a new version of each, with the reason',
        request: { params: IdParam, body: jsonBody(AssignmentSchema) },
        responses: { 200: jsonResponse(AssignedSchema, 'The document as assigned'), ...errorResponses },
      }),
    ),
    async (c) => {
      const body = c.req.valid('json');
      const r = await assignDocument(serviceContext(c), {
        interview: c.req.valid('param').id,
        cycle: body.cycle,
        ...(body.participant !== undefined && { participant: body.participant }),
        ...(body.role !== undefined && { role: body.role }),
        ...(body.school !== undefined && { school: body.school }),
        ...(body.district !== undefined && { district: body.district }),
        ...(body.unit !== undefined && { unit: body.unit }),
        ...(body.pseudonym !== undefined && { pseudonym: body.pseudonym }),
        ...(body.reason !== undefined && { reason: body.reason }),
      });
      return c.json(r, 200);
    },
  );
}
