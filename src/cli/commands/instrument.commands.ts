import { type Command, InvalidArgumentError } from 'commander';
import { invalid, notFound } from '../../domain/errors.js';
import { INSTRUMENT_KINDS, type InstrumentKind, ITEM_TYPES, type ItemType, SCALE_METHODS, type ScaleMethod, type ValueLabel } from '../../domain/instrument.js';
import { IMPORT_FORMATS, type ImportFormat, importInstrumentResponses, type InstrumentImportReport } from '../../services/instrument-import.js';
import { parseLevels } from '../../services/lesson-scores.js';
import { defineScale, editItem, getInstrument, type InstrumentDetail, listInstruments, reviseScale } from '../../services/instruments.js';
import { EXIT } from '../exit-codes.js';
import { readCsvFile } from '../input-files.js';
import { commaList, wholeNumber } from '../options.js';
import { bold, dim, print, printError, printJson, printProblems, printTable, red } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

const format = (value: string): ImportFormat => oneOf(IMPORT_FORMATS, 'format')(value);
const kind = (value: string): InstrumentKind => oneOf(INSTRUMENT_KINDS, 'kind')(value);

function oneOf<T extends string>(values: readonly T[], what: string) {
  return (value: string): T => {
    if (!(values as readonly string[]).includes(value)) throw new InvalidArgumentError(`the ${what} is one of ${values.join(', ')}`);
    return value as T;
  };
}

function aNumber(value: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('not a number');
  return n;
}

/** "1=Never,2=Monthly,3=Weekly": a scale item's choices. */
function valueLabels(value: string): ValueLabel[] {
  return value
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const m = /^(-?\d+(?:\.\d+)?)\s*=\s*(.+)$/.exec(pair);
      if (!m) throw new InvalidArgumentError(`"${pair}" is not value=label`);
      return { value: Number(m[1]), label: m[2]!.trim() };
    });
}

function printInstrument(i: InstrumentDetail): void {
  print(bold(`${i.name} (${i.kind}), version ${i.version}`) + ' ' + dim(i.id));
  if (i.responses.length) print(`  responses: ${i.responses.map((r) => `${r.count} in ${r.cycle}`).join(', ')}`);
  printTable(
    ['item', 'type', 'values', 'reverse', 'first asked', 'reworded', 'text'],
    i.itemList.map((it) => [
      it.key,
      it.type,
      it.type === 'scale'
        ? it.labels.map((l) => `${l.value}=${l.label}`).join(', ')
        : it.min !== null || it.max !== null
          ? `${it.min ?? '…'} to ${it.max ?? '…'}`
          : '',
      it.reverse ? 'yes' : '',
      it.firstCycle,
      it.rewordedIn ? `${it.rewordedIn} (${it.comparable ? 'comparable' : 'not comparable'})` : '',
      it.text,
    ]),
  );
  if (i.scales.length) {
    print(bold('Scales'));
    printTable(
      ['scale', 'items', 'score', 'answered at least', 'version'],
      i.scales.map((s) => [s.name, s.items.join(', '), s.method, s.minimumAnswered, s.version]),
    );
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function printReport(r: InstrumentImportReport): void {
  const errors = r.problems.filter((p) => p.severity === 'error');
  const warnings = r.problems.filter((p) => p.severity === 'warning');
  // Unanswered items are many in a real survey: counted here, listed with --json.
  const shown = warnings.filter((p) => !/ (unanswered|not scored)$/.test(p.message));
  const lessons = r.format === 'lessons';
  printProblems([...errors, ...shown]);
  if (!r.written) {
    printError(red(`${r.file}: nothing stored (${plural(errors.length, 'error')}${r.responses.skipped ? `; --skip-invalid stores the valid responses` : ''})`));
    process.exitCode = EXIT.invalid;
    return;
  }
  const { added, corrected, unchanged, skipped } = r.responses;
  print(bold(`${r.file} → ${r.instrument.name}${r.instrument.created ? ' (new instrument)' : ''}, ${r.cycle}`));
  print(
    `  ${lessons ? "raters' scores of lessons" : r.format === 'achievement' ? 'results per school, grade and student group' : 'responses'} stored: ${added} added, ${corrected} corrected (as new versions), ${unchanged} unchanged${skipped ? `, ${skipped} skipped as invalid` : ''}`,
  );
  print(
    `  ${lessons ? 'dimensions' : 'items'}: ${r.items.total}${r.items.added.length ? ` (${r.items.added.length} added in ${r.cycle}: ${r.items.added.join(', ')})` : ''}`,
  );
  if (r.unanswered) print(dim(`  ${plural(r.unanswered, lessons ? 'dimension' : 'item')} left ${lessons ? 'unscored' : 'unanswered'} (listed with --json)`));
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
    .requiredOption(
      '--format <format>',
      `${IMPORT_FORMATS.join(', ')} (lessons: scores on an observation rubric, a line per teacher, lesson_date, rater, dimension, level; achievement: a district's results, a line per school, grade, student_group with number_tested, percent_at_standard, mean_scale_score)`,
      format,
    )
    .requiredOption('--cycle <cycle>', 'the cycle the responses belong to, e.g. 2009-10')
    .option('--dictionary <file>', "REDCap's data dictionary (CSV), which a REDCap export needs")
    .option(
      '--mapping <file>',
      'a CSV mapping the identifiers the file gives respondents (e-mail, staff ID) to participant IDs: columns participant_id and the identifier; read, not stored',
    )
    .option('--id-column <column>', "the column of the participants' IDs (default: Qualtrics' ExternalReference, REDCap's record ID, or participant_id)")
    .option('--kind <kind>', `the kind of a new instrument: ${INSTRUMENT_KINDS.join(', ')} (default survey)`, kind)
    .option('--levels <range>', "lesson scores: the levels a rubric's new dimensions are scored on (default 1-4)")
    .option('--skip-invalid', 'store the valid responses and report the invalid ones')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        file: string,
        opts: {
          instrument: string;
          format: ImportFormat;
          cycle: string;
          levels?: string;
          dictionary?: string;
          mapping?: string;
          idColumn?: string;
          kind?: InstrumentKind;
          skipInvalid?: boolean;
        },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          const bytes = await readCsvFile(file);
          const dictionary = opts.dictionary ? { file: opts.dictionary, bytes: await readCsvFile(opts.dictionary) } : undefined;
          const mapping = opts.mapping ? { file: opts.mapping, bytes: await readCsvFile(opts.mapping) } : undefined;
          const report = await importInstrumentResponses(s.ctx, {
            partnershipId: (await partnershipOf(s, o)).id,
            instrument: opts.instrument,
            format: opts.format,
            file,
            bytes,
            cycle: opts.cycle,
            ...(dictionary && { dictionary }),
            ...(mapping && { mapping }),
            ...(opts.idColumn !== undefined && { idColumn: opts.idColumn }),
            ...(opts.kind !== undefined && { kind: opts.kind }),
            ...(opts.levels !== undefined && { levels: parseLevels(opts.levels) }),
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
  registerDefinitionCommands(instrument);
}

/** `warrant instrument list|show|item|scale …`: an instrument's definition. */
function registerDefinitionCommands(instrument: Command): void {
  instrument
    .command('list')
    .description("the partnership's instruments, with their items and responses per cycle")
    .option('--json', 'print as JSON')
    .action(async (_opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const list = await listInstruments(s.ctx, (await partnershipOf(s, o)).id);
        if (o.json) return printJson(list);
        if (!list.length) return print('no instruments yet: `warrant instrument import` defines one from its first file');
        printTable(
          ['instrument', 'kind', 'items', 'responses', 'version'],
          list.map((i) => [i.name, i.kind, i.items, i.responses.map((r) => `${r.count} in ${r.cycle}`).join(', '), i.version]),
        );
      }),
    );
  instrument
    .command('show')
    .description("an instrument's items (type, values, reverse coding, the cycle first asked) and scales")
    .argument('<instrument>', 'its name or ID')
    .option('--json', 'print as JSON')
    .action(async (name: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const i = await getInstrument(s.ctx, (await partnershipOf(s, o)).id, name);
        if (o.json) return printJson(i);
        printInstrument(i);
      }),
    );
  instrument
    .command('item')
    .description(
      "change an item's wording, type, values or reverse coding, as the instrument's next version; refused if a stored answer would not read under it",
    )
    .argument('<instrument>', 'its name or ID')
    .argument('<item>', "the item's key")
    .option('--text <text>', 'the question as respondents read it')
    .option('--type <type>', ITEM_TYPES.join(', '), oneOf(ITEM_TYPES, 'type'))
    .option('--labels <list>', 'a scale item\'s choices, e.g. "1=Never,2=Monthly,3=Weekly"', valueLabels)
    .option('--min <n>', 'the lowest value allowed', aNumber)
    .option('--max <n>', 'the highest value allowed', aNumber)
    .option('--reverse', 'reverse-coded: scored as min + max − value in scales')
    .option('--no-reverse', 'not reverse-coded')
    .option('--reworded-in <cycle>', 'the cycle from which the item is worded as now')
    .option('--comparable', 'its values compare with those before its rewording (or before it was first asked): changes across it are measured')
    .option('--not-comparable', 'its values before and after do not compare (the default for a reworded item)')
    .requiredOption('--expected-version <n>', "the instrument's version you edited", wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(
      async (
        name: string,
        key: string,
        opts: {
          text?: string;
          type?: ItemType;
          labels?: ValueLabel[];
          min?: number;
          max?: number;
          reverse?: boolean;
          rewordedIn?: string;
          comparable?: boolean;
          notComparable?: boolean;
          expectedVersion: number;
          reason: string;
        },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          if (opts.comparable && opts.notComparable) throw invalid('give --comparable or --not-comparable, not both');
          const i = await editItem(s.ctx, (await partnershipOf(s, o)).id, name, key, {
            expectedVersion: opts.expectedVersion,
            reason: opts.reason,
            ...(opts.text !== undefined && { text: opts.text }),
            ...(opts.type !== undefined && { type: opts.type }),
            ...(opts.labels !== undefined && { labels: opts.labels }),
            ...(opts.min !== undefined && { min: opts.min }),
            ...(opts.max !== undefined && { max: opts.max }),
            ...(cmd.getOptionValueSource('reverse') === 'cli' && { reverse: opts.reverse === true }),
            ...(opts.rewordedIn !== undefined && { rewordedIn: opts.rewordedIn }),
            ...(opts.comparable && { comparable: true }),
            ...(opts.notComparable && { comparable: false }),
          });
          if (o.json) return printJson(i);
          printInstrument(i);
        }),
    );
  const scale = instrument.command('scale').description("an instrument's scales: items scored together");
  scale
    .command('add')
    .description('define a scale: the mean or sum of its items (reverse-coded ones reversed), missing below a minimum of items answered')
    .argument('<instrument>', 'its name or ID')
    .requiredOption('--name <name>', "the scale's name")
    .requiredOption('--items <keys>', 'its items, separated by commas', commaList)
    .option('--method <method>', `${SCALE_METHODS.join(' or ')} (default mean; a sum is prorated when items are unanswered)`, oneOf(SCALE_METHODS, 'method'))
    .option('--minimum <n>', 'items a respondent must have answered (default all)', wholeNumber)
    .option('--json', 'print as JSON')
    .action(async (name: string, opts: { name: string; items: string[]; method?: ScaleMethod; minimum?: number }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const made = await defineScale(s.ctx, (await partnershipOf(s, o)).id, name, {
          name: opts.name,
          items: opts.items,
          ...(opts.method && { method: opts.method }),
          ...(opts.minimum !== undefined && { minimumAnswered: opts.minimum }),
        });
        if (o.json) return printJson(made);
        print(`defined the scale ${made.name}: ${made.method} of ${made.items.join(', ')}, at least ${made.minimumAnswered} answered ${dim(made.id)}`);
      }),
    );
  scale
    .command('revise')
    .description("change a scale's name, items, method or minimum, as its next version; its scores follow")
    .argument('<instrument>', 'its name or ID')
    .argument('<scale>', "the scale's name")
    .option('--name <name>', 'a new name')
    .option('--items <keys>', 'its items, separated by commas', commaList)
    .option('--method <method>', SCALE_METHODS.join(' or '), oneOf(SCALE_METHODS, 'method'))
    .option('--minimum <n>', 'items a respondent must have answered', wholeNumber)
    .requiredOption('--expected-version <n>', "the scale's version you edited", wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(
      async (
        name: string,
        scaleName: string,
        opts: { name?: string; items?: string[]; method?: ScaleMethod; minimum?: number; expectedVersion: number; reason: string },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          const i = await getInstrument(s.ctx, (await partnershipOf(s, o)).id, name);
          const found = i.scales.find((x) => x.name.toLowerCase() === scaleName.trim().toLowerCase());
          if (!found) throw notFound('scale', `${JSON.stringify(scaleName)} of ${i.name} (its scales: ${i.scales.map((x) => x.name).join(', ') || 'none'})`);
          const revised = await reviseScale(s.ctx, found.id, {
            expectedVersion: opts.expectedVersion,
            reason: opts.reason,
            ...(opts.name !== undefined && { name: opts.name }),
            ...(opts.items !== undefined && { items: opts.items }),
            ...(opts.method !== undefined && { method: opts.method }),
            ...(opts.minimum !== undefined && { minimumAnswered: opts.minimum }),
          });
          if (o.json) return printJson(revised);
          print(`${revised.name}, version ${revised.version}: ${revised.method} of ${revised.items.join(', ')}, at least ${revised.minimumAnswered} answered`);
        }),
    );
}
