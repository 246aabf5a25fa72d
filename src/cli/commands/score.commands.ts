import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalid, WarrantError } from '../../domain/errors.js';
import type { RubricInput } from '../../domain/rubric.js';
import { ROLE_GROUP_LABELS } from '../../domain/roles.js';
import { defineRubric, editRubric, listRubrics, type Rubric, rubricOf } from '../../services/rubrics.js';
import { interviewScores, participantTrajectory, type PassageCite, scoreDistributions, scoreInterview, type ScoreView } from '../../services/scores.js';
import { collect, wholeNumber } from '../options.js';
import { bold, dim, print, printJson, printTable } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

/** A rubric's definition from a JSON file: { name, description, dimensions: [{ name, description, levels: [{ value, label, descriptor }] }] }. */
async function rubricFile(file: string): Promise<RubricInput> {
  const text = await readFile(file, 'utf8').then(
    (t) => t.replace(/^\uFEFF/, ''),
    () => {
      throw invalid(`cannot read the file ${file}`, { field: 'file' });
    },
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw invalid(`${file}: not JSON (${e instanceof Error ? e.message : String(e)})`, { field: 'file' });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw invalid(`${file}: a rubric is an object with a name and dimensions, each with levels`, { field: 'file' });
  return parsed as RubricInput;
}

/** The file's problems are named with the file and the field: "vision.json: dimensions[1].levels[2].value: …". */
async function fromFile<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof WarrantError && e.code === 'invalid' && typeof e.details?.field === 'string' && e.details.field !== 'file')
      throw invalid(`${file}: ${e.details.field}: ${e.message}`, { ...e.details, file });
    throw e;
  }
}

const rubricJson = (r: Rubric) => ({
  id: r.id,
  name: r.name,
  description: r.description,
  version: r.version,
  dimensions: r.dimensions.map((d) => ({
    id: d.id,
    name: d.name,
    description: d.description,
    levels: d.levels.map(({ value, label, descriptor }) => ({ value, label, descriptor })),
  })),
});

function printRubric(r: Rubric): void {
  print(`${bold(r.name)} ${dim(`${r.id}, version ${r.version}`)}`);
  if (r.description) print(r.description);
  for (const d of r.dimensions) {
    print();
    print(`${bold(d.name)}${d.description ? `: ${d.description}` : ''}`);
    for (const l of d.levels) print(`  ${l.value}  ${l.label}: ${l.descriptor}`);
  }
}

const signed = (n: number | null) => (n === null ? '' : n > 0 ? `+${n}` : String(n));

/** Levelled rubrics (`warrant rubric`), scoring an interview (`warrant score`) and reading scores (`warrant scores`). */
export function registerScoreCommands(program: Command): void {
  const rubric = program.command('rubric').description('levelled rubrics: dimensions, each with ordered levels and descriptors');
  rubric
    .command('add')
    .description('define a rubric from a JSON file: { name, description, dimensions: [{ name, description, levels: [{ value, label, descriptor }] }] }')
    .argument('<file>', 'the rubric as JSON')
    .option('--json', 'print as JSON')
    .action(async (file: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const input = await rubricFile(file);
        const p = await partnershipOf(s, o);
        const r = await fromFile(file, () => defineRubric(s.ctx, { partnershipId: p.id, ...input }));
        if (o.json) return printJson(rubricJson(r));
        print(`defined the rubric "${r.name}": ${r.dimensions.length} dimensions ${dim(r.id)}`);
      }),
    );
  rubric
    .command('edit')
    .description('edit a rubric from a JSON file (the whole definition; a dimension or level scores were given on stays) as its next version')
    .argument('<rubric>', 'its name or ID')
    .argument('<file>', 'the rubric as JSON')
    .requiredOption('--expected-version <n>', 'the version you edited', wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(async (which: string, file: string, opts: { expectedVersion: number; reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const input = await rubricFile(file);
        const found = await rubricOf(s.ctx, (await partnershipOf(s, o)).id, which);
        const r = await fromFile(file, () => editRubric(s.ctx, { id: found.id, ...input, expectedVersion: opts.expectedVersion, reason: opts.reason }));
        if (o.json) return printJson(rubricJson(r));
        print(`"${r.name}" is at version ${r.version}`);
      }),
    );
  rubric
    .command('show')
    .description("a rubric's dimensions, levels and descriptors")
    .argument('[rubric]', 'its name or ID (the partnership’s only rubric when left out)')
    .option('--json', 'print as JSON')
    .action(async (which: string | undefined, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const r = await rubricOf(s.ctx, (await partnershipOf(s, o)).id, which);
        if (o.json) return printJson(rubricJson(r));
        printRubric(r);
      }),
    );
  rubric
    .command('list')
    .option('--json', 'print as JSON')
    .action(async (_opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const rows = await listRubrics(s.ctx, (await partnershipOf(s, o)).id);
        if (o.json) return printJson(rows.map(rubricJson));
        printTable(
          ['Rubric', 'Dimensions', 'Levels', 'Version', 'ID'],
          rows.map((r) => [
            r.name,
            r.dimensions.map((d) => d.name).join(', '),
            [...new Set(r.dimensions.flatMap((d) => d.levels.map((l) => l.value)))].join(' '),
            r.version,
            r.id,
          ]),
        );
      }),
    );

  program
    .command('score')
    .description('score an interview on a dimension of a rubric, citing the passages that justify the score; scoring it again is a re-score (its next version)')
    .argument('<interview>', "the interview's code or ID")
    .requiredOption('--dimension <dimension>', "the dimension's name or ID")
    .requiredOption('--level <n>', 'the level given', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n)) throw invalid(`--level: "${v}" is not a whole number`, { field: 'level' });
      return n;
    })
    .option('--rubric <rubric>', 'the rubric (the partnership’s only one when left out)')
    .option('--cite <quote>', 'words of the interview that justify the score, occurring once in it (repeatable)', collect)
    .option('--excerpt <excerpt>', 'a passage of the interview already marked (repeatable)', collect)
    .option('--turn <n>', 'a whole turn, by its number from 0 (repeatable)', (v: string, prev: number[] = []) => [...prev, wholeNumber(v)])
    .option('--note <text>', 'why this level')
    .option('--expected-version <n>', 're-scoring: the version of the score you re-scored', wholeNumber)
    .option('--reason <text>', 're-scoring: why')
    .option('--json', 'print as JSON')
    .action(
      async (
        interview: string,
        opts: {
          dimension: string;
          level: number;
          rubric?: string;
          cite?: string[];
          excerpt?: string[];
          turn?: number[];
          note?: string;
          expectedVersion?: number;
          reason?: string;
        },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          const cite: PassageCite[] = [
            ...(opts.excerpt ?? []).map((excerptId) => ({ excerptId })),
            ...(opts.cite ?? []).map((quote) => ({ quote })),
            ...(opts.turn ?? []).map((turn) => ({ turn })),
          ];
          const score = await scoreInterview(s.ctx, {
            partnershipId: (await partnershipOf(s, o)).id,
            interview,
            dimension: opts.dimension,
            level: opts.level,
            ...(cite.length > 0 && { cite }),
            ...(opts.rubric !== undefined && { rubric: opts.rubric }),
            ...(opts.note !== undefined && { note: opts.note }),
            ...(opts.expectedVersion !== undefined && { expectedVersion: opts.expectedVersion }),
            ...(opts.reason !== undefined && { reason: opts.reason }),
          });
          if (o.json) return printJson(score);
          print(
            `${score.interviewCode} scored ${score.level} (${score.levelLabel}) on ${score.dimensionName}, version ${score.version}, citing ${score.passages.length} passage${score.passages.length === 1 ? '' : 's'} ${dim(score.id)}`,
          );
        }),
    );

  program
    .command('scores')
    .description(
      'construct scores: distributions per role group, district or cycle with the change since the previous cycle; a participant’s trajectory; or an interview’s scores',
    )
    .option('--rubric <rubric>', 'the rubric (the partnership’s only one when left out)')
    .option('--participant <participant>', "a participant's trajectory across cycles (their code or ID)")
    .option('--interview <interview>', "an interview's scores, with the passages they cite")
    .option('--by <grouping>', 'role, district or cycle', 'role')
    .option('--role <role>', 'only this role group')
    .option('--district <district>', 'only this district')
    .option('--cycle <cycle>', 'only this cycle (compared with the one before)')
    .option('--json', 'print as JSON')
    .action(
      async (opts: { rubric?: string; participant?: string; interview?: string; by: string; role?: string; district?: string; cycle?: string }, cmd: Command) =>
        withSession(cmd, async (s, o) => {
          const pid = (await partnershipOf(s, o)).id;
          if (opts.participant && opts.interview) throw invalid('name a participant or an interview, not both', { field: 'participant' });
          if (opts.interview) {
            const r = await interviewScores(s.ctx, pid, opts.interview);
            if (o.json) return printJson(r);
            for (const { rubric, scores, hidden } of r.rubrics) {
              if (opts.rubric && rubric.id !== opts.rubric && rubric.name !== opts.rubric) continue;
              print(bold(rubric.name));
              printTable(
                ['Dimension', 'Level', 'Scorer', 'Version', 'Passages'],
                scores.map((x: ScoreView) => [
                  x.dimensionName,
                  `${x.level} ${x.levelLabel}`,
                  x.scorerName,
                  x.version,
                  x.passages.map((p) => `“${p.quote}”`).join(' '),
                ]),
              );
              if (hidden) print(dim(`${hidden} score${hidden === 1 ? '' : 's'} of other scorers hidden until your own scoring of the interview is done`));
            }
            return;
          }
          if (opts.participant) {
            const t = await participantTrajectory(s.ctx, pid, opts.participant, opts.rubric);
            if (o.json) return printJson(t);
            print(`${bold(t.participant.code)} (${ROLE_GROUP_LABELS[t.participant.role]}) on ${t.rubric.name}`);
            printTable(
              ['Dimension', ...t.cycles.map((c) => c.label)],
              t.dimensions.map((d) => [
                d.name,
                ...d.points.map((p) => (p.level === null ? '–' : `${p.level}${p.change === null ? '' : ` (${signed(p.change)})`}`)),
              ]),
            );
            return;
          }
          const d = await scoreDistributions(s.ctx, pid, {
            by: opts.by,
            ...(opts.rubric !== undefined && { rubric: opts.rubric }),
            ...(opts.role !== undefined && { role: opts.role }),
            ...(opts.district !== undefined && { district: opts.district }),
            ...(opts.cycle !== undefined && { cycle: opts.cycle }),
          });
          if (o.json) return printJson(d);
          const levels = d.rubric.dimensions[0]?.levels.map((l) => l.value) ?? [];
          printTable(
            [
              'Dimension',
              d.by === 'cycle' ? 'Cycle' : d.by === 'role' ? 'Role group' : 'District',
              ...(d.by === 'cycle' ? [] : ['Cycle']),
              'n',
              ...levels.map(String),
              'Mean',
              'Change',
              'Up / same / down',
            ],
            d.rows.map((r) => [
              r.dimensionName,
              d.by === 'cycle' ? r.cycleLabel : r.groupLabel,
              ...(d.by === 'cycle' ? [] : [r.cycleLabel]),
              r.participants,
              ...r.counts.map((c) => c.participants),
              r.mean ?? '',
              r.change?.meanChange === null || !r.change ? '' : signed(r.change.meanChange),
              r.change ? `${r.change.improved} / ${r.change.unchanged} / ${r.change.declined}` : '',
            ]),
          );
        }),
    );
}
