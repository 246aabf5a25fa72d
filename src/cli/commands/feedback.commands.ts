import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { invalid } from '../../domain/errors.js';
import { NARRATIVE_LABELS } from '../../domain/feedback-narrative.js';
import { markShareable } from '../../services/excerpts.js';
import { narrativesOf, writeNarrative } from '../../services/feedback-narratives.js';
import { namingWarnings, partnerTexts } from '../../services/identifying.js';
import {
  addExplanation,
  addRecommendation,
  editRecommendation,
  recordMeeting,
  recordReportSent,
  recordUptake,
  writeImplementation,
} from '../../services/feedback.js';
import { setQuoteMinimum } from '../../services/partnerships.js';
import {
  addComponent,
  addConjecture,
  addLiterature,
  addRetrospective,
  addWarrant,
  componentId,
  type ConjectureView,
  issueIteration,
  renameComponent,
  reviseConjecture,
  theoryOfAction,
  type WarrantInput,
} from '../../services/theory.js';
import { uptakeOverview } from '../../services/uptake.js';
import { latestCycle } from '../../services/lookup.js';
import { collect, wholeNumber } from '../options.js';
import { bold, dim, print, printJson, printTable, printWarnings } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

/** `--warrant ID` or `--warrant ID:bearing` (e.g. org_…:not borne out). */
const warrants = (values: string[] = []): WarrantInput[] =>
  values.map((v) => {
    const at = v.indexOf(':');
    return at < 0 ? { id: v } : { id: v.slice(0, at), bearing: v.slice(at + 1) };
  });

function printConjecture(v: ConjectureView): void {
  print(`${bold(v.conjecture.id)} v${v.conjecture.version} ${dim(v.component.name)}\n  ${v.conjecture.text}`);
  for (const r of v.revisions) {
    print(dim(`  version ${r.version}, ${r.created_at.slice(0, 10)} by ${r.created_by}: ${r.reason}`));
    for (const w of r.warrant) print(dim(`    ${w.kind} (${w.bearing}) ${w.citedId}: ${w.label.slice(0, 120)}`));
  }
  for (const u of v.uptake) print(dim(`  uptake: ${u.district}, ${u.cycle}: ${u.label} — ${u.recommendation.slice(0, 80)}`));
}

export function registerFeedbackCommands(program: Command): void {
  program
    .command('implementation')
    .description('how an intended support (verdict, frequency, focus) or envisioned practice (change since last cycle) was implemented, citing findings')
    .argument('<element>', 'strategy element ID (a support or a practice)')
    .requiredOption('--text <text>', 'what was found')
    .option('--verdict <verdict>', 'support: as intended, partly, differently, not')
    .option('--frequency <text>', 'support: how often it happened')
    .option('--focus <text>', 'support: what it was about')
    .option('--frequency-change <change>', 'practice: increased, unchanged, decreased, not known')
    .option('--quality-change <change>', 'practice: improved, unchanged, declined, not known')
    .option('--finding <finding>', 'a finding it rests on (repeatable)', collect)
    .option('--cycle <cycle>', "default: the strategy's cycle")
    .option('--expected-version <n>', 'the version you edited, to change an existing assessment', wholeNumber)
    .option('--reason <text>')
    .action(
      async (
        elementId: string,
        opts: {
          text: string;
          verdict?: string;
          frequency?: string;
          focus?: string;
          frequencyChange?: string;
          qualityChange?: string;
          finding?: string[];
          cycle?: string;
          expectedVersion?: number;
          reason?: string;
        },
        cmd: Command,
      ) =>
        withSession(cmd, async (s) => {
          const { finding, ...rest } = opts;
          const row = await writeImplementation(s.ctx, { elementId, ...rest, ...(finding && { findings: finding }) });
          print(`${row.id} v${row.version}: ${row.verdict ?? `frequency ${row.frequency_change}, quality ${row.quality_change}`}`);
          printWarnings(await namingWarnings(s.ctx, row.id, partnerTexts.implementation(row)));
        }),
    );

  program
    .command('explain')
    .description("why a strategy's supports and accountability worked as they did (learning opportunities and press afforded)")
    .argument('<strategy>', 'strategy ID')
    .requiredOption('--text <text>')
    .option('--opportunities <text>', 'learning opportunities afforded', '')
    .option('--press <text>', 'press afforded', '')
    .option('--ref <support-type>', 'a framework type it refers to (repeatable)', collect)
    .option('--cite <id>', 'a finding or in-house assessment it rests on (repeatable)', collect)
    .action(async (strategyId: string, opts: { text: string; opportunities: string; press: string; ref?: string[]; cite?: string[] }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const row = await addExplanation(s.ctx, {
          strategyId,
          text: opts.text,
          learningOpportunities: opts.opportunities,
          press: opts.press,
          frameworkRefs: opts.ref ?? [],
          cites: opts.cite ?? [],
        });
        print(`${row.id}: explanation of ${strategyId}`);
        printWarnings(await namingWarnings(s.ctx, row.id, partnerTexts.explanation(row)));
      }),
    );

  const recommend = program.command('recommendation').description('recommendations per strategy, based on conjectures of the theory of action');
  recommend
    .command('add')
    .argument('<strategy>', 'strategy ID')
    .argument('<text>')
    .requiredOption('--conjecture <id>', 'a conjecture it is based on (repeatable)', collect)
    .option('--explanation <id>', 'an explanation it draws on (repeatable)', collect)
    .option('--rationale <text>')
    .action(async (strategyId: string, text: string, opts: { conjecture: string[]; explanation?: string[]; rationale?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const row = await addRecommendation(s.ctx, {
          strategyId,
          text,
          conjectures: opts.conjecture,
          ...(opts.explanation && { explanations: opts.explanation }),
          ...(opts.rationale && { rationale: opts.rationale }),
        });
        print(`${row.id}: ${row.text}`);
        printWarnings(await namingWarnings(s.ctx, row.id, partnerTexts.recommendation(row)));
      }),
    );
  recommend
    .command('edit')
    .argument('<id>')
    .option('--text <text>')
    .option('--rationale <text>')
    .requiredOption('--expected-version <n>', 'the version you edited', wholeNumber)
    .option('--reason <text>')
    .action(async (id: string, opts: { text?: string; rationale?: string; expectedVersion: number; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const row = await editRecommendation(s.ctx, { id, ...opts });
        print(`${row.id} is at version ${row.version}`);
        printWarnings(await namingWarnings(s.ctx, row.id, partnerTexts.recommendation(row)));
      }),
    );

  const uptake = program.command('uptake').description('whether districts acted on recommendations, recorded in a later cycle');
  uptake
    .command('record')
    .description('record or change whether the district acted on a recommendation (its ID is the first column of `warrant uptake list`)')
    .argument('<recommendation>', 'recommendation ID, as `warrant uptake list` prints it')
    .requiredOption('--status <status>', 'fully, partly or not')
    .option('--cycle <cycle>', 'the cycle it was seen in; default: the latest')
    .option('--note <text>')
    .option('--passage <excerpt>', "a passage of that autumn's leader interviews (repeatable)", collect)
    .option('--expected-version <n>', 'the version you edited, to change a record (the version column of `warrant uptake list`)', wholeNumber)
    .option('--reason <text>')
    .action(
      async (
        recommendationId: string,
        opts: { status: string; cycle?: string; note?: string; passage?: string[]; expectedVersion?: number; reason?: string },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          const cycle = opts.cycle ?? (await latestCycle(s.ctx, (await partnershipOf(s, o)).id)).label;
          const { passage, ...rest } = opts;
          const row = await recordUptake(s.ctx, { recommendationId, ...rest, cycle, ...(passage && { passages: passage }) });
          print(`${row.id} v${row.version}: acted on ${row.status}`);
        }),
    );
  uptake
    .command('list')
    .description('uptake across districts and years')
    .option('--json', 'print as JSON')
    .action(async (_o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const rows = await uptakeOverview(s.ctx, (await partnershipOf(s, o)).id);
        if (o.json) return printJson(rows);
        printTable(
          ['recommendation ID', 'district', 'recommended in', 'recommendation', 'seen in', 'acted on', 'version', 'conjectures'],
          rows.map((r) => [
            r.recommendationId,
            r.district,
            r.cycle,
            r.text.slice(0, 60),
            r.uptake?.cycle ?? '—',
            r.uptake?.status ?? 'not recorded',
            r.uptake?.version ?? '—',
            r.conjectures.length,
          ]),
        );
      }),
    );

  const feedback = program.command('feedback').description("the feedback report's sending and meeting");
  feedback
    .command('sent')
    .requiredOption('--district <district>')
    .requiredOption('--on <date>', 'YYYY-MM-DD')
    .option('--cycle <cycle>', 'default: the latest')
    .option('--note <text>')
    .option('--reason <text>', 'what this version changes (needed from the second version sent)')
    .action(async (opts: { district: string; on: string; cycle?: string; note?: string; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const row = await recordReportSent(s.ctx, {
          partnershipId: p.id,
          district: opts.district,
          cycle: opts.cycle ?? (await latestCycle(s.ctx, p.id)).label,
          sentOn: opts.on,
          ...(opts.note && { note: opts.note }),
          ...(opts.reason && { reason: opts.reason }),
        });
        print(`${row.id}: version ${row.number}, sent on ${row.sent_on}, is kept as sent`);
      }),
    );
  feedback
    .command('meeting')
    .requiredOption('--district <district>')
    .requiredOption('--on <date>', 'YYYY-MM-DD')
    .requiredOption('--attendee <name>', 'who attended (repeatable)', collect)
    .requiredOption('--notes <text>', 'notes of the discussion')
    .option('--cycle <cycle>', 'default: the latest')
    .action(async (opts: { district: string; on: string; attendee: string[]; notes: string; cycle?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const row = await recordMeeting(s.ctx, {
          partnershipId: p.id,
          district: opts.district,
          cycle: opts.cycle ?? (await latestCycle(s.ctx, p.id)).label,
          heldOn: opts.on,
          attendees: opts.attendee,
          notes: opts.notes,
        });
        print(`${row.id}: meeting on ${row.held_on}`);
      }),
    );

  const narrative = feedback.command('narrative').description('the sections of the report the team writes: summary, introduction, each strategy, closing');
  narrative
    .command('set')
    .description('write a section, from a file or --text (an empty text leaves the section out of the report)')
    .argument('[file]', 'a text file with the section; blank lines divide paragraphs')
    .requiredOption('--district <district>')
    .requiredOption('--section <section>', 'summary, introduction, closing, or strategy:ID')
    .option('--text <text>', 'the text, instead of a file')
    .option('--cycle <cycle>', 'default: the latest')
    .option('--expected-version <n>', 'the version you edited, to change a section already written', wholeNumber)
    .option('--reason <text>', 'why it changed')
    .action(
      async (
        file: string | undefined,
        opts: { district: string; section: string; text?: string; cycle?: string; expectedVersion?: number; reason?: string },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          if ((file === undefined) === (opts.text === undefined)) throw invalid('give the text either as a file or with --text, not both', { field: 'text' });
          let text = opts.text ?? '';
          if (file !== undefined)
            text = await readFile(file, 'utf8').then(
              (t) => t.replace(/^\uFEFF/, ''),
              () => {
                throw invalid(`cannot read the file ${file}`, { field: 'file' });
              },
            );
          const p = await partnershipOf(s, o);
          const { narrative: row, warnings } = await writeNarrative(s.ctx, {
            partnershipId: p.id,
            district: opts.district,
            cycle: opts.cycle ?? (await latestCycle(s.ctx, p.id)).label,
            section: opts.section,
            text,
            ...(opts.expectedVersion !== undefined && { expectedVersion: opts.expectedVersion }),
            ...(opts.reason && { reason: opts.reason }),
          });
          printWarnings(warnings);
          print(`${row.id} v${row.version}: ${row.section} (${row.text.length.toLocaleString('en-US')} characters)`);
        }),
    );
  narrative
    .command('show')
    .description("a district's narratives for a cycle, with their versions")
    .requiredOption('--district <district>')
    .option('--cycle <cycle>', 'default: the latest')
    .option('--json', 'print as JSON')
    .action(async (opts: { district: string; cycle?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const rows = await narrativesOf(s.ctx, p.id, opts.district, opts.cycle ?? (await latestCycle(s.ctx, p.id)).label);
        if (o.json) return printJson(rows);
        if (rows.length === 0) return print('no narratives written yet');
        for (const r of rows) {
          print(
            `${bold(NARRATIVE_LABELS[r.kind])}${r.strategy_id ? ` ${r.strategy_id}` : ''} ${dim(`${r.id} v${r.version}, ${r.updated_at.slice(0, 10)} by ${r.updated_by}`)}`,
          );
          print(r.text || dim('(empty: left out of the report)'));
          print('');
        }
      }),
    );

  program
    .command('share')
    .description('mark a passage as one partners may read as an illustrative quote (attributed to its role group only)')
    .argument('<excerpt>')
    .option('--undo', 'take the mark back')
    .action(async (id: string, opts: { undo?: boolean }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const e = await markShareable(s.ctx, id, !opts.undo);
        print(`${e.id} ${opts.undo ? 'is no longer' : 'is'} shareable`);
      }),
    );
  program
    .command('quote-minimum')
    .description('the smallest role group in a district whose words may be quoted to partners (default 3)')
    .argument('[n]', 'participants; without it, the minimum in force and its version', wholeNumber)
    .option('--expected-version <n>', 'the version of the minimum you changed (as printed without <n>)', wholeNumber)
    .option('--reason <text>', 'why it changes (kept in the history)')
    .action(async (n: number | undefined, opts: { expectedVersion?: number; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const current = await partnershipOf(s, o);
        const p = n === undefined ? current : await setQuoteMinimum(s.ctx, current.id, { minimum: n, ...opts });
        print(`quotes need at least ${p.quote_min_participants} participants of the role group in the district (version ${p.quote_min_version})`);
      }),
    );

  const toa = program.command('toa').description('the theory of action: components, conjectures and their warrant, iterations');
  toa
    .command('show')
    .option('--json', 'print as JSON')
    .action(async (_o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const theory = await theoryOfAction(s.ctx, (await partnershipOf(s, o)).id);
        if (o.json) return printJson(theory);
        for (const { component, conjectures } of theory) {
          print(bold(`${component.name} ${dim(`(${component.key})`)}`));
          for (const c of conjectures) printConjecture(c);
        }
      }),
    );
  toa
    .command('component')
    .argument('<key>')
    .argument('<name>')
    .action(async (key: string, name: string, _o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const c = await addComponent(s.ctx, { partnershipId: (await partnershipOf(s, o)).id, key, name });
        print(`${c.id}: ${c.name}`);
      }),
    );
  toa
    .command('rename')
    .description('rename a component of the theory (a new version, with its reason)')
    .argument('<component>', 'component key or ID')
    .argument('<name>')
    .requiredOption('--expected-version <n>', 'the version you renamed', wholeNumber)
    .requiredOption('--reason <text>')
    .action(async (component: string, name: string, opts: { expectedVersion: number; reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const row = await renameComponent(s.ctx, { id: await componentId(s.ctx, p.id, component), name, ...opts });
        print(`${row.key} is now “${row.name}” (version ${row.version})`);
      }),
    );
  toa
    .command('conjecture')
    .argument('<component>', 'component key or ID')
    .argument('<text>')
    .option('--reason <text>')
    .option('--warrant <id[:bearing]>', 'a finding, literature reference, retrospective analysis, district or uptake record (repeatable)', collect)
    .action(async (component: string, text: string, opts: { reason?: string; warrant?: string[] }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        printConjecture(
          await addConjecture(s.ctx, {
            partnershipId: (await partnershipOf(s, o)).id,
            component,
            text,
            ...(opts.reason && { reason: opts.reason }),
            warrant: warrants(opts.warrant),
          }),
        );
      }),
    );
  toa
    .command('revise')
    .argument('<conjecture>')
    .argument('<text>')
    .requiredOption('--reason <text>')
    .requiredOption('--expected-version <n>', 'the version you revised', wholeNumber)
    .option('--warrant <id[:bearing]>', 'evidence for the revision (repeatable)', collect)
    .action(async (id: string, text: string, opts: { reason: string; expectedVersion: number; warrant?: string[] }, cmd: Command) =>
      withSession(cmd, async (s) =>
        printConjecture(
          await reviseConjecture(s.ctx, { id, text, reason: opts.reason, expectedVersion: opts.expectedVersion, warrant: warrants(opts.warrant) }),
        ),
      ),
    );
  toa
    .command('warrant')
    .description("add evidence to a conjecture's current revision")
    .argument('<conjecture>')
    .argument('<evidence>', 'id or id:bearing')
    .option('--note <text>')
    .action(async (id: string, evidence: string, opts: { note?: string }, cmd: Command) =>
      withSession(cmd, async (s) => printConjecture(await addWarrant(s.ctx, id, { ...warrants([evidence])[0]!, ...(opts.note && { note: opts.note }) }))),
    );
  toa
    .command('literature')
    .requiredOption('--authors <authors>')
    .requiredOption('--title <title>')
    .option('--year <year>', 'year of publication', wholeNumber)
    .option('--source <source>', 'journal, volume, pages', '')
    .option('--url <url>')
    .action(async (opts: { authors: string; title: string; year?: number; source: string; url?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const r = await addLiterature(s.ctx, { partnershipId: (await partnershipOf(s, o)).id, ...opts });
        print(`${r.id}: ${r.authors} (${r.year ?? 'n.d.'}) ${r.title}`);
      }),
    );
  toa
    .command('retrospective')
    .requiredOption('--title <title>')
    .requiredOption('--summary <text>', 'its result')
    .action(async (opts: { title: string; summary: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const r = await addRetrospective(s.ctx, { partnershipId: (await partnershipOf(s, o)).id, ...opts });
        print(`${r.id}: ${r.title}`);
      }),
    );
  toa
    .command('iterate')
    .description('freeze the theory as it stands as the next dated iteration')
    .requiredOption('--label <label>')
    .requiredOption('--dated <date>', 'YYYY-MM-DD')
    .action(async (opts: { label: string; dated: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const row = await issueIteration(s.ctx, { partnershipId: (await partnershipOf(s, o)).id, ...opts });
        print(`iteration ${row.number} (${row.id}): ${row.label}`);
      }),
    );
}
