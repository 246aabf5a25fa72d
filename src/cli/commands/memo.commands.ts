import type { Command } from 'commander';
import { addMemo, editMemo, type Memo, memoById, memosOf } from '../../services/memos.js';
import { wholeNumber } from '../options.js';
import { bold, dim, print, printJson, printTable } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

const presentMemo = ({ row, subject, author }: Memo) => ({
  id: row.id,
  subject,
  title: row.title,
  text: row.text,
  author,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
  retired: row.retired_at ? { at: row.retired_at, by: row.retired_by, reason: row.retired_reason } : null,
});

const on = (m: Memo) => m.subject?.label ?? 'free-standing';

function printMemos(memos: Memo[]): void {
  if (memos.length === 0) return print(dim('no memos'));
  printTable(
    ['id', 'title', 'on', 'author', 'updated', 'v'],
    memos.map((m) => [m.row.id, m.row.title, on(m), m.author, m.row.updated_at.slice(0, 10), m.row.version]),
  );
}

interface ListOptions {
  kind?: string;
  on?: string;
  retired?: boolean;
}

/** Memos on codes, codings, passages, interviews and participants, or free-standing; retired with `warrant retire`. */
export function registerMemoCommands(program: Command): void {
  const memo = program
    .command('memo')
    .description('memos on a code, coding, passage, interview or participant (case), or free-standing; retire one with `warrant retire`');
  memo
    .command('add')
    .description('write a memo')
    .argument('<title>', 'its title')
    .option('--text <text>', 'what it says', '')
    .option('--on <subject>', 'what it is written on: an ID (cod_, cdg_, exc_, int_, par_…), or with --kind a code name or an interview or participant code')
    .option('--kind <kind>', 'code, coding, passage, interview or participant (case)')
    .option('--json', 'print as JSON')
    .action(async (title: string, opts: { text: string; on?: string; kind?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const m = await addMemo(s.ctx, {
          partnershipId: (await partnershipOf(s, o)).id,
          title,
          text: opts.text,
          ...(opts.on !== undefined && { subject: opts.on }),
          ...(opts.kind !== undefined && { subjectKind: opts.kind }),
        });
        if (o.json) return printJson(presentMemo(m));
        print(`wrote the memo "${m.row.title}" (${on(m)}) ${dim(m.row.id)}`);
      }),
    );
  memo
    .command('edit')
    .description("change a memo's title or text (its next version)")
    .argument('<memo>', 'its ID')
    .option('--title <title>')
    .option('--text <text>')
    .requiredOption('--expected-version <n>', 'the version you edited', wholeNumber)
    .option('--reason <text>', 'why')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { title?: string; text?: string; expectedVersion: number; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const m = await editMemo(s.ctx, {
          id,
          expectedVersion: opts.expectedVersion,
          ...(opts.title !== undefined && { title: opts.title }),
          ...(opts.text !== undefined && { text: opts.text }),
          ...(opts.reason !== undefined && { reason: opts.reason }),
        });
        if (o.json) return printJson(presentMemo(m));
        print(`the memo "${m.row.title}" is at version ${m.row.version}`);
      }),
    );
  const listing = (c: Command) =>
    c
      .option('--kind <kind>', 'only memos on this kind of subject (code, coding, passage, interview, participant), or none for free-standing ones')
      .option('--on <subject>', 'only memos on this record (an ID, or with --kind its code or name)')
      .option('--retired', 'include retired memos')
      .option('--json', 'print as JSON');
  listing(memo.command('list').description('the memos, newest first')).action(async (opts: ListOptions, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const memos = await memosOf(s.ctx, (await partnershipOf(s, o)).id, {
        ...(opts.kind !== undefined && { subjectKind: opts.kind }),
        ...(opts.on !== undefined && { subject: opts.on }),
        ...(opts.retired && { includeRetired: true }),
      });
      if (o.json) return printJson(memos.map(presentMemo));
      printMemos(memos);
    }),
  );
  listing(
    memo
      .command('search')
      .description('memos whose title and text answer a query in the transcript search language: words, "phrases", prefix*, OR, -word')
      .argument('<query>'),
  ).action(async (query: string, opts: ListOptions, cmd: Command) =>
    withSession(cmd, async (s, o) => {
      const memos = await memosOf(s.ctx, (await partnershipOf(s, o)).id, {
        q: query,
        ...(opts.kind !== undefined && { subjectKind: opts.kind }),
        ...(opts.on !== undefined && { subject: opts.on }),
        ...(opts.retired && { includeRetired: true }),
      });
      if (o.json) return printJson(memos.map(presentMemo));
      printMemos(memos);
    }),
  );
  memo
    .command('show')
    .description('a memo, what it is written on, and its history')
    .argument('<memo>', 'its ID')
    .option('--json', 'print as JSON')
    .action(async (id: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const m = await memoById(s.ctx, id);
        if (o.json) return printJson({ ...presentMemo(m), history: m.history });
        print(bold(m.row.title));
        print(
          dim(
            `${on(m)} · by ${m.author} · ${m.row.created_at.slice(0, 10)} · version ${m.row.version}${m.row.retired_at ? ` · retired: ${m.row.retired_reason}` : ''}`,
          ),
        );
        print();
        print(m.row.text);
        print();
        for (const h of m.history)
          print(dim(`${h.at.slice(0, 16).replace('T', ' ')}  ${h.action}  v${h.version ?? ''}  ${h.actorName}${h.reason ? `: ${h.reason}` : ''}`));
      }),
    );
}
