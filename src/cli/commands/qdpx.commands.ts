import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { Problem } from '../../domain/problem.js';
import type { RefiProblem, RefiProject } from '../../domain/refi-qda.js';
import { readQdpxOffThread } from '../../importers/refi-qda/qdpx-reader.js';
import { exportQdpx } from '../../services/qdpx-export.js';
import { EXIT } from '../exit-codes.js';
import { bold, print, printError, printJson, printProblems, red } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

const n = (x: number) => x.toLocaleString('en-US');

/** A REFI-QDA problem as the CLI prints problems: the file, then the element and line, then what is wrong. */
const asProblem = (p: RefiProblem): Problem => ({ severity: p.severity, file: p.file, message: p.where ? `${p.where}: ${p.message}` : p.message });

/** What a project holds, counted. */
export function projectCounts(p: RefiProject) {
  const selections = p.sources.flatMap((s) => s.selections);
  return {
    users: p.users.length,
    codes: p.codes.length,
    sources: p.sources.length,
    selections: selections.length,
    codings: selections.reduce((k, s) => k + s.codings.length, 0) + p.sources.reduce((k, s) => k + s.codings.length, 0),
    notes: p.notes.length,
    cases: p.cases.length,
    sets: p.sets.length,
    unmapped: p.unmapped.length,
  };
}

export function registerQdpxCommands(program: Command): void {
  const qdpx = program.command('qdpx').description('exchange projects with other QDA tools (NVivo, ATLAS.ti, MAXQDA, QualCoder) as REFI-QDA .qdpx files');

  qdpx
    .command('export')
    .description('write the partnership (or one district, or one cycle) as a REFI-QDA project (.qdpx)')
    .argument('<file>', 'the .qdpx file to write')
    .option('--district <district>', 'only this district (ID or name)')
    .option('--cycle <cycle>', 'only this cycle (ID or label)')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: { district?: string; cycle?: string }, cmd: Command) => {
      await withSession(cmd, async (s, o) => {
        const partnership = await partnershipOf(s, o);
        const r = await exportQdpx(
          s.ctx,
          { partnershipId: partnership.id, ...(opts.district && { district: opts.district }), ...(opts.cycle && { cycle: opts.cycle }) },
          file,
        );
        if (o.json) return printJson(r);
        print(bold(`Wrote ${file} (${(r.bytes / 1048576).toFixed(1)} MB) from "${partnership.name}"`));
        print(`  sources      ${n(r.sources)} transcripts, ${n(r.selections)} selections, ${n(r.codings)} codings`);
        print(`  codebook     ${n(r.codes)} codes`);
        print(`  cases        ${n(r.cases)} participants`);
        print(`  notes        ${n(r.notes)} (${n(r.memos)} memos, ${n(r.isfEntries)} ISF entries, ${n(r.claims)} claims)`);
      });
    });

  qdpx
    .command('check')
    .description('read a REFI-QDA project (.qdpx) and print its validation report: what it holds, each deviation and error, what cannot be brought in')
    .argument('<file>', 'the .qdpx file to read')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const o = cmd.optsWithGlobals<{ json?: boolean }>();
      const name = basename(file);
      const size = (await stat(file)).size;
      if (size > 2 * 1024 ** 3) {
        printError(red(`${name}: is ${n(size)} bytes, more than the 2 GB a .qdpx may be`));
        process.exitCode = EXIT.invalid;
        return;
      }
      const r = await readQdpxOffThread(new Uint8Array(await readFile(file)), name);
      const errors = r.problems.filter((p) => p.severity === 'error').length;
      if (o.json)
        printJson({
          file: name,
          valid: errors === 0,
          problems: r.problems,
          ...(r.project && { holds: projectCounts(r.project), unmapped: r.project.unmapped }),
        });
      else {
        if (r.problems.length) {
          printError(`${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} in ${name}:`);
          printProblems(r.problems.map(asProblem));
        }
        if (r.project) {
          const c = projectCounts(r.project);
          print(bold(`${name}: "${r.project.name}"${r.project.origin ? ` from ${r.project.origin}` : ''} can be read`));
          print(
            `  holds  ${n(c.sources)} text sources, ${n(c.selections)} selections, ${n(c.codings)} codings, ${n(c.codes)} codes, ${n(c.notes)} notes, ${n(c.cases)} cases, ${n(c.users)} users, ${n(c.sets)} sets`,
          );
          if (c.unmapped) print(`  ${n(c.unmapped)} item${c.unmapped === 1 ? '' : 's'} cannot be brought in yet (listed above)`);
        } else printError(red(`\n${name} cannot be brought in: it has ${errors} error${errors === 1 ? '' : 's'}.`));
      }
      if (errors) process.exitCode = EXIT.problemsFound;
    });
}
