import { join } from 'node:path';
import type { Command } from 'commander';
import type { Audience, ReportDocument, ReportFormat } from '../../reports/document.js';
import { REPORT_FORMATS } from '../../reports/document.js';
import { FILE_EXTENSIONS, renderReport } from '../../reports/render/index.js';
import { designDocumentReport } from '../../services/design-report.js';
import { teamFeedbackReport } from '../../services/report-access.js';
import { cycleOf, districtOf, latestCycle } from '../../services/lookup.js';
import { iterationDocument } from '../../services/theory-report.js';
import { wholeNumber } from '../options.js';
import { print } from '../output.js';
import { audienceOf, formatOf, slug, writeWhole } from '../report-files.js';
import { partnershipOf, type Session, withSession } from '../session.js';
import { organizationsOf } from '../../services/directory.js';

interface DistrictReportOptions {
  district?: string;
  cycle?: string;
  audience: string;
  format: string;
  output: string;
}

type Build = (s: Session, request: { partnershipId: string; district: string; cycle: string; audience: Audience }) => Promise<ReportDocument>;

/**
 * One district's report into the file -o names, or every district's into the folder it names. Every
 * document is made before any is written: a refusal leaves no half set behind.
 */
async function writeDistrictReports(s: Session, partnershipId: string, opts: DistrictReportOptions, name: string, build: Build): Promise<void> {
  const audience = audienceOf(opts.audience);
  const format = formatOf(opts.format);
  const districts = opts.district ? [await districtOf(s.ctx, partnershipId, opts.district)] : await organizationsOf(s.ctx, partnershipId, 'district');
  const cycle = opts.cycle ? await cycleOf(s.ctx, partnershipId, opts.cycle) : await latestCycle(s.ctx, partnershipId);
  const files: { path: string; bytes: Buffer }[] = [];
  for (const d of districts) {
    const doc = await build(s, { partnershipId, district: d.id, cycle: cycle.id, audience });
    const path = opts.district ? opts.output : join(opts.output, `${slug(d.name)}-${cycle.label}-${name}-${audience}${FILE_EXTENSIONS[format]}`);
    files.push({ path, bytes: await renderReport(doc, format) });
  }
  for (const f of files) await writeWhole(f.path, f.bytes);
  for (const f of files) print(`wrote ${f.path} (${f.bytes.length} bytes)`);
}

const districtReport = (c: Command, what: string) =>
  c
    .description(`${what} (one file, or one per district into the folder -o names)`)
    .option('--district <district>', 'default: every district, one file each')
    .option('--cycle <cycle>', 'default: the latest')
    .requiredOption('--audience <audience>', 'partner (what the district sees) or team (with the in-house part)')
    .option('--format <format>', REPORT_FORMATS.join(', '), 'docx')
    .requiredOption('-o, --output <path>', 'the file to write (a folder without --district)');

export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('generated documents');
  districtReport(report.command('ddd'), 'the District Design Document')
    .option('--draft', 'team only: the strategies as they stand, not the latest issued version')
    .action(async (opts: DistrictReportOptions & { draft?: boolean }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        await writeDistrictReports(s, p.id, opts, 'ddd', (session, r) => designDocumentReport(session.ctx, { ...r, ...(opts.draft && { draft: true }) }));
      }),
    );
  districtReport(report.command('dfrr'), 'the District Feedback and Recommendations Report')
    .option('--sent-version <number>', 'partner version: the version sent with this number (default: the latest sent)', wholeNumber)
    .option('--draft', 'partner version: as the data stand now, not as last sent')
    .option('--with-design-appendix', "with the design's tables (practices, supports, accountability) in an appendix (not of a version sent)")
    .action(async (opts: DistrictReportOptions & { sentVersion?: number; draft?: boolean; withDesignAppendix?: boolean }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        await writeDistrictReports(s, p.id, opts, 'dfrr', (session, r) =>
          teamFeedbackReport(session.ctx, {
            ...r,
            ...(opts.sentVersion !== undefined && { version: opts.sentVersion }),
            ...(opts.draft && { draft: true }),
            ...(opts.withDesignAppendix && { withDesignAppendix: true }),
          }),
        );
      }),
    );
  report
    .command('toa')
    .description('the theory of action: one iteration, or with --compare what changed since another')
    .argument('<iteration>', 'iteration number or ID')
    .option('--compare <iteration>', 'the earlier iteration to compare with')
    .option('--format <format>', REPORT_FORMATS.join(', '), 'md')
    .requiredOption('-o, --output <path>', 'the file to write')
    .action(async (iteration: string, opts: { compare?: string; format: string; output: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await partnershipOf(s, o);
        const format: ReportFormat = formatOf(opts.format);
        const { document: doc } = await iterationDocument(s.ctx, p.id, iteration, opts.compare);
        const bytes = await renderReport(doc, format);
        await writeWhole(opts.output, bytes);
        print(`wrote ${opts.output} (${bytes.length} bytes)`);
      }),
    );
}
