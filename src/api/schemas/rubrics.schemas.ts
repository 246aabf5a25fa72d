import { z } from '@hono/zod-openapi';
import { expectedVersion, reason, VersionInfoSchema } from './common.schemas.js';

export const RubricLevelSchema = z
  .object({
    value: z.number().int().openapi({ example: 3 }),
    label: z.string().openapi({ example: 'Developing' }),
    descriptor: z.string().openapi({ example: 'The teacher asks students to explain their reasoning, and sometimes to respond to one another' }),
  })
  .openapi('RubricLevel');

export const RubricDimensionSchema = z
  .object({ id: z.string(), name: z.string().openapi({ example: 'Classroom discourse' }), description: z.string(), levels: z.array(RubricLevelSchema) })
  .openapi('RubricDimension');

export const RubricSchema = z
  .object({ id: z.string(), name: z.string(), description: z.string(), dimensions: z.array(RubricDimensionSchema) })
  .extend(VersionInfoSchema.shape)
  .openapi('Rubric');

const LevelInput = z.object({
  value: z.number().int(),
  label: z.string().max(200).optional(),
  descriptor: z.string().max(4000),
});

const DimensionInput = z.object({
  id: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'A dimension already in the rubric (it keeps its scores); left out, a new one (or the one of that name)' }),
  name: z.string().max(200),
  description: z.string().max(4000).optional(),
  levels: z.array(LevelInput).max(20).openapi({ description: 'At least two, with distinct whole-number values; a higher value is a more sophisticated level' }),
});

export const NewRubricSchema = z
  .object({ name: z.string().max(200), description: z.string().max(4000).optional(), dimensions: z.array(DimensionInput).max(40) })
  .openapi('NewRubric');

export const RubricEditSchema = z
  .object({
    name: z.string().max(200).optional(),
    description: z.string().max(4000).optional(),
    dimensions: z
      .array(DimensionInput)
      .max(40)
      .optional()
      .openapi({ description: 'The whole list, in order; a dimension or level left out is taken out of the rubric unless scores were given on it' }),
    reason,
    expectedVersion,
  })
  .openapi('RubricEdit');
