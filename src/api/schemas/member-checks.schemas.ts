import { z } from '@hono/zod-openapi';
import { MEMBER_CHECK_RESPONSES } from '../../domain/member-check.js';

export const MemberCheckStatusSchema = z
  .object({
    state: z.enum(['not sent', 'awaiting responses', 'corrections to apply', 'confirmed', 'corrected']),
    respondedFully: z.number().int(),
    recipients: z.number().int(),
    openCorrections: z.number().int(),
    label: z.string(),
  })
  .openapi('MemberCheckStatus');

export const MemberCheckResponseSchema = z
  .object({
    id: z.string(),
    section: z.string(),
    accountId: z.string(),
    name: z.string(),
    response: z.enum(MEMBER_CHECK_RESPONSES),
    text: z.string(),
    createdAt: z.string(),
    appliedInVersion: z.number().int().nullable(),
  })
  .openapi('MemberCheckResponse');

export const MemberCheckSchema = z
  .object({
    id: z.string(),
    versionId: z.string(),
    versionNumber: z.number().int(),
    districtId: z.string(),
    message: z.string(),
    sentBy: z.string(),
    sentAt: z.string(),
    sentOn: z.string().openapi({ description: 'The day it was sent to the leaders; sentAt is when it was recorded' }),
    recipients: z.array(z.object({ accountId: z.string(), name: z.string(), email: z.string() })),
    responses: z.array(MemberCheckResponseSchema),
    status: MemberCheckStatusSchema,
    superseded: z.boolean().openapi({ description: 'A later version of the document was issued: responses go to the latest version' }),
  })
  .openapi('MemberCheck');
