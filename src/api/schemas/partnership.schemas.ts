import { CalendarStepSchema } from './calendar.schemas.js';
import { z } from '@hono/zod-openapi';
import { RoleGroupSchema } from './common.schemas.js';
import { AttributeValueSchema, AttributeValuesSchema } from './participant-attributes.schemas.js';

export const PartnershipSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    quoteMinimum: z.number().int().openapi({ description: 'The smallest role group in a district whose words may be quoted to partners' }),
    quoteMinimumVersion: z.number().int().openapi({ description: 'The version of that rule, which a change names' }),
  })
  .openapi('Partnership');

export const OrganizationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['district', 'school', 'unit']),
    name: z.string(),
    districtId: z.string().nullable().openapi({ description: 'The district of a school or central-office unit' }),
  })
  .openapi('Organization');

export const CycleSchema = z.object({ id: z.string(), label: z.string().openapi({ example: '2010-11' }) }).openapi('Cycle');

export const ParticipantSchema = z
  .object({
    id: z.string(),
    code: z.string().openapi({ description: "The team's stable participant ID, the same across cycles", example: 'LPS-T01' }),
    pseudonym: z.string(),
    role: RoleGroupSchema,
    districtId: z.string(),
    organizationId: z.string(),
    unitId: z.string().nullable(),
    attributes: z.record(z.string(), AttributeValueSchema).openapi({ description: "The participant's attribute values, by the attribute's ID" }),
    version: z.number().int(),
  })
  .openapi('Participant');

export const StatsSchema = z
  .object({
    districts: z.number().int(),
    schools: z.number().int(),
    units: z.number().int(),
    participants: z.object({ total: z.number().int(), byRole: z.record(z.string(), z.number().int()) }),
    interviews: z.object({ total: z.number().int(), byCycle: z.record(z.string(), z.number().int()) }),
    transcripts: z.number().int(),
    transcriptVersions: z.number().int(),
    turns: z.number().int(),
    words: z.number().int().openapi({ description: 'Words of spoken text, without speaker labels or timestamps' }),
    analysis: z.object({
      isfs: z.record(z.string(), z.number().int()),
      excerpts: z.number().int(),
      summaries: z.record(z.string(), z.number().int()),
      claims: z.number().int(),
      findings: z.number().int(),
    }),
    coding: z
      .object({ codes: z.number().int(), codings: z.number().int(), coders: z.number().int(), memos: z.number().int() })
      .openapi({ description: "The codebook's live codes, the live codings and how many coders made them, and live memos" }),
    measures: z
      .object({ instruments: z.number().int(), responses: z.number().int() })
      .openapi({ description: 'The instruments (surveys, observation rubrics, knowledge tests, achievement) and the responses stored for them' }),
  })
  .openapi('Stats');

export const DistrictProgressSchema = z
  .object({
    districtId: z.string(),
    district: z.string(),
    schools: z.number().int(),
    schoolNames: z.array(z.string()),
    participants: z.array(z.object({ role: RoleGroupSchema, count: z.number().int() })),
    cycles: z.array(
      z.object({
        cycle: z.string(),
        interviews: z.number().int(),
        isfsComplete: z.number().int(),
        isfsDraft: z.number().int(),
        isfsToDo: z.number().int(),
        summaries: z.number().int(),
        summariesDone: z.number().int().openapi({ description: 'School and role-group summaries the cycle calls for that are written' }),
        summariesToDo: z.number().int().openapi({ description: 'School and role-group summaries the cycle calls for that are not written yet' }),
        claims: z.number().int(),
        findings: z.number().int(),
        strategies: z.number().int(),
        calendar: z.array(CalendarStepSchema).openapi({ description: "The yearly cycle's steps, each with its state derived from the data" }),
      }),
    ),
  })
  .openapi('DistrictProgress');

const nameText = z.string().max(200);

export const NewPartnershipSchema = z
  .object({
    name: nameText.openapi({ example: 'Middle-School Mathematics and the Institutional Setting of Teaching' }),
    cycles: z
      .array(z.string().max(20))
      .max(20)
      .optional()
      .openapi({ description: 'Its first cycles (school years)', example: ['2009-10'] }),
    quoteMinimum: z
      .number()
      .int()
      .optional()
      .openapi({ description: 'The smallest role group in a district whose members may be quoted to partners (3 to 100; default 3)' }),
  })
  .openapi('NewPartnership');

export const NewCycleSchema = z.object({ label: z.string().max(20).openapi({ example: '2010-11' }) }).openapi('NewCycle');

export const NewOrganizationSchema = z
  .object({
    kind: z.enum(['district', 'school', 'unit']),
    name: nameText,
    district: z.string().max(200).optional().openapi({ description: 'The district (ID or name) of a school or central-office unit' }),
  })
  .openapi('NewOrganization');

export const RenameOrganizationSchema = z
  .object({ name: nameText, reason: z.string().max(2000).optional().openapi({ description: 'Why it is renamed (kept in the audit trail)' }) })
  .openapi('RenameOrganization');

const placement = {
  role: z.string().max(40).openapi({ description: 'A role group: teacher, coach, school_leader or district_leader' }),
  school: z.string().max(400).optional().openapi({
    description: 'For teachers, coaches and school leaders: the school (ID or name; "Oak Ridge Middle School (Riverton)" where two share a name)',
  }),
  district: z.string().max(200).optional().openapi({ description: "A district leader's district, or the district to find the school in (ID or name)" }),
  unit: z.string().max(200).optional().openapi({ description: "A district leader's central-office unit (ID or name)" }),
};

export const NewParticipantSchema = z
  .object({
    pseudonym: nameText,
    code: z.string().max(40).optional().openapi({ description: "The team's stable participant ID; without it the next free one (T01, C01, SL01, DL01…)" }),
    ...placement,
    attributes: AttributeValuesSchema.optional(),
  })
  .openapi('NewParticipant');

export const ParticipantEditSchema = z
  .object({
    pseudonym: nameText.optional(),
    role: placement.role.optional(),
    school: placement.school,
    district: placement.district,
    unit: placement.unit,
    attributes: AttributeValuesSchema.optional(),
    alsoPastInterviews: z.boolean().optional().openapi({
      description:
        'A change of role or school is a correction: the interviews given with the old role and school take the new ones too (each a new version with the reason); otherwise they keep theirs',
    }),
    reason: z.string().max(2000).optional().openapi({ description: 'Why the change was made (kept with the new version)' }),
    expectedVersion: z.number().int().min(1).optional().openapi({ description: 'The version the edit was made on' }),
  })
  .openapi('ParticipantEdit');

export const EditedParticipantSchema = z
  .object({
    participant: ParticipantSchema,
    interviewsKept: z
      .number()
      .int()
      .openapi({ description: 'Interviews given before a change of role or school, which keep the role and school they were given at the time' }),
    interviewsCorrected: z.number().int().openapi({ description: 'Interviews corrected to the new role and school with the participant' }),
    message: z.string(),
  })
  .openapi('EditedParticipant');
