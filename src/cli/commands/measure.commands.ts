import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.js';
import type { Descriptives } from '../../domain/descriptives.js';
import type { PairedChange } from '../../domain/paired-change.js';
import { achievementByGroup } from '../../services/achievement.js';
import { lessonAgreement } from '../../services/lesson-scores.js';
import { withDefined } from '../../services/lookup.js';
import { EXPORT_SHAPES, type ExportShape, exportMeasures } from '../../services/measure-export.js';
import {
  CLUSTERINGS,
  type Clustering,
  correlateMeasures,
  describeMeasure,
  type MeasureFilter,
  measureChange,
  type MeasureInCycle,
  participantMeasures,
  regressMeasures,
  scaleReliabilities,
} from '../../services/measures.js';
import { commaList, wholeNumber } from '../options.js';
import { showCorrelation, showRegression } from '../statistics.js';
import { bold, dim, figure, print, printJson, printTable, pValue } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

/** "[INSTRUMENT:]MEASURE@CYCLE": a measure in a cycle, its instrument given here or by --instrument. */
function measureInCycle(spec: string, instrument: string | undefined): MeasureInCycle {
  const at = spec.lastIndexOf('@');
  if (at < 0) throw invalid(`"${spec}" names no cycle: write MEASURE@CYCLE, e.g. Collaboration@2009-10`);
  const named = spec.slice(0, at);
  const colon = named.indexOf(':');
  const own = colon >= 0 ? named.slice(0, colon).trim() : undefined;
  const of = own || instrument;
  if (!of) throw invalid(`"${spec}" names no instrument: write INSTRUMENT:MEASURE@CYCLE, or give --instrument`);
  return { instrument: of, measure: (colon >= 0 ? named.slice(colon + 1) : named).trim(), cycle: spec.slice(at + 1).trim() };
}

type FilterOptions = MeasureFilter & { json?: boolean };

const filterOf = (o: FilterOptions): MeasureFilter => ({
  ...(o.district !== undefined && { district: o.district }),
  ...(o.school !== undefined && { school: o.school }),
  ...(o.role !== undefined && { role: o.role }),
});

function withFilters(cmd: Command): Command {
  return cmd
    .option('--district <district>', 'only participants of this district (when they responded)')
    .option('--school <school>', 'only participants of this school')
    .option('--role <role>', 'only this role group (teacher, coach, school_leader, district_leader)')
    .option('--json', 'print as JSON');
}

const described = (d: Descriptives) => [
  d.n,
  d.missing,
  figure(d.mean),
  figure(d.sd),
  figure(d.median),
  figure(d.q1),
  figure(d.q3),
  figure(d.min),
  figure(d.max),
];
const DESCRIBED = ['n', 'missing', 'mean', 'SD', 'median', 'Q1', 'Q3', 'min', 'max'];
const changed = (c: PairedChange) => [
  c.n,
  figure(c.before),
  figure(c.after),
  figure(c.change),
  figure(c.sd),
  figure(c.t, 2),
  pValue(c.p),
  c.low === null ? '—' : `[${figure(c.low)}, ${figure(c.high)}]`,
  `${c.improved}/${c.unchanged}/${c.declined}`,
];
const CHANGED = ['n', 'before', 'after', 'change', 'SD', 't', 'p', '95% CI', 'up/same/down'];

/** `warrant measure …`: the statistics of measures stored in Warrant (scales and items of instruments). */
export function registerMeasureCommands(program: Command): void {
  const measure = program.command('measure').description("statistics of the instruments' scales and items stored in Warrant, per cycle and group");

  withFilters(
    measure
      .command('describe')
      .description('n, missing, mean, SD, median, quartiles and range of a scale or item per cycle, and per district, school or role group within each')
      .requiredOption('--instrument <name>', 'the instrument')
      .requiredOption('--measure <name>', 'a scale (by name) or an item (by key)')
      .option('--by <groupings>', 'district, school, role: one or more, separated by commas', commaList)
      .option('--cycle <cycle>', 'only this cycle'),
  ).action(async (opts: FilterOptions & { instrument: string; measure: string; by?: string[]; cycle?: string }, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const r = await describeMeasure(s.ctx, (await partnershipOf(s, o)).id, {
        instrument: opts.instrument,
        measure: opts.measure,
        ...(opts.by && { by: opts.by }),
        ...(opts.cycle !== undefined && { cycle: opts.cycle }),
        ...filterOf(opts),
      });
      if (o.json) return printJson(r);
      print(bold(`${r.instrument.name}: ${r.measure.name} (${r.measure.kind})`));
      const rows = r.cycles.flatMap((c) => [
        ...r.groups.filter((g) => g.cycle === c.cycle).map((g) => [c.cycle, r.by.map((b) => g.group[b]).join(' · '), ...described(g)]),
        [c.cycle, r.by.length ? 'all' : '', ...described(c)],
      ]);
      printTable(['cycle', r.by.join(' · '), ...DESCRIBED], rows);
    }),
  );

  withFilters(
    measure
      .command('alpha')
      .description("Cronbach's α of each scale of an instrument in each cycle, with α if an item is deleted and item-rest correlations")
      .requiredOption('--instrument <name>', 'the instrument')
      .option('--cycle <cycle>', 'only this cycle'),
  ).action(async (opts: FilterOptions & { instrument: string; cycle?: string }, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const r = await scaleReliabilities(s.ctx, (await partnershipOf(s, o)).id, {
        instrument: opts.instrument,
        ...(opts.cycle !== undefined && { cycle: opts.cycle }),
        ...filterOf(opts),
      });
      if (o.json) return printJson(r);
      for (const sc of r.scales) {
        print(bold(`${sc.scale}, ${sc.cycle}: α ${figure(sc.alpha)}`) + dim(` (${sc.n} answered every item${sc.dropped ? `, ${sc.dropped} left out` : ''})`));
        printTable(
          ['item', 'α if deleted', 'item-rest r'],
          sc.itemStatistics.map((i) => [i.item, figure(i.alphaIfDeleted), figure(i.itemRestCorrelation)]),
        );
      }
    }),
  );

  measure
    .command('achievement')
    .description("each student group's achievement per year (students tested, percent at standard, mean scale score) and its gap to all students")
    .requiredOption('--instrument <name>', 'the student achievement instrument')
    .option('--district <district>', 'only this district')
    .option('--school <school>', 'only this school')
    .option('--grade <grade>', 'only this grade')
    .option('--minimum <n>', 'suppress a group of fewer students tested than this (as partner leaders see it: 10)', wholeNumber)
    .option('--json', 'print as JSON')
    .action(async (opts: { instrument: string; district?: string; school?: string; grade?: string; minimum?: number }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const { instrument, ...rest } = opts;
        const r = await achievementByGroup(s.ctx, (await partnershipOf(s, o)).id, { ...withDefined(rest), instrument });
        if (o.json) return printJson(r);
        const scope = [r.district, r.school, r.grade && `grade ${r.grade}`].filter(Boolean).join(', ');
        print(bold(`${r.instrument.name}${scope ? `, ${scope}` : ''}`) + (r.minimum ? dim(` (groups of fewer than ${r.minimum} students suppressed)`) : ''));
        if (!r.rows.length) return print('no results yet: `warrant instrument import FILE --format achievement` stores a year of them');
        printTable(
          ['year', 'student group', 'tested', '% at standard', 'mean scale score', 'gap (points)'],
          r.rows.map((g) =>
            g.suppressed
              ? [g.cycle, g.studentGroup, 'suppressed', '', '', '']
              : [g.cycle, g.studentGroup, g.numberTested ?? '', figure(g.percentAtStandard, 1), figure(g.meanScaleScore, 1), figure(g.gap, 1)],
          ),
        );
      }),
    );

  withFilters(
    measure
      .command('agreement')
      .description(
        "an observation rubric's agreement between raters on the lessons two of them scored: Krippendorff's ordinal α, exact and within-one agreement, per dimension",
      )
      .requiredOption('--instrument <name>', 'the observation rubric')
      .option('--cycle <cycle>', 'only this cycle'),
  ).action(async (opts: FilterOptions & { instrument: string; cycle?: string }, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const r = await lessonAgreement(s.ctx, (await partnershipOf(s, o)).id, {
        instrument: opts.instrument,
        ...(opts.cycle !== undefined && { cycle: opts.cycle }),
        ...filterOf(opts),
      });
      if (o.json) return printJson(r);
      print(
        bold(`${r.instrument.name}${r.cycle ? `, ${r.cycle}` : ''}: ${r.doubleRated} of ${r.lessons} lessons scored by two raters or more`) +
          dim(` (raters: ${r.raters.join(', ') || 'none'})`),
      );
      const share = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
      printTable(
        ['dimension', 'double-rated', 'ordinal α', 'exact', 'within one'],
        [...r.dimensions, r.pooled].map((d) => [d.dimension ?? 'all dimensions', d.doubleRated, figure(d.alpha.alpha), share(d.exact), share(d.adjacent)]),
      );
    }),
  );

  withFilters(
    measure
      .command('change')
      .description('the change of a scale or item between two cycles for the participants measured in both: paired t test, over all and per group')
      .requiredOption('--instrument <name>', 'the instrument')
      .requiredOption('--measure <name>', 'a scale (by name) or an item (by key)')
      .option('--from <cycle>', 'the earlier cycle (default: the one before --to that has responses)')
      .option('--to <cycle>', 'the later cycle (default: the last with responses)')
      .option('--by <grouping>', 'district, school or role (as in the later cycle)')
      .option('--participants', 'list each participant’s change'),
  ).action(
    async (opts: FilterOptions & { instrument: string; measure: string; from?: string; to?: string; by?: string; participants?: boolean }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const r = await measureChange(s.ctx, (await partnershipOf(s, o)).id, {
          instrument: opts.instrument,
          measure: opts.measure,
          ...(opts.from !== undefined && { from: opts.from }),
          ...(opts.to !== undefined && { to: opts.to }),
          ...(opts.by !== undefined && { by: opts.by }),
          ...filterOf(opts),
        });
        if (o.json) return printJson(r);
        print(bold(`${r.instrument.name}: ${r.measure.name}, ${r.from} to ${r.to}, the same participants in both`));
        printTable([r.by ?? '', ...CHANGED], [...r.groups.map((g) => [g.group, ...changed(g)]), ['all', ...changed(r.all)]]);
        if (opts.participants)
          printTable(
            ['participant', 'pseudonym', r.by ?? '', 'before', 'after', 'change'],
            r.participants.map((p) => [p.code, p.pseudonym, p.group ?? '', figure(p.before), figure(p.after), figure(p.change)]),
          );
      }),
  );

  measure
    .command('correlate')
    .description("Pearson's r (with its 95% interval) and Spearman's ρ of two measures, over the participants who have both")
    .requiredOption('--x <measure>', 'a measure in a cycle: [INSTRUMENT:]MEASURE@CYCLE, e.g. Collaboration@2009-10')
    .requiredOption('--y <measure>', 'the other, the same way')
    .option('--instrument <name>', 'the instrument of a measure that names none')
    .option('--json', 'print as JSON')
    .action(async (opts: { x: string; y: string; instrument?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const r = await correlateMeasures(s.ctx, (await partnershipOf(s, o)).id, {
          x: measureInCycle(opts.x, opts.instrument),
          y: measureInCycle(opts.y, opts.instrument),
        });
        if (o.json) return printJson(r);
        showCorrelation({ ...r, file: opts.instrument ?? 'measures' });
      }),
    );

  measure
    .command('ols')
    .description(
      "OLS of a measure on others, matched by participant; cluster-robust (CR1) standard errors with --cluster, by the school or district of the outcome's response",
    )
    .requiredOption('--y <measure>', 'the outcome: [INSTRUMENT:]MEASURE@CYCLE')
    .requiredOption('--x <measures>', 'the predictors, separated by commas, each [INSTRUMENT:]MEASURE@CYCLE', commaList)
    .option('--cluster <clustering>', CLUSTERINGS.join(' or '))
    .option('--instrument <name>', 'the instrument of a measure that names none')
    .option('--json', 'print as JSON')
    .action(async (opts: { y: string; x: string[]; cluster?: string; instrument?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const r = await regressMeasures(s.ctx, (await partnershipOf(s, o)).id, {
          outcome: measureInCycle(opts.y, opts.instrument),
          predictors: opts.x.map((x) => measureInCycle(x, opts.instrument)),
          ...(opts.cluster !== undefined && { cluster: opts.cluster as Clustering }),
        });
        if (o.json) return printJson(r);
        showRegression({ ...r, file: opts.instrument ?? 'measures' });
      }),
    );

  measure
    .command('export')
    .description(
      "an instrument's items and scale scores for R, Stata or SPSS, with a data dictionary: a line per participant and cycle (long) or per participant (wide)",
    )
    .requiredOption('--instrument <name>', 'the instrument')
    .option('--shape <shape>', `${EXPORT_SHAPES.join(' or ')} (default long)`, 'long')
    .option('--out <folder>', 'the folder to write the data and its dictionary into', '.')
    .action(async (opts: { instrument: string; shape: string; out: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const r = await exportMeasures(s.ctx, (await partnershipOf(s, o)).id, { instrument: opts.instrument, shape: opts.shape as ExportShape });
        await mkdir(opts.out, { recursive: true });
        const data = join(opts.out, r.dataFile);
        const dictionary = join(opts.out, r.dictionaryFile);
        await writeFile(data, r.data);
        await writeFile(dictionary, r.dictionary);
        if (o.json) return printJson({ data, dictionary });
        print(`wrote ${data} and its dictionary ${dictionary}`);
      }),
    );

  measure
    .command('participant')
    .description("a participant's scales and items across the years, with the change since their previous response")
    .argument('<participant>', 'their participant ID')
    .option('--json', 'print as JSON')
    .action(async (code: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const r = await participantMeasures(s.ctx, (await partnershipOf(s, o)).id, code);
        if (o.json) return printJson(r);
        print(bold(`${r.participant.code} (${r.participant.pseudonym})`));
        if (!r.instruments.length) return print('no responses to any instrument');
        for (const i of r.instruments) {
          print(bold(i.name));
          printTable(
            ['measure', ...i.cycles],
            i.measures.map((m) => [
              m.name,
              ...m.values.map((v) => (v.change === null ? figure(v.value, 2) : `${figure(v.value, 2)} (${v.change >= 0 ? '+' : ''}${figure(v.change, 2)})`)),
            ]),
          );
        }
      }),
    );
}
