import type { Command } from 'commander';
import { commaList } from '../options.js';
import type { ScaleReliability } from '../../domain/scale-reliability.js';
import { correlateTable, cronbachTable, describeTable, regressTable, type TableAnalysis, type TableDescriptives } from '../../services/table-analyses.js';
import { EXIT } from '../exit-codes.js';
import { readCsvFile } from '../input-files.js';
import { bold, figure, print, printError, printJson, printProblems, printTable, red } from '../output.js';
import { showCorrelation, showRegression } from '../statistics.js';

/** Prints the result (as JSON or for reading), or the problems that stopped it with exit code "invalid". */
function report<R>(outcome: TableAnalysis<R>, file: string, json: boolean | undefined, show: (result: R & { file: string }) => void): void {
  if (!outcome.ok) {
    printError(red(`${file} cannot be analysed:`));
    printProblems(outcome.problems);
    process.exitCode = EXIT.invalid;
    return;
  }
  if (outcome.problems.length) printProblems(outcome.problems);
  if (json) printJson(outcome.result);
  else show(outcome.result);
}

function showDescriptives(r: TableDescriptives & { file: string }): void {
  print(bold(`${r.file}: ${r.value}${r.by ? ` by ${r.by}` : ''}`));
  const row = (label: string, d: TableDescriptives['all']) => [
    label,
    d.n,
    d.missing,
    figure(d.mean),
    figure(d.sd),
    figure(d.median),
    figure(d.q1),
    figure(d.q3),
    figure(d.iqr),
    figure(d.min),
    figure(d.max),
  ];
  printTable(
    [r.by ?? '', 'n', 'missing', 'mean', 'SD', 'median', 'Q1', 'Q3', 'IQR', 'min', 'max'],
    [...r.groups.map((g) => row(g.group, g)), row('all', r.all)],
  );
}

function showScale(r: ScaleReliability & { file: string }): void {
  print(bold(`${r.file}: Cronbach's α ${figure(r.alpha)} over ${r.items.length} items (${r.items.join(', ')})`));
  print(`${r.n} respondents answered every item${r.dropped ? ` (${r.dropped} left out for an unanswered item)` : ''}`);
  printTable(
    ['item', 'α if deleted', 'item-rest r'],
    r.itemStatistics.map((s) => [s.item, figure(s.alphaIfDeleted), figure(s.itemRestCorrelation)]),
  );
}

/** `warrant analyze …`: Warrant's statistics on a CSV table prepared outside it. Reads the file only; no database. */
export function registerAnalyzeCommands(program: Command): void {
  const analyze = program
    .command('analyze')
    .description('statistics on a CSV table prepared outside Warrant (a header naming the commaList, a line per case; blank or NA for a missing value)');

  analyze
    .command('describe')
    .description('n, missing, mean, SD, median, quartiles, IQR and range of a numeric column, per group of another column and over all')
    .argument('<file>', 'CSV file (comma, semicolon or tab)')
    .requiredOption('--value <column>', 'the numeric column to describe')
    .option('--by <column>', 'a column whose values group the cases (school, role group, cycle…)')
    .option('--json', 'print as JSON')
    .action(async (file: string, opts: { value: string; by?: string; json?: boolean }) =>
      report(describeTable(await readCsvFile(file), file, opts), file, opts.json, showDescriptives),
    );

  analyze
    .command('correlate')
    .description("Pearson's r (with its 95% interval) and Spearman's ρ of two numeric commaList, each with n and its two-sided p")
    .argument('<file>', 'CSV file (comma, semicolon or tab)')
    .requiredOption('--x <column>', 'the first numeric column')
    .requiredOption('--y <column>', 'the second numeric column')
    .option('--json', 'print as JSON')
    .action(async (file: string, opts: { x: string; y: string; json?: boolean }) =>
      report(correlateTable(await readCsvFile(file), file, opts), file, opts.json, showCorrelation),
    );

  analyze
    .command('ols')
    .description(
      'ordinary least squares with an intercept on the complete cases; cluster-robust standard errors (CR1, as Stata and statsmodels) with --cluster',
    )
    .argument('<file>', 'CSV file (comma, semicolon or tab)')
    .requiredOption('--y <column>', 'the outcome')
    .requiredOption('--x <commaList>', 'the predictors, separated by commas', commaList)
    .option('--cluster <column>', 'a column whose values cluster the cases (e.g. teachers in schools)')
    .option('--json', 'print as JSON')
    .action(async (file: string, opts: { y: string; x: string[]; cluster?: string; json?: boolean }) =>
      report(regressTable(await readCsvFile(file), file, opts), file, opts.json, showRegression),
    );

  analyze
    .command('cronbach')
    .description("Cronbach's α of a scale's items, with each item's α if deleted and item-rest correlation, on the respondents who answered every item")
    .argument('<file>', 'CSV file (comma, semicolon or tab), a line per respondent')
    .option('--items <commaList>', "the items' commaList, separated by commas (default: every column of numbers but a first column of identifiers)", commaList)
    .option('--json', 'print as JSON')
    .action(async (file: string, opts: { items?: string[]; json?: boolean }) =>
      report(cronbachTable(await readCsvFile(file), file, opts), file, opts.json, showScale),
    );
}
