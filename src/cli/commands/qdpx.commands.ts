import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import type { Problem } from '../../domain/problem.js';
import { projectCounts, type RefiProblem } from '../../domain/refi-qda.js';
import { readQdpxOffThread } from '../../importers/refi-qda/qdpx-reader.js';
import { DEFAULT_UNLABELLED_SPEAKER } from '../../importers/transcripts/index.js';
import { exportQdpx } from '../../services/qdpx-export.js';
import { importQdpx, type QdpxImportReport } from '../../services/qdpx-import.js';
import { assignDocument, unassignedDocuments } from '../../services/document-assignment.js';
import { ROLE_GROUP_LABELS, type RoleGroup } from '../../domain/roles.js';
import { EXIT } from '../exit-codes.js';
import { bold, dim, print, printError, printJson, printProblems, red } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

const n = (x: number) => x.toLocaleString('en-US');

/** A REFI-QDA problem as the CLI prints problems: the file, then the element and line, then what is wrong. */
const asProblem = (p: RefiProblem): Problem => ({ severity: p.severity, file: p.file, message: p.where ? `${p.where}: ${p.message}` : p.message });

const MAX_QDPX_FILE_BYTES = 2 * 1024 ** 3;

/** The file's bytes, or undefined (with the message printed) when it is larger than a .qdpx may be. */
async function qdpxBytes(file: string): Promise<Uint8Array | undefined> {
  const size = (await stat(file)).size;
  if (size > MAX_QDPX_FILE_BYTES) {
    printError(red(`${basename(file)}: is ${n(size)} bytes, more than the 2 GB a .qdpx may be`));
    process.exitCode = EXIT.invalid;
    return undefined;
  }
  return new Uint8Array(await readFile(file));
}

function printImport(r: QdpxImportReport, dryRun: boolean): void {
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  if (r.problems.length) {
    printError(`${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} in ${r.file}:`);
    printProblems(r.problems.map(asProblem));
  }
  if (errors) {
    printError(red(`\nNothing was imported: ${r.file} has ${errors} error${errors === 1 ? '' : 's'}.`));
    return;
  }
  const into = r.partnership ? `"${r.partnership.name}"${r.partnership.created ? ' (a new partnership)' : ''}` : 'a new partnership';
  print(bold(dryRun ? `${r.file} can be imported into ${into}; nothing was written (--dry-run)` : `Imported ${r.file} into ${into}`));
  const tally = (x: { added: number; unchanged: number }) => `${n(x.added)} added, ${n(x.unchanged)} already here`;
  print(`  codebook       ${n(r.codes.added)} codes added, ${n(r.codes.updated)} updated, ${n(r.codes.unchanged)} unchanged`);
  print(`  participants   ${tally(r.participants)} (from the project's cases)`);
  print(
    `  interviews     ${tally(r.interviews)} (from its text sources)${r.interviews.corrected ? `, ${n(r.interviews.corrected)} corrected (a new transcript version)` : ''}`,
  );
  print(
    `  passages       ${tally(r.passages)}${r.interviews.corrected ? `; of the corrected transcripts', ${n(r.passages.moved)} moved with them, ${n(r.passages.toReview)} to review` : ''}`,
  );
  print(`  codings        ${tally(r.codings)}`);
  print(`  memos          ${tally(r.memos)} (from its notes)`);
  print(`  added          ${n(r.organizations.added)} districts, schools and units; ${n(r.cycles.added)} cycles`);
  if (r.coders.length) print(`  coders         ${r.coders.map((c) => `${c.user} → ${c.coder}${c.account ? '' : ' (no account)'}`).join(', ')}`);
  if (r.unmapped.length) print(red(`  not brought in ${r.unmapped.map((u) => `${u.element} "${u.name ?? u.guid ?? ''}" (line ${u.line})`).join(', ')}`));
  if (r.unassigned.length) {
    print(
      `  to assign      ${n(r.unassigned.length)} document${r.unassigned.length === 1 ? '' : 's'} no case placed: ${r.unassigned.map((u) => u.interview).join(', ')}`,
    );
    print(dim('                 see them with `warrant qdpx unassigned`, assign each with `warrant qdpx assign INTERVIEW --role … --school … --cycle …`'));
  }
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
      const bytes = await qdpxBytes(file);
      if (!bytes) return;
      const r = await readQdpxOffThread(bytes, name);
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

  qdpx
    .command('import')
    .description(
      'bring a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or Warrant) into a partnership: codebook, cases as participants, documents as interviews, selections, codings and notes; documents no case places come in unassigned',
    )
    .argument('<file>', 'the .qdpx file to read')
    .option('--cycle <cycle>', "the cycle of documents the project does not date to one (e.g. 2025-26); else the partnership's latest")
    .option('--district <district>', 'the district of participants whose case names none')
    .option('--role <role>', 'the role group of participants whose case gives none (teacher if not given)')
    .option('--unlabelled <speaker>', `the speaker of a document's text before any speaker label ("${DEFAULT_UNLABELLED_SPEAKER}" if not given)`)
    .option('--dry-run', 'check the project and report what would come in, writing nothing')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, opts: { cycle?: string; district?: string; role?: string; unlabelled?: string; dryRun?: boolean }, cmd: Command) => {
      await withSession(cmd, async (s, o) => {
        const bytes = await qdpxBytes(file);
        if (!bytes) return;
        const r = await importQdpx(s.ctx, bytes, basename(file), {
          ...(o.partnership && { partnership: o.partnership }),
          ...(opts.cycle && { cycle: opts.cycle }),
          ...(opts.district && { district: opts.district }),
          ...(opts.role && { role: opts.role }),
          ...(opts.unlabelled && { unlabelledSpeaker: opts.unlabelled }),
          ...(opts.dryRun && { dryRun: true }),
        });
        if (o.json) printJson(r);
        else printImport(r, Boolean(opts.dryRun));
        if (r.problems.some((p) => p.severity === 'error')) process.exitCode = EXIT.problemsFound;
      });
    });

  qdpx
    .command('unassigned')
    .description('the documents brought in from REFI-QDA projects that no case placed, still to assign to a participant and a cycle')
    .option('--json', 'print them as JSON')
    .action(async (_opts: unknown, cmd: Command) => {
      await withSession(cmd, async (s, o) => {
        const partnership = await partnershipOf(s, o);
        const docs = await unassignedDocuments(s.ctx, partnership.id);
        if (o.json) return printJson(docs);
        if (!docs.length) return print('No documents to assign: every interview has its participant and cycle.');
        print(bold(`${docs.length} document${docs.length === 1 ? '' : 's'} to assign in "${partnership.name}":`));
        for (const d of docs)
          print(
            `  ${d.interview_code}  from ${d.archive} ("${d.source_name}"), ${n(d.words)} words; for now ${ROLE_GROUP_LABELS[d.role as RoleGroup] ?? d.role} ${d.participant_code} in ${d.district_name}, cycle ${d.cycle_label}`,
          );
      });
    });

  qdpx
    .command('assign')
    .description(
      'assign a document brought in unassigned: whose interview it is (a participant already in the partnership, or a role group and school or district) and its cycle',
    )
    .argument('<interview>', 'the interview the document came in as (ID or code)')
    .option('--participant <participant>', 'a participant already in the partnership whose interview it is (their participant ID)')
    .option('--role <role>', 'teacher, coach, school_leader or district_leader (for the participant the document came with)')
    .option('--school <school>', 'the school (teachers, coaches, school leaders); added if new')
    .option('--district <district>', "the district (a district leader's, or a new school's); added if new")
    .option('--unit <unit>', "a district leader's central-office unit")
    .option('--pseudonym <pseudonym>', "the participant's pseudonym")
    .requiredOption('--cycle <cycle>', 'the cycle it was held in (e.g. 2025-26)')
    .requiredOption('--reason <reason>', 'how you know whose interview it is')
    .option('--json', 'print the assignment as JSON')
    .action(
      async (
        interview: string,
        opts: { participant?: string; role?: string; school?: string; district?: string; unit?: string; pseudonym?: string; cycle: string; reason: string },
        cmd: Command,
      ) => {
        await withSession(cmd, async (s, o) => {
          const partnership = await partnershipOf(s, o);
          const r = await assignDocument(s.ctx, { ...opts, interview, partnershipId: partnership.id });
          if (o.json) return printJson(r);
          print(
            bold(
              `Assigned ${r.interview}: ${ROLE_GROUP_LABELS[r.role as RoleGroup] ?? r.role} ${r.participant} (${r.pseudonym}), ${r.school ? `${r.school}, ` : ''}${r.district}, cycle ${r.cycle}`,
            ),
          );
        });
      },
    );
}
