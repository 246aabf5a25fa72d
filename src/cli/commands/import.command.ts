import type { Command } from 'commander';
import { interviewerSummary } from '../../domain/interviewer-summary.js';
import { DEFAULT_UNLABELLED_SPEAKER, importBundle, type ImportReport } from '../../services/import-bundle.js';
import { bold, print, printError, printJson, printProblems, progressBar, red } from '../output.js';
import { EXIT } from '../exit-codes.js';
import { withSession } from '../session.js';

const n = (x: number) => x.toLocaleString('en-US');

function printReport(r: ImportReport): void {
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  const warnings = r.problems.length - errors;
  if (r.problems.length) {
    printError(`${r.problems.length} problem${r.problems.length === 1 ? '' : 's'} in ${r.dir}:`);
    printProblems(r.problems);
  }
  if (!r.imported) {
    printError(
      red(
        `\nNothing was imported: the bundle has ${errors} error${errors === 1 ? '' : 's'}. Fix them and import again, or use --skip-invalid to import the valid interviews.`,
      ),
    );
    return;
  }
  print(bold(`Imported ${r.dir} into "${r.partnership!.name}"${r.partnership!.created ? ' (a new partnership)' : ''}`));
  print(`  participants   ${n(r.participants.added)} added, ${n(r.participants.updated)} updated, ${n(r.participants.unchanged)} unchanged`);
  print(`  interviews     ${n(r.interviews.added)} added, ${n(r.interviews.updated)} updated, ${n(r.interviews.unchanged)} unchanged`);
  print(`  transcripts    ${n(r.transcripts.added)} new, ${n(r.transcripts.newVersions)} new versions, ${n(r.transcripts.unchanged)} unchanged`);
  if (r.passages.moved + r.passages.toReview)
    print(`  passages       ${n(r.passages.moved)} moved to the corrected transcripts (words unchanged), ${n(r.passages.toReview)} to review (words changed)`);
  print(`  stored         ${n(r.stored.turns)} turns, ${n(r.stored.words)} words (${(r.stored.textBytes / 1048576).toFixed(1)} MB of text)`);
  print(`  added          ${n(r.organizations.added)} districts, schools and units; ${n(r.cycles.added)} cycles`);
  if (r.interviewers.length) print(`  interviewer    ${interviewerSummary(r.interviewers)}`);
  if (r.skipped.interviews.length || r.skipped.participants.length) {
    print(
      red(`  skipped        ${r.skipped.interviews.length} interviews (${r.skipped.interviews.join(', ')}), ${r.skipped.participants.length} participants`),
    );
  }
  if (warnings) print(`  ${warnings} warning${warnings === 1 ? '' : 's'} (listed above)`);
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import a partnership bundle: roster.csv, interviews.csv and the transcripts they name')
    .argument('<dir>', 'the bundle folder')
    .option('--skip-invalid', 'import the valid interviews and list the others, instead of refusing the bundle')
    .option(
      '--unlabelled [speaker]',
      `read a transcript without speaker labels (or the text before its first label) as one speaker, named SPEAKER ("${DEFAULT_UNLABELLED_SPEAKER}" if not given), to be labelled later`,
    )
    .option('--json', 'print the import report as JSON')
    .action(async (dir: string, opts: { skipInvalid?: boolean; unlabelled?: string | true }, cmd: Command) => {
      await withSession(cmd, async (s, o) => {
        const bar = progressBar();
        const report = await importBundle(s.ctx, dir, {
          ...(o.partnership && { partnership: o.partnership }),
          skipInvalid: Boolean(opts.skipInvalid),
          ...(opts.unlabelled !== undefined && { unlabelledSpeaker: opts.unlabelled === true ? DEFAULT_UNLABELLED_SPEAKER : opts.unlabelled }),
          onProgress: bar.update,
        }).finally(bar.stop);
        if (o.json) printJson(report);
        else printReport(report);
        if (!report.imported) process.exitCode = EXIT.problemsFound;
      });
    });
}
