import { z } from '@hono/zod-openapi';
import { INSTRUMENT_KINDS, ITEM_TYPES, SCALE_METHODS } from '../../domain/instrument.js';
import { IMPORT_FORMATS } from '../../services/instrument-import.js';
import { expectedVersion, ProblemSchema, requiredText } from './common.schemas.js';

export const InstrumentSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(INSTRUMENT_KINDS),
    description: z.string(),
    items: z.number().int(),
    responses: z.array(z.object({ cycle: z.string(), count: z.number().int() })).openapi({ description: 'Responses stored in each cycle that has any' }),
    version: z.number().int(),
  })
  .openapi('Instrument');

export const InstrumentImportQuery = z.object({
  instrument: z.string().min(1).max(200).openapi({ description: 'The instrument (defined from the file when new)' }),
  format: z.enum(IMPORT_FORMATS).openapi({
    description:
      "qualtrics, redcap or csv: a survey tool's export; lessons: scores of lessons on an observation rubric, a line per teacher, lesson date, rater, dimension and level",
  }),
  cycle: z.string().min(1).max(200),
  idColumn: z.string().min(1).max(200).optional().openapi({ description: "The column of the participants' IDs" }),
  kind: z.enum(INSTRUMENT_KINDS).optional().openapi({ description: 'The kind of a new instrument (survey unless said)' }),
  levels: z
    .string()
    .regex(/^\d{1,2}-\d{1,2}$/, 'levels: the lowest and highest level, e.g. 1-4')
    .optional()
    .openapi({ description: "Lesson scores: the levels a rubric's new dimensions are scored on, e.g. 1-4 (the default)" }),
  skipInvalid: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'Store the valid responses and report the invalid ones (true), instead of storing nothing on any error' }),
});

export const InstrumentImportForm = z.object({
  file: z.custom<File>((v) => v instanceof File, { message: 'file: attach the export as a file' }).openapi({ type: 'string', format: 'binary' }),
  dictionary: z
    .custom<File>((v) => v instanceof File, { message: 'dictionary: attach the data dictionary as a file' })
    .optional()
    .openapi({ type: 'string', format: 'binary', description: "REDCap's data dictionary, which a REDCap export needs" }),
  mapping: z
    .custom<File>((v) => v instanceof File, { message: 'mapping: attach the mapping table as a file' })
    .optional()
    .openapi({
      type: 'string',
      format: 'binary',
      description:
        'A CSV mapping the identifiers the export gives respondents (e-mail, staff ID) to participant IDs (columns participant_id and the identifier); read, not stored',
    }),
});

export const InstrumentImportReportSchema = z
  .object({
    file: z.string(),
    format: z.enum(IMPORT_FORMATS),
    instrument: z.object({ id: z.string().nullable(), name: z.string(), created: z.boolean() }),
    cycle: z.string(),
    items: z.object({ total: z.number().int(), added: z.array(z.string()) }),
    responses: z.object({
      read: z.number().int(),
      added: z.number().int(),
      corrected: z.number().int(),
      unchanged: z.number().int(),
      skipped: z.number().int(),
    }),
    unanswered: z.number().int(),
    problems: z.array(ProblemSchema),
    written: z.boolean().openapi({ description: 'Whether anything was stored: false when an error stopped the import' }),
  })
  .openapi('InstrumentImportReport');

export const ValueLabelSchema = z.object({ value: z.number(), label: z.string().min(1).max(500) }).openapi('ValueLabel');

export const InstrumentItemSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    text: z.string(),
    type: z.enum(ITEM_TYPES),
    labels: z.array(ValueLabelSchema),
    min: z.number().nullable(),
    max: z.number().nullable(),
    reverse: z.boolean(),
    firstCycle: z.string().openapi({ description: 'The cycle the item was first asked in' }),
    rewordedIn: z.string().nullable().openapi({ description: 'The cycle from which it is worded as now, if it was reworded' }),
    comparable: z.boolean().openapi({ description: 'Marked comparable across its rewording (or its first asking)' }),
  })
  .openapi('InstrumentItem');

export const ScaleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    items: z.array(z.string()),
    method: z.enum(SCALE_METHODS),
    minimumAnswered: z.number().int(),
    version: z.number().int(),
  })
  .openapi('Scale');

export const InstrumentDetailSchema = InstrumentSchema.extend({
  itemList: z.array(InstrumentItemSchema).openapi({ description: 'The items in order' }),
  scales: z.array(ScaleSchema),
}).openapi('InstrumentDetail');

export const ItemEditSchema = z.object({
  key: requiredText(200).openapi({ description: "The item's key" }),
  text: z.string().max(2000).optional(),
  type: z.enum(ITEM_TYPES).optional(),
  labels: z.array(ValueLabelSchema).max(100).optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  reverse: z.boolean().optional(),
  rewordedIn: z.string().min(1).max(200).nullable().optional().openapi({ description: 'The cycle from which the item is worded as now; null: never reworded' }),
  comparable: z
    .boolean()
    .optional()
    .openapi({ description: 'Its values compare with those before its rewording (or before it was first asked): changes across it are measured' }),
  expectedVersion,
  reason: requiredText(2000).openapi({ description: 'Why the item changes (kept in the audit trail)' }),
});

export const ScaleInputSchema = z.object({
  name: requiredText(200),
  items: z.array(requiredText(200)).min(1).max(500),
  method: z.enum(SCALE_METHODS).optional(),
  minimumAnswered: z.number().int().min(1).optional().openapi({ description: 'Items a respondent must have answered for a score (all unless said)' }),
});

export const ScaleEditSchema = ScaleInputSchema.partial().extend({
  expectedVersion,
  reason: requiredText(2000).openapi({ description: 'Why the scale changes (kept in the audit trail)' }),
});
