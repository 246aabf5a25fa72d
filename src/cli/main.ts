import { Command, CommanderError } from 'commander';
import { WarrantError } from '../domain/errors.js';
import { translateStorageError } from '../services/database.js';
import { registerAnalyzeCommands } from './commands/analyze.commands.js';
import { registerAssignmentCommands } from './commands/assignment.commands.js';
import { registerAttributeCommands } from './commands/attribute.commands.js';
import { registerMemoCommands } from './commands/memo.commands.js';
import { registerRetrievalCommands } from './commands/retrieval.commands.js';
import { registerAuditCommands } from './commands/audit.commands.js';
import { registerBackupCommands } from './commands/backup.commands.js';
import { registerCodebookCommands } from './commands/codebook.commands.js';
import { registerCodingCommands } from './commands/coding.commands.js';
import { registerDemoCommand } from './commands/demo.command.js';
import { registerDesignCommands } from './commands/design.commands.js';
import { registerEvidenceCommands } from './commands/evidence.commands.js';
import { registerFeedbackCommands } from './commands/feedback.commands.js';
import { registerImportCommand } from './commands/import.command.js';
import { registerInstrumentCommands } from './commands/instrument.commands.js';
import { registerMeasureCommands } from './commands/measure.commands.js';
import { registerInterviewCommands } from './commands/interview.commands.js';
import { registerReliabilityCommands } from './commands/reliability.commands.js';
import { registerReportCommands } from './commands/report.commands.js';
import { registerQdpxCommands } from './commands/qdpx.commands.js';
import { registerReadCommands } from './commands/read.commands.js';
import { registerServeCommand } from './commands/serve.command.js';
import { registerScoreCommands } from './commands/score.commands.js';
import { registerSetupCommands } from './commands/setup.commands.js';
import { registerUserCommands } from './commands/user.commands.js';
import { EXIT } from './exit-codes.js';
import { refuseUnwritableInput } from './options.js';
import { printError, red, writeError } from './output.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('warrant')
    .description('Warrant: partnership data, interview transcripts and findings traced to what participants said')
    .version(VERSION)
    .option('--db <path>', 'SQLite database file (default ./data/warrant.db), or a postgres:// URL; WARRANT_DATABASE_URL selects PostgreSQL')
    .option('--as <name>', 'who you are, for the audit trail (default: $WARRANT_USER or your login name)')
    .option('--partnership <name>', 'the partnership to work on, when the database holds several')
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => writeError(s) })
    .hook('preAction', (_program, command) => refuseUnwritableInput(command))
    .exitOverride();
  registerServeCommand(program);
  registerDemoCommand(program);
  registerSetupCommands(program);
  registerAttributeCommands(program);
  registerMemoCommands(program);
  registerRetrievalCommands(program);
  registerScoreCommands(program);
  registerImportCommand(program);
  registerInterviewCommands(program);
  registerReadCommands(program);
  registerEvidenceCommands(program);
  registerCodingCommands(program);
  registerDesignCommands(program);
  registerFeedbackCommands(program);
  registerCodebookCommands(program);
  registerReportCommands(program);
  registerUserCommands(program);
  registerAuditCommands(program);
  registerBackupCommands(program);
  registerReliabilityCommands(program);
  registerAnalyzeCommands(program);
  registerInstrumentCommands(program);
  registerMeasureCommands(program);
  registerAssignmentCommands(program);
  registerQdpxCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // `warrant transcript X | head`: the reader has seen enough; stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and --version exit 0; a command line that cannot be parsed is invalid input.
      process.exitCode = e.exitCode === 0 ? 0 : EXIT.invalid;
      return;
    }
    const err = translateStorageError(e);
    if (err instanceof WarrantError) {
      printError(`${red('warrant:')} ${err.message}`);
      process.exitCode = err.code === 'not_found' ? EXIT.notFound : err.code === 'busy' ? EXIT.failure : EXIT.invalid;
      return;
    }
    const failure = err as Error;
    printError(`${red('warrant:')} ${failure.message}`);
    if (process.env.WARRANT_DEBUG) printError(failure.stack);
    process.exitCode = EXIT.failure;
  }
}
