import { z } from '@hono/zod-openapi';
import { ROLE_GROUPS } from '../../domain/roles.js';

export const RoleGroupSchema = z.enum(ROLE_GROUPS).openapi('RoleGroup');
export const StanceSchema = z.enum(['supports', 'contradicts']).openapi('Stance');

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(['not_found', 'invalid', 'conflict', 'busy', 'unauthenticated', 'forbidden', 'rate_limited', 'payload_too_large', 'internal']),
      message: z.string().openapi({ example: 'claim clm_0123456789abcdef does not exist' }),
      details: z.record(z.string(), z.unknown()).optional(),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

export const ProblemSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    file: z.string(),
    line: z.number().int().optional(),
    field: z.string().optional(),
    message: z.string(),
  })
  .openapi('Problem');

const pathId = (name: string, example: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name, in: 'path' }, example });

export const IdParam = z.object({ id: pathId('id', 'fnd_0123456789abcdef') });
export const PartnershipParam = z.object({ partnershipId: pathId('partnershipId', 'prt_0123456789abcdef') });

/** Who changed what, for every versioned record. */
export const VersionInfoSchema = z.object({
  version: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedBy: z.string(),
  updatedAt: z.string(),
});

/** Said with the save of text partners will read: each participant it names (the text is saved; their version is refused until it is reworded). */
export const WarningsSchema = z
  .array(z.string())
  .openapi({ description: 'Each participant the saved text names, and where: reword it before the partner version is released' });
export const withWarnings = <T extends z.ZodObject>(schema: T) => schema.extend({ warnings: WarningsSchema });

export const RetiredSchema = z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable();

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
  required: true,
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const errorResponses = {
  400: jsonResponse(ErrorSchema, 'The request is invalid; the message says which field and why'),
  404: jsonResponse(ErrorSchema, 'Something named in the request does not exist'),
  409: jsonResponse(ErrorSchema, 'Someone else changed the record since it was read; details hold the current version'),
} as const;

/** Fields of an edit to a versioned record. */
export const reason = z.string().max(2000).optional().openapi({ description: 'Why the change was made (kept in the audit trail)' });
export const expectedVersion = z.number().int().min(1).optional().openapi({
  description:
    'The version the edit was made on: required to change an existing record; without it, or when the record has moved on, the answer is 409 with the current values',
});

/** A filter by name or ID (a district, school, cycle…). */
export const filterText = z.string().max(200).optional();
/** IDs of records an edit cites or links. */
export const IdList = z.array(z.string().min(1).max(200)).max(100);

/** A generated document or stored file, as a download. */
export const fileResponse = (description: string) => ({
  200: { content: { 'application/octet-stream': { schema: z.any().openapi({ type: 'string', format: 'binary' }) } }, description },
  ...errorResponses,
});
/** Narrows a listing to a district and a cycle (each by name or ID). */
export const DistrictCycleQuery = z.object({ district: filterText, cycle: filterText });
/** Text that must be given, of at most `max` characters. */
export const requiredText = (max: number) => z.string().min(1).max(max);
