import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { invalid } from '../../domain/errors.js';
import { formatProblem } from '../../domain/problem.js';
import { assignInterviews, listAssignments, setAssignmentDone, unassign } from '../../services/coding-assignments.js';
import { withDefined } from '../../services/lookup.js';
import type { ServiceContext } from '../../services/context.js';
import { ratingTableReliability } from '../../services/rating-tables.js';
import { codingAgreement, codingDisagreements, listReconciliations, reconcile } from '../../services/reliability.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { guard, PARTNERSHIP, routePartnership, teamRead, teamWrite } from '../policy.js';
import { presentAgreement, presentAssignment, presentDisagreement, presentRatingTable, presentReconciliation } from '../presenters/reliability.presenter.js';
import { errorResponses, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import {
  AgreementQuery,
  AgreementReportSchema,
  AssignmentActionSchema,
  AssignmentQuery,
  CodingAssignmentSchema,
  DisagreementQuery,
  DisagreementsSchema,
  NewCodingAssignmentsSchema,
  NewReconciliationSchema,
  RatingTableQuery,
  RatingTableReliabilitySchema,
  ReconciliationSchema,
  UnassignSchema,
} from '../schemas/reliability.schemas.js';

const tags = ['Reliability'];
const base = '/api/partnerships/{partnershipId}';

/**
 * What a route on the partnership's double coding works with: the service context, the partnership,
 * and the caller's account, for whom the blind rule holds (as coder, viewer or the one who decides).
 */
async function asViewer(c: Context<ApiEnv>): Promise<{ ctx: ServiceContext; partnershipId: string; viewer: string }> {
  return { ctx: serviceContext(c), partnershipId: (await routePartnership(c)).id, viewer: principalOf(c).accountId };
}

/**
 * Double coding and agreement: assignments of interviews to coders, agreement per code, disagreements
 * side by side and their reconciliation, for the research team (observers read); partner leaders see none
 * of it. The blind rule holds: a coder still at work on an interview sees nothing of its agreement.
 * And agreement on a table of ratings made outside Warrant, uploaded as CSV.
 */
export function registerReliabilityRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: `${base}/coding-assignments`,
        tags,
        summary: 'The interviews assigned to coders (of one interview or coder), and whether each coder is done',
        request: { params: PartnershipParam, query: AssignmentQuery },
        responses: { 200: jsonResponse(z.array(CodingAssignmentSchema), 'Assignments'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      return c.json((await listAssignments(serviceContext(c), p.id, withDefined(c.req.valid('query')))).map(presentAssignment), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: `${base}/coding-assignments`,
        tags,
        summary: 'Assigns interviews to coders (two or more for double coding); an assignment made before stays',
        request: { params: PartnershipParam, body: jsonBody(NewCodingAssignmentsSchema) },
        responses: { 201: jsonResponse(z.array(CodingAssignmentSchema), 'The assignments of those interviews'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { interviews, coders } = c.req.valid('json');
      return c.json((await assignInterviews(serviceContext(c), { partnershipId: p.id, interviews, coders })).map(presentAssignment), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: `${base}/coding-assignments/unassign`,
        tags,
        summary: 'Withdraws an assignment, with the reason',
        request: { params: PartnershipParam, body: jsonBody(UnassignSchema) },
        responses: { 204: { description: 'Unassigned' }, ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { assignmentId, reason } = c.req.valid('json');
      await unassign(serviceContext(c), { partnershipId: p.id, assignmentId, reason });
      return c.body(null, 204);
    },
  );

  for (const [action, done] of [
    ['done', true],
    ['reopen', false],
  ] as const)
    app.openapi(
      guard(
        app,
        teamWrite(PARTNERSHIP),
        createRoute({
          method: 'post',
          path: `${base}/coding-assignments/${action}`,
          tags,
          summary: done
            ? "The coder marks their coding of the interview done: they then see the others' codings, and theirs count for agreement"
            : 'The coder reopens their coding of the interview (blind again; theirs no longer count until done)',
          request: { params: PartnershipParam, body: jsonBody(AssignmentActionSchema) },
          responses: { 200: jsonResponse(CodingAssignmentSchema, 'The assignment'), ...errorResponses },
        }),
      ),
      async (c) => {
        const { ctx, partnershipId, viewer } = await asViewer(c);
        const a = await setAssignmentDone(ctx, { partnershipId, assignmentId: c.req.valid('json').assignmentId, accountId: viewer, done });
        return c.json(presentAssignment(a), 200);
      },
    );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: `${base}/reliability/agreement`,
        tags,
        summary: "Agreement per code and overall on the double-coded interviews: Krippendorff's α, Cohen's κ (two coders), percent agreement, unitizing α",
        request: { params: PartnershipParam, query: AgreementQuery },
        responses: { 200: jsonResponse(AgreementReportSchema, 'Agreement'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { ctx, partnershipId, viewer } = await asViewer(c);
      return c.json(presentAgreement(await codingAgreement(ctx, partnershipId, { viewer, ...withDefined(c.req.valid('query')) })), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: `${base}/reliability/disagreements`,
        tags,
        summary: 'The turns where coders differ on a code, side by side, with the decision made on each',
        request: { params: PartnershipParam, query: DisagreementQuery },
        responses: { 200: jsonResponse(DisagreementsSchema, 'Disagreements'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { ctx, partnershipId, viewer } = await asViewer(c);
      const r = await codingDisagreements(ctx, partnershipId, { viewer, ...withDefined(c.req.valid('query')) });
      return c.json({ total: r.total, disagreements: r.disagreements.map(presentDisagreement) }, 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: `${base}/reliability/reconciliations`,
        tags,
        summary: 'The decisions recorded on disagreements, oldest first: who decided and why',
        request: { params: PartnershipParam, query: AgreementQuery },
        responses: { 200: jsonResponse(z.array(ReconciliationSchema), 'Reconciliations'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { ctx, partnershipId, viewer } = await asViewer(c);
      return c.json((await listReconciliations(ctx, partnershipId, { viewer, ...withDefined(c.req.valid('query')) })).map(presentReconciliation), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: `${base}/reliability/reconciliations`,
        tags,
        summary: 'Records whether a code applies to a unit where coders disagreed (a turn, or a stretch), who decided and why',
        request: { params: PartnershipParam, body: jsonBody(NewReconciliationSchema) },
        responses: { 201: jsonResponse(ReconciliationSchema, 'The reconciliation'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { ctx, partnershipId, viewer } = await asViewer(c);
      const { interview, codeId, decision, reason, ...unit } = c.req.valid('json');
      const r = await reconcile(ctx, { partnershipId, decidedBy: viewer, interview, codeId, decision, reason, ...withDefined(unit) });
      return c.json(presentReconciliation(r), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead({ kind: 'none' }),
      createRoute({
        method: 'post',
        path: '/api/reliability',
        tags,
        summary:
          "Agreement on a CSV table of ratings made outside Warrant (units × coders, blank for missing): Krippendorff's α at the level, Cohen's κ (two coders), percent agreement. Nothing is stored.",
        request: {
          query: RatingTableQuery,
          body: { content: { 'text/csv': { schema: z.string() }, 'text/plain': { schema: z.string() } }, required: true },
        },
        responses: { 200: jsonResponse(RatingTableReliabilitySchema, 'Agreement'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { level, file = 'upload.csv' } = c.req.valid('query');
      const outcome = ratingTableReliability(new Uint8Array(await c.req.arrayBuffer()), file, level);
      if (!outcome.ok) {
        const first = outcome.problems.find((p) => p.severity === 'error') ?? outcome.problems[0];
        throw invalid(first ? formatProblem(first).replace(/^error: /, '') : `${file} cannot be read as a table of ratings`, { problems: outcome.problems });
      }
      return c.json(presentRatingTable(outcome.result), 200);
    },
  );
}
