import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { allows } from '../../domain/access.js';
import { notFound } from '../../domain/errors.js';
import { PRACTICE_CHANGES, QUALITY_CHANGES, SUPPORT_VERDICTS } from '../../domain/implementation.js';
import { LITERATURE_ADDRESS_RULE, literatureAddress, UPTAKE_STATUSES } from '../../domain/theory-of-action.js';
import { REPORT_FORMATS } from '../../reports/document.js';
import { FILE_EXTENSIONS, MEDIA_TYPES, renderReport } from '../../reports/render/index.js';
import { buildIterationDiffDocument, buildIterationDocument } from '../../reports/theory-of-action.js';
import { designScope } from '../../services/design-documents.js';
import { districtFeedback } from '../../services/district-feedback.js';
import { linkEvidence, linkViews } from '../../services/evidence-links.js';
import { markShareable } from '../../services/excerpts.js';
import { addExplanation, addRecommendation, editExplanation, editRecommendation, recordMeeting, recordReportSent, recordUptake, writeImplementation } from '../../services/feedback.js';
import { feedbackReport } from '../../services/feedback-report.js';
import { namingWarnings, partnerTexts, producedForPartners } from '../../services/identifying.js';
import { resolvePartnership, setQuoteMinimum } from '../../services/partnerships.js';
import { addComponent, addConjecture, renameComponent, addLiterature, addRetrospective, addWarrant, type ConjectureView, compareIterations, issueIteration, iterationContent, iterationOf, reviseConjecture, theoryOfAction } from '../../services/theory.js';
import { quoteCandidates } from '../../services/quotes.js';
import { uptakeOverview } from '../../services/uptake.js';
import type { ExplanationRow, ImplementationRow, RecommendationRow } from '../../storage/repositories/feedback.repository.js';
import type { ToaIterationRow } from '../../storage/repositories/theory.repository.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, sharedRead, teamLead, teamRead, teamWrite } from '../policy.js';
import { presentExcerpt } from '../presenters/excerpts.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam, withWarnings } from '../schemas/common.schemas.js';
import { ExcerptSchema } from '../schemas/evidence.schemas.js';
import { ConjectureSchema, IterationSchema, TheorySchema } from '../schemas/theory.schemas.js';
import { EvidenceLinkSchema } from '../schemas/evidence-links.schemas.js';
import { ExplanationSchema, ImplementationSchema } from '../schemas/implementation.schemas.js';
import { FeedbackSchema } from '../schemas/feedback.schemas.js';
import { RecommendationSchema, UptakeLineSchema } from '../schemas/recommendations.schemas.js';

const reason = z.string().max(2000).optional().openapi({ description: 'Why the change was made (kept in the audit trail)' });
const expectedVersion = z.number().int().min(1).optional().openapi({ description: 'The version the edit was made on: required to change an existing record' });
const ids = z.array(z.string().min(1).max(200)).max(100);
const tags = ['Feedback'];
const theoryTags = ['Theory of action'];
const LiteratureAddress = z
  .string()
  .max(2000)
  .refine((v) => !v.trim() || literatureAddress(v) !== undefined, { message: LITERATURE_ADDRESS_RULE })
  .optional()
  .openapi({ description: 'An http or https address, or a DOI (10.…, kept as its https://doi.org/ address)', example: 'https://doi.org/10.1000/182' });
const fileResponse = { 200: { content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, description: 'The document' }, ...errorResponses };

const versionInfo = (r: { version: number; created_by: string; created_at: string; updated_by: string; updated_at: string }) => ({
  version: r.version,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

type Links = Awaited<ReturnType<typeof linkViews>>;
const presentImplementation = (r: ImplementationRow, links: Links) => ({
  id: r.id,
  elementId: r.element_id,
  cycleId: r.cycle_id,
  kind: r.kind as 'support' | 'practice',
  verdict: r.verdict,
  frequency: r.frequency,
  focus: r.focus,
  frequencyChange: r.frequency_change,
  qualityChange: r.quality_change,
  text: r.text,
  evidence: links.get(r.id) ?? [],
  ...versionInfo(r),
});
const presentExplanation = (r: ExplanationRow, links: Links) => ({
  id: r.id,
  strategyId: r.strategy_id,
  learningOpportunities: r.learning_opportunities,
  press: r.press,
  text: r.text,
  frameworkRefs: r.framework_refs.split(',').filter(Boolean),
  evidence: links.get(r.id) ?? [],
  ...versionInfo(r),
});
const presentRecommendation = (r: RecommendationRow, links: Links) => ({ id: r.id, strategyId: r.strategy_id, position: r.position, text: r.text, rationale: r.rationale, basis: links.get(r.id) ?? [], ...versionInfo(r) });
const presentConjecture = (v: ConjectureView) => ({
  id: v.conjecture.id,
  componentId: v.component.id,
  text: v.conjecture.text,
  position: v.conjecture.position,
  revisions: v.revisions.map((r) => ({ id: r.id, version: r.version, text: r.text, reason: r.reason, createdBy: r.created_by, createdAt: r.created_at, warrant: r.warrant })),
  uptake: v.uptake,
  ...versionInfo(v.conjecture),
});
const presentIteration = (r: ToaIterationRow) => ({ id: r.id, number: r.number, label: r.label, dated: r.dated, createdBy: r.created_by, createdAt: r.created_at });

async function districtPartnership(c: Context<ApiEnv>, districtId: string) {
  const partnershipId = await c.get('deps').store.ownership.partnershipOf(districtId);
  if (!partnershipId) throw notFound('district', JSON.stringify(districtId));
  return { ctx: serviceContext(c), partnershipId };
}

/** Each participant named in text partners will read, said with its save. */
const warnings = (c: Context<ApiEnv>, id: string, texts: readonly (string | null)[]) => namingWarnings(serviceContext(c), id, texts);

async function withLinks<T extends { id: string }>(c: Context<ApiEnv>, row: T) {
  return linkViews(serviceContext(c), [row.id]);
}

export function registerFeedbackRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/districts/{id}/feedback',
      tags,
      summary: "A district's feedback for a cycle: implementation of its supports and practices, explanations, recommendations, the report sent and the meeting",
      request: { params: IdParam, query: z.object({ cycle: z.string().max(200).optional() }) },
      responses: { 200: jsonResponse(FeedbackSchema, 'The feedback'), ...errorResponses },
    })),
    async (c) => {
      const id = c.req.valid('param').id;
      const { ctx, partnershipId } = await districtPartnership(c, id);
      const f = await districtFeedback(ctx, partnershipId, id, c.req.valid('query').cycle);
      const links: Links = new Map([...f.implementations, ...f.explanations].map((r) => [r.id, r.evidence]));
      for (const r of f.recommendations) links.set(r.id, r.basis);
      return c.json(
        {
          district: f.district,
          cycle: f.cycle,
          implementations: f.implementations.map((r) => presentImplementation(r, links)),
          explanations: f.explanations.map((r) => presentExplanation(r, links)),
          recommendations: f.recommendations.map((r) => presentRecommendation(r, links)),
          sent: f.sent.map((r) => ({ id: r.id, sentOn: r.sent_on, note: r.note, createdBy: r.created_by })),
          lostSinceSent: f.lostSinceSent,
          meetings: f.meetings.map((r) => ({ id: r.id, heldOn: r.held_on, attendees: r.attendees.split('\n'), notes: r.notes, createdBy: r.created_by })),
        },
        200,
      );
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'put',
      path: '/api/strategy-elements/{id}/implementation',
      tags,
      summary: 'How an intended support or envisioned practice was implemented (a new version when it exists), citing findings',
      request: {
        params: IdParam,
        body: jsonBody(
          z.object({
            cycle: z.string().max(200).optional(),
            verdict: z.enum(SUPPORT_VERDICTS).optional(),
            frequency: z.string().max(300).optional(),
            focus: z.string().max(300).optional(),
            frequencyChange: z.enum(PRACTICE_CHANGES).optional(),
            qualityChange: z.enum(QUALITY_CHANGES).optional(),
            text: z.string().max(8000),
            findings: ids.optional(),
            expectedVersion,
            reason,
          }),
        ),
      },
      responses: { 200: jsonResponse(withWarnings(ImplementationSchema), 'The implementation assessment, and each participant it names (partners read it)'), ...errorResponses },
    })),
    async (c) => {
      const row = await writeImplementation(serviceContext(c), { elementId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ ...presentImplementation(row, await withLinks(c, row)), warnings: await warnings(c, row.id, partnerTexts.implementation(row)) }, 200);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'post',
      path: '/api/strategies/{id}/explanations',
      tags,
      summary: "Explains a strategy's implementation: the learning opportunities and press its supports and accountability afforded",
      request: {
        params: IdParam,
        body: jsonBody(z.object({ learningOpportunities: z.string().max(4000), press: z.string().max(4000), text: z.string().min(1).max(8000), frameworkRefs: z.array(z.string().max(60)).max(20).optional(), cites: ids.optional() })),
      },
      responses: { 201: jsonResponse(withWarnings(ExplanationSchema), 'The explanation, and each participant it names (partners read it)'), ...errorResponses },
    })),
    async (c) => {
      const row = await addExplanation(serviceContext(c), { strategyId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ ...presentExplanation(row, await withLinks(c, row)), warnings: await warnings(c, row.id, partnerTexts.explanation(row)) }, 201);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'patch',
      path: '/api/explanations/{id}',
      tags,
      summary: 'Revises an explanation (a new version)',
      request: {
        params: IdParam,
        body: jsonBody(z.object({ learningOpportunities: z.string().max(4000).optional(), press: z.string().max(4000).optional(), text: z.string().max(8000).optional(), frameworkRefs: z.array(z.string().max(60)).max(20).optional(), expectedVersion, reason })),
      },
      responses: { 200: jsonResponse(withWarnings(ExplanationSchema), 'The explanation, and each participant it names'), ...errorResponses },
    })),
    async (c) => {
      const row = await editExplanation(serviceContext(c), { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ ...presentExplanation(row, await withLinks(c, row)), warnings: await warnings(c, row.id, partnerTexts.explanation(row)) }, 200);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'post',
      path: '/api/strategies/{id}/recommendations',
      tags,
      summary: 'A recommendation for a strategy, based on conjectures of the theory of action and on explanations',
      request: { params: IdParam, body: jsonBody(z.object({ text: z.string().min(1).max(4000), rationale: z.string().max(4000).optional(), conjectures: ids, explanations: ids.optional() })) },
      responses: { 201: jsonResponse(withWarnings(RecommendationSchema), 'The recommendation, and each participant it names (partners read it)'), ...errorResponses },
    })),
    async (c) => {
      const row = await addRecommendation(serviceContext(c), { strategyId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ ...presentRecommendation(row, await withLinks(c, row)), warnings: await warnings(c, row.id, partnerTexts.recommendation(row)) }, 201);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'patch',
      path: '/api/recommendations/{id}',
      tags,
      summary: 'Revises a recommendation (a new version)',
      request: { params: IdParam, body: jsonBody(z.object({ text: z.string().max(4000).optional(), rationale: z.string().max(4000).optional(), expectedVersion, reason })) },
      responses: { 200: jsonResponse(withWarnings(RecommendationSchema), 'The recommendation, and each participant it names'), ...errorResponses },
    })),
    async (c) => {
      const row = await editRecommendation(serviceContext(c), { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ ...presentRecommendation(row, await withLinks(c, row)), warnings: await warnings(c, row.id, partnerTexts.recommendation(row)) }, 200);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'put',
      path: '/api/recommendations/{id}/uptake',
      tags,
      summary: 'Whether the district acted on the recommendation, seen in a later cycle (fully, partly, not), citing that autumn’s passages',
      request: { params: IdParam, body: jsonBody(z.object({ cycle: z.string().min(1).max(200), status: z.enum(UPTAKE_STATUSES), note: z.string().max(4000).optional(), passages: ids.optional(), expectedVersion, reason })) },
      responses: { 200: jsonResponse(z.object({ id: z.string(), status: z.string(), version: z.number().int() }), 'The uptake record'), ...errorResponses },
    })),
    async (c) => {
      const row = await recordUptake(serviceContext(c), { recommendationId: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ id: row.id, status: row.status, version: row.version }, 200);
    },
  );
  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/uptake',
      tags,
      summary: 'Uptake across districts and years: every recommendation, whether it was acted on, and the conjectures it bears on',
      request: { params: PartnershipParam },
      responses: { 200: jsonResponse(z.array(UptakeLineSchema), 'Uptake'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      return c.json(await uptakeOverview(ctx, (await resolvePartnership(ctx, c.req.valid('param').partnershipId)).id), 200);
    },
  );
  app.openapi(
    guard(app, teamWrite({ kind: 'body-item', field: 'citingId' }), createRoute({
      method: 'post',
      path: '/api/evidence-links',
      tags,
      summary: 'Cites evidence from an implementation assessment, explanation, conjecture revision, recommendation or uptake record',
      request: { body: jsonBody(z.object({ citingId: z.string().min(1).max(200), citedId: z.string().min(1).max(200), bearing: z.string().max(40).optional(), note: z.string().max(2000).optional() })) },
      responses: { 201: jsonResponse(EvidenceLinkSchema, 'The link'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await linkEvidence(ctx, c.req.valid('json'));
      return c.json((await linkViews(ctx, [row.citing_id])).get(row.citing_id)!.find((l) => l.id === row.id)!, 201);
    },
  );
  for (const [path, summary, kind] of [
    ['/api/districts/{id}/feedback-reports', 'Records that the feedback report was sent to the district', 'sent'],
    ['/api/districts/{id}/feedback-meetings', 'Records the feedback meeting: date, attendees, notes of the discussion', 'meeting'],
  ] as const) {
    app.openapi(
      guard(app, teamWrite(ITEM), createRoute({
        method: 'post',
        path,
        tags,
        summary,
        request: {
          params: IdParam,
          body: jsonBody(z.object({ cycle: z.string().min(1).max(200), on: z.string().max(10), note: z.string().max(4000).optional(), attendees: z.array(z.string().max(200)).max(100).optional(), notes: z.string().max(20000).optional() })),
        },
        responses: { 201: jsonResponse(z.object({ id: z.string() }), 'Recorded'), ...errorResponses },
      })),
      async (c) => {
        const id = c.req.valid('param').id;
        const { ctx, partnershipId } = await districtPartnership(c, id);
        const b = c.req.valid('json');
        const row =
          kind === 'sent'
            ? await recordReportSent(ctx, { partnershipId, district: id, cycle: b.cycle, sentOn: b.on, ...(b.note && { note: b.note }) })
            : await recordMeeting(ctx, { partnershipId, district: id, cycle: b.cycle, heldOn: b.on, attendees: b.attendees ?? [], notes: b.notes ?? '' });
        return c.json({ id: row.id }, 201);
      },
    );
  }
  app.openapi(
    guard(app, sharedRead(ITEM), createRoute({
      method: 'get',
      path: '/api/districts/{id}/feedback-report/report',
      tags,
      summary: 'The District Feedback and Recommendations Report as a file: the partner version, or for the team the one with the evidence appendix',
      request: { params: IdParam, query: z.object({ cycle: z.string().max(200).optional(), format: z.enum(REPORT_FORMATS).default('docx'), audience: z.enum(['partner', 'team']).default('partner') }) },
      responses: fileResponse,
    })),
    async (c) => {
      const id = c.req.valid('param').id;
      const { ctx, partnershipId } = await districtPartnership(c, id);
      const q = c.req.valid('query');
      const team = allows(principalOf(c), 'team:read', partnershipId);
      if (q.audience === 'team' && !team) throw notFound('in-house feedback report of district', JSON.stringify(id));
      let doc;
      if (team) doc = await feedbackReport(ctx, { partnershipId, district: id, ...(q.cycle && { cycle: q.cycle }), audience: q.audience });
      else {
        // Partner leaders read the report once the team has sent it, and are never shown why a draft was refused (it may quote a name).
        const scope = await designScope(ctx, partnershipId, id, q.cycle);
        const sent = await ctx.store.feedback.reports(partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id });
        if (sent.length === 0) throw notFound(`feedback report of ${scope.district.name} for`, scope.cycle.label);
        doc = await producedForPartners(feedbackReport(ctx, { partnershipId, district: id, cycle: scope.cycle.id, audience: 'partner' }), 'the feedback report');
      }
      const bytes = await renderReport(doc, q.format);
      const name = `${doc.subtitle.replace(/[^\w ,.-]+/g, '').replace(/\s+/g, '-')}-dfrr-${q.audience}${FILE_EXTENSIONS[q.format]}`;
      return c.body(new Uint8Array(bytes), 200, { 'Content-Type': MEDIA_TYPES[q.format], 'Content-Disposition': `attachment; filename="${name}"` }) as never;
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'put',
      path: '/api/excerpts/{id}/shareable',
      tags,
      summary: 'Marks a passage as one partners may read as an illustrative quote (attributed to its role group), or takes the mark back',
      request: { params: IdParam, body: jsonBody(z.object({ shareable: z.boolean() })) },
      responses: { 200: jsonResponse(ExcerptSchema, 'The passage'), ...errorResponses },
    })),
    async (c) => c.json(presentExcerpt(await markShareable(serviceContext(c), c.req.valid('param').id, c.req.valid('json').shareable)), 200),
  );
  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/districts/{id}/quote-candidates',
      tags,
      summary: "The passages the district's feedback report could quote: under the findings its implementation assessments cite, whether each is marked shareable, and why the report would withhold it anyway",
      request: { params: IdParam, query: z.object({ cycle: z.string().max(200).optional() }) },
      responses: {
        200: jsonResponse(z.array(z.object({ excerptId: z.string(), quote: z.string(), role: z.string(), attribution: z.string(), shareable: z.boolean(), withheld: z.string().nullable() })), 'Candidates'),
        ...errorResponses,
      },
    })),
    async (c) => {
      const id = c.req.valid('param').id;
      const { ctx, partnershipId } = await districtPartnership(c, id);
      return c.json(await quoteCandidates(ctx, partnershipId, id, c.req.valid('query').cycle), 200);
    },
  );
  app.openapi(
    guard(app, teamLead(PARTNERSHIP), createRoute({
      method: 'put',
      path: '/api/partnerships/{partnershipId}/quote-minimum',
      tags,
      summary: 'The smallest role group in a district whose words may be quoted to partners (at least 3)',
      request: { params: PartnershipParam, body: jsonBody(z.object({ minimum: z.number().int() })) },
      responses: { 200: jsonResponse(z.object({ minimum: z.number().int() }), 'The rule'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await setQuoteMinimum(ctx, (await resolvePartnership(ctx, c.req.valid('param').partnershipId)).id, c.req.valid('json').minimum);
      return c.json({ minimum: p.quote_min_participants }, 200);
    },
  );

  // ----- the theory of action -----
  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/theory',
      tags: theoryTags,
      summary: 'The theory of action as it stands: components, conjectures with every revision and its warrant, and the uptake of recommendations based on them',
      request: { params: PartnershipParam },
      responses: { 200: jsonResponse(TheorySchema, 'The theory of action'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const theory = await theoryOfAction(ctx, (await resolvePartnership(ctx, c.req.valid('param').partnershipId)).id);
      return c.json(theory.map(({ component, conjectures }) => ({ component: { id: component.id, key: component.key, name: component.name, position: component.position, version: component.version }, conjectures: conjectures.map(presentConjecture) })), 200);
    },
  );
  app.openapi(
    guard(app, teamLead(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/theory/components',
      tags: theoryTags,
      summary: 'Adds a component to the theory of action',
      request: { params: PartnershipParam, body: jsonBody(z.object({ key: z.string().min(1).max(60), name: z.string().min(1).max(300) })) },
      responses: { 201: jsonResponse(z.object({ id: z.string(), key: z.string(), name: z.string() }), 'The component'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await addComponent(ctx, { partnershipId: (await resolvePartnership(ctx, c.req.valid('param').partnershipId)).id, ...c.req.valid('json') });
      return c.json({ id: row.id, key: row.key, name: row.name }, 201);
    },
  );
  app.openapi(
    guard(app, teamLead(ITEM), createRoute({
      method: 'patch',
      path: '/api/theory-components/{id}',
      tags: theoryTags,
      summary: 'Renames a component of the theory of action (a new version, with its reason)',
      request: { params: IdParam, body: jsonBody(z.object({ name: z.string().min(1).max(300), expectedVersion, reason })) },
      responses: { 200: jsonResponse(z.object({ id: z.string(), key: z.string(), name: z.string(), version: z.number().int() }), 'The component'), ...errorResponses },
    })),
    async (c) => {
      const row = await renameComponent(serviceContext(c), { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ id: row.id, key: row.key, name: row.name, version: row.version }, 200);
    },
  );
  const warrant = z.array(z.object({ id: z.string().min(1).max(200), bearing: z.string().max(40).optional(), note: z.string().max(2000).optional() })).max(50).optional();
  app.openapi(
    guard(app, teamWrite(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/conjectures',
      tags: theoryTags,
      summary: 'States a conjecture in a component, with the warrant of its first version',
      request: { params: PartnershipParam, body: jsonBody(z.object({ component: z.string().min(1).max(200), text: z.string().min(1).max(4000), reason: z.string().max(2000).optional(), warrant })) },
      responses: { 201: jsonResponse(ConjectureSchema, 'The conjecture'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      return c.json(presentConjecture(await addConjecture(ctx, { partnershipId: (await resolvePartnership(ctx, c.req.valid('param').partnershipId)).id, ...c.req.valid('json') })), 201);
    },
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'post',
      path: '/api/conjectures/{id}/revisions',
      tags: theoryTags,
      summary: 'Revises a conjecture: a new version with its reason and warrant',
      request: { params: IdParam, body: jsonBody(z.object({ text: z.string().min(1).max(4000), reason: z.string().max(2000), expectedVersion, warrant })) },
      responses: { 201: jsonResponse(ConjectureSchema, 'The conjecture'), ...errorResponses },
    })),
    async (c) => c.json(presentConjecture(await reviseConjecture(serviceContext(c), { id: c.req.valid('param').id, ...c.req.valid('json') })), 201),
  );
  app.openapi(
    guard(app, teamWrite(ITEM), createRoute({
      method: 'post',
      path: '/api/conjectures/{id}/warrant',
      tags: theoryTags,
      summary: "Adds evidence to the warrant of a conjecture's current revision",
      request: { params: IdParam, body: jsonBody(z.object({ id: z.string().min(1).max(200), bearing: z.string().max(40).optional(), note: z.string().max(2000).optional() })) },
      responses: { 200: jsonResponse(ConjectureSchema, 'The conjecture'), ...errorResponses },
    })),
    async (c) => c.json(presentConjecture(await addWarrant(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/theory/sources',
      tags: theoryTags,
      summary: 'The literature references and retrospective analyses conjectures may rest on',
      request: { params: PartnershipParam },
      responses: {
        200: jsonResponse(
          z.object({
            literature: z.array(z.object({ id: z.string(), authors: z.string(), year: z.number().int().nullable(), title: z.string(), source: z.string(), url: z.string().nullable() })),
            retrospectives: z.array(z.object({ id: z.string(), title: z.string(), summary: z.string() })),
          }),
          'Sources',
        ),
        ...errorResponses,
      },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const pid = (await resolvePartnership(ctx, c.req.valid('param').partnershipId)).id;
      return c.json(
        {
          literature: (await ctx.store.theory.literature(pid)).map((r) => ({ id: r.id, authors: r.authors, year: r.year, title: r.title, source: r.source, url: r.url })),
          retrospectives: (await ctx.store.theory.retrospectives(pid)).map((r) => ({ id: r.id, title: r.title, summary: r.summary })),
        },
        200,
      );
    },
  );
  app.openapi(
    guard(app, teamWrite(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/theory/sources',
      tags: theoryTags,
      summary: 'Adds a literature reference (authors, title…) or a retrospective analysis (title, summary)',
      request: {
        params: PartnershipParam,
        body: jsonBody(z.object({ kind: z.enum(['literature', 'retrospective']), authors: z.string().max(1000).optional(), year: z.number().int().optional(), title: z.string().min(1).max(1000), source: z.string().max(1000).optional(), url: LiteratureAddress, summary: z.string().max(8000).optional() })),
      },
      responses: { 201: jsonResponse(z.object({ id: z.string() }), 'The source'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const pid = (await resolvePartnership(ctx, c.req.valid('param').partnershipId)).id;
      const b = c.req.valid('json');
      const row =
        b.kind === 'literature'
          ? await addLiterature(ctx, { partnershipId: pid, authors: b.authors ?? '', title: b.title, source: b.source ?? '', ...(b.year !== undefined && { year: b.year }), ...(b.url && { url: b.url }) })
          : await addRetrospective(ctx, { partnershipId: pid, title: b.title, summary: b.summary ?? '' });
      return c.json({ id: row.id }, 201);
    },
  );
  app.openapi(
    guard(app, teamRead(PARTNERSHIP), createRoute({
      method: 'get',
      path: '/api/partnerships/{partnershipId}/theory/iterations',
      tags: theoryTags,
      summary: 'The dated iterations of the theory of action',
      request: { params: PartnershipParam },
      responses: { 200: jsonResponse(z.array(IterationSchema), 'Iterations'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      return c.json((await ctx.store.theory.iterations((await resolvePartnership(ctx, c.req.valid('param').partnershipId)).id)).map(presentIteration), 200);
    },
  );
  app.openapi(
    guard(app, teamLead(PARTNERSHIP), createRoute({
      method: 'post',
      path: '/api/partnerships/{partnershipId}/theory/iterations',
      tags: theoryTags,
      summary: 'Freezes the theory as it stands as the next dated iteration',
      request: { params: PartnershipParam, body: jsonBody(z.object({ label: z.string().min(1).max(300), dated: z.string().max(10) })) },
      responses: { 201: jsonResponse(IterationSchema, 'The iteration'), ...errorResponses },
    })),
    async (c) => {
      const ctx = serviceContext(c);
      return c.json(presentIteration(await issueIteration(ctx, { partnershipId: (await resolvePartnership(ctx, c.req.valid('param').partnershipId)).id, ...c.req.valid('json') })), 201);
    },
  );
  app.openapi(
    guard(app, teamRead(ITEM), createRoute({
      method: 'get',
      path: '/api/theory-iterations/{id}/document',
      tags: theoryTags,
      summary: 'An iteration of the theory as a document, or with `compare` (an earlier iteration) what changed and why',
      request: { params: IdParam, query: z.object({ format: z.enum(REPORT_FORMATS).default('md'), compare: z.string().max(200).optional() }) },
      responses: fileResponse,
    })),
    async (c) => {
      const ctx = serviceContext(c);
      const row = (await ctx.store.theory.iterationById(c.req.valid('param').id))!;
      const partnership = (await ctx.store.partnerships.byId(row.partnership_id))!;
      const q = c.req.valid('query');
      let doc;
      if (q.compare) {
        const d = await compareIterations(ctx, row.partnership_id, q.compare, row.id);
        doc = buildIterationDiffDocument({ partnership: partnership.name, from: d.from, to: d.to, changes: d.changes });
      } else {
        const it = await iterationOf(ctx, row.partnership_id, row.id);
        doc = buildIterationDocument({ partnership: partnership.name, label: it.label, number: it.number, dated: it.dated, content: iterationContent(it) });
      }
      const bytes = await renderReport(doc, q.format);
      return c.body(new Uint8Array(bytes), 200, { 'Content-Type': MEDIA_TYPES[q.format], 'Content-Disposition': `attachment; filename="theory-of-action-${row.number}${q.compare ? '-changes' : ''}${FILE_EXTENSIONS[q.format]}"` }) as never;
    },
  );
}
