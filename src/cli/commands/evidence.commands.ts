import type { Command } from 'commander';
import { invalid } from '../../domain/errors.js';
import type { Stance } from '../../domain/evidence.js';
import { cite } from '../../services/citations.js';
import { acceptCorrection, createExcerpt, getExcerpt, passagesToReview, reanchorExcerpt, withdrawExcerpt } from '../../services/excerpts.js';
import type { ExcerptInContext } from '../../storage/repositories/excerpt.repository.js';
import { addFinding, editFinding, getFinding, listFindings } from '../../services/findings.js';
import { namingWarnings, partnerTexts } from '../../services/identifying.js';
import { addField, editField, effectiveTemplate, renameField, reorderFields, retireField, type TemplateTarget } from '../../services/isf-templates.js';
import { createIsf, getIsf, isfCompletion, type IsfView, listIsfs, setIsfStatus, writeEntry } from '../../services/isfs.js';
import { inWords } from '../../domain/isf-template.js';
import { cycleOf, districtOf, latestCycle, resolveFilters } from '../../services/lookup.js';
import { retire, uncite } from '../../services/retire.js';
import { addClaim, type ClaimView, createSummary, editClaim, getSummary, listSummaries } from '../../services/summaries.js';
import type { ServiceContext } from '../../services/context.js';
import { collect, wholeNumber } from '../options.js';
import { bold, dim, print, printJson, printTable, printWarnings, red } from '../output.js';
import { type GlobalOptions, partnershipOf, type Session, withSession } from '../session.js';

/** --cite X (supports) and --against Y (contradicts), in the order given. */
const citations = (o: { cite?: string[]; against?: string[] }): { id: string; stance: Stance }[] => [
  ...(o.cite ?? []).map((id) => ({ id, stance: 'supports' as const })),
  ...(o.against ?? []).map((id) => ({ id, stance: 'contradicts' as const })),
];

function printIsf(v: IsfView): void {
  print(
    bold(
      `ISF ${v.isf.id} · ${v.interview.code} · ${v.interview.pseudonym} · ${v.interview.role.replace('_', ' ')} · ${v.interview.organization_name} · ${v.interview.cycle_label} · ${v.isf.status}`,
    ),
  );
  for (const { field, entry, evidence } of v.fields) {
    print(`${bold(field.label)} ${dim(`(${field.key})`)}${field.retired_in_version ? red(' [retired field]') : ''}`);
    if (!entry) {
      print(dim('  (empty)'));
      continue;
    }
    print(`  ${entry.text} ${dim(`${entry.id} v${entry.version}`)}`);
    for (const e of evidence)
      print(
        `    ${e.citation.stance === 'contradicts' ? red('✗') : '✓'} “${e.excerpt.quote}” ${dim(`${e.excerpt.id} [${e.excerpt.start_offset}–${e.excerpt.end_offset}]`)}`,
      );
  }
}

function printClaim(c: ClaimView): void {
  print(`${bold(c.claim.id)} v${c.claim.version}  ${c.claim.text}`);
  print(`  ${dim(`triangulation: ${c.triangulation.status}`)}${c.claim.triangulation_note ? dim(` — ${c.claim.triangulation_note}`) : ''}`);
  for (const e of c.evidence) {
    print(
      `    ${e.citation.stance === 'contradicts' ? red('✗') : '✓'} ${e.entry.pseudonym} (${e.entry.role.replace('_', ' ')}), ${e.entry.field_label}: ${e.entry.text} ${dim(e.entry.id)}`,
    );
  }
}

async function templateTarget(s: Session, o: GlobalOptions, opts: { role: string; district?: string }): Promise<TemplateTarget> {
  const p = await partnershipOf(s, o);
  return { partnershipId: p.id, role: opts.role, districtId: opts.district ? (await districtOf(s.ctx, p.id, opts.district)).id : null };
}

async function cycleLabel(ctx: ServiceContext, partnershipId: string, cycle?: string): Promise<string> {
  return (cycle ? await cycleOf(ctx, partnershipId, cycle) : await latestCycle(ctx, partnershipId)).label;
}

export function registerEvidenceCommands(program: Command): void {
  const excerpt = program
    .command('excerpt')
    .description('mark a passage of a transcript as evidence: by offsets, by quote, or a whole turn')
    .argument('<interview>', 'interview ID or code')
    .option('--start <n>', 'start offset (code points)', wholeNumber)
    .option('--end <n>', 'end offset (code points)', wholeNumber)
    .option('--quote <text>', 'the exact words, if they occur once in the transcript')
    .option('--turn <n>', 'the spoken words of turn n', wholeNumber)
    .option('--note <text>', 'a note on the passage')
    .option('--json', 'print as JSON')
    .action(async (interview: string, opts: { start?: number; end?: number; quote?: string; turn?: number; note?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const e = await createExcerpt(s.ctx, { partnershipId: p.id, interview, ...opts });
        if (o.json) return printJson(e);
        print(`${bold(e.id)} ${e.interview_code} [${e.start_offset}–${e.end_offset}] “${e.quote}”`);
      }),
    );

  registerCorrectionCommands(excerpt);

  const isf = program.command('isf').description('Interview Summary Forms');
  isf
    .command('list')
    .description('ISFs, by district, school, role group, cycle or status')
    .option('--district <district>')
    .option('--school <school>')
    .option('--role <role>')
    .option('--cycle <cycle>')
    .option('--status <status>', 'draft or complete')
    .option('--json', 'print as JSON')
    .action(async (opts: { district?: string; school?: string; role?: string; cycle?: string; status?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const rows = await listIsfs(s.ctx, p.id, opts);
        if (o.json) return printJson(rows);
        printTable(
          ['ISF', 'interview', 'participant', 'role', 'cycle', 'status', 'updated'],
          rows.map((r) => [r.id, r.interview_code, r.pseudonym, r.role, r.cycle_label, r.status, `${r.updated_at.slice(0, 10)} by ${r.updated_by}`]),
        );
      }),
    );
  isf
    .command('create')
    .description("start the ISF of an interview (on its district's template for the role)")
    .argument('<interview>', 'interview ID or code')
    .option('--json', 'print as JSON')
    .action(async (interview: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await createIsf(s.ctx, (await partnershipOf(s, o)).id, interview);
        if (o.json) printJson(v);
        else printIsf(v);
      }),
    );
  isf
    .command('show')
    .argument('<isf>', 'ISF ID')
    .option('--json', 'print as JSON')
    .action(async (id: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await getIsf(s.ctx, id);
        if (o.json) printJson(v);
        else printIsf(v);
      }),
    );
  isf
    .command('write')
    .description('write one field of an ISF, citing the excerpts it rests on')
    .argument('<isf>', 'ISF ID')
    .argument('<field>', 'field key, e.g. work_with_coach')
    .argument('<text>', 'the entry')
    .option('--cite <excerpt>', 'an excerpt the entry rests on (repeatable)', collect)
    .option('--against <excerpt>', 'an excerpt that contradicts the entry (repeatable)', collect)
    .option('--expected-version <n>', 'the version you edited (refused if someone saved since)', wholeNumber)
    .option('--reason <text>', 'why (kept in the audit trail)')
    .option('--json', 'print as JSON')
    .action(
      async (id: string, field: string, text: string, opts: { cite?: string[]; against?: string[]; expectedVersion?: number; reason?: string }, cmd: Command) =>
        withSession(cmd, async (s, o) => {
          const entry = await writeEntry(s.ctx, {
            isfId: id,
            field,
            text,
            ...(opts.expectedVersion !== undefined && { expectedVersion: opts.expectedVersion }),
            ...(opts.reason && { reason: opts.reason }),
            cite: citations(opts).map((c) => ({ excerptId: c.id, stance: c.stance })),
          });
          if (o.json) printJson(entry);
          else print(`${bold(entry.id)} v${entry.version} ${field}: ${entry.text}`);
        }),
    );
  isf
    .command('complete')
    .description("mark an ISF complete (every entry must cite its passages; the template's required fields must be written)")
    .argument('<isf>', 'ISF ID')
    .option('--reopen', 'set it back to draft')
    .option('--reason <text>')
    .action(async (id: string, opts: { reopen?: boolean; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const v = await setIsfStatus(s.ctx, id, opts.reopen ? 'draft' : 'complete', opts.reason);
        print(`${v.isf.id} is ${v.isf.status}`);
        const { emptyOptional, total } = isfCompletion(v);
        if (v.isf.status === 'complete' && emptyOptional.length)
          print(dim(`${emptyOptional.length} of ${total} fields are empty (optional): ${inWords(emptyOptional)}`));
      }),
    );

  const template = program.command('template').description('ISF templates: show and customise per district');
  const roleOpts = (c: Command) =>
    c
      .requiredOption('--role <role>', 'teacher, coach, school_leader or district_leader')
      .option('--district <district>', "the district's own template (made from the default on its first change)");
  roleOpts(template.command('show').description('the fields of the template an ISF of this role and district uses').option('--json', 'print as JSON')).action(
    async (opts: { role: string; district?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const district = opts.district ? await districtOf(s.ctx, p.id, opts.district) : undefined;
        const v = await effectiveTemplate(s.ctx, p.id, opts.role, district?.id ?? null);
        if (o.json) return printJson(v);
        print(bold(`${v.template.role} template ${v.template.id} v${v.template.version}${v.template.district_id ? ' (district)' : ' (default)'}`));
        for (const f of v.fields)
          print(
            `  ${f.key.padEnd(28)} ${f.label}${f.required && !f.retired_in_version ? bold(' [required]') : ''}${f.retired_in_version ? red(` [retired in v${f.retired_in_version}]`) : ''}`,
          );
      }),
  );
  roleOpts(template.command('add-field').argument('<label>'))
    .option('--guidance <text>')
    .option('--required', 'an ISF cannot be complete without it')
    .option('--reason <text>')
    .action(async (label: string, opts: { role: string; district?: string; guidance?: string; required?: boolean; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await addField(
          s.ctx,
          await templateTarget(s, o, opts),
          { label, ...(opts.guidance && { guidance: opts.guidance }), ...(opts.required && { required: true }) },
          opts.reason ? { reason: opts.reason } : {},
        );
        print(`template ${v.template.id} is at version ${v.template.version}; added "${v.fields.at(-1)!.key}"`);
      }),
    );
  roleOpts(template.command('rename-field').argument('<key>').argument('<label>'))
    .option('--reason <text>')
    .action(async (key: string, label: string, opts: { role: string; district?: string; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await renameField(s.ctx, await templateTarget(s, o, opts), key, label, opts.reason ? { reason: opts.reason } : {});
        print(`template ${v.template.id} is at version ${v.template.version}; "${key}" is now called "${label}"`);
      }),
    );
  roleOpts(template.command('edit-field').description("change a field's label, guidance or whether it is required").argument('<key>'))
    .option('--label <label>')
    .option('--guidance <text>', 'the prompt analysts write to')
    .option('--required', 'an ISF cannot be complete without it')
    .option('--optional', 'an ISF may be complete without it')
    .option('--reason <text>')
    .action(
      async (
        key: string,
        opts: { role: string; district?: string; label?: string; guidance?: string; required?: boolean; optional?: boolean; reason?: string },
        cmd: Command,
      ) =>
        withSession(cmd, async (s, o) => {
          if (opts.required && opts.optional) throw invalid('a field is either --required or --optional, not both');
          const required = opts.required ? true : opts.optional ? false : undefined;
          const v = await editField(
            s.ctx,
            await templateTarget(s, o, opts),
            key,
            {
              ...(opts.label !== undefined && { label: opts.label }),
              ...(opts.guidance !== undefined && { guidance: opts.guidance }),
              ...(required !== undefined && { required }),
            },
            opts.reason ? { reason: opts.reason } : {},
          );
          print(`template ${v.template.id} is at version ${v.template.version}; "${key}" changed`);
        }),
    );
  roleOpts(template.command('reorder').description('put the fields in use in a new order, naming every one by key').argument('<keys...>'))
    .option('--reason <text>')
    .action(async (keys: string[], opts: { role: string; district?: string; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await reorderFields(s.ctx, await templateTarget(s, o, opts), keys, opts.reason ? { reason: opts.reason } : {});
        print(`template ${v.template.id} is at version ${v.template.version}; fields in order: ${keys.join(', ')}`);
      }),
    );
  roleOpts(template.command('retire-field').argument('<key>'))
    .option('--reason <text>')
    .action(async (key: string, opts: { role: string; district?: string; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await retireField(s.ctx, await templateTarget(s, o, opts), key, opts.reason ? { reason: opts.reason } : {});
        print(`template ${v.template.id} is at version ${v.template.version}; "${key}" is retired`);
      }),
    );

  const summary = program.command('summary').description('mid-level summaries: school and role-group');
  summary
    .command('list')
    .option('--district <district>')
    .option('--cycle <cycle>')
    .option('--json', 'print as JSON')
    .action(async (opts: { district?: string; cycle?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const listed = await listSummaries(s.ctx, p.id, opts);
        if (o.json) return printJson(listed.map((l) => l.summary));
        printTable(
          ['summary', 'title', 'claims'],
          listed.map(({ summary, claims }) => [summary.id, summary.title, claims.length]),
        );
      }),
    );
  summary
    .command('create')
    .description('start a school summary (--school) or a role-group summary (--role)')
    .requiredOption('--district <district>')
    .option('--cycle <cycle>', 'defaults to the latest')
    .option('--school <school>')
    .option('--role <role>')
    .option('--title <title>')
    .option('--json', 'print as JSON')
    .action(async (opts: { district: string; cycle?: string; school?: string; role?: string; title?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        if (Boolean(opts.school) === Boolean(opts.role)) throw invalid('give either --school (a school summary) or --role (a role-group summary)');
        const row = await createSummary(s.ctx, {
          partnershipId: p.id,
          kind: opts.school ? 'school' : 'role_group',
          district: opts.district,
          cycle: await cycleLabel(s.ctx, p.id, opts.cycle),
          ...(opts.school && { school: opts.school }),
          ...(opts.role && { role: opts.role }),
          ...(opts.title && { title: opts.title }),
        });
        if (o.json) printJson(row);
        else print(`${bold(row.id)} ${row.title}`);
      }),
    );
  summary
    .command('show')
    .argument('<summary>', 'summary ID')
    .option('--json', 'print as JSON')
    .action(async (id: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await getSummary(s.ctx, id);
        if (o.json) return printJson(v);
        print(bold(`${v.summary.title} ${dim(v.summary.id)}`));
        v.claims.forEach(printClaim);
      }),
    );

  const claim = program.command('claim').description('claims of mid-level summaries');
  claim
    .command('add')
    .argument('<summary>', 'summary ID')
    .argument('<text>')
    .option('--cite <entry>', 'an ISF entry that supports the claim (repeatable)', collect)
    .option('--against <entry>', 'an ISF entry that contradicts it (repeatable)', collect)
    .option('--note <text>', 'triangulation note: which accounts agree, which disagree')
    .option('--json', 'print as JSON')
    .action(async (summaryId: string, text: string, opts: { cite?: string[]; against?: string[]; note?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await addClaim(s.ctx, {
          summaryId,
          text,
          ...(opts.note && { triangulationNote: opts.note }),
          cite: citations(opts).map((c) => ({ entryId: c.id, stance: c.stance })),
        });
        if (o.json) printJson(v);
        else printClaim(v);
      }),
    );
  claim
    .command('edit')
    .argument('<claim>', 'claim ID')
    .option('--text <text>')
    .option('--note <text>', 'triangulation note')
    .option('--expected-version <n>', 'the version you edited', wholeNumber)
    .option('--reason <text>')
    .action(async (claimId: string, opts: { text?: string; note?: string; expectedVersion?: number; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        printClaim(
          await editClaim(s.ctx, {
            claimId,
            ...(opts.text && { text: opts.text }),
            ...(opts.note && { triangulationNote: opts.note }),
            ...(opts.expectedVersion !== undefined && { expectedVersion: opts.expectedVersion }),
            ...(opts.reason && { reason: opts.reason }),
          }),
        );
      }),
    );

  const finding = program.command('finding').description('district findings');
  finding
    .command('list')
    .option('--district <district>')
    .option('--cycle <cycle>')
    .option('--json', 'print as JSON')
    .action(async (opts: { district?: string; cycle?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const rows = (await listFindings(s.ctx, p.id, await resolveFilters(s.ctx, p.id, opts))).map((v) => v.finding).filter((f) => !f.retired_at);
        if (o.json) return printJson(rows);
        for (const f of rows) print(`${bold(f.id)} ${f.text}`);
      }),
    );
  finding
    .command('add')
    .argument('<text>')
    .requiredOption('--district <district>')
    .option('--cycle <cycle>', 'defaults to the latest')
    .option('--cite <claim>', 'a claim the finding rests on (repeatable)', collect)
    .option('--against <claim>', 'a claim that contradicts it (repeatable)', collect)
    .option('--json', 'print as JSON')
    .action(async (text: string, opts: { district: string; cycle?: string; cite?: string[]; against?: string[] }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const v = await addFinding(s.ctx, {
          partnershipId: p.id,
          district: opts.district,
          cycle: await cycleLabel(s.ctx, p.id, opts.cycle),
          text,
          cite: citations(opts).map((c) => ({ claimId: c.id, stance: c.stance })),
        });
        if (o.json) printJson(v);
        else print(`${bold(v.finding.id)} ${v.finding.text} ${dim(`(${v.evidence.length} claims cited)`)}`);
        printWarnings(await namingWarnings(s.ctx, v.finding.id, partnerTexts.finding(v.finding)));
      }),
    );
  finding
    .command('edit')
    .argument('<finding>', 'finding ID')
    .argument('<text>')
    .option('--expected-version <n>', 'the version you edited', wholeNumber)
    .option('--reason <text>')
    .action(async (findingId: string, text: string, opts: { expectedVersion?: number; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const v = await editFinding(s.ctx, {
          findingId,
          text,
          ...(opts.expectedVersion !== undefined && { expectedVersion: opts.expectedVersion }),
          ...(opts.reason && { reason: opts.reason }),
        });
        print(`${bold(v.finding.id)} v${v.finding.version} ${v.finding.text}`);
        printWarnings(await namingWarnings(s.ctx, v.finding.id, partnerTexts.finding(v.finding)));
      }),
    );
  finding
    .command('show')
    .argument('<finding>', 'finding ID')
    .option('--json', 'print as JSON')
    .action(async (id: string, _opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const v = await getFinding(s.ctx, id);
        if (o.json) return printJson(v);
        print(`${bold(v.finding.id)} v${v.finding.version} ${v.finding.text}`);
        printWarnings(await namingWarnings(s.ctx, v.finding.id, partnerTexts.finding(v.finding)));
        for (const e of v.evidence)
          print(`  ${e.citation.stance === 'contradicts' ? red('✗') : '✓'} ${e.claim.text} ${dim(`${e.claim.id} · ${e.claim.summary_title}`)}`);
      }),
    );

  program
    .command('cite')
    .description('cite evidence: an ISF entry cites an excerpt, a claim an ISF entry, a finding a claim')
    .argument('<citing>', 'the ISF entry, claim or finding')
    .argument('<cited>', 'the excerpt, ISF entry or claim it rests on')
    .option('--contradicts', 'the evidence contradicts rather than supports')
    .option('--note <text>')
    .action(async (citingId: string, citedId: string, opts: { contradicts?: boolean; note?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const c = await cite(s.ctx, { citingId, citedId, stance: opts.contradicts ? 'contradicts' : 'supports', ...(opts.note && { note: opts.note }) });
        print(`${bold(c.id)} ${c.citing_id} ${c.stance === 'contradicts' ? 'is contradicted by' : 'rests on'} ${c.cited_id}`);
      }),
    );

  program
    .command('uncite')
    .description('remove evidence from a record that cites it: the citation is withdrawn with the reason, never deleted')
    .argument('<citing>', 'the ISF entry, claim, finding, strategy or element (or feedback record) that cites it')
    .argument('<cited>', 'the excerpt, ISF entry, claim, artifact (or other evidence) it cites')
    .requiredOption('--reason <text>', 'why (kept in the audit trail)')
    .action(async (citingId: string, citedId: string, opts: { reason: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const r = await uncite(s.ctx, { citingId, citedId, reason: opts.reason });
        print(`${citingId} no longer cites ${citedId} (${r.kind === 'citation' ? 'citation' : 'evidence'} ${r.id} withdrawn at ${r.retiredAt})`);
      }),
    );

  program
    .command('retire')
    .description('withdraw an excerpt, ISF entry, claim, finding or citation (kept in the record, never deleted)')
    .argument('<id>')
    .requiredOption('--reason <text>', 'why (kept in the audit trail)')
    .action(async (id: string, opts: { reason: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const r = await retire(s.ctx, id, opts.reason);
        print(`${r.id} retired at ${r.retiredAt}`);
      }),
    );
}

const describePassage = (e: ExcerptInContext) =>
  `${bold(e.id)} ${e.interview_code} (${e.pseudonym}) transcript version ${e.transcript_version} [${e.start_offset}–${e.end_offset}] “${e.quote}”`;

/** Settling passages of corrected transcripts: `warrant excerpt review`, `accept`, `reanchor`, `withdraw`. */
function registerCorrectionCommands(excerpt: Command): void {
  excerpt
    .command('review')
    .description('passages whose transcript was corrected since they were cited and whose words changed')
    .option('--interview <interview>', 'only those of one interview (ID or code)')
    .option('--json', 'print as JSON')
    .action(async (opts: { interview?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const rows = await passagesToReview(s.ctx, (await partnershipOf(s, o)).id, opts.interview);
        if (o.json) return printJson(rows);
        if (rows.length === 0) return print('No passage is to review: every passage of a corrected transcript is settled.');
        for (const e of rows) print(describePassage(e));
        print(dim('Settle each: warrant excerpt accept|reanchor|withdraw <excerpt>'));
      }),
    );
  excerpt
    .command('accept')
    .description("keep a passage's words as they were said, though its transcript was corrected since")
    .argument('<excerpt>', 'excerpt ID')
    .option('--reason <text>', 'why (kept in the audit trail)')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const current = await currentVersion(s, id);
        const e = await acceptCorrection(s.ctx, id, { expectedVersion: current, ...opts });
        if (o.json) return printJson(e);
        print(`${describePassage(e)}: kept as it was said; what cites it no longer needs review`);
      }),
    );
  excerpt
    .command('reanchor')
    .description("anchor a passage to words of its interview's corrected transcript: by offsets, by quote, or a whole turn")
    .argument('<excerpt>', 'excerpt ID')
    .option('--start <n>', 'start offset (code points)', wholeNumber)
    .option('--end <n>', 'end offset (code points)', wholeNumber)
    .option('--quote <text>', 'the exact words, if they occur once in the corrected transcript')
    .option('--turn <n>', 'the spoken words of turn n', wholeNumber)
    .option('--reason <text>', 'why (kept in the audit trail)')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { start?: number; end?: number; quote?: string; turn?: number; reason?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const current = await currentVersion(s, id);
        const e = await reanchorExcerpt(s.ctx, id, { expectedVersion: current, ...opts });
        if (o.json) return printJson(e);
        print(`${describePassage(e)}: re-anchored (version ${e.version}); what cites it follows`);
      }),
    );
  excerpt
    .command('withdraw')
    .description('withdraw a passage of a corrected transcript: what cites it then needs a new source')
    .argument('<excerpt>', 'excerpt ID')
    .requiredOption('--reason <text>', 'why (kept in the audit trail)')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const e = await withdrawExcerpt(s.ctx, id, opts);
        if (o.json) return printJson(e);
        print(`${describePassage(e)}: withdrawn; what cites it needs a new source (see warrant check)`);
      }),
    );
}

/** The CLI acts on the passage as it stands: the version it reads now. */
async function currentVersion(s: Session, id: string): Promise<number> {
  const { excerpt } = await getExcerpt(s.ctx, id);
  return excerpt.version;
}
