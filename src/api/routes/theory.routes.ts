import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { LITERATURE_ADDRESS_RULE, literatureAddress } from '../../domain/theory-of-action.js';
import { REPORT_FORMATS } from '../../reports/document.js';
import { partnershipOfRecord } from '../../services/ownership.js';
import { iterationDocument } from '../../services/theory-report.js';
import {
  addComponent,
  addConjecture,
  addLiterature,
  addRetrospective,
  addWarrant,
  issueIteration,
  renameComponent,
  reviseConjecture,
  theoryIterations,
  theoryOfAction,
  theorySources,
} from '../../services/theory.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamLead, teamRead, teamWrite } from '../policy.js';
import { presentConjecture, presentIteration, presentLiterature, presentRetrospective } from '../presenters/theory.presenter.js';
import { sendReport } from '../report-response.js';
import { errorResponses, expectedVersion, fileResponse, IdParam, jsonBody, jsonResponse, PartnershipParam, reason } from '../schemas/common.schemas.js';
import { ConjectureSchema, IterationSchema, TheorySchema } from '../schemas/theory.schemas.js';

const LiteratureAddress = z
  .string()
  .max(2000)
  .refine((v) => !v.trim() || literatureAddress(v) !== undefined, { message: LITERATURE_ADDRESS_RULE })
  .optional()
  .openapi({ description: 'An http or https address, or a DOI (10.…, kept as its https://doi.org/ address)', example: 'https://doi.org/10.1000/182' });

const tags = ['Theory of action'];

/** The theory of action: components, conjectures and their revisions with warrants, sources, dated iterations and their documents */
export function registerTheoryRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/theory',
        tags,
        summary:
          'The theory of action as it stands: components, conjectures with every revision and its warrant, and the uptake of recommendations based on them',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(TheorySchema, 'The theory of action'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const theory = await theoryOfAction(ctx, (await routePartnership(c)).id);
      return c.json(
        theory.map(({ component, conjectures }) => ({
          component: { id: component.id, key: component.key, name: component.name, position: component.position, version: component.version },
          conjectures: conjectures.map(presentConjecture),
        })),
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
        path: '/api/partnerships/{partnershipId}/theory/components',
        tags,
        summary: 'Adds a component to the theory of action',
        request: { params: PartnershipParam, body: jsonBody(z.object({ key: z.string().min(1).max(60), name: z.string().min(1).max(300) })) },
        responses: { 201: jsonResponse(z.object({ id: z.string(), key: z.string(), name: z.string() }), 'The component'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const row = await addComponent(ctx, { partnershipId: (await routePartnership(c)).id, ...c.req.valid('json') });
      return c.json({ id: row.id, key: row.key, name: row.name }, 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamLead(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/theory-components/{id}',
        tags,
        summary: 'Renames a component of the theory of action (a new version, with its reason)',
        request: { params: IdParam, body: jsonBody(z.object({ name: z.string().min(1).max(300), expectedVersion, reason })) },
        responses: {
          200: jsonResponse(z.object({ id: z.string(), key: z.string(), name: z.string(), version: z.number().int() }), 'The component'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const row = await renameComponent(serviceContext(c), { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json({ id: row.id, key: row.key, name: row.name, version: row.version }, 200);
    },
  );
  const warrant = z
    .array(z.object({ id: z.string().min(1).max(200), bearing: z.string().max(40).optional(), note: z.string().max(2000).optional() }))
    .max(50)
    .optional();
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/conjectures',
        tags,
        summary: 'States a conjecture in a component, with the warrant of its first version',
        request: {
          params: PartnershipParam,
          body: jsonBody(
            z.object({ component: z.string().min(1).max(200), text: z.string().min(1).max(4000), reason: z.string().max(2000).optional(), warrant }),
          ),
        },
        responses: { 201: jsonResponse(ConjectureSchema, 'The conjecture'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      return c.json(presentConjecture(await addConjecture(ctx, { partnershipId: (await routePartnership(c)).id, ...c.req.valid('json') })), 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/conjectures/{id}/revisions',
        tags,
        summary: 'Revises a conjecture: a new version with its reason and warrant',
        request: { params: IdParam, body: jsonBody(z.object({ text: z.string().min(1).max(4000), reason: z.string().max(2000), expectedVersion, warrant })) },
        responses: { 201: jsonResponse(ConjectureSchema, 'The conjecture'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentConjecture(await reviseConjecture(serviceContext(c), { id: c.req.valid('param').id, ...c.req.valid('json') })), 201),
  );
  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'post',
        path: '/api/conjectures/{id}/warrant',
        tags,
        summary: "Adds evidence to the warrant of a conjecture's current revision",
        request: {
          params: IdParam,
          body: jsonBody(z.object({ id: z.string().min(1).max(200), bearing: z.string().max(40).optional(), note: z.string().max(2000).optional() })),
        },
        responses: { 200: jsonResponse(ConjectureSchema, 'The conjecture'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentConjecture(await addWarrant(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/theory/sources',
        tags,
        summary: 'The literature references and retrospective analyses conjectures may rest on',
        request: { params: PartnershipParam },
        responses: {
          200: jsonResponse(
            z.object({
              literature: z.array(
                z.object({
                  id: z.string(),
                  authors: z.string(),
                  year: z.number().int().nullable(),
                  title: z.string(),
                  source: z.string(),
                  url: z.string().nullable(),
                }),
              ),
              retrospectives: z.array(z.object({ id: z.string(), title: z.string(), summary: z.string() })),
            }),
            'Sources',
          ),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const { literature, retrospectives } = await theorySources(ctx, (await routePartnership(c)).id);
      return c.json({ literature: literature.map(presentLiterature), retrospectives: retrospectives.map(presentRetrospective) }, 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/theory/sources',
        tags,
        summary: 'Adds a literature reference (authors, title…) or a retrospective analysis (title, summary)',
        request: {
          params: PartnershipParam,
          body: jsonBody(
            z.object({
              kind: z.enum(['literature', 'retrospective']),
              authors: z.string().max(1000).optional(),
              year: z.number().int().optional(),
              title: z.string().min(1).max(1000),
              source: z.string().max(1000).optional(),
              url: LiteratureAddress,
              summary: z.string().max(8000).optional(),
            }),
          ),
        },
        responses: { 201: jsonResponse(z.object({ id: z.string() }), 'The source'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const pid = (await routePartnership(c)).id;
      const b = c.req.valid('json');
      const row =
        b.kind === 'literature'
          ? await addLiterature(ctx, {
              partnershipId: pid,
              authors: b.authors ?? '',
              title: b.title,
              source: b.source ?? '',
              ...(b.year !== undefined && { year: b.year }),
              ...(b.url && { url: b.url }),
            })
          : await addRetrospective(ctx, { partnershipId: pid, title: b.title, summary: b.summary ?? '' });
      return c.json({ id: row.id }, 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/theory/iterations',
        tags,
        summary: 'The dated iterations of the theory of action',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(IterationSchema), 'Iterations'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      return c.json((await theoryIterations(ctx, (await routePartnership(c)).id)).map(presentIteration), 200);
    },
  );
  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/theory/iterations',
        tags,
        summary: 'Freezes the theory as it stands as the next dated iteration',
        request: { params: PartnershipParam, body: jsonBody(z.object({ label: z.string().min(1).max(300), dated: z.string().max(10) })) },
        responses: { 201: jsonResponse(IterationSchema, 'The iteration'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      return c.json(presentIteration(await issueIteration(ctx, { partnershipId: (await routePartnership(c)).id, ...c.req.valid('json') })), 201);
    },
  );
  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/theory-iterations/{id}/document',
        tags,
        summary: 'An iteration of the theory as a document, or with `compare` (an earlier iteration) what changed and why',
        request: { params: IdParam, query: z.object({ format: z.enum(REPORT_FORMATS).default('md'), compare: z.string().max(200).optional() }) },
        responses: fileResponse('The document'),
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const id = c.req.valid('param').id;
      const q = c.req.valid('query');
      const { document, iteration } = await iterationDocument(ctx, (await partnershipOfRecord(ctx, id))!, id, q.compare);
      return sendReport(c, document, q.format, `theory-of-action-${iteration.number}${q.compare ? '-changes' : ''}`);
    },
  );
}
