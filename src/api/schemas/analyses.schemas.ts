import { z } from '@hono/zod-openapi';

const fileName = z.string().max(200).optional().openapi({ description: "The file's name, for messages (default upload.csv)" });
const column = (description: string) => z.string().min(1).max(200).openapi({ description });
const columns = (description: string) =>
  z
    .string()
    .min(1)
    .max(5000)
    .transform((v) =>
      v
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .openapi({ description, type: 'string' });

export const DescribeQuery = z.object({
  value: column('The numeric column to describe'),
  by: column('A column whose values group the cases').optional(),
  file: fileName,
});
export const CorrelateQuery = z.object({ x: column('The first numeric column'), y: column('The second numeric column'), file: fileName });
export const OlsQuery = z.object({
  y: column('The outcome'),
  x: columns('The predictors, separated by commas'),
  cluster: column('A column whose values cluster the cases, for cluster-robust (CR1) standard errors').optional(),
  file: fileName,
});
export const CronbachQuery = z.object({
  items: columns("The items' columns, separated by commas (default: every column of numbers but a first column of identifiers)").optional(),
  file: fileName,
});

export const figure = z.number().nullable();
/** The fields of a table of descriptives, shared by the analyses of a file and of stored measures. */
export const descriptives = {
  n: z.number().int(),
  missing: z.number().int(),
  mean: figure,
  sd: figure.openapi({ description: 'Sample standard deviation (n − 1)' }),
  median: figure,
  q1: figure.openapi({ description: 'First quartile, interpolated (type 7)' }),
  q3: figure,
  iqr: figure,
  min: figure,
  max: figure,
};
const Descriptives = z.object(descriptives).openapi('Descriptives');

export const TableDescriptivesSchema = z
  .object({
    file: z.string(),
    value: z.string(),
    by: z.string().nullable(),
    all: Descriptives,
    groups: z.array(z.object({ group: z.string(), ...descriptives })),
  })
  .openapi('TableDescriptives');

export const TableCorrelationSchema = z
  .object({
    file: z.string(),
    x: z.string(),
    y: z.string(),
    n: z.number().int().openapi({ description: 'Cases with both values' }),
    pearson: z
      .object({ r: figure, p: figure, low: figure, high: figure })
      .openapi({ description: "Pearson's r, its two-sided p and 95 % interval (Fisher's z)" }),
    spearman: z.object({ rho: figure, p: figure }).openapi({ description: "Spearman's ρ on average ranks and its two-sided p" }),
  })
  .openapi('TableCorrelation');

export const RegressionSchema = z
  .object({
    file: z.string(),
    outcome: z.string(),
    n: z.number().int().openapi({ description: 'Complete cases used' }),
    dropped: z.number().int().openapi({ description: 'Cases left out for a missing value' }),
    coefficients: z.array(
      z.object({ term: z.string(), estimate: z.number(), se: z.number(), t: z.number(), p: z.number(), low: z.number(), high: z.number() }),
    ),
    r2: figure,
    adjustedR2: figure,
    residualSe: z.number(),
    errors: z.enum(['ordinary', 'cluster-robust (CR1)']),
    clusters: z.object({ name: z.string(), count: z.number().int() }).nullable(),
    df: z.number().int().openapi({ description: 'Degrees of freedom of the t tests: n − k, or G − 1 with clusters' }),
  })
  .openapi('Regression');

/** Cronbach's α of a scale's items, shared by the analyses of a file and of stored measures. */
export const scaleReliability = {
  items: z.array(z.string()),
  n: z.number().int().openapi({ description: 'Respondents who answered every item' }),
  dropped: z.number().int(),
  alpha: figure,
  itemStatistics: z.array(z.object({ item: z.string(), alphaIfDeleted: figure, itemRestCorrelation: figure })),
};

export const ScaleReliabilitySchema = z
  .object({
    file: z.string(),
    ...scaleReliability,
  })
  .openapi('ScaleReliability');
