import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { invalid } from '../../domain/errors.js';
import { formatProblem } from '../../domain/problem.js';
import { withDefined } from '../../services/lookup.js';
import { correlateTable, cronbachTable, describeTable, regressTable, type TableAnalysis } from '../../services/table-analyses.js';
import type { ApiEnv } from '../env.js';
import { guard, teamRead } from '../policy.js';
import {
  CorrelateQuery,
  CronbachQuery,
  DescribeQuery,
  OlsQuery,
  RegressionSchema,
  ScaleReliabilitySchema,
  TableCorrelationSchema,
  TableDescriptivesSchema,
} from '../schemas/analyses.schemas.js';
import { errorResponses, jsonResponse } from '../schemas/common.schemas.js';

const tags = ['Analyses'];
const csvBody = { content: { 'text/csv': { schema: z.string() }, 'text/plain': { schema: z.string() } }, required: true };

/** The result, or the problems that stopped it as one refusal listing them all. */
function resultOf<R>(outcome: TableAnalysis<R>, file: string): R & { file: string } {
  if (outcome.ok) return outcome.result;
  const first = outcome.problems.find((p) => p.severity === 'error') ?? outcome.problems[0];
  throw invalid(first ? formatProblem(first).replace(/^error: /, '') : `${file} cannot be analysed`, { problems: outcome.problems });
}

/**
 * Statistics on a CSV table prepared outside Warrant, uploaded as the body: for the research team
 * (any member of a partnership's team, observers too); nothing is stored, and no partnership's data
 * is read.
 */
export function registerAnalysisRoutes(app: OpenAPIHono<ApiEnv>) {
  const route = <Q extends z.ZodObject, R extends z.ZodType>(path: string, summary: string, query: Q, schema: R, name: string) =>
    guard(
      app,
      teamRead({ kind: 'none' }),
      createRoute({
        method: 'post',
        path: `/api/analyses/${path}`,
        tags,
        summary,
        request: { query, body: csvBody },
        responses: { 200: jsonResponse(schema, name), ...errorResponses },
      }),
    );
  const body = async (c: { req: { arrayBuffer(): Promise<ArrayBuffer> } }) => new Uint8Array(await c.req.arrayBuffer());

  app.openapi(
    route(
      'describe',
      'n, missing, mean, SD, median, quartiles, IQR and range of a numeric column of a CSV table, per group of another column and over all',
      DescribeQuery,
      TableDescriptivesSchema,
      'Descriptives',
    ),
    async (c) => {
      const { file = 'upload.csv', value, by } = c.req.valid('query');
      return c.json(resultOf(describeTable(await body(c), file, { value, ...(by !== undefined && { by }) }), file), 200);
    },
  );
  app.openapi(
    route(
      'correlate',
      "Pearson's r (with its 95 % interval) and Spearman's ρ of two numeric columns of a CSV table, with n and p",
      CorrelateQuery,
      TableCorrelationSchema,
      'Correlation',
    ),
    async (c) => {
      const { file = 'upload.csv', ...options } = c.req.valid('query');
      return c.json(resultOf(correlateTable(await body(c), file, options), file), 200);
    },
  );
  app.openapi(
    route(
      'ols',
      'OLS with an intercept on the complete cases of a CSV table; cluster-robust (CR1) standard errors with a cluster column',
      OlsQuery,
      RegressionSchema,
      'Regression',
    ),
    async (c) => {
      const { file = 'upload.csv', y, x, cluster } = c.req.valid('query');
      return c.json(resultOf(regressTable(await body(c), file, { y, x, ...(cluster !== undefined && { cluster }) }), file), 200);
    },
  );
  app.openapi(
    route(
      'cronbach',
      "Cronbach's α of a scale's items in a CSV table, with α if an item is deleted and item-rest correlations",
      CronbachQuery,
      ScaleReliabilitySchema,
      'Scale reliability',
    ),
    async (c) => {
      const { file = 'upload.csv', ...options } = c.req.valid('query');
      return c.json(resultOf(cronbachTable(await body(c), file, withDefined(options)), file), 200);
    },
  );
}
