import type { Command } from 'commander';
import { DEMO_PARTNERSHIP } from '../../demo/cast.js';
import { loadDemo } from '../../demo/load-demo.js';
import { describeTarget } from '../../services/database.js';
import { print, printJson, progressBar } from '../output.js';
import { withSession } from '../session.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('load the demo partnership: three districts, two cycles, transcripts in four formats, and a traced analysis')
    .option('--json', 'print the import report as JSON')
    .action(async (_opts: unknown, cmd: Command) => {
      await withSession(cmd, async (s, o) => {
        const bar = progressBar();
        const report = await loadDemo(s.ctx, { onProgress: bar.update }).finally(bar.stop);
        if (o.json) printJson(report);
        else {
          print(`Loaded "${DEMO_PARTNERSHIP}" into ${describeTarget(s.target)}:`);
          print(
            `  ${report.interviews.added} interviews of ${report.participants.added} participants, ${report.stored.words.toLocaleString('en-US')} words, with ISFs, summaries and findings.`,
          );
          print('Try: warrant stats · warrant search "learning walk" · warrant check');
        }
      });
    });
}
