import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { pdfText } from '../src/importers/artifacts/pdf.js';
import type { Audience, ReportDocument } from '../src/reports/document.js';
import { renderReport } from '../src/reports/render/index.js';
import type { ServiceContext } from '../src/services/context.js';
import { designDocumentReport } from '../src/services/design-report.js';
import { feedbackReport } from '../src/services/feedback-report.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

/**
 * The demo's design documents and feedback reports, pinned: the SHA-256 (first 16 hex digits) of
 * each in Markdown, HTML and Word, and of the text of its PDF, spacing aside (Chromium writes the
 * moment it printed into the file, and where lines break depends on the fonts installed). They
 * hold while the code is reorganised; a change meant to alter a report updates them, and the
 * failure lists the new ones. The demo is loaded on a fixed clock, so that the dates its records
 * carry, and those the reports print, do not depend on the day of the run.
 */
const PINS: Record<string, string> = {
  'ddd Lakeside Public Schools partner md': '0b1174d5c3590eaa',
  'ddd Lakeside Public Schools partner html': 'ee75d80851d28e92',
  'ddd Lakeside Public Schools partner docx': 'c614009e0f2ed269',
  'ddd Lakeside Public Schools partner pdf text': '6a7396c3a2f7d4a1',
  'dfrr Lakeside Public Schools partner md': '0664c5ea58376968',
  'dfrr Lakeside Public Schools partner html': 'd616f7ec24f26257',
  'dfrr Lakeside Public Schools partner docx': 'd5705f8a12f11914',
  'dfrr Lakeside Public Schools partner pdf text': '9e08febfb08d389c',
  'ddd Lakeside Public Schools team md': 'ce314446ecf2ae46',
  'ddd Lakeside Public Schools team html': '80486b4bb52c5ea1',
  'ddd Lakeside Public Schools team docx': '5e9db2c9bceb2da7',
  'ddd Lakeside Public Schools team pdf text': 'dc09e752a2481821',
  'dfrr Lakeside Public Schools team md': '8639ec6eeade614b',
  'dfrr Lakeside Public Schools team html': '08d7ec5e35c91342',
  'dfrr Lakeside Public Schools team docx': 'd8b3d493cc97796f',
  'dfrr Lakeside Public Schools team pdf text': '95a5a4800da1b421',
  'ddd Riverton Unified School District partner md': '74dff74c097e3440',
  'ddd Riverton Unified School District partner html': '3982ebb9b6a37347',
  'ddd Riverton Unified School District partner docx': 'fa20a11e7472c228',
  'ddd Riverton Unified School District partner pdf text': '44cbd253030d5252',
  'dfrr Riverton Unified School District partner md': '77e922d62ac07b85',
  'dfrr Riverton Unified School District partner html': '2f1bd2ea423af5ff',
  'dfrr Riverton Unified School District partner docx': 'a1f02918d1730345',
  'dfrr Riverton Unified School District partner pdf text': '15ba2846bc89924f',
  'ddd Riverton Unified School District team md': '55f970933b86737e',
  'ddd Riverton Unified School District team html': 'b0a3adcb44a0d104',
  'ddd Riverton Unified School District team docx': '594f1140d8560de5',
  'ddd Riverton Unified School District team pdf text': 'a30e5d386138de1f',
  'dfrr Riverton Unified School District team md': '8d0813fb5a2da42d',
  'dfrr Riverton Unified School District team html': '0e8c767293ac13c8',
  'dfrr Riverton Unified School District team docx': '9c47b70c9cb5bca9',
  'dfrr Riverton Unified School District team pdf text': 'e1472a13c123bd0c',
};

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const DISTRICTS = ['Lakeside Public Schools', 'Riverton Unified School District'];
const AUDIENCES: Audience[] = ['partner', 'team'];

describe("the demo's reports", () => {
  let t: TestDatabase;
  let ctx: ServiceContext;
  let pid: string;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    ctx = { ...t.ctx, clock: () => new Date('2026-11-30T12:00:00.000Z') };
    await loadDemo(ctx);
    pid = (await resolvePartnership(ctx)).id;
  });
  afterAll(() => t?.close());

  it('are, in every format, what they were', async () => {
    const hashes: Record<string, string> = {};
    for (const district of DISTRICTS) {
      for (const audience of AUDIENCES) {
        const reports: [string, ReportDocument][] = [
          ['ddd', await designDocumentReport(ctx, { partnershipId: pid, district, cycle: '2010-11', audience })],
          ['dfrr', await feedbackReport(ctx, { partnershipId: pid, district, cycle: '2010-11', audience })],
        ];
        for (const [kind, doc] of reports) {
          const name = `${kind} ${district} ${audience}`;
          for (const format of ['md', 'html', 'docx'] as const) hashes[`${name} ${format}`] = sha(await renderReport(doc, format));
          hashes[`${name} pdf text`] = sha((await pdfText(new Uint8Array(await renderReport(doc, 'pdf')))).text.replace(/\s+/g, ' '));
        }
      }
    }
    expect(hashes, `the reports now hash as:\n${JSON.stringify(hashes, null, 2)}`).toEqual(PINS);
  }, 300_000);
});
