import { z } from '@hono/zod-openapi';
import { filterText, RoleGroupSchema } from './common.schemas.js';

export const RetrievalFiltersQuery = z.object({
  district: filterText.openapi({ description: 'A district, by name or ID' }),
  school: filterText.openapi({ description: 'A school, by name or ID' }),
  role: filterText.openapi({ description: 'A role group: teacher, coach, school_leader, district_leader' }),
  cycle: filterText.openapi({ description: 'A cycle, by label or ID' }),
  protocol: filterText.openapi({ description: "The interview's protocol" }),
  coder: filterText.openapi({ description: "The coder's account, by ID or email address" }),
});

const Named = z.object({ id: z.string(), name: z.string() });

export const CodeBriefSchema = z.object({ id: z.string(), name: z.string(), colour: z.string(), parentId: z.string().nullable() }).openapi('CodeBrief');

export const CodedPassageSchema = z
  .object({
    codingId: z.string(),
    code: z.object({ id: z.string(), name: z.string(), colour: z.string() }),
    coder: Named,
    passageId: z.string().openapi({ description: 'The passage (excerpt) coded: the same identity the evidence chain cites' }),
    interview: z.object({ id: z.string(), code: z.string(), date: z.string(), protocol: z.string() }),
    participant: z.object({ id: z.string(), code: z.string(), pseudonym: z.string() }),
    role: RoleGroupSchema,
    district: Named,
    school: Named,
    cycle: z.object({ id: z.string(), label: z.string() }),
    transcriptId: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
  })
  .openapi('CodedPassage');

export const FilterSchema = z.record(z.string(), z.string()).openapi('RetrievalFilter', {
  description: "The filters (by ID) that open these passages: code, district, school, role, cycle, protocol, coder — a code's passages route's query",
});

export const CodedArtifactPassageSchema = z
  .object({
    codingId: z.string(),
    code: z.object({ id: z.string(), name: z.string(), colour: z.string() }),
    coder: Named,
    artifact: z.object({ id: z.string(), title: z.string(), kind: z.string() }),
    district: Named,
    cycle: z.object({ id: z.string(), label: z.string() }),
    start: z.number().int(),
    end: z.number().int(),
    quote: z.string(),
  })
  .openapi('CodedArtifactPassage');

export const CodedPassagesSchema = z
  .object({
    code: CodeBriefSchema.extend({ definition: z.string() }),
    filter: FilterSchema,
    passages: z.array(CodedPassageSchema),
    artifactPassages: z.array(CodedArtifactPassageSchema).openapi({
      description:
        "The code's codings of district artifacts' text (filtered by district, cycle and coder; none when a school, role group or protocol is named)",
    }),
  })
  .openapi('CodedPassages');

export const CodedQuery = RetrievalFiltersQuery.extend({
  code: z.string().min(1).max(200).openapi({ description: 'The code, by name or ID' }),
  withChildren: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'Include the passages of the codes under it, at any depth (each names its own code)' }),
});

export const CodeQueryAnswerSchema = z
  .object({
    query: z.string(),
    codes: z.array(CodeBriefSchema),
    steps: z.array(z.object({ op: z.enum(['AND', 'NOT', 'NEAR']), turns: z.number().int().optional(), code: z.string() })),
    hits: z.array(
      z.object({
        passage: CodedPassageSchema,
        with: z
          .array(z.array(CodedPassageSchema))
          .openapi({ description: 'For each AND or NEAR step, the passages of its code that the passage overlaps or lies near' }),
      }),
    ),
  })
  .openapi('CodeQueryAnswer');

export const CodeMatrixSchema = z
  .object({
    by: z.string().openapi({ description: 'role, school, district or cycle, or two of them joined by a comma (role,cycle): the columns are then each pair' }),
    codes: z.array(CodeBriefSchema),
    columns: z.array(z.object({ key: z.string(), label: z.string() })),
    cells: z.array(z.object({ codeId: z.string(), key: z.string(), passages: z.number().int(), participants: z.number().int(), filter: FilterSchema })),
  })
  .openapi('CodeMatrix');

export const CooccurrenceSchema = z
  .object({
    codes: z.array(CodeBriefSchema),
    cells: z.array(z.object({ a: z.string(), b: z.string(), passages: z.number().int() })),
  })
  .openapi('CodeCooccurrence');
