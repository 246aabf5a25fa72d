import { z } from '@hono/zod-openapi';
import { expectedVersion, RetiredSchema, VersionInfoSchema } from './common.schemas.js';
import { HistoryEntrySchema } from './chain.schemas.js';

export const CodeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** Names from the top of the codebook down to this code. */
    path: z.array(z.string()),
    parentId: z.string().nullable(),
    definition: z.string(),
    inclusion: z.string(),
    exclusion: z.string(),
    example: z.string(),
    colour: z.string().openapi({ example: '#4e79a7' }),
    position: z.number().int(),
    guid: z.string().nullable(),
    mergedIntoId: z.string().nullable(),
    splitFromId: z.string().nullable(),
    retired: RetiredSchema,
  })
  .extend(VersionInfoSchema.shape)
  .openapi('Code');

export const CodebookEntrySchema = CodeSchema.extend({ depth: z.number().int(), codings: z.number().int() }).openapi('CodebookEntry');

export const CodeWithHistorySchema = CodeSchema.extend({
  codings: z.number().int(),
  history: z.array(HistoryEntrySchema),
  mergedFrom: z.array(CodeSchema),
  splitInto: z.array(CodeSchema),
  mergedInto: CodeSchema.nullable(),
  splitFrom: CodeSchema.nullable(),
}).openapi('CodeWithHistory');

const text = (max: number) => z.string().max(max).optional();
const reason = z.string().max(2000).optional().openapi({ description: 'Why: required' });

export const CodeTextFields = {
  definition: text(8000),
  inclusion: text(8000),
  exclusion: text(8000),
  example: text(8000),
  colour: text(40).openapi({ description: '#rrggbb, #rgb or rgb(r, g, b)' }),
};

export const NewCodeBody = z.object({
  name: z.string().min(1).max(200),
  parentId: z.string().max(100).nullable().optional(),
  index: z.number().int().min(0).optional(),
  ...CodeTextFields,
});

export const CodeEditBody = z.object({ name: z.string().min(1).max(200).optional(), ...CodeTextFields, expectedVersion, reason });

export const CodeMoveBody = z.object({
  parentId: z.string().max(100).nullable(),
  index: z.number().int().min(0).optional().openapi({ description: 'Its place among its new siblings, 0 first; last when not given' }),
  expectedVersion,
  reason,
});

export const CodeMergeBody = z.object({ targetId: z.string().min(1).max(100), expectedVersion, reason });

export const CodeSplitBody = z.object({
  into: z
    .array(z.object({ name: z.string().min(1).max(200), ...CodeTextFields }))
    .min(1)
    .max(50),
  expectedVersion,
  reason,
});

export const MergeResultSchema = z
  .object({ source: CodeSchema, target: CodeSchema, recoded: z.array(z.string()), movedChildren: z.array(z.string()) })
  .openapi('CodeMergeResult');

export const SplitResultSchema = z.object({ source: CodeSchema, created: z.array(CodeSchema), codingsToRecode: z.number().int() }).openapi('CodeSplitResult');

export const CodebookImportSchema = z
  .object({
    added: z.array(CodeSchema),
    updated: z.array(CodeSchema),
    unchanged: z.number().int(),
    problems: z.array(
      z.object({ severity: z.enum(['error', 'warning']), file: z.string(), line: z.number().optional(), field: z.string().optional(), message: z.string() }),
    ),
  })
  .openapi('CodebookImport');
