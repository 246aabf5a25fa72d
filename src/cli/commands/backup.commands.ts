import { createReadStream, createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { backupDatabase, describeTarget, exportArchive, loadArchive, resolveDatabaseTarget, restoreDatabase } from '../../services/database.js';
import { print } from '../output.js';
import { globals } from '../session.js';

const summary = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n.toLocaleString('en-US')} ${t}`)
    .join(', ');

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('a consistent backup, taken while the server runs (SQLite: a database file; PostgreSQL: an archive)')
    .argument('<file>', 'a new file')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const target = resolveDatabaseTarget(globals(cmd).db);
      const kind = await backupDatabase(target, file);
      print(`backed up ${describeTarget(target)} to ${file} (${kind === 'sqlite' ? 'a SQLite database file' : 'a Warrant archive'})`);
    });

  program
    .command('restore')
    .description('bring a backup back (stop the server first); an existing database is kept aside, never overwritten')
    .argument('<file>', 'a backup or an archive')
    .option('--replace', 'restore over a SQLite database that holds data (it is moved aside, not deleted)')
    .action(async (file: string, opts: { replace?: boolean }, cmd: Command) => {
      const target = resolveDatabaseTarget(globals(cmd).db);
      const result = await restoreDatabase(target, file, { replace: Boolean(opts.replace) });
      print(`restored ${file} into ${describeTarget(target)}${result.setAside ? `; the database that was there is kept as ${result.setAside}` : ''}`);
    });

  program
    .command('export')
    .description('the whole database as a portable archive, to move it between SQLite and PostgreSQL')
    .argument('<file>', 'a new file')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const target = resolveDatabaseTarget(globals(cmd).db);
      const counts = await exportArchive(target, createWriteStream(file, { flags: 'wx' }));
      print(`exported ${describeTarget(target)} to ${file}: ${summary(counts)}`);
    });

  program
    .command('import-archive')
    .description('load an archive (from warrant export) into a new, empty database of either engine')
    .argument('<file>')
    .action(async (file: string, _opts: unknown, cmd: Command) => {
      const target = resolveDatabaseTarget(globals(cmd).db);
      const counts = await loadArchive(target, createReadStream(file));
      print(`loaded ${file} into ${describeTarget(target)}: ${summary(counts)}`);
    });
}
