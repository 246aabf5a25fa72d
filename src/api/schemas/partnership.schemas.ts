import { CalendarStepSchema } from './calendar.schemas.js';
import { z } from '@hono/zod-openapi';
import { RoleGroupSchema } from './common.schemas.js';

export const PartnershipSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string() }).openapi('Partnership');

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
