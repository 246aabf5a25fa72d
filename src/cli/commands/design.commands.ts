import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ASSESSMENT_ASPECTS } from '../../domain/assessment.js';
import { invalid } from '../../domain/errors.js';
import { describeElement, type ElementInput } from '../../domain/strategy.js';
import { MAX_ARTIFACT_BYTES } from '../../importers/artifacts/index.js';
import { addArtifact, listArtifacts, searchArtifacts } from '../../services/artifacts.js';
import { writeAssessment } from '../../services/assessments.js';
import { compareVersions, designDocumentState, designScope, issueVersion, sendMemberCheck } from '../../services/design-documents.js';
import { addSupportType, editSupportType, supportTypes } from '../../services/framework.js';
import { namingWarnings, partnerTexts } from '../../services/identifying.js';
import { partnershipProgress } from '../../services/progress.js';
import { sharedWithDistrict } from '../../services/shared-documents.js';
import {
  addElement,
  citeStrategyEvidence,
  createStrategy,
  editElement,
  editStrategy,
  getStrategy,
  listStrategies,
  type StrategyView,
} from '../../services/strategies.js';
import { cycleOf, districtOf, latestCycle, resolveFilters, withDefined } from '../../services/lookup.js';
import { snippetText } from '../../domain/snippet.js';
import { collect, wholeNumber } from '../options.js';
import { bold, dim, green, print, printJson, printTable, printWarnings, red } from '../output.js';
import { partnershipOf, withSession } from '../session.js';

function printStrategy(v: StrategyView, typeName: (k: string) => string = (k) => k): void {
  print(bold(`${v.strategy.position}. ${v.strategy.name}`) + dim(`  ${v.strategy.id} v${v.strategy.version}`));
  print(`   Goal: ${v.strategy.goal}`);
  for (const e of v.evidence) print(dim(`     ↳ ${e.kind} ${e.citedId}: ${e.text.slice(0, 100)}`));
  for (const { row, element, evidence } of v.elements) {
    print(`   ${element.kind.padEnd(14)} ${describeElement(element, typeName)} ${dim(`${row.id} v${row.version}`)}`);
    for (const e of evidence) print(dim(`     ↳ ${e.kind} ${e.citedId}: ${e.text.slice(0, 100)}`));
  }
}

const elementOptions = (c: Command) =>
  c
    .option('--role <role>', 'envisioned practice: the role group (teacher, coach, school_leader, district_leader)')
    .option('--target <text>', 'envisioned practice: its measurable target')
    .option('--type <key>', "intended support: the framework's support type (warrant framework list)")
    .option('--for <roles>', 'intended support: role groups served, comma-separated')
    .option('--frequency <text>', 'intended support: how often')
    .option('--provider <text>', 'intended support: who provides it')
    .option('--co-participation', 'intended support: involves co-participation with someone more expert')
    .option('--no-co-participation', 'intended support: no co-participation')
    .option('--holder <who>', 'accountability relation: who holds others accountable')
    .option('--held <who>', 'accountability relation: who is held accountable')
    .option('--json', 'print as JSON');

interface ElementOpts {
  role?: string;
  target?: string;
  type?: string;
  for?: string;
  frequency?: string;
  provider?: string;
  coParticipation?: boolean;
  holder?: string;
  held?: string;
}

const elementInput = (kind: string | undefined, description: string | undefined, o: ElementOpts): ElementInput => ({
  ...(kind && { kind }),
  ...(description !== undefined && { description }),
  ...(o.role !== undefined && { role: o.role }),
  ...(o.target !== undefined && { target: o.target }),
  ...(o.type !== undefined && { supportType: o.type }),
  ...(o.for !== undefined && { rolesServed: o.for }),
  ...(o.frequency !== undefined && { frequency: o.frequency }),
  ...(o.provider !== undefined && { provider: o.provider }),
  ...(o.coParticipation !== undefined && { coParticipation: o.coParticipation }),
  ...(o.holder !== undefined && { holder: o.holder }),
  ...(o.held !== undefined && { held: o.held }),
});

export function registerDesignCommands(program: Command): void {
  const framework = program.command('framework').description('the interpretive framework: the types of support');
  framework
    .command('list')
    .option('--json', 'print as JSON')
    .action(async (_o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const rows = await supportTypes(s.ctx, (await partnershipOf(s, o)).id);
        if (o.json) return printJson(rows);
        for (const t of rows) print(`${bold(t.key.padEnd(26))} ${t.name} ${dim(`(${t.category}) ${t.id} v${t.version}`)}\n${' '.repeat(27)}${t.description}`);
      }),
    );
  framework
    .command('add')
    .argument('<key>', 'e.g. lesson_study')
    .requiredOption('--name <name>')
    .requiredOption('--description <text>', 'its potential to support learning that reorganizes practice')
    .option('--category <name>')
    .action(async (key: string, opts: { name: string; description: string; category?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const t = await addSupportType(s.ctx, { partnershipId: (await partnershipOf(s, o)).id, key, ...opts });
        print(`added ${t.key} (${t.id})`);
      }),
    );
  framework
    .command('edit')
    .argument('<id>', 'support type ID')
    .option('--name <name>')
    .option('--category <name>')
    .option('--description <text>')
    .requiredOption('--expected-version <n>', 'the version you edited', wholeNumber)
    .requiredOption('--reason <text>', 'why the framework changes')
    .action(async (id: string, opts: { name?: string; category?: string; description?: string; expectedVersion: number; reason: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const t = await editSupportType(s.ctx, { id, ...opts });
        print(`${t.key} is at version ${t.version}`);
      }),
    );

  const strategy = program.command('strategy').description("districts' strategies: envisioned practices, intended supports, accountability relations");
  strategy
    .command('list')
    .option('--district <district>')
    .option('--cycle <cycle>')
    .option('--json', 'print as JSON')
    .action(async (opts: { district?: string; cycle?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const { districtId, cycleId } = await resolveFilters(s.ctx, p.id, opts);
        const views = await listStrategies(s.ctx, p.id, withDefined({ districtId, cycleId }));
        if (o.json) return printJson(views);
        const names = new Map((await supportTypes(s.ctx, p.id)).map((t) => [t.key, t.name]));
        for (const v of views) printStrategy(v, (k) => names.get(k) ?? k);
        if (views.length === 0) print(dim('no strategies documented'));
      }),
    );
  strategy
    .command('show')
    .argument('<id>', 'strategy ID')
    .option('--json', 'print as JSON')
    .action(async (id: string, _o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await getStrategy(s.ctx, id);
        if (o.json) return printJson(v);
        printStrategy(v);
      }),
    );
  strategy
    .command('add')
    .argument('<name>')
    .requiredOption('--district <district>')
    .option('--cycle <cycle>', 'default: the latest')
    .requiredOption('--goal <text>')
    .option('--json', 'print as JSON')
    .action(async (name: string, opts: { district: string; cycle?: string; goal: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const cycle = opts.cycle ?? (await latestCycle(s.ctx, p.id)).label;
        const v = await createStrategy(s.ctx, { partnershipId: p.id, district: opts.district, cycle, name, goal: opts.goal });
        printWarnings(await namingWarnings(s.ctx, v.strategy.id, partnerTexts.strategy(v.strategy)));
        if (o.json) return printJson(v);
        print(`${bold(v.strategy.id)} ${v.strategy.name}`);
      }),
    );
  strategy
    .command('edit')
    .argument('<id>', 'strategy ID')
    .option('--name <name>')
    .option('--goal <text>')
    .requiredOption('--expected-version <n>', 'the version you edited', wholeNumber)
    .option('--reason <text>')
    .action(async (id: string, opts: { name?: string; goal?: string; expectedVersion: number; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const v = await editStrategy(s.ctx, { id, ...opts });
        print(`${v.strategy.id} is at version ${v.strategy.version}`);
        printWarnings(await namingWarnings(s.ctx, v.strategy.id, partnerTexts.strategy(v.strategy)));
      }),
    );
  for (const [kind, what] of [
    ['practice', 'an envisioned practice'],
    ['support', 'an intended support'],
    ['accountability', 'an accountability relation (the description says for what)'],
  ] as const) {
    elementOptions(strategy.command(kind).description(`add ${what} to a strategy`).argument('<strategy>', 'strategy ID').argument('<description>')).action(
      async (strategyId: string, description: string, opts: ElementOpts, cmd: Command) =>
        withSession(cmd, async (s, o) => {
          const v = await addElement(s.ctx, strategyId, elementInput(kind, description, opts));
          printWarnings(await namingWarnings(s.ctx, v.row.id, partnerTexts.strategyElement(v.row)));
          if (o.json) return printJson(v);
          print(`${bold(v.row.id)} ${describeElement(v.element)}`);
        }),
    );
  }
  elementOptions(strategy.command('edit-element').description('change an element of a strategy (a new version)').argument('<id>', 'element ID'))
    .option('--description <text>')
    .requiredOption('--expected-version <n>', 'the version you edited', wholeNumber)
    .option('--reason <text>')
    .action(async (id: string, opts: ElementOpts & { description?: string; expectedVersion: number; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const v = await editElement(s.ctx, {
          id,
          changes: elementInput(undefined, opts.description, opts),
          expectedVersion: opts.expectedVersion,
          ...(opts.reason && { reason: opts.reason }),
        });
        print(`${v.row.id} is at version ${v.row.version}: ${describeElement(v.element)}`);
        printWarnings(await namingWarnings(s.ctx, v.row.id, partnerTexts.strategyElement(v.row)));
      }),
    );
  strategy
    .command('cite')
    .description('cite a leader-interview passage (exc_…) or an artifact (art_…) as evidence of a strategy or element')
    .argument('<id>', 'strategy or element ID')
    .argument('<evidence>', 'excerpt or artifact ID')
    .option('--note <text>', 'e.g. the page of the artifact')
    .action(async (id: string, evidence: string, opts: { note?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const e = await citeStrategyEvidence(s.ctx, { citingId: id, citedId: evidence, ...(opts.note && { note: opts.note }) });
        print(`${e.id}: ${id} cites ${e.kind} ${e.citedId}`);
      }),
    );

  const artifact = program.command('artifact').description("districts' documents (PDF, DOCX, XLSX, text): stored, their text searchable");
  artifact
    .command('add')
    .argument('<file>')
    .requiredOption('--district <district>')
    .option('--cycle <cycle>', 'default: the latest')
    .option('--title <title>')
    .option('--kind <kind>', 'e.g. "PD schedule", "organization chart"')
    .option('--json', 'print as JSON')
    .action(async (file: string, opts: { district: string; cycle?: string; title?: string; kind?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const size = (await stat(file)).size;
        if (size > MAX_ARTIFACT_BYTES)
          throw invalid(`${basename(file)}: ${size} bytes is over the ${MAX_ARTIFACT_BYTES / 1024 / 1024} MB limit for an artifact`);
        const cycle = opts.cycle ?? (await latestCycle(s.ctx, p.id)).label;
        const { artifact: a, created } = await addArtifact(s.ctx, {
          partnershipId: p.id,
          district: opts.district,
          cycle,
          fileName: basename(file),
          bytes: await readFile(file),
          ...(opts.title && { title: opts.title }),
          ...(opts.kind && { kind: opts.kind }),
        });
        if (o.json) return printJson({ ...a, created });
        print(created ? `${bold(a.id)} ${a.title} (${a.format}, ${a.size} bytes)` : `${a.id}: the same file was already stored as "${a.title}"`);
      }),
    );
  artifact
    .command('list')
    .option('--district <district>')
    .option('--cycle <cycle>')
    .option('--json', 'print as JSON')
    .action(async (opts: { district?: string; cycle?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const rows = await listArtifacts(s.ctx, (await partnershipOf(s, o)).id, opts);
        if (o.json) return printJson(rows);
        printTable(
          ['artifact', 'title', 'kind', 'file', 'added'],
          rows.map((a) => [a.id, a.title, a.kind, a.file_name, `${a.created_at.slice(0, 10)} by ${a.created_by}`]),
        );
      }),
    );
  artifact
    .command('search')
    .argument('<query>')
    .option('--district <district>')
    .option('--cycle <cycle>')
    .option('--json', 'print as JSON')
    .action(async (q: string, opts: { district?: string; cycle?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const hits = await searchArtifacts(s.ctx, (await partnershipOf(s, o)).id, q, opts);
        if (o.json) return printJson(hits);
        for (const h of hits) print(`${bold(h.title)} ${dim(`${h.artifactId} ¶${h.passage + 1}`)}\n  ${snippetText(h.snippet)}`);
        if (hits.length === 0) print(dim('no matches'));
      }),
    );

  program
    .command('assess')
    .description("the team's in-house assessment of a district's strategies (never shared with partners)")
    .argument('<aspect>', ASSESSMENT_ASPECTS.join(' | '))
    .requiredOption('--district <district>')
    .option('--cycle <cycle>', 'default: the latest')
    .option('--strategy <id>', 'the strategy (for instruction and enablement)')
    .requiredOption('--judgement <text>')
    .requiredOption('--rationale <text>')
    .option('--ref <support-type>', 'a framework support type the rationale refers to (repeatable)', collect)
    .option('--expected-version <n>', 'the version you edited, to change an existing assessment', wholeNumber)
    .option('--reason <text>')
    .action(
      async (
        aspect: string,
        opts: {
          district: string;
          cycle?: string;
          strategy?: string;
          judgement: string;
          rationale: string;
          ref?: string[];
          expectedVersion?: number;
          reason?: string;
        },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          const p = await partnershipOf(s, o);
          const a = await writeAssessment(s.ctx, {
            partnershipId: p.id,
            district: opts.district,
            cycle: opts.cycle ?? (await latestCycle(s.ctx, p.id)).label,
            aspect,
            strategyId: opts.strategy ?? null,
            judgement: opts.judgement,
            rationale: opts.rationale,
            frameworkRefs: opts.ref ?? [],
            ...(opts.expectedVersion !== undefined && { expectedVersion: opts.expectedVersion }),
            ...(opts.reason && { reason: opts.reason }),
          });
          print(`${a.id} v${a.version}: ${a.aspect} — ${a.judgement}`);
        }),
    );

  const ddd = program.command('ddd').description('District Design Documents: issue versions, member checks');
  ddd
    .command('status')
    .requiredOption('--district <district>')
    .option('--cycle <cycle>', 'default: the latest')
    .option('--json', 'print as JSON')
    .action(async (opts: { district: string; cycle?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const state = await designDocumentState(s.ctx, await designScope(s.ctx, p.id, opts.district, opts.cycle));
        if (o.json)
          return printJson({
            versions: state.versions.map(({ content: _c, ...v }) => v),
            changedSinceIssued: state.changedSinceIssued,
            checks: state.checks,
            status: state.status,
          });
        print(bold(`${state.scope.district.name}, ${state.scope.cycle.label}: ${state.status.label}`));
        for (const v of state.versions) print(`  version ${v.number} ${dim(v.id)} issued ${v.created_at.slice(0, 10)} by ${v.created_by}: ${v.reason}`);
        if (state.changedSinceIssued)
          print(
            dim(
              `  strategies changed since ${state.versions.length ? `version ${state.versions.length}` : 'ever issued'}: ${state.current.sections.length} strategies`,
            ),
          );
        for (const c of state.checks) {
          print(
            `  member check ${c.check.id} of version ${c.versionNumber}, sent ${c.check.sent_at.slice(0, 10)} to ${c.recipients.map((r) => r.email).join(', ')}: ${c.status.label}`,
          );
          for (const r of c.responses)
            print(
              `    ${r.display_name} · ${r.section} · ${r.response === 'correct' ? red(r.response) : r.response === 'confirm' ? green(r.response) : r.response}${r.applied_in_id ? dim(' (applied)') : ''} ${r.text} ${dim(r.id)}`,
            );
        }
      }),
    );
  ddd
    .command('issue')
    .description('issue the design document as it stands as the next version')
    .requiredOption('--district <district>')
    .option('--cycle <cycle>', 'default: the latest')
    .option('--reason <text>', 'what this version changes (required after the first)')
    .option('--applies <response>', 'a member-check correction this version takes in (repeatable)', collect)
    .option('--on <date>', 'the day it was issued to the district, YYYY-MM-DD (default: today)')
    .action(async ({ on, ...opts }: { district: string; cycle?: string; reason?: string; applies?: string[]; on?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await issueVersion(s.ctx, { partnershipId: (await partnershipOf(s, o)).id, ...opts, ...(on && { issuedOn: on }) });
        print(`issued version ${v.number} (${v.id}) on ${v.issued_on}`);
      }),
    );
  ddd
    .command('send')
    .description("send an issued version to the district's partner leaders for their member check")
    .argument('<version>', 'design document version ID')
    .requiredOption('--to <email>', 'a partner leader of the district (repeatable)', collect)
    .option('--message <text>')
    .option('--on <date>', 'the day it was sent to the leaders, YYYY-MM-DD (default: today)')
    .action(async (versionId: string, opts: { to: string[]; message?: string; on?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const c = await sendMemberCheck(s.ctx, {
          versionId,
          recipients: opts.to,
          ...(opts.message && { message: opts.message }),
          ...(opts.on && { sentOn: opts.on }),
        });
        print(`member check ${c.check.id} sent to ${c.recipients.map((r) => r.email).join(', ')} on ${c.check.sent_on}`);
      }),
    );
  ddd
    .command('diff')
    .description('what changed between two issued versions')
    .argument('<from>', 'version ID')
    .argument('<to>', 'version ID')
    .option('--json', 'print as JSON')
    .action(async (from: string, to: string, _o: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const d = await compareVersions(s.ctx, from, to);
        if (o.json) return printJson(d.sections);
        print(bold(`version ${d.from.number} → version ${d.to.number}: ${d.to.reason}`));
        for (const section of d.sections.filter((x) => x.status !== 'unchanged')) {
          print(bold(`${section.title} (${section.status})`));
          for (const l of section.lines) {
            if (l.op === 'added') print(green(`+ ${l.text}`));
            else if (l.op === 'removed') print(red(`- ${l.text}`));
            else if (l.op === 'changed')
              print(`~ ${l.words.map((w) => (w.op === 'added' ? green(`[+${w.text}]`) : w.op === 'removed' ? red(`[-${w.text}]`) : w.text)).join('')}`);
          }
        }
      }),
    );

  program
    .command('shared')
    .description('what was shared with a district, year by year, newest first: design document versions, member checks, feedback reports sent')
    .requiredOption('--district <district>')
    .option('--json', 'print as JSON')
    .action(async (opts: { district: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const shared = await sharedWithDistrict(s.ctx, p.id, opts.district);
        const years = shared.cycles.map((c) => ({
          cycle: c.cycle.label,
          versions: c.versions.map((v) => ({ id: v.id, number: v.number, issuedAt: v.created_at })),
          status: c.status,
          memberChecks: c.checks.map((m) => ({
            id: m.check.id,
            version: m.versionNumber,
            sentAt: m.check.sent_at,
            recipients: m.recipients.map((r) => r.email),
            status: m.status,
          })),
          reportsSent: c.reports.map((r) => ({ version: r.number, sentOn: r.sent_on, reason: r.reason })),
        }));
        if (o.json) return printJson({ district: shared.district.name, cycles: years });
        for (const y of years) {
          print(bold(`${shared.district.name}, ${y.cycle}`));
          if (y.versions.length === 0 && y.reportsSent.length === 0) print(dim('  nothing shared yet'));
          for (const v of y.versions) print(`  design document version ${v.number} ${dim(v.id)} issued ${v.issuedAt.slice(0, 10)}`);
          for (const m of y.memberChecks)
            print(`  member check ${m.id} of version ${m.version}, sent ${m.sentAt.slice(0, 10)} to ${m.recipients.join(', ')}: ${m.status.label}`);
          for (const r of y.reportsSent) print(`  feedback report version ${r.version} sent on ${r.sentOn}${r.version > 1 ? `: ${r.reason}` : ''}`);
        }
      }),
    );

  program
    .command('calendar')
    .description("each district's yearly cycle, step by step, as the data shows it")
    .option('--district <district>')
    .option('--cycle <cycle>')
    .option('--json', 'print as JSON')
    .action(async (opts: { district?: string; cycle?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const district = opts.district ? await districtOf(s.ctx, p.id, opts.district) : undefined;
        const cycle = opts.cycle ? await cycleOf(s.ctx, p.id, opts.cycle) : undefined;
        const rows = (await partnershipProgress(s.ctx, p.id))
          .filter((d) => !district || d.districtId === district.id)
          .flatMap((d) =>
            d.cycles.filter((c) => !cycle || c.cycle === cycle.label).map((c) => ({ district: d.district, cycle: c.cycle, calendar: c.calendar })),
          );
        if (o.json) return printJson(rows);
        for (const r of rows) {
          print(bold(`${r.district}, ${r.cycle}`));
          for (const step of r.calendar) {
            const state = step.state === 'done' ? green('done') : step.state === 'late' ? red('late') : step.state;
            print(`  ${step.label.padEnd(40)} ${dim(step.when.padEnd(18))} ${state.padEnd(12)} ${dim(step.detail)}`);
          }
        }
      }),
    );
}
