import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { addField, editField, getTemplate, listTemplates, reorderFields, retireField, type TemplateTarget } from '../../services/isf-templates.js';
import { districtOf } from '../../services/lookup.js';
import { type ApiEnv, serviceContext } from '../env.js';
import { guard, ITEM, PARTNERSHIP, routePartnership, teamLead, teamRead } from '../policy.js';
import { presentTemplate } from '../presenters/templates.presenter.js';
import { errorResponses, IdParam, jsonBody, jsonResponse, PartnershipParam, RoleGroupSchema } from '../schemas/common.schemas.js';
import { IsfTemplateSchema } from '../schemas/templates.schemas.js';
import type { Context } from 'hono';

const tags = ['ISF templates'];

const TargetSchema = z.object({
  role: RoleGroupSchema,
  district: z.string().max(200).optional().openapi({ description: "District ID or name; without it, the partnership's default template" }),
  reason: z.string().max(2000).optional(),
  expectedVersion: z.number().int().min(1).optional().openapi({ description: 'The template version the change was made on' }),
});
const FieldKeyParam = PartnershipParam.extend({
  key: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'key', in: 'path' }, example: 'work_with_coach' }),
});

async function target(c: Context<ApiEnv>, body: z.infer<typeof TargetSchema>): Promise<TemplateTarget> {
  const ctx = serviceContext(c);
  const p = await routePartnership(c);
  return { partnershipId: p.id, role: body.role, districtId: body.district ? (await districtOf(ctx, p.id, body.district)).id : null };
}

const change = (b: z.infer<typeof TargetSchema>) => ({
  ...(b.reason && { reason: b.reason }),
  ...(b.expectedVersion && { expectedVersion: b.expectedVersion }),
});

export function registerTemplateRoutes(app: OpenAPIHono<ApiEnv>) {
  app.openapi(
    guard(
      app,
      teamRead(PARTNERSHIP),
      createRoute({
        method: 'get',
        path: '/api/partnerships/{partnershipId}/isf-templates',
        tags,
        summary: "ISF templates: the default per role group and the districts' customised ones",
        request: { params: PartnershipParam },
        responses: { 200: jsonResponse(z.array(IsfTemplateSchema), 'Templates'), ...errorResponses },
      }),
    ),
    async (c) => {
      const ctx = serviceContext(c);
      const p = await routePartnership(c);
      return c.json((await listTemplates(ctx, p.id)).map(presentTemplate), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamRead(ITEM),
      createRoute({
        method: 'get',
        path: '/api/isf-templates/{id}',
        tags,
        summary: 'An ISF template',
        request: { params: IdParam },
        responses: { 200: jsonResponse(IsfTemplateSchema, 'The template'), ...errorResponses },
      }),
    ),
    async (c) => c.json(presentTemplate(await getTemplate(serviceContext(c), c.req.valid('param').id)), 200),
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/isf-templates/fields',
        tags,
        summary: "Adds a field to a template (a district's first change copies the default)",
        request: {
          params: PartnershipParam,
          body: jsonBody(
            TargetSchema.extend({
              label: z.string().min(1).max(200),
              guidance: z.string().max(2000).optional(),
              key: z.string().max(63).optional(),
              required: z.boolean().optional().openapi({ description: 'An ISF cannot be marked complete while the field is empty' }),
            }),
          ),
        },
        responses: { 200: jsonResponse(IsfTemplateSchema, 'The template, one version on'), ...errorResponses },
      }),
    ),
    async (c) => {
      const body = c.req.valid('json');
      const t = await target(c, body);
      const view = await addField(
        serviceContext(c),
        t,
        { label: body.label, ...(body.guidance && { guidance: body.guidance }), ...(body.key && { key: body.key }), ...(body.required && { required: true }) },
        change(body),
      );
      return c.json(presentTemplate(view), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'patch',
        path: '/api/partnerships/{partnershipId}/isf-templates/fields/{key}',
        tags,
        summary: "Changes a field's label, guidance or whether it is required (its key, and the entries written under it, stay)",
        request: {
          params: FieldKeyParam,
          body: jsonBody(
            TargetSchema.extend({
              label: z.string().min(1).max(200).optional(),
              guidance: z.string().max(2000).optional().openapi({ description: 'The prompt analysts write to' }),
              required: z.boolean().optional(),
            }),
          ),
        },
        responses: { 200: jsonResponse(IsfTemplateSchema, 'The template, one version on'), ...errorResponses },
      }),
    ),
    async (c) => {
      const body = c.req.valid('json');
      const { key } = c.req.valid('param');
      const edit = {
        ...(body.label !== undefined && { label: body.label }),
        ...(body.guidance !== undefined && { guidance: body.guidance }),
        ...(body.required !== undefined && { required: body.required }),
      };
      const view = await editField(serviceContext(c), await target(c, body), key, edit, change(body));
      return c.json(presentTemplate(view), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/isf-templates/order',
        tags,
        summary: 'Puts the fields in use in a new order (retired fields keep their places)',
        request: {
          params: PartnershipParam,
          body: jsonBody(
            TargetSchema.extend({
              keys: z.array(z.string().min(1).max(100)).min(1).max(200).openapi({ description: 'Every field in use, by key, in the new order' }),
            }),
          ),
        },
        responses: { 200: jsonResponse(IsfTemplateSchema, 'The template, one version on'), ...errorResponses },
      }),
    ),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(presentTemplate(await reorderFields(serviceContext(c), await target(c, body), body.keys, change(body))), 200);
    },
  );

  app.openapi(
    guard(
      app,
      teamLead(PARTNERSHIP),
      createRoute({
        method: 'post',
        path: '/api/partnerships/{partnershipId}/isf-templates/fields/{key}/retire',
        tags,
        summary: 'Retires a field: new forms no longer have it; entries already written stay',
        request: { params: FieldKeyParam, body: jsonBody(TargetSchema) },
        responses: { 200: jsonResponse(IsfTemplateSchema, 'The template, one version on'), ...errorResponses },
      }),
    ),
    async (c) => {
      const body = c.req.valid('json');
      const { key } = c.req.valid('param');
      return c.json(presentTemplate(await retireField(serviceContext(c), await target(c, body), key, change(body))), 200);
    },
  );
}
