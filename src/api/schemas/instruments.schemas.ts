import { z } from '@hono/zod-openapi';
import { INSTRUMENT_KINDS } from '../../domain/instrument.js';
import { SURVEY_FORMATS } from '../../services/instrument-import.js';
import { ProblemSchema } from './common.schemas.js';

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
  format: z.enum(SURVEY_FORMATS),
  cycle: z.string().min(1).max(200),
  idColumn: z.string().min(1).max(200).optional().openapi({ description: "The column of the participants' IDs" }),
  kind: z.enum(INSTRUMENT_KINDS).optional().openapi({ description: 'The kind of a new instrument (survey unless said)' }),
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
});

export const InstrumentImportReportSchema = z
  .object({
    file: z.string(),
    format: z.enum(SURVEY_FORMATS),
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
