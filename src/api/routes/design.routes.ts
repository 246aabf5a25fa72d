import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { allows } from '../../domain/access.js';
import { ASSESSMENT_ASPECTS } from '../../domain/assessment.js';
import { invalid, notFound } from '../../domain/errors.js';
import { MEMBER_CHECK_RESPONSES, type MemberCheckResponseKind } from '../../domain/member-check.js';
import { REPORT_FORMATS } from '../../reports/document.js';
import { FILE_EXTENSIONS, MEDIA_TYPES, renderReport } from '../../reports/render/index.js';
import { addArtifact, artifactFile, getArtifact, listArtifacts, searchArtifacts } from '../../services/artifacts.js';
import { writeAssessment } from '../../services/assessments.js';
import { compareVersions, designDocumentState, designScope, getMemberCheck, issueVersion, memberChecksFor, partnerLeaders, respondToMemberCheck, sendMemberCheck } from '../../services/design-documents.js';
import { designDocumentReport } from '../../services/design-report.js';
import { addSupportType, editSupportType, supportTypes } from '../../services/framework.js';
import { namingWarnings, partnerTexts, producedForPartners } from '../../services/identifying.js';
import { resolveFilters, withDefined } from '../../services/lookup.js';
import { resolvePartnership } from '../../services/partnerships.js';
import { addElement, citeStrategyEvidence, createStrategy, editElement, editStrategy, getStrategy, listStrategies } from '../../services/strategies.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, ITEM, mustSee, PARTNERSHIP, SIGNED_IN, sharedRead, sharedRespond, teamLead, teamRead, teamWrite } from '../policy.js';
import { presentArtifact } from '../presenters/artifacts.presenter.js';
import { presentAssessment } from '../presenters/assessments.presenter.js';
import { presentDesignDocument, presentDesignVersion } from '../presenters/design-documents.presenter.js';
import { presentElement, presentStrategy } from '../presenters/strategies.presenter.js';
import { presentMemberCheck } from '../presenters/member-checks.presenter.js';
import { presentSupportType } from '../presenters/framework.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam, withWarnings } from '../schemas/common.schemas.js';
import { ArtifactSchema } from '../schemas/artifacts.schemas.js';
import { AssessmentSchema } from '../schemas/assessments.schemas.js';
import { DesignDocumentSchema, DesignVersionSchema, SectionDiffSchema } from '../schemas/design-documents.schemas.js';
import { ElementInputSchema, StrategyElementSchema, StrategyEvidenceSchema, StrategySchema } from '../schemas/strategies.schemas.js';
import { MemberCheckResponseSchema, MemberCheckSchema } from '../schemas/member-checks.schemas.js';
import { SupportTypeSchema } from '../schemas/framework.schemas.js';

const reason = z.string().max(2000).optional().openapi({ description: 'Why the change was made (kept in the audit trail)' });
const expectedVersion = z.number().int().min(1).optional().openapi({ description: 'The version the edit was made on; without it, or when the record has moved on, the answer is 409 with the current values' });
const filter = z.string().max(200).optional();
const DistrictCycleQuery = z.object({ district: filter, cycle: filter });
const CycleQuery = z.object({ cycle: filter.openapi({ description: 'Cycle label or ID; default: the latest' }) });

/** The partnership of a district-scoped route (the `{id}` is the district's). */
async function districtPartnership(c: Context<ApiEnv>, districtId: string) {
  const ctx = serviceContext(c);
  const partnershipId = await c.get('deps').store.ownership.partnershipOf(districtId);
  if (!partnershipId) throw notFound('district', JSON.stringify(districtId));
  return { ctx, partnershipId };
}

const isTeam = (c: Context<ApiEnv>, partnershipId: string) => allows(principalOf(c), 'team:read', partnershipId);

export function registerDesignRoutes(app: OpenAPIHono<ApiEnv>) {
  // ----- the interpretive framework -----
  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/support-types',
      tags: ['Framework'],
      summary: "The interpretive framework's types of support, in order",
      request: { params: PartnershipParam },
      responses: { 200: jsonResponse(z.array(SupportTypeSchema), 'Support types'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      return c.json((await supportTypes(ctx, p.id)).map(presentSupportType), 200);
    },
  );
  app.openapi(
    guard(app, teamLead(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/support-types',
      tags: ['Framework'],
      summary: 'Adds a type of support to the framework',
      request: {
        params: PartnershipParam,
        body: jsonBody(z.object({ key: z.string().min(1).max(60), name: z.string().min(1).max(200), category: z.string().max(200).optional(), description: z.string().min(1).max(4000) })),
      },
      responses: { 201: jsonResponse(SupportTypeSchema, 'The support type'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      return c.json(presentSupportType(await addSupportType(ctx, { partnershipId: p.id, ...c.req.valid('json') })), 201);
    },
  );
  app.openapi(
    guard(app, teamLead(ITEM), createRoute({
      method: 'patch',
      path: '/api/support-types/{id}',
      tags: ['Framework'],
      summary: 'Refines a type of support: a new version, with its reason',
      request: {
        params: IdParam,
        body: jsonBody(z.object({ name: z.string().max(200).optional(), category: z.string().max(200).optional(), description: z.string().max(4000).optional(), expectedVersion, reason: z.string().max(2000).optional().openapi({ description: 'Why the framework changes: required' }) })),
      },
      responses: { 200: jsonResponse(SupportTypeSchema, 'The support type'), ...errorResponses },
    })),
    async (c) => c.json(presentSupportType(await editSupportType(serviceContext(c), { id: c.req.valid('param').id, ...c.req.valid('json') })), 200),
  );

  // ----- strategies -----
  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/strategies',
      tags: ['Strategies'],
      summary: "Districts' strategies with their envisioned practices, intended supports, accountability relations and evidence",
      request: { params: PartnershipParam, query: DistrictCycleQuery },
      responses: { 200: jsonResponse(z.array(StrategySchema), 'Strategies'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const { districtId, cycleId } = await resolveFilters(ctx, p.id, c.req.valid('query'));
      return c.json((await listStrategies(ctx, p.id, withDefined({ districtId, cycleId }))).map(presentStrategy), 200);
    },
  );
  app.openapi(
    guard(app, teamWrite(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/strategies',
      tags: ['Strategies'],
      summary: "Documents one of a district's strategies",
      request: { params: PartnershipParam, body: jsonBody(z.object({ district: z.string().min(1).max(200), cycle: z.string().min(1).max(200), name: z.string().min(1).max(300), goal: z.string().min(1).max(4000) })) },
      responses: { 201: jsonResponse(withWarnings(StrategySchema), 'The strategy, and each participant its name or goal names (partners read them)'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const view = await createStrategy(ctx, { partnershipId: p.id, ...c.req.valid('json') });
      return c.json({ ...presentStrategy(view), warnings: await namingWarnings(ctx, view.strategy.id, partnerTexts.strategy(view.strategy)) }, 201);
    },
  );
  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/strategies/{id}',
      tags: ['Strategies'],
      summary: 'A strategy with its elements and evidence',
      request: { params: IdParam },
      responses: { 200: jsonResponse(StrategySchema, 'The strategy'), ...errorResponses },
    })),
    async (c) => c.json(presentStrategy(await getStrategy(serviceContext(c), c.req.valid('param').id)), 200),
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'patch',
      path: '/api/strategies/{id}',
      tags: ['Strategies'],
      summary: "Changes a strategy's name or goal (a new version)",
      request: { params: IdParam, body: jsonBody(z.object({ name: z.string().max(300).optional(), goal: z.string().max(4000).optional(), expectedVersion, reason })) },
      responses: { 200: jsonResponse(withWarnings(StrategySchema), 'The strategy, and each participant its name or goal names'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const view = await editStrategy(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ ...presentStrategy(view), warnings: await namingWarnings(ctx, view.strategy.id, partnerTexts.strategy(view.strategy)) }, 200);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'post',
      path: '/api/strategies/{id}/elements',
      tags: ['Strategies'],
      summary: 'Adds an envisioned practice, intended support or accountability relation',
      request: { params: IdParam, body: jsonBody(ElementInputSchema) },
      responses: { 201: jsonResponse(withWarnings(StrategyElementSchema), 'The element, and each participant it names (partners read it)'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const view = await addElement(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json({ ...presentElement(view), warnings: await namingWarnings(ctx, view.row.id, partnerTexts.strategyElement(view.row)) }, 201);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'patch',
      path: '/api/strategy-elements/{id}',
      tags: ['Strategies'],
      summary: 'Changes an element of a strategy (a new version; its kind stays)',
      request: { params: IdParam, body: jsonBody(ElementInputSchema.extend({ expectedVersion, reason })) },
      responses: { 200: jsonResponse(withWarnings(StrategyElementSchema), 'The element, and each participant it names'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const { expectedVersion: v, reason: why, ...changes } = c.req.valid('json');
      const view = await editElement(ctx, { id: c.req.valid('param').id, changes, ...(v !== undefined && { expectedVersion: v }), ...(why && { reason: why }) });
      return c.json({ ...presentElement(view), warnings: await namingWarnings(ctx, view.row.id, partnerTexts.strategyElement(view.row)) }, 200);
    },
  );
  app.openapi(
    guard(app, teamWrite({ kind: 'body-item', field: 'citingId' }), createRoute({
      method: 'post',
      path: '/api/strategy-evidence',
      tags: ['Strategies'],
      summary: 'Cites a leader-interview passage or an artifact as evidence of a strategy or one of its elements',
      request: { body: jsonBody(z.object({ citingId: z.string().min(1).max(200), citedId: z.string().min(1).max(200), note: z.string().max(2000).optional() })) },
      responses: { 201: jsonResponse(StrategyEvidenceSchema, 'The evidence'), ...errorResponses },
    })),
    async (c) => c.json(await citeStrategyEvidence(serviceContext(c), c.req.valid('json')), 201),
  );

  // ----- artifacts -----
  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/artifacts',
      tags: ['Artifacts'],
      summary: "Districts' documents",
      request: { params: PartnershipParam, query: DistrictCycleQuery },
      responses: { 200: jsonResponse(z.array(ArtifactSchema), 'Artifacts'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const q = c.req.valid('query');
      return c.json((await listArtifacts(ctx, p.id, { ...(q.district && { district: q.district }), ...(q.cycle && { cycle: q.cycle }) })).map(presentArtifact), 200);
    },
  );
  app.openapi(
    guard(app, teamWrite(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/artifacts',
      tags: ['Artifacts'],
      summary: "Uploads a district's document (PDF, DOCX, XLSX or text, at most 25 MB); its text is extracted, within limits of time and memory, and indexed",
      request: {
        params: PartnershipParam,
        query: z.object({ district: z.string().min(1).max(200), cycle: z.string().min(1).max(200), fileName: z.string().min(1).max(255), title: z.string().max(300).optional(), kind: z.string().max(100).optional() }),
        body: { content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, required: true },
      },
      responses: {
        201: jsonResponse(ArtifactSchema.extend({ created: z.boolean() }), 'The artifact (created false: the same file was stored before)'),
        ...errorResponses,
        413: jsonResponse(z.any(), 'The file is larger than 25 MB'),
        503: jsonResponse(z.any(), 'The server is reading as many uploaded files as it takes at once; try again in a minute'),
      },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const q = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) throw invalid(`${q.fileName}: the upload is empty`, { field: 'file' });
      const { artifact, created } = await addArtifact(ctx, { partnershipId: p.id, ...q, bytes }, { reader: c.get('deps').artifactReader });
      return c.json({ ...presentArtifact(artifact), created }, 201);
    },
  );
  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/artifacts/{id}',
      tags: ['Artifacts'],
      summary: 'An artifact with its extracted text',
      request: { params: IdParam },
      responses: { 200: jsonResponse(ArtifactSchema.extend({ text: z.string() }), 'The artifact'), ...errorResponses },
    })),
    async (c) => {
      const { artifact, text } = await getArtifact(serviceContext(c), c.req.valid('param').id);
      return c.json({ ...presentArtifact(artifact), text }, 200);
    },
  );
  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/artifacts/{id}/file',
      tags: ['Artifacts'],
      summary: 'The artifact as it was uploaded',
      request: { params: IdParam },
      responses: { 200: { content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, description: 'The file' }, ...errorResponses },
    })),
    async (c) => {
      const { artifact, content } = await artifactFile(serviceContext(c), c.req.valid('param').id);
      return c.body(Buffer.from(content), 200, {
        'Content-Type': artifact.media_type,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(artifact.file_name)}`,
      }) as never;
    },
  );
  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/artifact-search',
      tags: ['Artifacts'],
      summary: "Full-text search in artifacts' text (the transcript search language)",
      request: { params: PartnershipParam, query: DistrictCycleQuery.extend({ q: z.string().min(1).max(500), limit: z.coerce.number().int().min(1).max(200).optional() }) },
      responses: {
        200: jsonResponse(
          z.array(z.object({ artifactId: z.string(), title: z.string(), kind: z.string(), fileName: z.string(), passage: z.number().int(), snippet: z.array(z.object({ text: z.string(), match: z.boolean() })) })),
          'Matching passages',
        ),
        ...errorResponses,
      },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const { q, ...f } = c.req.valid('query');
      return c.json(await searchArtifacts(ctx, p.id, q, { ...(f.district && { district: f.district }), ...(f.cycle && { cycle: f.cycle }), ...(f.limit && { limit: f.limit }) }), 200);
    },
  );

  // ----- the in-house assessment -----
  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/assessments',
      tags: ['Assessments'],
      summary: "The team's in-house assessment of a district's strategies (never shown to partners)",
      request: { params: PartnershipParam, query: z.object({ district: z.string().min(1).max(200), cycle: filter }) },
      responses: { 200: jsonResponse(z.array(AssessmentSchema), 'Assessments'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      const q = c.req.valid('query');
      const scope = await designScope(ctx, p.id, q.district, q.cycle);
      return c.json((await ctx.store.assessments.list(scope.district.id, scope.cycle.id)).map(presentAssessment), 200);
    },
  );
  app.openapi(
    guard(app, teamWrite(PARTNERSHIP), createRoute({
      method: 'put',
      path: '/api/partnerships/{partnershipId}/assessments',
      tags: ['Assessments'],
      summary: 'Writes one aspect of the in-house assessment (a new version when it exists)',
      request: {
        params: PartnershipParam,
        body: jsonBody(
          z.object({
            district: z.string().min(1).max(200),
            cycle: z.string().min(1).max(200),
            aspect: z.enum(ASSESSMENT_ASPECTS),
            strategyId: z.string().max(200).nullable().optional(),
            judgement: z.string().min(1).max(100),
            rationale: z.string().min(1).max(8000),
            frameworkRefs: z.array(z.string().max(60)).max(20).optional(),
            expectedVersion,
            reason,
          }),
        ),
      },
      responses: { 200: jsonResponse(AssessmentSchema, 'The assessment'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await resolvePartnership(ctx, c.req.valid('param').partnershipId);
      return c.json(presentAssessment(await writeAssessment(ctx, { partnershipId: p.id, ...c.req.valid('json') })), 200);
    },
  );

  // ----- District Design Documents and member checks -----
  app.openapi(
    guard(app, sharedRead(ITEM), createRoute({
      method: 'get',
      path: '/api/districts/{id}/design-document',
      tags: ['Design documents'],
      summary: "A district's design document for a cycle: issued versions, member checks and their state (the team also gets the current draft)",
      request: { params: IdParam, query: CycleQuery },
      responses: { 200: jsonResponse(DesignDocumentSchema, 'The design document'), ...errorResponses },
    })),
    async (c) => {
      const id = c.req.valid('param').id;
      const { ctx, partnershipId } = await districtPartnership(c, id);
      const state = await designDocumentState(ctx, await designScope(ctx, partnershipId, id, c.req.valid('query').cycle));
      return c.json(presentDesignDocument(state, isTeam(c, partnershipId)), 200);
    },
  );
  app.openapi(
    guard(app, sharedRead(ITEM), createRoute({
      method: 'get',
      path: '/api/districts/{id}/design-document/report',
      tags: ['Design documents'],
      summary: 'The District Design Document as a file: the partner version (its latest issued version), or for the team the in-house version',
      request: {
        params: IdParam,
        query: CycleQuery.extend({ format: z.enum(REPORT_FORMATS).default('docx'), audience: z.enum(['partner', 'team']).default('partner'), draft: z.enum(['true', 'false']).optional() }),
      },
      responses: { 200: { content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, description: 'The document' }, ...errorResponses },
    })),
    async (c) => {
      const id = c.req.valid('param').id;
      const { ctx, partnershipId } = await districtPartnership(c, id);
      const q = c.req.valid('query');
      const team = isTeam(c, partnershipId);
      // A partner leader asking for the in-house version is not told it exists.
      if ((q.audience === 'team' || q.draft === 'true') && !team) throw notFound('in-house design document of district', JSON.stringify(id));
      const produced = designDocumentReport(ctx, { partnershipId, district: id, ...(q.cycle && { cycle: q.cycle }), audience: q.audience, ...(q.draft === 'true' && { draft: true }) });
      const doc = team ? await produced : await producedForPartners(produced, 'the design document');
      const bytes = await renderReport(doc, q.format);
      const name = `${doc.subtitle.replace(/[^\w ,.-]+/g, '').replace(/\s+/g, '-')}-ddd-${q.audience}${FILE_EXTENSIONS[q.format]}`;
      return c.body(new Uint8Array(bytes), 200, { 'Content-Type': MEDIA_TYPES[q.format], 'Content-Disposition': `attachment; filename="${name}"` }) as never;
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'post',
      path: '/api/districts/{id}/design-document/versions',
      tags: ['Design documents'],
      summary: 'Issues the design document as it stands as the next version (marking the member-check corrections it takes in)',
      request: { params: IdParam, body: jsonBody(z.object({ cycle: filter, reason: z.string().max(2000).optional(), applies: z.array(z.string().max(200)).max(200).optional() })) },
      responses: { 201: jsonResponse(DesignVersionSchema, 'The version'), ...errorResponses },
    })),
    async (c) => {
      const id = c.req.valid('param').id;
      const { ctx, partnershipId } = await districtPartnership(c, id);
      const b = c.req.valid('json');
      return c.json(presentDesignVersion(await issueVersion(ctx, { partnershipId, district: id, ...(b.cycle && { cycle: b.cycle }), ...(b.reason && { reason: b.reason }), ...(b.applies && { applies: b.applies }) })), 201);
    },
  );
  app.openapi(
    guard(app, sharedRead(ITEM), createRoute({
      method: 'get',
      path: '/api/ddd-versions/{id}/diff',
      tags: ['Design documents'],
      summary: 'What changed from another version (default: the one it was based on) to this one, section by section',
      request: { params: IdParam, query: z.object({ from: z.string().max(200).optional() }) },
      responses: { 200: jsonResponse(z.object({ from: DesignVersionSchema, to: DesignVersionSchema, sections: z.array(SectionDiffSchema) }), 'The differences'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const to = await ctx.store.designDocuments.versionById(c.req.valid('param').id);
      const from = c.req.valid('query').from ?? to?.based_on_id;
      if (!from) throw invalid('this is the first version: name the version to compare with (from)', { field: 'from' });
      await mustSee(c, 'shared:read', from, 'design document version');
      const d = await compareVersions(ctx, from, c.req.valid('param').id);
      return c.json({ from: presentDesignVersion(d.from), to: presentDesignVersion(d.to), sections: d.sections }, 200);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'get',
      path: '/api/districts/{id}/partner-leaders',
      tags: ['Member checks'],
      summary: "The district's partner leaders, to whom a member check may be sent",
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.array(z.object({ accountId: z.string(), name: z.string(), email: z.string() })), 'Partner leaders'), ...errorResponses },
    })),
    async (c) => {
      const id = c.req.valid('param').id;
      const { ctx, partnershipId } = await districtPartnership(c, id);
      return c.json(await partnerLeaders(ctx, partnershipId, id), 200);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'post',
      path: '/api/ddd-versions/{id}/member-checks',
      tags: ['Member checks'],
      summary: "Sends an issued version to named partner leaders of its district for their member check",
      request: { params: IdParam, body: jsonBody(z.object({ recipients: z.array(z.string().min(1).max(320)).min(1).max(50), message: z.string().max(4000).optional() })) },
      responses: { 201: jsonResponse(MemberCheckSchema, 'The member check'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const view = await sendMemberCheck(ctx, { versionId: c.req.valid('param').id, ...c.req.valid('json') });
      const version = (await ctx.store.designDocuments.versionById(view.check.ddd_version_id))!;
      return c.json(presentMemberCheck(view, [version]), 201);
    },
  );
  app.openapi(
    guard(app, SIGNED_IN, createRoute({
      method: 'get',
      path: '/api/member-checks',
      tags: ['Member checks'],
      summary: 'The member checks sent to me of the district I lead now, newest first, with the version they concern',
      responses: { 200: jsonResponse(z.array(z.object({ check: MemberCheckSchema, version: DesignVersionSchema })), 'Member checks'), ...errorResponses },
    })),
    async (c) => {
      const mine = await memberChecksFor(serviceContext(c), principalOf(c));
      return c.json(mine.map(({ view, version, versions }) => ({ check: presentMemberCheck(view, versions), version: presentDesignVersion(version) })), 200);
    },
  );
  app.openapi(
    guard(app, sharedRead(ITEM), createRoute({
      method: 'get',
      path: '/api/member-checks/{id}',
      tags: ['Member checks'],
      summary: 'A member check, with the version sent and the responses',
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.object({ check: MemberCheckSchema, version: DesignVersionSchema }), 'The member check'), ...errorResponses },
    })),
    async (c) => {
      const { view, version, versions } = await getMemberCheck(serviceContext(c), c.req.valid('param').id);
      return c.json({ check: presentMemberCheck(view, versions), version: presentDesignVersion(version) }, 200);
    },
  );
  app.openapi(
    guard(app, sharedRespond(ITEM), createRoute({
      method: 'post',
      path: '/api/member-checks/{id}/responses',
      tags: ['Member checks'],
      summary: "A partner leader's response to one section: confirm, correct (saying what) or comment",
      request: {
        params: IdParam,
        body: jsonBody(z.object({ section: z.string().min(1).max(200), response: z.enum(MEMBER_CHECK_RESPONSES), text: z.string().max(8000).optional() })),
      },
      responses: { 201: jsonResponse(MemberCheckResponseSchema, 'The response'), ...errorResponses },
    })),
    async (c) => {
      const principal = principalOf(c);
      const r = await respondToMemberCheck(serviceContext(c), { checkId: c.req.valid('param').id, accountId: principal.accountId, ...c.req.valid('json') });
      return c.json({ id: r.id, section: r.section, accountId: r.account_id, name: principal.displayName, response: r.response as MemberCheckResponseKind, text: r.text, createdAt: r.created_at, appliedInVersion: null }, 201);
    },
  );
}
