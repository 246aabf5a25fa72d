import { type Command, InvalidArgumentError } from 'commander';
import { INSTRUMENT_KINDS, type InstrumentKind } from '../../domain/instrument.js';
import { importInstrumentResponses, SURVEY_FORMATS, type InstrumentImportReport, type SurveyFormat } from '../../services/instrument-import.js';
import { EXIT } from '../exit-codes.js';
import { readCsvFile } from '../input-files.js';
import { bold, dim, print, printError, printJson, printProblems, red } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

function format(value: string): SurveyFormat {
  if (!(SURVEY_FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(`the format is one of ${SURVEY_FORMATS.join(', ')}`);
  return value as SurveyFormat;
}

function kind(value: string): InstrumentKind {
  if (!(INSTRUMENT_KINDS as readonly string[]).includes(value)) throw new InvalidArgumentError(`the kind is one of ${INSTRUMENT_KINDS.join(', ')}`);
  return value as InstrumentKind;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function printReport(r: InstrumentImportReport): void {
  const errors = r.problems.filter((p) => p.severity === 'error');
  const warnings = r.problems.filter((p) => p.severity === 'warning');
  // Unanswered items are many in a real survey: counted here, listed with --json.
  const shown = warnings.filter((p) => !/ unanswered$/.test(p.message));
  printProblems([...errors, ...shown]);
  if (!r.written) {
    printError(red(`${r.file}: nothing stored (${plural(errors.length, 'error')}${r.responses.skipped ? `; --skip-invalid stores the valid responses` : ''})`));
    process.exitCode = EXIT.invalid;
    return;
  }
  const { added, corrected, unchanged, skipped } = r.responses;
  print(bold(`${r.file} → ${r.instrument.name}${r.instrument.created ? ' (new instrument)' : ''}, ${r.cycle}`));
  print(
    `  responses stored: ${added} added, ${corrected} corrected (as new versions), ${unchanged} unchanged${skipped ? `, ${skipped} skipped as invalid` : ''}`,
  );
  print(`  items: ${r.items.total}${r.items.added.length ? ` (${r.items.added.length} added in ${r.cycle}: ${r.items.added.join(', ')})` : ''}`);
  if (r.unanswered) print(dim(`  ${plural(r.unanswered, 'item')} left unanswered (listed with --json)`));
}

/** `warrant instrument …`: surveys, observation rubrics, knowledge tests and achievement, and the responses to them. */
export function registerInstrumentCommands(program: Command): void {
  const instrument = program.command('instrument').description('instruments (surveys, observation rubrics, knowledge tests, achievement) and their responses');
  instrument
    .command('import')
    .description(
      "import a file of responses in a cycle, matched to the roster's participants: nothing is stored on any error unless --skip-invalid; the same file again changes nothing, a corrected response is its next version",
    )
    .argument('<file>', 'the export: Qualtrics CSV (three header rows), REDCap raw data, or a plain CSV with a header line')
    .requiredOption('--instrument <name>', 'the instrument (defined from the file when new)')
    .requiredOption('--format <format>', SURVEY_FORMATS.join(', '), format)
    .requiredOption('--cycle <cycle>', 'the cycle the responses belong to, e.g. 2009-10')
    .option('--dictionary <file>', "REDCap's data dictionary (CSV), which a REDCap export needs")
    .option('--id-column <column>', "the column of the participants' IDs (default: Qualtrics' ExternalReference, REDCap's record ID, or participant_id)")
    .option('--kind <kind>', `the kind of a new instrument: ${INSTRUMENT_KINDS.join(', ')} (default survey)`, kind)
    .option('--skip-invalid', 'store the valid responses and report the invalid ones')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        file: string,
        opts: { instrument: string; format: SurveyFormat; cycle: string; dictionary?: string; idColumn?: string; kind?: InstrumentKind; skipInvalid?: boolean },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          const bytes = await readCsvFile(file);
          const dictionary = opts.dictionary ? { file: opts.dictionary, bytes: await readCsvFile(opts.dictionary) } : undefined;
          const report = await importInstrumentResponses(s.ctx, {
            partnershipId: (await partnershipOf(s, o)).id,
            instrument: opts.instrument,
            format: opts.format,
            file,
            bytes,
            cycle: opts.cycle,
            ...(dictionary && { dictionary }),
            ...(opts.idColumn !== undefined && { idColumn: opts.idColumn }),
            ...(opts.kind !== undefined && { kind: opts.kind }),
            ...(opts.skipInvalid && { skipInvalid: true }),
          });
          if (o.json) {
            printJson(report);
            if (!report.written) process.exitCode = EXIT.invalid;
            return;
          }
          printReport(report);
        }),
    );
}
