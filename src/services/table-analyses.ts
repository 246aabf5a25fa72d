import { correlate, type Correlation } from '../domain/correlation.js';
import { describeByGroup, type Descriptives, type GroupDescriptives } from '../domain/descriptives.js';
import { WarrantError } from '../domain/errors.js';
import { hasErrors, type Problem } from '../domain/problem.js';
import { ols, type Regression } from '../domain/regression.js';
import { cronbachAlpha, type ScaleReliability } from '../domain/scale-reliability.js';
import { type DataTable, isMissing, labelColumn, numericColumn, readDataTable } from '../importers/data-table.js';
import { numberInCell } from '../domain/numbers.js';
import { tableText } from '../importers/encoding.js';

/*
 * The statistics of Warrant's analyses on a CSV table prepared outside Warrant, as `warrant analyze`
 * and POST /api/analyses/… give them. Nothing is stored.
 */

export type TableAnalysis<R> = { ok: true; result: R & { file: string }; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Cases whose group is blank are counted in the whole but grouped under this label. */
export const NO_GROUP = '(blank)';

export interface TableDescriptives {
  value: string;
  by: string | null;
  all: Descriptives;
  groups: GroupDescriptives[];
}

export interface TableCorrelation extends Correlation {
  x: string;
  y: string;
}

function analyse<R>(input: Uint8Array | string, file: string, compute: (table: DataTable) => { result?: R; problems: Problem[] }): TableAnalysis<R> {
  const decoded = tableText(input, file);
  if (hasErrors(decoded.problems)) return { ok: false, problems: decoded.problems };
  const read = readDataTable(decoded.text, file);
  const problems = [...decoded.problems, ...read.problems];
  if (!read.table || hasErrors(problems)) return { ok: false, problems };
  let computed: { result?: R; problems: Problem[] };
  try {
    computed = compute(read.table);
  } catch (e) {
    // What the statistics refuse (too few cases, collinear predictors) is said of the file like a problem in it.
    if (e instanceof WarrantError && e.code === 'invalid') return { ok: false, problems: [...problems, { severity: 'error', file, message: e.message }] };
    throw e;
  }
  problems.push(...computed.problems);
  if (computed.result === undefined || hasErrors(problems)) return { ok: false, problems };
  return { ok: true, result: { file, ...computed.result }, problems };
}

const byLabel = new Intl.Collator('en', { numeric: true }).compare;

/** n, mean, SD, median, quartiles and range of a numeric column, over all cases and per group of another column. */
export function describeTable(input: Uint8Array | string, file: string, options: { value: string; by?: string }): TableAnalysis<TableDescriptives> {
  return analyse(input, file, (table) => {
    const value = numericColumn(table, options.value, 'value');
    const by = options.by === undefined ? undefined : labelColumn(table, options.by, 'grouping column');
    const problems = [...value.problems, ...(by?.problems ?? [])];
    if (problems.length) return { problems };
    const described = describeByGroup(value.values.map((v, i) => ({ group: by ? (by.values[i] ?? NO_GROUP) : '', value: v })));
    return {
      problems,
      result: {
        value: value.name,
        by: by?.name ?? null,
        all: described.all,
        groups: by ? described.groups.sort((a, b) => byLabel(a.group, b.group)) : [],
      },
    };
  });
}

/** Pearson's r and Spearman's ρ of two numeric columns, with n and p. */
export function correlateTable(input: Uint8Array | string, file: string, options: { x: string; y: string }): TableAnalysis<TableCorrelation> {
  return analyse(input, file, (table) => {
    const x = numericColumn(table, options.x, 'x');
    const y = numericColumn(table, options.y, 'y');
    const problems = [...x.problems, ...y.problems];
    if (problems.length) return { problems };
    return { problems, result: { x: x.name, y: y.name, ...correlate(x.values, y.values) } };
  });
}

/** OLS of a numeric column on others, with ordinary or cluster-robust (CR1) standard errors. */
export function regressTable(
  input: Uint8Array | string,
  file: string,
  options: { y: string; x: readonly string[]; cluster?: string },
): TableAnalysis<Regression> {
  return analyse(input, file, (table) => {
    const outcome = numericColumn(table, options.y, 'outcome');
    const predictors = options.x.map((x) => numericColumn(table, x, 'predictor'));
    const clusters = options.cluster === undefined ? undefined : labelColumn(table, options.cluster, 'cluster');
    const problems = [outcome, ...predictors, ...(clusters ? [clusters] : [])].flatMap((c) => c.problems);
    if (problems.length) return { problems };
    return { problems, result: ols({ outcome, predictors, ...(clusters && { clusters }) }) };
  });
}

/**
 * The columns of a scale's items when none are named: every column whose cells are all numbers or
 * missing, but a first column of distinct values (the respondents' identifiers).
 */
function numericColumns(table: DataTable): string[] {
  const numeric = table.columns.filter((_, j) =>
    table.rows.every((r) => {
      const cell = (r.fields[j] ?? '').trim();
      return isMissing(cell) || numberInCell(cell) !== undefined;
    }),
  );
  const first = table.columns[0]!;
  const identifiers = new Set(table.rows.map((r) => (r.fields[0] ?? '').trim()));
  return numeric.filter((c) => !(c === first && identifiers.size === table.rows.length));
}

/** Cronbach's α of a scale's items (named, or every numeric column), with α-if-deleted and item-rest correlations. */
export function cronbachTable(input: Uint8Array | string, file: string, options: { items?: readonly string[] }): TableAnalysis<ScaleReliability> {
  return analyse(input, file, (table) => {
    const names = options.items?.length ? options.items : numericColumns(table);
    if (names.length < 2)
      return {
        problems: [
          {
            severity: 'error',
            file,
            message: options.items?.length
              ? 'name two items or more (--items q1,q2,q3)'
              : `has ${names.length === 0 ? 'no column' : 'one column'} of numbers only (${names.join(', ') || 'none'}): a scale needs two items or more`,
          },
        ],
      };
    const items = names.map((n) => numericColumn(table, n, 'item'));
    const problems = items.flatMap((c) => c.problems);
    if (problems.length) return { problems };
    const result = cronbachAlpha(items);
    if (result.n < 2)
      return {
        problems: [{ severity: 'error', file, message: `${result.n} respondent${result.n === 1 ? '' : 's'} answered every item: α needs two or more` }],
      };
    return { problems, result };
  });
}
