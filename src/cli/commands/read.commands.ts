import type { Command } from 'commander';
import type { CheckIssue } from '../../domain/chain-check.js';
import { snippetText } from '../../domain/snippet.js';
import { formatTimestamp, turnLine } from '../../domain/transcript.js';
import { checkPartnership } from '../../services/check.js';
import { history } from '../../services/history.js';
import { getTranscript, listInterviews } from '../../services/interviews.js';
import { interviewOf } from '../../services/lookup.js';
import { searchTranscripts } from '../../services/search.js';
import { partnershipStats } from '../../services/stats.js';
import { trace, type TraceNode } from '../../services/trace.js';
import { EXIT } from '../exit-codes.js';
import { wholeNumber } from '../options.js';
import { bold, dim, print, printJson, printTable, red, yellow } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

const n = (x: number) => x.toLocaleString('en-US');

function printTrace(node: TraceNode, depth = 0): void {
  const pad = '  '.repeat(depth);
  const label = { finding: 'Finding', claim: 'Claim', isfEntry: 'ISF entry', excerpt: 'Passage' }[node.kind];
  const stance = node.stance === 'contradicts' ? red(' (contradicts)') : '';
  const retired = node.retired ? red(' [retired]') : '';
  print(`${pad}${bold(label)} ${dim(node.id)}${stance}${retired}`);
  if (node.context) print(`${pad}  ${dim(node.context)}`);
  if (node.passage) {
    const p = node.passage;
    print(
      `${pad}  ${dim(`${p.interviewCode} · ${p.pseudonym} · ${p.role.replace('_', ' ')} · ${p.school} · ${p.cycle} · chars ${p.start}–${p.end}${p.transcriptCorrected ? ' · transcript corrected since' : ''}`)}`,
    );
    print(`${pad}  “${node.text}”`);
  } else print(`${pad}  ${node.text}`);
  for (const child of node.children) printTrace(child, depth + 1);
}

function printIssues(issues: readonly CheckIssue[]): void {
  for (const i of issues) {
    const tag = i.severity === 'broken' ? red('broken') : yellow('review');
    print(`${tag}  ${i.kind.padEnd(15)} ${i.id}  ${i.label}${i.district ? dim(` (the feedback report of ${i.district}, ${i.cycle})`) : ''}`);
    for (const r of i.why?.map((w) => w.text) ?? i.reasons) print(`          ${dim(r)}`);
  }
}

export function registerReadCommands(program: Command): void {
  program
    .command('stats')
    .description('counts of districts, schools, participants by role, interviews by cycle, turns and words, codes and codings, instruments and responses')
    .option('--json', 'print as JSON')
    .action(async (_o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const st = await partnershipStats(s.ctx, p.id);
        if (o.json) return printJson({ partnership: { id: p.id, name: p.name }, ...st });
        print(bold(p.name));
        print(`  districts ${st.districts}, schools ${st.schools}, central-office units ${st.units}`);
        print(
          `  participants ${st.participants.total}: ${Object.entries(st.participants.byRole)
            .map(([r, c]) => `${c} ${r.replace('_', ' ')}`)
            .join(', ')}`,
        );
        print(
          `  interviews ${st.interviews.total}: ${Object.entries(st.interviews.byCycle)
            .map(([c, k]) => `${k} in ${c}`)
            .join(', ')}`,
        );
        print(`  transcripts ${n(st.transcripts)} (${n(st.transcriptVersions)} versions), ${n(st.turns)} turns, ${n(st.words)} words spoken`);
        const isfs =
          Object.entries(st.analysis.isfs)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ') || 'none';
        print(`  analysis: ISFs ${isfs}; ${st.analysis.excerpts} excerpts; ${st.analysis.claims} claims; ${st.analysis.findings} findings`);
        print(`  coding: ${n(st.coding.codes)} codes; ${n(st.coding.codings)} codings by ${st.coding.coders} coders; ${n(st.coding.memos)} memos`);
        print(`  measures: ${n(st.measures.instruments)} instrument${st.measures.instruments === 1 ? '' : 's'}; ${n(st.measures.responses)} responses`);
      }),
    );

  program
    .command('search')
    .description('search what was said: words, "quoted phrases", prefix*, OR, -excluded')
    .argument('<query>')
    .option('--role <role>', 'teacher, coach, school_leader or district_leader')
    .option('--district <district>', 'district name or ID')
    .option('--school <school>', 'school name or ID')
    .option('--cycle <cycle>', 'cycle, e.g. 2010-11')
    .option('--speaker <who>', "participant (leaving out the interviewer's turns) or interviewer")
    .option('--limit <n>', 'how many hits', wholeNumber, 20)
    .option('--offset <n>', 'skip this many hits', wholeNumber, 0)
    .option('--json', 'print as JSON')
    .action(
      async (
        query: string,
        opts: { role?: string; district?: string; school?: string; cycle?: string; speaker?: string; limit: number; offset: number },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          const p = await partnershipOf(s, o);
          const result = await searchTranscripts(s.ctx, p.id, query, opts);
          if (o.json) return printJson(result);
          if (result.hits.length === 0) return print('No hits.');
          for (const h of result.hits) {
            const when = h.startMs !== null ? ` [${formatTimestamp(h.startMs)}]` : '';
            print(
              `${bold(h.interviewCode)} ${dim(`${h.pseudonym} · ${h.role.replace('_', ' ')} · ${h.school} · ${h.cycle} · turn ${h.turn}${when} · chars ${h.matches.map((m) => `${m.start}–${m.end}`).join(', ')}`)}`,
            );
            print(`  ${h.speaker}: ${snippetText(h.snippet, (t) => bold(`[${t}]`))}`);
          }
        }),
    );

  program
    .command('trace')
    .description('backtrack a finding, claim or ISF entry to the transcript passages it rests on')
    .argument('<id>')
    .option('--json', 'print as JSON')
    .action(async (id: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const t = await trace(s.ctx, id);
        if (o.json) return printJson(t);
        printTrace(t.root);
        print();
        print(`${t.passages.length} passage${t.passages.length === 1 ? '' : 's'} from ${new Set(t.passages.map((p) => p.interviewCode)).size} interviews`);
        if (t.issues.length) printIssues(t.issues);
        if (t.issues.some((i) => i.severity === 'broken')) process.exitCode = EXIT.problemsFound;
      }),
    );

  program
    .command('check')
    .description(
      'list every ISF entry, claim and finding whose chain to the transcripts is broken (exits 1 if any), and what to review: passages corrected since, statements of sent reports whose evidence was retired since',
    )
    .option('--json', 'print as JSON')
    .action(async (_o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const issues = await checkPartnership(s.ctx, p.id);
        const broken = issues.filter((i) => i.severity === 'broken').length;
        if (o.json) printJson({ ok: broken === 0, issues });
        else if (issues.length === 0) print('Every ISF entry, claim and finding traces to transcript passages.');
        else {
          printIssues(issues);
          print();
          print(`${broken} broken, ${issues.length - broken} to review`);
        }
        if (broken) process.exitCode = EXIT.problemsFound;
      }),
    );

  program
    .command('interviews')
    .description('list interviews')
    .option('--district <district>')
    .option('--school <school>')
    .option('--role <role>')
    .option('--cycle <cycle>')
    .option('--protocol <protocol>')
    .option('--participant <participant>', 'participant ID (the roster ID)')
    .option('--json', 'print as JSON')
    .action(async (opts: Record<string, string>, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const rows = await listInterviews(s.ctx, p.id, opts);
        if (o.json) return printJson(rows);
        printTable(
          ['interview', 'cycle', 'date', 'participant', 'role', 'school / district', 'words', 'ISF'],
          rows.map((r) => [
            r.code,
            r.cycle_label,
            r.date,
            `${r.pseudonym} (${r.participant_code})`,
            r.role,
            r.organization_name,
            r.word_count ?? '-',
            r.isf_status ?? '-',
          ]),
        );
      }),
    );

  program
    .command('transcript')
    .description("print an interview's transcript with turn numbers and character offsets")
    .argument('<interview>', 'interview ID or code')
    .option('--transcript-version <n>', 'an earlier version of the transcript', wholeNumber)
    .option('--json', 'print as JSON')
    .action(async (interview: string, opts: { transcriptVersion?: number }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const row = await interviewOf(s.ctx, p.id, interview);
        const t = await getTranscript(s.ctx, row.id, opts.transcriptVersion);
        if (o.json) return printJson(t);
        print(
          bold(
            `${row.code} · transcript version ${t.transcript.version}${t.transcript.superseded_at ? ' (superseded)' : ''} · ${t.transcript.format} · ${t.transcript.word_count} words`,
          ),
        );
        for (const u of t.turns) {
          const when = u.start_ms !== null ? `${formatTimestamp(u.start_ms)} ` : '';
          print(dim(`#${u.seq} ${when}[${u.text_offset}–${u.end_offset}]`));
          print(turnLine(u));
        }
      }),
    );

  program
    .command('history')
    .description('who changed a record, when and why')
    .argument('<id>')
    .option('--json', 'print as JSON')
    .action(async (id: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const entries = await history(s.ctx, id);
        if (o.json) return printJson(entries);
        if (entries.length === 0) return print(`No history for ${id}.`);
        for (const e of entries) {
          print(
            `${e.at}  ${bold(e.actorName)}  ${e.action}${e.version ? ` v${e.version}` : ''}  ${dim(e.entityId)}${e.reason ? `\n    why: ${e.reason}` : ''}`,
          );
        }
      }),
    );
}
