import { z } from '@hono/zod-openapi';
import { LEVELS, RECONCILIATION_DECISIONS } from '../../domain/reliability.js';

export const CodingAssignmentSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    interviewCode: z.string(),
    coder: z.string().openapi({ description: 'The account ID of the coder' }),
    coderName: z.string(),
    assignedBy: z.string(),
    assignedAt: z.string(),
    doneAt: z.string().nullable().openapi({ description: 'When the coder marked their coding done; null while they work' }),
  })
  .openapi('CodingAssignment');

export const NewCodingAssignmentsSchema = z.object({
  interviews: z.array(z.string().min(1)).min(1).max(5000).openapi({ description: 'Interview IDs or codes' }),
  coders: z.array(z.string().min(1)).min(1).max(50).openapi({ description: 'Account IDs of members who code (administrators, lead researchers, analysts)' }),
});

export const AssignmentActionSchema = z.object({ assignmentId: z.string().min(1) });
export const UnassignSchema = z.object({ assignmentId: z.string().min(1), reason: z.string().min(1).max(2000) });

export const AssignmentQuery = z.object({ interview: z.string().optional(), coder: z.string().optional() });
export const AgreementQuery = z.object({ interview: z.string().optional(), code: z.string().optional() });
export const DisagreementQuery = AgreementQuery.extend({ limit: z.coerce.number().int().min(1).max(10_000).optional() });

const agreement = {
  alpha: z.number().nullable().openapi({ description: "Krippendorff's α (nominal); null when undefined (no variation)" }),
  kappa: z.number().nullable().openapi({ description: "Cohen's κ, only when the interviews compared have the same two coders" }),
  percentAgreement: z.number().nullable().openapi({ description: 'Percent agreement as a proportion (0..1)' }),
  units: z.number(),
  pairableValues: z.number(),
};

export const CodeAgreementSchema = z
  .object({
    codeId: z.string(),
    code: z.string(),
    colour: z.string(),
    ...agreement,
    unitizingAlpha: z.number().nullable().openapi({ description: "Krippendorff's unitizing α over the transcripts' characters" }),
    appliedBy: z.record(z.string(), z.number()).openapi({ description: 'Turns each coder (account ID) applied the code to' }),
    disagreements: z.number().int(),
    reconciled: z.number().int(),
  })
  .openapi('CodeAgreement');

export const AgreementReportSchema = z
  .object({
    interviews: z.array(z.object({ id: z.string(), code: z.string(), coders: z.array(z.string()) })),
    coders: z.array(z.object({ id: z.string(), name: z.string() })),
    overall: z.object(agreement),
    codes: z.array(CodeAgreementSchema),
    codingsOnEarlierTranscripts: z.number().int(),
  })
  .openapi('AgreementReport');

export const ReconciliationSchema = z
  .object({
    id: z.string(),
    interviewId: z.string(),
    codeId: z.string(),
    turnSeq: z.number().int().nullable(),
    start: z.number().int(),
    end: z.number().int(),
    decision: z.enum(RECONCILIATION_DECISIONS),
    codingId: z.string().nullable(),
    decidedBy: z.string(),
    decidedByName: z.string(),
    decidedAt: z.string(),
    reason: z.string(),
  })
  .openapi('Reconciliation');

export const DisagreementSchema = z
  .object({
    interviewId: z.string(),
    interviewCode: z.string(),
    codeId: z.string(),
    code: z.string(),
    turnSeq: z.number().int(),
    speaker: z.string(),
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    applied: z.array(
      z.object({ coder: z.string(), name: z.string(), codings: z.array(z.object({ id: z.string(), start: z.number().int(), end: z.number().int() })) }),
    ),
    notApplied: z.array(z.object({ coder: z.string(), name: z.string() })),
    reconciliation: ReconciliationSchema.nullable(),
  })
  .openapi('Disagreement');

export const DisagreementsSchema = z.object({ total: z.number().int(), disagreements: z.array(DisagreementSchema) }).openapi('Disagreements');

export const NewReconciliationSchema = z.object({
  interview: z.string().min(1).openapi({ description: 'Interview ID or code' }),
  codeId: z.string().min(1),
  turnSeq: z.number().int().min(0).optional().openapi({ description: 'The turn decided on; or give start and end' }),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  decision: z.enum(RECONCILIATION_DECISIONS),
  reason: z.string().min(1).max(5000),
  codingId: z.string().optional().openapi({ description: 'The coding that stands for an applied decision (default: a live coding of the code on the unit)' }),
});

export const RatingTableQuery = z.object({
  level: z.enum(LEVELS),
  file: z.string().max(200).optional().openapi({ description: "The file's name, for messages (default upload.csv)" }),
});

export const RatingTableReliabilitySchema = z
  .object({
    file: z.string(),
    level: z.enum(LEVELS),
    coders: z.array(z.string()),
    units: z.number().int(),
    pairableUnits: z.number().int(),
    pairableValues: z.number().int(),
    alpha: z.number().nullable(),
    kappa: z.number().nullable(),
    percentAgreement: z.number().nullable(),
  })
  .openapi('RatingTableReliability');
