import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { createExcerpt, getExcerpt } from '../../services/excerpts.js';
import { addFinding, editFinding, getFinding, listFindings } from '../../services/findings.js';
import { namingWarnings, partnerTexts } from '../../services/identifying.js';
import { createIsf, getIsf, setIsfStatus, writeEntry } from '../../services/isfs.js';
import { resolveFilters } from '../../services/lookup.js';
import { resolvePartnership } from '../../services/partnerships.js';
import { addClaim, createSummary, editClaim, evidenceCandidates, getClaim, getSummary } from '../../services/summaries.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, teamRead, teamWrite } from '../policy.js';
import { presentClaim, presentExcerpt, presentFinding, presentIsf, presentSummary } from '../presenters.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam, RoleGroupSchema, StanceSchema, withWarnings } from '../schemas/common.schemas.js';
import { ClaimSchema, ExcerptSchema, FindingSchema, IsfSchema, SummarySchema } from '../schemas/evidence.schemas.js';

const text = (max: number) => z.string().min(1).max(max);
const reason = z.string().max(2000).optional().openapi({ description: 'Why the change was made (kept in the audit trail)' });
const expectedVersion = z
  .number()
  .int()
  .min(1)
  .optional()
  .openapi({ description: 'The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current text' });
const filterText = z.string().max(200).optional();

const EntryListSchema = z.array(
  z.object({ id: z.string(), text: z.string(), field: z.string(), fieldLabel: z.string(), interviewCode: z.string(), pseudonym: z.string(), role: z.string(), school: z.string() }),
);

export function registerAnalysisRoutes(app: OpenAPIHono<ApiEnv>) {
  // ----- excerpts -----
  app.openapi(
    guard(app, teamWrite(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/excerpts',
      tags: ['Excerpts'],
      summary: 'Marks a passage of an interview transcript as evidence (by offsets, a quote or a turn)',
      request: {
        params: PartnershipParam,
        body: jsonBody(
          z.object({
            interview: text(200).openapi({ description: 'Interview ID or code' }),
            start: z.number().int().min(0).optional(),
            end: z.number().int().min(1).optional(),
            quote: z.string().max(20_000).optional(),
            turn: z.number().int().min(0).optional(),
            note: z.string().max(2000).optional(),
          }),
        ),
      },
      responses: { 201: jsonResponse(ExcerptSchema, 'The excerpt'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      return c.json(presentExcerpt(await createExcerpt(ctx, { partnershipId: p.id, ...c.req.valid('json') })), 201);
    },
  );

  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/excerpts/{id}',
      tags: ['Excerpts'],
      summary: 'An excerpt, with where it is cited',
      request: { params: IdParam },
      responses: { 200: jsonResponse(ExcerptSchema.extend({ citedBy: z.array(z.string()) }), 'The excerpt'), ...errorResponses },
    })),
    async (c) => {
      const { excerpt, usedBy } = await getExcerpt(serviceContext(c), c.req.valid('param').id);
      return c.json({ ...presentExcerpt(excerpt), citedBy: usedBy.map((u) => u.citing_id) }, 200);
    },
  );

  // ----- interview summary forms -----
  app.openapi(
    guard(app, teamWrite(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/isfs',
      tags: ['Interview Summary Forms'],
      summary: "Starts the ISF of an interview on its district's template for the role",
      request: { params: PartnershipParam, body: jsonBody(z.object({ interview: text(200).openapi({ description: 'Interview ID or code' }) })) },
      responses: { 201: jsonResponse(IsfSchema, 'The new form'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      return c.json(presentIsf(await createIsf(ctx, p.id, c.req.valid('json').interview)), 201);
    },
  );

  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/isfs',
      tags: ['Interview Summary Forms'],
      summary: 'ISFs, filtered by district, school, role group, cycle or status',
      request: {
        params: PartnershipParam,
        query: z.object({ district: filterText, school: filterText, role: RoleGroupSchema.optional(), cycle: filterText, status: z.enum(['draft', 'complete']).optional() }),
      },
      responses: {
        200: jsonResponse(
          z.array(z.object({ id: z.string(), interviewId: z.string(), interviewCode: z.string(), pseudonym: z.string(), role: z.string(), cycle: z.string(), status: z.string(), version: z.number().int(), updatedAt: z.string() })),
          'ISFs',
        ),
        ...errorResponses,
      },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const { status, ...filters } = c.req.valid('query');
      const rows = await ctx.store.isfs.list(p.id, { ...(await resolveFilters(ctx, p.id, filters)), ...(status && { status }) });
      return c.json(
        rows.map((r) => ({ id: r.id, interviewId: r.interview_id, interviewCode: r.interview_code, pseudonym: r.pseudonym, role: r.role, cycle: r.cycle_label, status: r.status, version: r.version, updatedAt: r.updated_at })),
        200,
      );
    },
  );

  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/isfs/{id}',
      tags: ['Interview Summary Forms'],
      summary: 'An ISF with its fields, entries and the passages each entry cites',
      request: { params: IdParam },
      responses: { 200: jsonResponse(IsfSchema, 'The form'), ...errorResponses },
    })),
    async (c) => c.json(presentIsf(await getIsf(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'put',
      path: '/api/isfs/{id}/entries/{field}',
      tags: ['Interview Summary Forms'],
      summary: 'Writes one field of an ISF, optionally citing excerpts; edits of an existing entry give expectedVersion',
      request: {
        params: IdParam.extend({ field: z.string().min(1).max(100).openapi({ param: { name: 'field', in: 'path' }, example: 'work_with_coach' }) }),
        body: jsonBody(
          z.object({
            text: text(50_000),
            expectedVersion,
            reason,
            cite: z.array(z.object({ excerptId: z.string().max(100), stance: StanceSchema.optional() })).max(200).optional(),
          }),
        ),
      },
      responses: { 200: jsonResponse(IsfSchema, 'The form'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const { id, field } = c.req.valid('param');
      const body = c.req.valid('json');
      await writeEntry(ctx, { isfId: id, field, ...body });
      return c.json(presentIsf(await getIsf(ctx, id)), 200);
    },
  );

  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'put',
      path: '/api/isfs/{id}/status',
      tags: ['Interview Summary Forms'],
      summary: 'Marks an ISF complete (every entry must cite its passages) or back to draft',
      request: { params: IdParam, body: jsonBody(z.object({ status: z.enum(['draft', 'complete']), reason })) },
      responses: { 200: jsonResponse(IsfSchema, 'The form'), ...errorResponses },
    })),
    async (c) => {
      const { status, reason: why } = c.req.valid('json');
      return c.json(presentIsf(await setIsfStatus(serviceContext(c), c.req.valid('param').id, status, why)), 200);
    },
  );

  // ----- mid-level summaries and claims -----
  app.openapi(
    guard(app, teamWrite(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/summaries',
      tags: ['Summaries'],
      summary: 'Starts a school summary or a role-group summary',
      request: {
        params: PartnershipParam,
        body: jsonBody(
          z.object({
            kind: z.enum(['school', 'role_group']),
            district: text(200),
            cycle: text(20),
            school: z.string().max(200).optional(),
            role: RoleGroupSchema.optional(),
            title: z.string().max(300).optional(),
          }),
        ),
      },
      responses: { 201: jsonResponse(SummarySchema, 'The new summary'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const summary = await createSummary(ctx, { partnershipId: p.id, ...c.req.valid('json') });
      return c.json(presentSummary(summary, []), 201);
    },
  );

  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/summaries',
      tags: ['Summaries'],
      summary: 'Mid-level summaries with their claims',
      request: { params: PartnershipParam, query: z.object({ district: filterText, cycle: filterText, kind: z.enum(['school', 'role_group']).optional() }) },
      responses: { 200: jsonResponse(z.array(SummarySchema), 'Summaries'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const { kind, ...filters } = c.req.valid('query');
      const f = await resolveFilters(ctx, p.id, filters);
      const rows = await ctx.store.summaries.list(p.id, { ...f, ...(kind && { kind }) });
      const out = [];
      for (const s of rows) out.push(presentSummary(s, (await getSummary(ctx, s.id)).claims));
      return c.json(out, 200);
    },
  );

  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/summaries/{id}',
      tags: ['Summaries'],
      summary: 'A summary with its claims, their evidence and triangulation',
      request: { params: IdParam },
      responses: { 200: jsonResponse(SummarySchema, 'The summary'), ...errorResponses },
    })),
    async (c) => {
      const { summary, claims } = await getSummary(serviceContext(c), c.req.valid('param').id);
      return c.json(presentSummary(summary, claims), 200);
    },
  );

  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/summaries/{id}/evidence-candidates',
      tags: ['Summaries'],
      summary: "ISF entries the summary's claims may cite (those of the interviews in its scope)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(EntryListSchema, 'Entries'), ...errorResponses },
    })),
    async (c) => {
      const entries = await evidenceCandidates(serviceContext(c), c.req.valid('param').id);
      return c.json(
        entries.map((e) => ({ id: e.id, text: e.text, field: e.field_key, fieldLabel: e.field_label, interviewCode: e.interview_code, pseudonym: e.pseudonym, role: e.role, school: e.organization_name })),
        200,
      );
    },
  );

  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'post',
      path: '/api/summaries/{id}/claims',
      tags: ['Summaries'],
      summary: 'Adds a claim citing ISF entries (each supporting or contradicting it)',
      request: {
        params: IdParam,
        body: jsonBody(
          z.object({
            text: text(20_000),
            triangulationNote: z.string().max(5000).optional(),
            cite: z.array(z.object({ entryId: z.string().max(100), stance: StanceSchema.optional() })).max(200).optional(),
          }),
        ),
      },
      responses: { 201: jsonResponse(ClaimSchema, 'The claim'), ...errorResponses },
    })),
    async (c) => c.json(presentClaim(await addClaim(serviceContext(c), { summaryId: c.req.valid('param').id, ...c.req.valid('json') })), 201),
  );

  app.openapi(
    guard(app, teamRead(ITEM), createRoute({ method: 'get', path: '/api/claims/{id}', tags: ['Summaries'], summary: 'A claim', request: { params: IdParam }, responses: { 200: jsonResponse(ClaimSchema, 'The claim'), ...errorResponses } })),
    async (c) => c.json(presentClaim(await getClaim(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'patch',
      path: '/api/claims/{id}',
      tags: ['Summaries'],
      summary: "Edits a claim's text or triangulation note",
      request: { params: IdParam, body: jsonBody(z.object({ text: text(20_000).optional(), triangulationNote: z.string().max(5000).optional(), expectedVersion, reason })) },
      responses: { 200: jsonResponse(ClaimSchema, 'The claim'), ...errorResponses },
    })),
    async (c) => c.json(presentClaim(await editClaim(serviceContext(c), { claimId: c.req.valid('param').id, ...c.req.valid('json') })), 200),
  );

  // ----- district findings -----
  app.openapi(
    guard(app, teamWrite(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/findings',
      tags: ['Findings'],
      summary: "Adds a district finding citing claims of the district's mid-level summaries",
      request: {
        params: PartnershipParam,
        body: jsonBody(
          z.object({
            district: text(200),
            cycle: text(20),
            text: text(20_000),
            cite: z.array(z.object({ claimId: z.string().max(100), stance: StanceSchema.optional() })).max(200).optional(),
          }),
        ),
      },
      responses: { 201: jsonResponse(withWarnings(FindingSchema), 'The finding, and each participant its text names (partners read findings in the feedback report)'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const finding = await addFinding(ctx, { partnershipId: p.id, ...c.req.valid('json') });
      return c.json({ ...presentFinding(finding), warnings: await namingWarnings(ctx, finding.finding.id, partnerTexts.finding(finding.finding)) }, 201);
    },
  );

  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/findings',
      tags: ['Findings'],
      summary: 'District findings',
      request: { params: PartnershipParam, query: z.object({ district: filterText, cycle: filterText }) },
      responses: { 200: jsonResponse(z.array(FindingSchema), 'Findings'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      return c.json((await listFindings(ctx, p.id, await resolveFilters(ctx, p.id, c.req.valid('query')))).map(presentFinding), 200);
    },
  );

  app.openapi(
    guard(app, teamRead(ITEM), createRoute({ method: 'get', path: '/api/findings/{id}', tags: ['Findings'], summary: 'A finding', request: { params: IdParam }, responses: { 200: jsonResponse(FindingSchema, 'The finding'), ...errorResponses } })),
    async (c) => c.json(presentFinding(await getFinding(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'patch',
      path: '/api/findings/{id}',
      tags: ['Findings'],
      summary: "Edits a finding's text",
      request: { params: IdParam, body: jsonBody(z.object({ text: text(20_000), expectedVersion, reason })) },
      responses: { 200: jsonResponse(withWarnings(FindingSchema), 'The finding, and each participant its text names'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const finding = await editFinding(ctx, { findingId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ ...presentFinding(finding), warnings: await namingWarnings(ctx, finding.finding.id, partnerTexts.finding(finding.finding)) }, 200);
    },
  );

}
