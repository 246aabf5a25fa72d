import { type Command, InvalidArgumentError } from 'commander';
import { invalid } from '../../domain/errors.js';
import { RECONCILIATION_DECISIONS, type ReconciliationDecision } from '../../domain/reliability.js';
import { allCodes, findCode } from '../../services/codebook.js';
import { assignInterviews, assignmentOf, type CodingAssignment, listAssignments, setAssignmentDone, unassign } from '../../services/coding-assignments.js';
import { coderOf } from '../../services/codings.js';
import { codingAgreement, codingDisagreements, type Disagreement, listReconciliations, type Reconciliation, reconcile } from '../../services/reliability.js';
import { collect, wholeNumber } from '../options.js';
import { bold, dim, print, printJson, printTable } from '../output.js';
import { partnershipOf, type Session, withSession } from '../session.js';

const short = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n - 1)}…` : text).replace(/\s+/g, ' ');
const fixed = (x: number | null) => (x === null ? '—' : x.toFixed(3));
const percent = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

function decision(value: string): ReconciliationDecision {
  const v = value.replace(/-/g, '_');
  if (!(RECONCILIATION_DECISIONS as readonly string[]).includes(v))
    throw new InvalidArgumentError(`the decision is ${RECONCILIATION_DECISIONS.join(' or ')} (the code applies to the unit, or it does not)`);
  return v as ReconciliationDecision;
}

const SCOPE = { interview: 'only this interview (ID or code)', code: 'only this code (name, path or ID)' };

/**
 * What a read of the double coding is about, as the agreement and reconciliation services take it:
 * the acting account as the viewer the blind rule holds for, an interview, a code by its ID.
 */
async function scopeOf(s: Session, partnershipId: string, opts: { interview?: string | undefined; code?: string | undefined }) {
  const code = opts.code === undefined ? undefined : (await findCode(s.ctx, partnershipId, opts.code)).id;
  return { viewer: await coderOf(s.ctx), ...(opts.interview && { interview: opts.interview }), ...(code && { code }) };
}

function printAssignments(list: readonly CodingAssignment[]): void {
  if (list.length === 0) return print(dim('no interviews are assigned to coders'));
  printTable(
    ['interview', 'coder', 'assigned', 'done', 'assignment'],
    list.map((a) => [a.interviewCode, a.coderName, a.assignedAt.slice(0, 10), a.doneAt ? a.doneAt.slice(0, 10) : 'not yet', a.id]),
  );
}

function printReconciliation(r: Reconciliation, interview: string, code: string): void {
  const unit = r.turnSeq === null ? `chars ${r.start}–${r.end}` : `turn ${r.turnSeq}`;
  const verdict = r.decision === 'applied' ? 'applies' : 'does not apply';
  print(`${bold(interview)} ${unit}: "${code}" ${verdict} ${dim(`decided by ${r.decidedByName} on ${r.decidedAt.slice(0, 10)} · ${r.id}`)}`);
  print(`  why: ${r.reason}`);
}

function printDisagreement(d: Disagreement): void {
  print(`${bold(d.interviewCode)} turn ${d.turnSeq} · ${bold(d.code)} ${dim(`chars ${d.start}–${d.end}`)}`);
  print(`  ${d.speaker}: “${short(d.text)}”`);
  for (const a of d.applied) print(`  applied by ${a.name} ${dim(a.codings.map((c) => `${c.id} [${c.start}–${c.end}]`).join(', '))}`);
  for (const n of d.notApplied) print(`  not applied by ${n.name}`);
  if (d.reconciliation)
    print(
      `  ${d.reconciliation.decision === 'applied' ? 'applies' : 'does not apply'}: decided by ${d.reconciliation.decidedByName} (${d.reconciliation.reason})`,
    );
  else print(dim('  not reconciled yet'));
}

/**
 * Double coding on the command line: interviews assigned to coders (`warrant assign`, `assignments`,
 * `assignment done|reopen|withdraw`), agreement between the coders who are done (`warrant agreement`),
 * their disagreements side by side (`warrant disagreements`) and the decisions taken on them, with who
 * decided and why (`warrant reconcile`, `reconciliations`). People are named by their account's e-mail
 * address, and `--as EMAIL` says who acts: a coder still at work on an interview sees nothing of its
 * agreement, disagreements or reconciliations.
 */
export function registerAssignmentCommands(program: Command): void {
  program
    .command('assign')
    .description("assign interviews to coders for blind double coding: each coder sees no one else's codings on them until they mark their own done")
    .argument('<interview...>', 'interview IDs or codes')
    .requiredOption('--coder <email>', 'a coder (account e-mail address or ID; an administrator, lead researcher or analyst), repeatable', collect)
    .option('--json', 'print as JSON')
    .action(async (interviews: string[], opts: { coder: string[] }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const list = await assignInterviews(s.ctx, { partnershipId: p.id, interviews, coders: opts.coder });
        if (o.json) return printJson(list);
        printAssignments(list);
      }),
    );

  program
    .command('assignments')
    .description('the interviews assigned to coders, and whether each coder has marked their coding done')
    .option('--coder <email>', "only this coder's (account e-mail address or ID)")
    .option('--interview <interview>', SCOPE.interview)
    .option('--json', 'print as JSON')
    .action(async (opts: { coder?: string; interview?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const list = await listAssignments(s.ctx, p.id, { ...(opts.coder && { coder: opts.coder }), ...(opts.interview && { interview: opts.interview }) });
        if (o.json) return printJson(list);
        printAssignments(list);
      }),
    );

  const assignment = program.command('assignment').description('your assignment to code an interview: mark it done, reopen it, or withdraw a coder’s');
  for (const [action, done, description] of [
    ['done', true, "mark your coding of an interview done (act as yourself: --as EMAIL): you then see the others' codings, and yours count for agreement"],
    ['reopen', false, 'reopen your coding of an interview: blind again, and yours no longer count for agreement until done'],
  ] as const)
    assignment
      .command(action)
      .description(description)
      .argument('<interview>', 'interview ID or code')
      .option('--json', 'print as JSON')
      .action(async (interview: string, _opts: unknown, cmd: Command) =>
        withSession(cmd, async (s, o) => {
          const p = await partnershipOf(s, o);
          const mine = await assignmentOf(s.ctx, p.id, interview);
          const a = await setAssignmentDone(s.ctx, { partnershipId: p.id, assignmentId: mine.id, accountId: mine.coder, done });
          if (o.json) return printJson(a);
          print(done ? `your coding of ${bold(a.interviewCode)} is done` : `your coding of ${bold(a.interviewCode)} is open again (blind)`);
        }),
      );
  assignment
    .command('withdraw')
    .description("withdraw a coder's assignment to an interview, with the reason (their codings stay theirs, and no longer count for agreement)")
    .argument('<interview>', 'interview ID or code')
    .requiredOption('--coder <email>', 'the coder (account e-mail address or ID)')
    .requiredOption('--reason <text>', 'why')
    .action(async (interview: string, opts: { coder: string; reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const a = await assignmentOf(s.ctx, p.id, interview, opts.coder);
        await unassign(s.ctx, { partnershipId: p.id, assignmentId: a.id, reason: opts.reason });
        print(`${a.coderName} is no longer assigned to code ${bold(a.interviewCode)}`);
      }),
    );

  program
    .command('agreement')
    .description(
      "agreement per code and overall on the double-coded interviews (at least two coders done), turns as units: Krippendorff's α, Cohen's κ (two coders), percent agreement, unitizing α",
    )
    .option('--interview <interview>', SCOPE.interview)
    .option('--code <code>', SCOPE.code)
    .option('--json', 'print as JSON')
    .action(async (opts: { interview?: string; code?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const r = await codingAgreement(s.ctx, p.id, await scopeOf(s, p.id, opts));
        if (o.json) return printJson(r);
        if (r.interviews.length === 0) return print(dim('no interview is double-coded yet: assign it to two coders or more, and each marks their coding done'));
        print(bold(`${r.interviews.length} double-coded interview${r.interviews.length === 1 ? '' : 's'}, coders ${r.coders.map((c) => c.name).join(', ')}`));
        print(
          `overall: α ${fixed(r.overall.alpha)} · κ ${fixed(r.overall.kappa)} · agreement ${percent(r.overall.percentAgreement)} · ${r.overall.units} units`,
        );
        printTable(
          ['code', 'α', 'κ', 'agreement', 'unitizing α', 'disagreements', 'reconciled'],
          r.codes.map((c) => [c.code, fixed(c.alpha), fixed(c.kappa), percent(c.percentAgreement), fixed(c.unitizingAlpha), c.disagreements, c.reconciled]),
        );
        if (r.codingsOnEarlierTranscripts) print(dim(`${r.codingsOnEarlierTranscripts} codings on transcripts since corrected are not compared`));
      }),
    );

  program
    .command('disagreements')
    .description('the turns where the coders of double-coded interviews differ on a code, side by side, with the decision taken on each')
    .argument('[interview]', SCOPE.interview)
    .option('--code <code>', SCOPE.code)
    .option('--limit <n>', 'at most this many', wholeNumber)
    .option('--json', 'print as JSON')
    .action(async (interview: string | undefined, opts: { code?: string; limit?: number }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const scope = await scopeOf(s, p.id, { interview, code: opts.code });
        const r = await codingDisagreements(s.ctx, p.id, { ...scope, ...(opts.limit && { limit: opts.limit }) });
        if (o.json) return printJson(r);
        if (r.total === 0) return print(dim('no disagreements between coders who are done'));
        for (const d of r.disagreements) printDisagreement(d);
        if (r.disagreements.length < r.total) print(dim(`${r.disagreements.length} of ${r.total} shown`));
      }),
    );

  program
    .command('reconcile')
    .description('record whether a code applies where coders disagreed (a turn, or a stretch by offsets), who decided (--as EMAIL) and why')
    .argument('<interview>', 'interview ID or code')
    .requiredOption('--code <code>', 'the code (name, path or ID)')
    .requiredOption('--decision <decision>', `${RECONCILIATION_DECISIONS.join(' or ')}`, decision)
    .requiredOption('--reason <text>', 'why the team decided so')
    .option('--turn <n>', 'the turn decided on (from 0)', wholeNumber)
    .option('--start <n>', 'or a stretch: start offset (code points)', wholeNumber)
    .option('--end <n>', 'end offset (code points)', wholeNumber)
    .option('--coding <coding>', 'applied: the coding that stands (by default a live coding of the code on the unit)')
    .option('--json', 'print as JSON')
    .action(
      async (
        interview: string,
        opts: { code: string; decision: ReconciliationDecision; reason: string; turn?: number; start?: number; end?: number; coding?: string },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          const stretch = opts.start !== undefined || opts.end !== undefined;
          if ((opts.turn !== undefined) === stretch) throw invalid('name the unit decided on, one way: --turn N, or --start S --end E', { field: 'turn' });
          if ((opts.start === undefined) !== (opts.end === undefined)) throw invalid('give both --start and --end', { field: 'end' });
          const p = await partnershipOf(s, o);
          const code = await findCode(s.ctx, p.id, opts.code);
          const r = await reconcile(s.ctx, {
            partnershipId: p.id,
            interview,
            codeId: code.id,
            decision: opts.decision,
            reason: opts.reason,
            decidedBy: await coderOf(s.ctx),
            ...(opts.turn !== undefined && { turnSeq: opts.turn }),
            ...(opts.start !== undefined && { start: opts.start }),
            ...(opts.end !== undefined && { end: opts.end }),
            ...(opts.coding && { codingId: opts.coding }),
          });
          if (o.json) return printJson(r);
          printReconciliation(r, interview, code.name);
        }),
    );

  program
    .command('reconciliations')
    .description('the decisions taken on disagreements, oldest first: what was decided, by whom and why')
    .option('--interview <interview>', SCOPE.interview)
    .option('--code <code>', SCOPE.code)
    .option('--json', 'print as JSON')
    .action(async (opts: { interview?: string; code?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const list = await listReconciliations(s.ctx, p.id, await scopeOf(s, p.id, opts));
        if (o.json) return printJson(list);
        if (list.length === 0) return print(dim('no reconciliations recorded'));
        const [interviews, codes] = await Promise.all([listAssignments(s.ctx, p.id), allCodes(s.ctx, p.id)]);
        const interviewCode = new Map(interviews.map((a) => [a.interviewId, a.interviewCode]));
        const codeName = new Map(codes.map((c) => [c.id, c.name]));
        for (const r of list) printReconciliation(r, interviewCode.get(r.interviewId) ?? r.interviewId, codeName.get(r.codeId) ?? r.codeId);
      }),
    );
}
