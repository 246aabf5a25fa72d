import { z } from '@hono/zod-openapi';
import { ATTRIBUTE_KINDS } from '../../domain/participant-attributes.js';
import { expectedVersion, reason } from './common.schemas.js';

export const AttributeKindSchema = z
  .enum(ATTRIBUTE_KINDS)
  .openapi('AttributeKind', { description: 'text, number, date (YYYY-MM-DD), choice (one of the choices) or choices (several of them)' });

export const AttributeValueSchema = z
  .union([z.string().max(2000), z.number(), z.array(z.string().max(200)).max(100)])
  .openapi('AttributeValue', { description: 'Text, a number, a date (YYYY-MM-DD), a choice, or several choices' });

export const ParticipantAttributeSchema = z
  .object({
    id: z.string(),
    name: z.string().openapi({ example: 'years of experience' }),
    kind: AttributeKindSchema,
    choices: z.array(z.string()),
    description: z.string(),
    version: z.number().int(),
  })
  .openapi('ParticipantAttribute');

const choices = z.array(z.string().max(200)).max(100).optional().openapi({ description: 'The choices of a choice or choices attribute' });

export const NewParticipantAttributeSchema = z
  .object({
    name: z.string().max(200),
    kind: z.string().max(40).openapi({ description: 'text, number, date, choice or choices' }),
    choices,
    description: z.string().max(2000).optional(),
  })
  .openapi('NewParticipantAttribute');

export const ParticipantAttributeEditSchema = z
  .object({
    name: z.string().max(200).optional(),
    description: z.string().max(2000).optional(),
    choices: choices.openapi({ description: 'The whole list of choices; one some participant has may not be left out' }),
    reason,
    expectedVersion,
  })
  .openapi('ParticipantAttributeEdit');

export const AttributeValuesSchema = z
  .record(z.string().max(200), z.union([AttributeValueSchema, z.null()]))
  .openapi('AttributeValues', { description: "Values by the attribute's ID or name; null or empty text clears one" });

export const AttributeValuesEditSchema = z.object({ values: AttributeValuesSchema, reason, expectedVersion }).openapi('AttributeValuesEdit');
