import { z } from '@hono/zod-openapi';
import { INSTRUMENT_KINDS } from '../../domain/instrument.js';
import { LEVELS } from '../../domain/reliability.js';
import { EXPORT_SHAPES } from '../../services/measure-export.js';
import { CLUSTERINGS, MEASURE_GROUPINGS } from '../../services/measures.js';
import { descriptives, figure, RegressionSchema, scaleReliability, TableCorrelationSchema } from './analyses.schemas.js';
import { filterText, requiredText } from './common.schemas.js';

const filters = {
  district: filterText.openapi({ description: 'Only participants of this district when they responded (name or ID)' }),
  school: filterText.openapi({ description: 'Only participants of this school' }),
  role: filterText.openapi({ description: 'Only this role group' }),
};
const measure = requiredText(200).openapi({ description: 'A scale (by name) or an item (by key) of the instrument' });

export const DescriptivesQuery = z.object({
  measure,
  by: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: `Groupings within each cycle, separated by commas: ${MEASURE_GROUPINGS.join(', ')}` }),
  cycle: filterText.openapi({ description: 'Only this cycle' }),
  ...filters,
});

export const ReliabilityQuery = z.object({ cycle: filterText.openapi({ description: 'Only this cycle' }), ...filters });

export const ChangeQuery = z.object({
  measure,
  from: filterText.openapi({ description: 'The earlier cycle (default: the one before `to` with responses)' }),
  to: filterText.openapi({ description: 'The later cycle (default: the last with responses)' }),
  by: z.enum(MEASURE_GROUPINGS).optional().openapi({ description: 'Group the participants as they were in the later cycle' }),
  ...filters,
});

const MeasureRef = {
  instrument: z.object({ id: z.string(), name: z.string() }),
  measure: z.object({ name: z.string(), kind: z.enum(['scale', 'item']) }),
};
const Group = z.object({ district: z.string().optional(), school: z.string().optional(), role: z.string().optional() });

export const MeasureDescriptivesSchema = z
  .object({
    ...MeasureRef,
    by: z.array(z.enum(MEASURE_GROUPINGS)),
    cycles: z.array(z.object({ cycle: z.string(), ...descriptives })).openapi({ description: 'Per cycle, over every participant who responded' }),
    groups: z.array(z.object({ cycle: z.string(), group: Group, ...descriptives })).openapi({ description: 'Per cycle and group' }),
  })
  .openapi('MeasureDescriptives');

export const MeasureReliabilitySchema = z
  .object({
    instrument: z.object({ id: z.string(), name: z.string() }),
    scales: z.array(z.object({ scale: z.string(), cycle: z.string(), ...scaleReliability })),
  })
  .openapi('MeasureReliability');

const paired = {
  n: z.number().int().openapi({ description: 'Participants with a value in both cycles' }),
  before: figure,
  after: figure,
  change: figure.openapi({ description: 'Mean of after − before' }),
  sd: figure,
  t: figure,
  df: z.number().int().nullable(),
  p: figure,
  low: figure.openapi({ description: '95 % interval of the mean change' }),
  high: figure,
  effectSize: figure.openapi({ description: "Cohen's d for paired data (mean change / SD of the changes)" }),
  improved: z.number().int(),
  unchanged: z.number().int(),
  declined: z.number().int(),
};

export const MeasureChangeSchema = z
  .object({
    ...MeasureRef,
    from: z.string(),
    to: z.string(),
    by: z.enum(MEASURE_GROUPINGS).nullable(),
    all: z.object(paired),
    groups: z.array(z.object({ group: z.string(), ...paired })),
    participants: z.array(
      z.object({ code: z.string(), pseudonym: z.string(), group: z.string().nullable(), before: z.number(), after: z.number(), change: z.number() }),
    ),
  })
  .openapi('MeasureChange');

export const ParticipantMeasuresSchema = z
  .object({
    participant: z.object({ id: z.string(), code: z.string(), pseudonym: z.string() }),
    instruments: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(INSTRUMENT_KINDS),
        cycles: z.array(z.string()),
        measures: z.array(
          z.object({
            name: z.string(),
            kind: z.enum(['scale', 'item']),
            values: z.array(z.object({ cycle: z.string(), value: figure, change: figure })),
          }),
        ),
      }),
    ),
  })
  .openapi('ParticipantMeasures');

export const ExportQuery = z.object({
  shape: z.enum(EXPORT_SHAPES).optional().openapi({ description: 'long: a line per participant and cycle (the default); wide: a line per participant' }),
  file: z.enum(['data', 'dictionary']).optional().openapi({ description: 'The data (the default) or its dictionary' }),
});

const MeasureInCycleSchema = z
  .object({
    instrument: requiredText(200).openapi({ description: 'The instrument, by name or ID' }),
    measure,
    cycle: requiredText(200),
  })
  .openapi('MeasureInCycle');

export const CorrelateMeasuresBody = z.object({ x: MeasureInCycleSchema, y: MeasureInCycleSchema });
export const RegressMeasuresBody = z.object({
  outcome: MeasureInCycleSchema,
  predictors: z.array(MeasureInCycleSchema).min(1).max(20),
  cluster: z.enum(CLUSTERINGS).optional().openapi({ description: "Cluster-robust (CR1) errors by the school or district of the outcome's response" }),
});
export const MeasureCorrelationSchema = TableCorrelationSchema.omit({ file: true }).openapi('MeasureCorrelation');
export const MeasureRegressionSchema = RegressionSchema.omit({ file: true }).openapi('MeasureRegression');

const AlphaSchema = z
  .object({
    level: z.enum(LEVELS),
    alpha: figure.openapi({ description: "Krippendorff's α for ordinal data; null when undefined (fewer than two pairable values, or no variation)" }),
    units: z.number().int().openapi({ description: 'Units scored by two raters or more' }),
    pairableValues: z.number().int(),
    observedDisagreement: z.number(),
    expectedDisagreement: z.number(),
  })
  .openapi('OrdinalAlpha');

const DimensionAgreementSchema = z
  .object({
    dimension: z.string().nullable().openapi({ description: 'The dimension; null for all dimensions pooled' }),
    lessons: z.number().int(),
    doubleRated: z.number().int().openapi({ description: 'Lessons scored on it by two raters or more' }),
    alpha: AlphaSchema,
    pairs: z.number().int().openapi({ description: "Pairs of raters' levels on the same lesson" }),
    exact: figure.openapi({ description: 'Share of the pairs with the same level' }),
    adjacent: figure.openapi({ description: 'Share of the pairs within one level' }),
  })
  .openapi('DimensionAgreement');

export const LessonAgreementSchema = z
  .object({
    instrument: z.object({ id: z.string(), name: z.string() }),
    cycle: z.string().nullable(),
    lessons: z.number().int(),
    doubleRated: z.number().int(),
    raters: z.array(z.string()),
    dimensions: z.array(DimensionAgreementSchema),
    pooled: DimensionAgreementSchema,
  })
  .openapi('LessonAgreement');

const minimum = z.coerce
  .number()
  .int()
  .min(1)
  .max(1000)
  .optional()
  .openapi({ description: 'Suppress a group of fewer students tested than this (partner leaders always see groups under 10 suppressed)' });

export const AchievementQuery = z.object({
  district: filterText.openapi({ description: 'Only this district (name or ID)' }),
  school: filterText.openapi({ description: 'Only this school' }),
  grade: filterText.openapi({ description: 'Only this grade' }),
  minimum,
});

export const DistrictAchievementQuery = z.object({
  instrument: filterText.openapi({ description: "The student achievement instrument (name or ID); default the partnership's first" }),
  school: filterText.openapi({ description: 'Only this school of the district' }),
  grade: filterText.openapi({ description: 'Only this grade' }),
  minimum,
});

export const AchievementTableSchema = z
  .object({
    instrument: z.object({ id: z.string(), name: z.string() }),
    instruments: z.array(z.object({ id: z.string(), name: z.string() })).openapi({ description: "The partnership's student achievement instruments" }),
    schools: z.array(z.string()).openapi({ description: 'The schools with results in the district chosen (or the partnership)' }),
    district: z.string().nullable(),
    school: z.string().nullable(),
    grade: z.string().nullable(),
    minimum: z.number().int().nullable().openapi({ description: 'The fewest students a figure shown rests on; null when nothing is suppressed' }),
    rows: z.array(
      z.object({
        cycle: z.string(),
        studentGroup: z.string(),
        numberTested: z.number().int().nullable(),
        percentAtStandard: figure.openapi({ description: 'Over the schools and grades chosen, weighted by the students tested' }),
        meanScaleScore: figure,
        gap: figure.openapi({ description: "The group's percent at standard minus all students', in percentage points" }),
        suppressed: z.boolean().openapi({ description: 'Fewer students tested than the minimum: its figures are withheld' }),
      }),
    ),
  })
  .openapi('AchievementTable');

export const DistrictAchievementSchema = z
  .object({ achievement: AchievementTableSchema.nullable().openapi({ description: 'Null when the partnership holds no student achievement yet' }) })
  .openapi('DistrictAchievement');
