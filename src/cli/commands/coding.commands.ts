import type { Command } from 'commander';
import { invalid } from '../../domain/errors.js';
import { codePassage, codingsOfInterview, type CodingView, getCoding, recode, uncode } from '../../services/codings.js';
import { collect, wholeNumber } from '../options.js';
import { bold, dim, print, printJson, printTable } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

const where = (c: CodingView) => `[${c.start}–${c.end}]`;
const short = (quote: string) => (quote.length > 70 ? `${quote.slice(0, 67)}…` : quote).replace(/\s+/g, ' ');

function printCoding(c: CodingView): void {
  print(`${bold(c.id)} ${c.codeName} ${dim(`${c.colour} · ${c.coderName} · v${c.version}`)} ${where(c)} “${short(c.quote)}”`);
}

/** `warrant coding`: codes applied to passages of transcripts, each the coder's own. */
export function registerCodingCommands(program: Command): void {
  const coding = program.command('coding').description('code passages of transcripts: apply, remove, recode and list codings');

  coding
    .command('add')
    .description("code a passage of an interview's current transcript with one or more codes: by quote, a whole turn, or offsets (widened to whole words)")
    .argument('<interview>', 'interview ID or code')
    .requiredOption('--code <name>', 'a code to apply, by name or ID (repeatable)', collect)
    .option('--quote <text>', 'the exact words, if they occur once in the transcript')
    .option('--turn <n>', 'the spoken words of turn n (from 0)', wholeNumber)
    .option('--start <n>', 'start offset (code points)', wholeNumber)
    .option('--end <n>', 'end offset (code points)', wholeNumber)
    .option('--json', 'print as JSON')
    .action(async (interview: string, opts: { code: string[]; quote?: string; turn?: number; start?: number; end?: number }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const chosen = [opts.quote !== undefined, opts.turn !== undefined, opts.start !== undefined || opts.end !== undefined].filter(Boolean).length;
        if (chosen !== 1) throw invalid('say which passage, one way: --quote Q, --turn N, or --start S --end E', { field: 'quote' });
        if ((opts.start === undefined) !== (opts.end === undefined)) throw invalid('give both --start and --end', { field: 'end' });
        const p = await partnershipOf(s, o);
        const { code, ...passage } = opts;
        const made = await codePassage(s.ctx, { partnershipId: p.id, interview, codes: code, ...passage });
        if (o.json) return printJson(made);
        for (const c of made) printCoding(c);
      }),
    );

  coding
    .command('remove')
    .description('uncode: retire one of your codings (kept in the audit trail, with the reason)')
    .argument('<coding>', 'coding ID')
    .option('--reason <text>', 'why it is removed')
    .option('--expected-version <n>', 'the version of the coding you remove (by default the current one)', wholeNumber)
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { reason?: string; expectedVersion?: number }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const expectedVersion = opts.expectedVersion ?? (await getCoding(s.ctx, id)).version;
        const c = await uncode(s.ctx, id, { reason: opts.reason, expectedVersion });
        if (o.json) return printJson(c);
        print(`uncoded ${bold(c.id)} ${c.codeName} ${where(c)} “${short(c.quote)}”`);
      }),
    );

  coding
    .command('recode')
    .description('apply another code to one of your codings (its next version, audited)')
    .argument('<coding>', 'coding ID')
    .requiredOption('--code <name>', 'the code to apply instead, by name or ID')
    .option('--reason <text>', 'why it is recoded')
    .option('--expected-version <n>', 'the version of the coding you recode (by default the current one)', wholeNumber)
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { code: string; reason?: string; expectedVersion?: number }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const expectedVersion = opts.expectedVersion ?? (await getCoding(s.ctx, id)).version;
        const c = await recode(s.ctx, id, { code: opts.code, reason: opts.reason, expectedVersion });
        if (o.json) return printJson(c);
        printCoding(c);
      }),
    );

  coding
    .command('list')
    .description("the codings of an interview's current transcript, in text order (a coder assigned blind sees only their own until done)")
    .argument('<interview>', 'interview ID or code')
    .option('--code <name>', 'only the codings of this code')
    .option('--json', 'print as JSON')
    .action(async (interview: string, opts: { code?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const listed = await codingsOfInterview(s.ctx, p.id, interview, opts);
        if (o.json) return printJson(listed);
        if (!listed.othersShown) print(dim('You are assigned to code this interview: only your own codings show until you mark yours done.'));
        if (listed.codings.length === 0) return print(dim(`no codings on interview ${listed.interviewCode}${opts.code ? ` with code ${opts.code}` : ''}`));
        printTable(
          ['coding', 'code', 'coder', 'where', 'words'],
          listed.codings.map((c) => [c.id, c.codeName, c.coderName, where(c), short(c.quote)]),
        );
      }),
    );
}
