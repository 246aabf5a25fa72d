import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getInterview, getTranscript, listInterviews } from '../../services/interviews.js';
import { searchTranscripts } from '../../services/search.js';
import { partnershipProgress } from '../../services/progress.js';
import { partnershipStats } from '../../services/stats.js';
import { type ApiEnv, principalOf, serviceContext } from '../env.js';
import { ADMIN, guard, ITEM, PARTNERSHIP, routePartnership, SIGNED_IN, teamLead, teamRead } from '../policy.js';
import { presentCycle, presentEditedParticipant, presentOrganization, presentParticipant, presentPartnership } from '../presenters/directory.presenter.js';
import { presentInterview } from '../presenters/interviews.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam, RoleGroupSchema } from '../schemas/common.schemas.js';
import { InterviewSchema, TranscriptSchema } from '../schemas/interview.schemas.js';
import {
  CycleSchema,
  DistrictProgressSchema,
  EditedParticipantSchema,
  NewCycleSchema,
  NewOrganizationSchema,
  NewParticipantSchema,
  NewPartnershipSchema,
  OrganizationSchema,
  ParticipantEditSchema,
  ParticipantSchema,
  PartnershipSchema,
  RenameOrganizationSchema,
  StatsSchema,
} from '../schemas/partnership.schemas.js';
import { addOrganization, renameOrganization } from '../../services/organizations.js';
import { addParticipant, editParticipant } from '../../services/participants.js';
import { attributeValuesOf } from '../../services/participant-attributes.js';
import { addCycle, createPartnership } from '../../services/partnerships.js';
import { withDefined } from '../../services/lookup.js';
import { SearchQuerySchema, SearchResultSchema } from '../schemas/search.schemas.js';
import { cyclesOf, organizationsOf, participantsOf, partnershipsOf } from '../../services/directory.js';

const tags = ['Partnership'];
const filterText = z.string().max(200).optional();

export function registerDirectoryRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      SIGNED_IN,
      createRoute({
        method: 'get',
        path: '/api/partnerships',
        tags,
        summary: 'The partnerships the signed-in account takes part in',
        responses: { 200: jsonResponse(z.array(PartnershipSchema), 'Partnerships') },
      }),
    ),
    async (c) => {
      const rows = await partnershipsOf(serviceContext(c), principalOf(c));
      return c.json(rows.map(presentPartnership), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/stats',
        tags,
        summary: 'Counts of districts, schools, participants, interviews, turns, words and analysis',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(StatsSchema, 'Statistics'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json(await partnershipStats(ctx, p.id), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/progress',
        tags,
        summary: 'Where the analysis stands, per district and cycle: interviews, ISFs done and to do, summaries, claims, findings',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(DistrictProgressSchema), 'Progress'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json(await partnershipProgress(ctx, p.id), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/organizations',
        tags,
        summary: 'Districts, schools and central-office units',
        request: { params: PartnershipParam, query: z.object({ kind: z.enum(['district', 'school', 'unit']).optional() }) },
        responses: { 200: jsonResponse(z.array(OrganizationSchema), 'Organizations'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const rows = await organizationsOf(ctx, p.id, c.req.valid('query').kind);
      return c.json(rows.map(presentOrganization), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/cycles',
        tags,
        summary: 'Cycles (school years)',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(CycleSchema), 'Cycles, oldest first'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json((await cyclesOf(ctx, p.id)).map(presentCycle), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/participants',
        tags,
        summary: 'Participants (the roster), linked across cycles by their stable ID, with their attribute values',
        request: {
          params: PartnershipParam,
          query: z.object({
            role: RoleGroupSchema.optional(),
            attribute: filterText.openapi({ description: 'A participant attribute (name or ID) to filter by, with value' }),
            value: filterText.openapi({ description: 'The value of the attribute: a choice, a number, a date, or text within' }),
          }),
        },
        responses: { 200: jsonResponse(z.array(ParticipantSchema), 'Participants'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const { role, attribute, value } = c.req.valid('query');
      const rows = await participantsOf(ctx, p.id, { ...(role && { role }), ...(attribute && { attribute: { attribute, value: value ?? '' } }) });
      const values = await attributeValuesOf(ctx, p.id);
      return c.json(
        rows.map((r) => presentParticipant(r, values.get(r.id))),
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/interviews',
        tags: ['Interviews'],
        summary: 'Interviews, filtered by district, school, role group, cycle, protocol or participant',
        request: {
          params: PartnershipParam,
          query: z.object({
            district: filterText,
            school: filterText,
            role: RoleGroupSchema.optional(),
            cycle: filterText,
            protocol: filterText,
            participant: filterText,
          }),
        },
        responses: { 200: jsonResponse(z.array(InterviewSchema), 'Interviews'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json((await listInterviews(ctx, p.id, c.req.valid('query'))).map(presentInterview), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/interviews/{id}',
        tags: ['Interviews'],
        summary: 'An interview',
        request: { params: IdParam },
        responses: { 200: jsonResponse(InterviewSchema, 'The interview'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentInterview(await getInterview(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/interviews/{id}/transcript',
        tags: ['Interviews'],
        summary: "An interview's transcript as speaker turns with offsets (the current version unless one is asked for)",
        request: { params: IdParam, query: z.object({ version: z.coerce.number().int().min(1).optional() }) },
        responses: { 200: jsonResponse(TranscriptSchema, 'The transcript'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { transcript: t, turns, versions } = await getTranscript(serviceContext(c), c.req.valid('param').id, c.req.valid('query').version);
      return c.json(
        {
          id: t.id,
          interviewId: t.interview_id,
          version: t.version,
          current: t.superseded_at === null,
          format: t.format,
          encoding: t.encoding,
          sourceFile: t.source_file,
          importedBy: t.imported_by,
          importedAt: t.imported_at,
          words: t.word_count,
          length: t.length,
          turns: turns.map((u) => ({
            seq: u.seq,
            speaker: u.speaker,
            speakerRole: u.speaker_role,
            text: u.text,
            start: u.start_offset,
            textStart: u.text_offset,
            end: u.end_offset,
            startMs: u.start_ms,
            endMs: u.end_ms,
          })),
          versions: versions.map((v) => ({ id: v.id, version: v.version, importedAt: v.imported_at, current: v.superseded_at === null })),
        },
        200,
      );
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/search',
        tags: ['Search'],
        summary: 'Full-text search over what was said in current transcripts',
        request: { params: PartnershipParam, query: SearchQuerySchema },
        responses: { 200: jsonResponse(SearchResultSchema, 'Hits in interview order, turn by turn; page with limit and offset'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      const { q, ...options } = c.req.valid('query');
      return c.json(await searchTranscripts(ctx, p.id, q, options), 200);
    },
  );
  registerSetupRoutes(app);
}

/** Starting a partnership without a bundle: the partnership, its cycles, districts, schools, units and participants. */
function registerSetupRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      ADMIN,
      createRoute({
        method: 'post',
        path: '/api/partnerships',
        tags,
        summary: 'Creates a partnership (administrators), with its first cycles and its quote minimum',
        request: { body: jsonBody(NewPartnershipSchema) },
        responses: { 201: jsonResponse(PartnershipSchema, 'The new partnership'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { name, ...options } = c.req.valid('json');
      return c.json(presentPartnership(await createPartnership(serviceContext(c), name, withDefined(options))), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/cycles',
        tags,
        summary: 'Adds a cycle (a school year, "2010-11")',
        request: { params: PartnershipParam, body: jsonBody(NewCycleSchema) },
        responses: { 201: jsonResponse(CycleSchema, 'The new cycle'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      return c.json(presentCycle(await addCycle(serviceContext(c), p.id, c.req.valid('json').label)), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/organizations',
        tags,
        summary: 'Adds a district, or a school or central-office unit of a district',
        request: { params: PartnershipParam, body: jsonBody(NewOrganizationSchema) },
        responses: { 201: jsonResponse(OrganizationSchema, 'The new organization'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { kind, name, district } = c.req.valid('json');
      return c.json(presentOrganization(await addOrganization(serviceContext(c), { partnershipId: p.id, kind, name, ...(district && { district }) })), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/organizations/{id}',
        tags,
        summary: 'Renames a district, school or central-office unit (interviews follow; the audit trail keeps the old name)',
        request: { params: IdParam, body: jsonBody(RenameOrganizationSchema) },
        responses: { 200: jsonResponse(OrganizationSchema, 'The organization'), ...errorResponses },
      }),
    ),
    async (c) => {
      const { name, reason } = c.req.valid('json');
      const row = await renameOrganization(serviceContext(c), { id: c.req.valid('param').id, name, ...(reason && { reason }) });
      return c.json(presentOrganization(row), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/participants',
        tags,
        summary: 'Adds a participant to the roster by hand',
        request: { params: PartnershipParam, body: jsonBody(NewParticipantSchema) },
        responses: { 201: jsonResponse(ParticipantSchema, 'The new participant'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { pseudonym, role, ...rest } = c.req.valid('json');
      const ctx = serviceContext(c);
      const row = await addParticipant(ctx, { partnershipId: p.id, pseudonym, role, ...withDefined(rest) });
      return c.json(presentParticipant(row, (await attributeValuesOf(ctx, p.id, row.id)).get(row.id)), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/participants/{id}',
        tags,
        summary:
          'Edits a participant (a new version with its reason); past interviews keep the role and school they were given at the time, unless the change is a correction (alsoPastInterviews)',
        request: { params: IdParam, body: jsonBody(ParticipantEditSchema) },
        responses: {
          200: jsonResponse(EditedParticipantSchema, 'The participant, and how many earlier interviews keep their role and school'),
          ...errorResponses,
        },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const edited = await editParticipant(ctx, { id: c.req.valid('param').id, ...withDefined(c.req.valid('json')) });
      const p = edited.participant;
      return c.json(presentEditedParticipant(edited, (await attributeValuesOf(ctx, p.partnership_id, p.id)).get(p.id)), 200);
    },
  );
}
