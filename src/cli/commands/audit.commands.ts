import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { auditTrailCsv, verifyAuditTrail } from '../../services/audit-trail.js';
import { EXIT } from '../exit-codes.js';
import { print, printJson, red, writeData } from '../output.js';
import { withSession } from '../session.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the audit trail: verify its hash chain, export it');

  audit
    .command('verify')
    .description('check that no entry of the audit trail was changed, removed or reordered; exits 1 if one was')
    .option('--json', 'print as JSON')
    .action(async (_opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const { entries, broken } = await verifyAuditTrail(s.ctx);
        if (o.json) printJson({ ok: broken === null, entries, broken });
        else if (!broken) print(`The audit trail holds: ${entries.toLocaleString('en-US')} entries, each chained to the one before.`);
        else print(red(`The audit trail is broken at entry ${broken.seq}: ${broken.reason}.`));
        if (broken) process.exitCode = EXIT.problemsFound;
      }),
    );

  audit
    .command('export')
    .description('the whole audit trail as CSV (safe to open in a spreadsheet)')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (opts: { output?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const out = opts.output ? createWriteStream(opts.output) : process.stdout;
        const shown = opts.output ? (chunk: string) => chunk : writeData;
        for await (const chunk of auditTrailCsv(s.ctx)) if (!out.write(shown(chunk))) await once(out, 'drain');
        if (opts.output) {
          out.end();
          await once(out, 'finish');
        }
      }),
    );
}
