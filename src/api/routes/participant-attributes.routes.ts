import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { attributeValuesOf, attributesOf, defineAttribute, editAttribute } from '../../services/participant-attributes.js';
import { editParticipant } from '../../services/participants.js';
import { withDefined } from '../../services/lookup.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamLead, teamRead, teamWrite } from '../policy.js';
import { presentEditedParticipant } from '../presenters/directory.presenter.js';
import { presentParticipantAttribute } from '../presenters/participant-attributes.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam } from '../schemas/common.schemas.js';
import { EditedParticipantSchema } from '../schemas/partnership.schemas.js';
import {
  AttributeValuesEditSchema,
  NewParticipantAttributeSchema,
  ParticipantAttributeEditSchema,
  ParticipantAttributeSchema,
} from '../schemas/participant-attributes.schemas.js';

const tags = ['Partnership'];

/** The attributes a partnership records of its participants (defined by its leads), and each participant's values (set by the analysts). */
export function registerParticipantAttributeRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/participant-attributes',
        tags,
        summary: 'The attributes the partnership records of its participants (years of experience, grades taught…), in the order they were defined',
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(ParticipantAttributeSchema), 'Participant attributes'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      return c.json((await attributesOf(serviceContext(c), p.id)).map(presentParticipantAttribute), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/participant-attributes',
        tags,
        summary: 'Defines a participant attribute: its name, kind (text, number, date, choice, choices), choices and description',
        request: { params: PartnershipParam, body: jsonBody(NewParticipantAttributeSchema) },
        responses: { 201: jsonResponse(ParticipantAttributeSchema, 'The new attribute'), ...errorResponses },
      }),
    ),
    async (c) => {
      const p = await routePartnership(c);
      const { name, kind, ...rest } = c.req.valid('json');
      return c.json(presentParticipantAttribute(await defineAttribute(serviceContext(c), { partnershipId: p.id, name, kind, ...withDefined(rest) })), 201);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(ITEM),
      createRoute({
        method: 'patch',
        path: '/api/participant-attributes/{id}',
        tags,
        summary: 'Renames a participant attribute or changes its description or choices (a new version with its reason); its kind stays',
        request: { params: IdParam, body: jsonBody(ParticipantAttributeEditSchema) },
        responses: { 200: jsonResponse(ParticipantAttributeSchema, 'The attribute'), ...errorResponses },
      }),
    ),
    async (c) => {
      const edited = await editAttribute(serviceContext(c), { id: c.req.valid('param').id, ...withDefined(c.req.valid('json')) });
      return c.json(presentParticipantAttribute(edited), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamWrite(ITEM),
      createRoute({
        method: 'put',
        path: '/api/participants/{id}/attributes',
        tags,
        summary: "Sets a participant's attribute values (a new version of the participant with its reason); those not named stay",
        request: { params: IdParam, body: jsonBody(AttributeValuesEditSchema) },
        responses: { 200: jsonResponse(EditedParticipantSchema, 'The participant'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const { values, ...rest } = c.req.valid('json');
      const edited = await editParticipant(ctx, { id: c.req.valid('param').id, attributes: values, ...withDefined(rest) });
      const p = edited.participant;
      return c.json(presentEditedParticipant(edited, (await attributeValuesOf(ctx, p.partnership_id, p.id)).get(p.id)), 200);
    },
  );
}
