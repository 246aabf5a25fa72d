import { z } from '@hono/zod-openapi';
import { MEMO_SUBJECT_KINDS } from '../../domain/coding.js';
import { MEMO_TEXT_MAX, MEMO_TITLE_MAX } from '../../domain/memo.js';
import { HistoryEntrySchema } from './chain.schemas.js';
import { expectedVersion, filterText, reason, RetiredSchema } from './common.schemas.js';

export const MemoSubjectKindSchema = z
  .enum(MEMO_SUBJECT_KINDS)
  .openapi('MemoSubjectKind', { description: 'What a memo is written on: a code, a coding, a passage (excerpt), an interview or a participant (case)' });

export const MemoSchema = z
  .object({
    id: z.string(),
    subject: z.object({ kind: MemoSubjectKindSchema, id: z.string(), label: z.string() }).nullable().openapi({ description: 'Null for a free-standing memo' }),
    title: z.string(),
    text: z.string(),
    author: z.string().openapi({ description: "The author's name" }),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    retired: RetiredSchema,
  })
  .openapi('Memo');

export const MemoWithHistorySchema = MemoSchema.extend({ history: z.array(HistoryEntrySchema) }).openapi('MemoWithHistory');

export const NewMemoSchema = z
  .object({
    subjectKind: z
      .string()
      .max(40)
      .optional()
      .openapi({ description: 'code, coding, excerpt (or passage), interview, participant (or case); none for a free-standing memo' }),
    subject: z
      .string()
      .max(200)
      .optional()
      .openapi({ description: "The subject's ID, or with subjectKind an interview's or participant's code or a code's name" }),
    title: z.string().max(MEMO_TITLE_MAX * 2),
    text: z.string().max(MEMO_TEXT_MAX * 2),
    reason,
  })
  .openapi('NewMemo');

export const MemoEditSchema = z
  .object({
    title: z
      .string()
      .max(MEMO_TITLE_MAX * 2)
      .optional(),
    text: z
      .string()
      .max(MEMO_TEXT_MAX * 2)
      .optional(),
    reason,
    expectedVersion,
  })
  .openapi('MemoEdit');

export const MemoListQuery = z.object({
  subjectKind: filterText.openapi({ description: 'A subject kind, or none for the free-standing memos' }),
  subject: filterText.openapi({ description: 'Memos on this record (its ID, or with subjectKind its code or name)' }),
  q: z.string().max(500).optional().openapi({ description: 'Search title and text: words, "phrases", prefix*, OR, -word (the transcript search language)' }),
  retired: z.enum(['true', 'false']).optional().openapi({ description: 'Include retired memos' }),
});
