import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { codePath, flattenTree, PATH_SEPARATOR } from '../../domain/codebook.js';
import { invalid } from '../../domain/errors.js';
import { CODEBOOK_MAX_BYTES } from '../../importers/refi-qda/codebook.js';
import { addCode, allCodes, codebook, codeHistory, type CodeRow, editCode, findCode, mergeCodes, moveCode, splitCode } from '../../services/codebook.js';
import { codebookFormatOf, exportCodebook, importCodebook } from '../../services/codebook-exchange.js';
import { wholeNumber } from '../options.js';
import { bold, dim, print, printJson, printProblems, printTable } from '../output.js';
import { writeWhole } from '../report-files.js';
import { partnershipOf, type Session, withSession } from '../session.js';
import type { GlobalOptions } from '../session.js';

const asJson = (c: CodeRow, codes?: readonly CodeRow[]) => ({
  id: c.id,
  name: c.name,
  ...(codes && { path: codePath(codes, c.id).join(PATH_SEPARATOR) }),
  parentId: c.parent_id,
  definition: c.definition,
  inclusion: c.inclusion,
  exclusion: c.exclusion,
  example: c.example,
  colour: c.colour,
  guid: c.guid,
  version: c.version,
  mergedIntoId: c.merged_into_id,
  splitFromId: c.split_from_id,
  retiredAt: c.retired_at,
});

const TEXT_OPTIONS = [
  ['--definition <text>', 'what the code means'],
  ['--inclusion <text>', 'when to apply it'],
  ['--exclusion <text>', 'when not to (and what to use instead)'],
  ['--example <text>', 'a passage that fits'],
  ['--colour <colour>', '#rrggbb, #rgb or rgb(r, g, b)'],
] as const;

interface TextOpts {
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  colour?: string;
}

const textOf = (o: TextOpts) => ({
  ...(o.definition !== undefined && { definition: o.definition }),
  ...(o.inclusion !== undefined && { inclusion: o.inclusion }),
  ...(o.exclusion !== undefined && { exclusion: o.exclusion }),
  ...(o.example !== undefined && { example: o.example }),
  ...(o.colour !== undefined && { colour: o.colour }),
});

async function codeOf(s: Session, o: GlobalOptions, ref: string): Promise<CodeRow> {
  return findCode(s.ctx, (await partnershipOf(s, o)).id, ref);
}

const CODE_ARGUMENT = 'its ID, name, or path ("Supports > Coaching")';

/** `warrant codebook export|import` and `warrant code add|rename|define|move|merge|split|history|list`. */
export function registerCodebookCommands(program: Command): void {
  const book = program.command('codebook').description('the codebook as a file: export and import REFI-QDA .qdc or CSV');
  book
    .command('export')
    .description('write the codebook to FILE: .qdc (REFI-QDA, for NVivo, ATLAS.ti, MAXQDA, QualCoder) or .csv, by its extension')
    .argument('<file>', 'FILE.qdc or FILE.csv')
    .action(async (file: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const format = codebookFormatOf(file);
        if (!format) throw invalid(`${basename(file)}: write the codebook to a .qdc or a .csv file`, { field: 'file' });
        const p = await partnershipOf(s, o);
        await writeWhole(file, new TextEncoder().encode(await exportCodebook(s.ctx, p.id, format)));
        const live = (await allCodes(s.ctx, p.id)).filter((c) => !c.retired_at).length;
        print(`wrote ${live} code${live === 1 ? '' : 's'} to ${file}`);
      }),
    );
  book
    .command('import')
    .description('read codes from FILE (.qdc or .csv) into the codebook: all or nothing; codes already imported (same GUID or path) are updated')
    .argument('<file>', 'FILE.qdc or FILE.csv')
    .option('--reason <text>', 'why (kept with every code added or changed; "imported from FILE" by default)')
    .option('--json', 'print as JSON')
    .action(async (file: string, opts: { reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        if (!codebookFormatOf(file)) throw invalid(`${basename(file)}: a codebook is read from a .qdc or a .csv file`, { field: 'file' });
        const size = (await stat(file)).size;
        if (size > CODEBOOK_MAX_BYTES)
          throw invalid(`${basename(file)}: ${size} bytes is over the ${CODEBOOK_MAX_BYTES / 1024 / 1024} MB limit for a codebook`);
        const result = await importCodebook(s.ctx, {
          partnershipId: (await partnershipOf(s, o)).id,
          file: basename(file),
          bytes: await readFile(file),
          ...(opts.reason !== undefined && { reason: opts.reason }),
        });
        if (o.json)
          return printJson({
            added: result.added.map((c) => asJson(c)),
            updated: result.updated.map((c) => asJson(c)),
            unchanged: result.unchanged,
            problems: result.problems,
          });
        printProblems(result.problems);
        print(`imported ${basename(file)}: ${result.added.length} added, ${result.updated.length} updated, ${result.unchanged} unchanged`);
      }),
    );

  const code = program.command('code').description('the codes of the codebook: add, rename, define, move, merge, split, history, list');
  const add = code
    .command('add')
    .description('add a code to the codebook')
    .argument('<name>', 'its name, unique among the codes beside it')
    .option('--parent <code>', `the code it sits under: ${CODE_ARGUMENT}`);
  for (const [flag, help] of TEXT_OPTIONS) add.option(flag, help);
  add.option('--json', 'print as JSON').action(async (name: string, opts: TextOpts & { parent?: string }, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const p = await partnershipOf(s, o);
      const parentId = opts.parent ? (await findCode(s.ctx, p.id, opts.parent)).id : null;
      const c = await addCode(s.ctx, { partnershipId: p.id, name, parentId, ...textOf(opts) });
      if (o.json) return printJson(asJson(c, await allCodes(s.ctx, p.id)));
      print(`added the code "${c.name}" ${dim(c.id)}`);
    }),
  );
  code
    .command('rename')
    .description('rename a code (a new version)')
    .argument('<code>', CODE_ARGUMENT)
    .argument('<name>', 'the new name')
    .requiredOption('--expected-version <n>', 'the version you renamed', wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(async (ref: string, name: string, opts: { expectedVersion: number; reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const found = await codeOf(s, o, ref);
        const c = await editCode(s.ctx, { id: found.id, name, expectedVersion: opts.expectedVersion, reason: opts.reason });
        if (o.json) return printJson(asJson(c));
        print(`"${found.name}" is now "${c.name}", at version ${c.version}`);
      }),
    );
  const define = code
    .command('define')
    .description('change what a code means: definition, criteria, example or colour (a new version)')
    .argument('<code>', CODE_ARGUMENT);
  for (const [flag, help] of TEXT_OPTIONS) define.option(flag, help);
  define
    .requiredOption('--expected-version <n>', 'the version you edited', wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(async (ref: string, opts: TextOpts & { expectedVersion: number; reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const found = await codeOf(s, o, ref);
        const c = await editCode(s.ctx, { id: found.id, ...textOf(opts), expectedVersion: opts.expectedVersion, reason: opts.reason });
        if (o.json) return printJson(asJson(c));
        print(`"${c.name}" is at version ${c.version}`);
      }),
    );
  code
    .command('move')
    .description('move a code, with the codes under it, under another code or to the top')
    .argument('<code>', CODE_ARGUMENT)
    .option('--under <code>', `the code to sit under: ${CODE_ARGUMENT}`)
    .option('--top', 'to the top of the codebook')
    .option('--position <n>', 'its place among the codes beside it (1 first; last by default)', wholeNumber)
    .requiredOption('--expected-version <n>', 'the version you moved', wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(async (ref: string, opts: { under?: string; top?: boolean; position?: number; expectedVersion: number; reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const found = await codeOf(s, o, ref);
        if (opts.under && opts.top) throw invalid('give --under CODE or --top, not both');
        const parentId = opts.top ? null : opts.under ? (await codeOf(s, o, opts.under)).id : found.parent_id;
        const c = await moveCode(s.ctx, {
          id: found.id,
          parentId,
          ...(opts.position !== undefined && { index: Math.max(0, opts.position - 1) }),
          expectedVersion: opts.expectedVersion,
          reason: opts.reason,
        });
        if (o.json) return printJson(asJson(c));
        print(`"${c.name}" is now at ${codePath(await allCodes(s.ctx, c.partnership_id), c.id).join(PATH_SEPARATOR)} (version ${c.version})`);
      }),
    );
  code
    .command('merge')
    .description('merge a code into another: its codings become codings of the other, the codes under it move there, and it is retired')
    .argument('<code>', `the code merged away: ${CODE_ARGUMENT}`)
    .argument('<into>', `the code that keeps the codings: ${CODE_ARGUMENT}`)
    .requiredOption('--expected-version <n>', 'the version of the code merged away', wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(async (ref: string, into: string, opts: { expectedVersion: number; reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const source = await codeOf(s, o, ref);
        const target = await codeOf(s, o, into);
        const r = await mergeCodes(s.ctx, { sourceId: source.id, targetId: target.id, expectedVersion: opts.expectedVersion, reason: opts.reason });
        if (o.json) return printJson({ source: asJson(r.source), target: asJson(r.target), recoded: r.recoded, movedChildren: r.movedChildren });
        print(
          `merged "${r.source.name}" into "${r.target.name}": ${r.recoded.length} coding${r.recoded.length === 1 ? '' : 's'} recoded, ${r.movedChildren.length} code${r.movedChildren.length === 1 ? '' : 's'} moved under it`,
        );
      }),
    );
  code
    .command('split')
    .description('split a code into new codes beside it; its codings stay on it until each is recoded')
    .argument('<code>', CODE_ARGUMENT)
    .argument('<names...>', 'the names of the new codes')
    .requiredOption('--expected-version <n>', 'the version of the code split', wholeNumber)
    .requiredOption('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(async (ref: string, names: string[], opts: { expectedVersion: number; reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const found = await codeOf(s, o, ref);
        const r = await splitCode(s.ctx, { id: found.id, into: names.map((name) => ({ name })), expectedVersion: opts.expectedVersion, reason: opts.reason });
        if (o.json) return printJson({ source: asJson(r.source), created: r.created.map((c) => asJson(c)), codingsToRecode: r.codingsToRecode });
        print(`split "${r.source.name}" into ${r.created.map((c) => `"${c.name}" ${dim(c.id)}`).join(', ')}`);
        if (r.codingsToRecode > 0)
          print(`its ${r.codingsToRecode} coding${r.codingsToRecode === 1 ? '' : 's'} stay on "${r.source.name}" until recoded to one of the new codes`);
      }),
    );
  code
    .command('history')
    .description("a code's versions: who changed what, when and why; merges and splits")
    .argument('<code>', CODE_ARGUMENT)
    .option('--json', 'print as JSON')
    .action(async (ref: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const h = await codeHistory(s.ctx, (await codeOf(s, o, ref)).id);
        if (o.json)
          return printJson({
            code: asJson(h.code),
            entries: h.entries,
            mergedFrom: h.mergedFrom.map((c) => asJson(c)),
            splitInto: h.splitInto.map((c) => asJson(c)),
            mergedInto: h.mergedInto && asJson(h.mergedInto),
            splitFrom: h.splitFrom && asJson(h.splitFrom),
            codings: h.codings,
          });
        print(`${bold(h.code.name)} ${dim(h.code.id)} version ${h.code.version}, ${h.codings} live coding${h.codings === 1 ? '' : 's'}`);
        if (h.mergedInto) print(`merged into "${h.mergedInto.name}" ${dim(h.mergedInto.id)}`);
        if (h.splitFrom) print(`split from "${h.splitFrom.name}" ${dim(h.splitFrom.id)}`);
        printTable(
          ['When', 'Who', 'What', 'Version', 'Why'],
          h.entries.map((e) => [e.at, e.actorName, e.action, e.version ?? '', e.reason ?? '']),
        );
      }),
    );
  code
    .command('list')
    .description('the codebook as a tree, with the number of live codings of each code')
    .option('--json', 'print as JSON')
    .action(async (_opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const [{ tree, codings }, codes] = await Promise.all([codebook(s.ctx, p.id), allCodes(s.ctx, p.id)]);
        const rows = flattenTree(tree);
        if (o.json) return printJson(rows.map((n) => ({ ...asJson(n.code, codes), depth: n.depth, codings: codings.get(n.code.id) ?? 0 })));
        printTable(
          ['Code', 'Colour', 'Codings', 'Version', 'ID'],
          rows.map((n) => [`${'  '.repeat(n.depth)}${n.code.name}`, n.code.colour, codings.get(n.code.id) ?? 0, n.code.version, n.code.id]),
        );
      }),
    );
}
