import { type Command, InvalidArgumentError } from 'commander';
import { LEVELS, type Level } from '../../domain/reliability.js';
import { ratingTableReliability, type RatingTableReliability } from '../../services/rating-tables.js';
import { EXIT } from '../exit-codes.js';
import { readCsvFile } from '../input-files.js';
import { bold, print, printError, printJson, printProblems, red } from '../output.js';

function level(value: string): Level {
  if (!(LEVELS as readonly string[]).includes(value)) throw new InvalidArgumentError(`the level is one of ${LEVELS.join(', ')}`);
  return value as Level;
}

const fixed = (x: number | null, digits = 3) => (x === null ? 'undefined' : x.toFixed(digits));

function printResult(r: RatingTableReliability): void {
  print(bold(`${r.file}: ${r.units} unit${r.units === 1 ? '' : 's'} × ${r.coders.length} coders (${r.coders.join(', ')}), ${r.level}`));
  const rows: [string, string][] = [
    [`Krippendorff's α (${r.level})`, r.alpha === null ? 'undefined (the pairable values do not vary)' : fixed(r.alpha)],
    ["Cohen's κ", r.coders.length === 2 ? (r.kappa === null ? 'undefined (both coders used one value only)' : fixed(r.kappa)) : '— (two coders only)'],
    ['percent agreement', r.percentAgreement === null ? 'undefined' : `${(r.percentAgreement * 100).toFixed(1)}%`],
    ['units', `${r.pairableUnits} of ${r.units} pairable (coded by two coders or more)`],
    ['pairable values', String(r.pairableValues)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) print(`  ${k.padEnd(width)}  ${v}`);
}

/** `warrant reliability FILE.csv`: agreement on ratings made outside Warrant. Reads the file only; no database. */
export function registerReliabilityCommands(program: Command): void {
  program
    .command('reliability')
    .description("agreement between coders on a CSV table of units × coders: Krippendorff's α, Cohen's κ (two coders) and percent agreement")
    .argument(
      '<file>',
      'CSV (comma, semicolon or tab): a header line naming the coders (a first column headed "unit" names the units), one line per unit, blank where a coder gave no value',
    )
    .requiredOption('--level <level>', `the level of measurement: ${LEVELS.join(', ')} (ordinal, interval and ratio values are numbers)`, level)
    .option('--json', 'print as JSON')
    .action(async (file: string, opts: { level: Level; json?: boolean }) => {
      const outcome = ratingTableReliability(await readCsvFile(file), file, opts.level);
      if (!outcome.ok) {
        printError(red(`${file} cannot be read as a table of ratings:`));
        printProblems(outcome.problems);
        process.exitCode = EXIT.invalid;
        return;
      }
      if (outcome.problems.length) printProblems(outcome.problems);
      if (opts.json) return printJson(outcome.result);
      printResult(outcome.result);
    });
}
