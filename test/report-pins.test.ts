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
  'dfrr Lakeside Public Schools partner md': 'b65eb2abb9b2826e',
  'dfrr Lakeside Public Schools partner html': 'bfb24ad77e7a541a',
  'dfrr Lakeside Public Schools partner docx': '0e67cc8d2e112e10',
  'dfrr Lakeside Public Schools partner pdf text': '21b7abc0dc984d5f',
  'ddd Lakeside Public Schools team md': 'ce314446ecf2ae46',
  'ddd Lakeside Public Schools team html': '80486b4bb52c5ea1',
  'ddd Lakeside Public Schools team docx': '5e9db2c9bceb2da7',
  'ddd Lakeside Public Schools team pdf text': 'dc09e752a2481821',
  'dfrr Lakeside Public Schools team md': '983fb904a5b11e9f',
  'dfrr Lakeside Public Schools team html': 'f85885ad3e536a7c',
  'dfrr Lakeside Public Schools team docx': 'b578690c4d04660b',
  'dfrr Lakeside Public Schools team pdf text': '6f07c8c5f056bf12',
  'ddd Riverton Unified School District partner md': '74dff74c097e3440',
  'ddd Riverton Unified School District partner html': '3982ebb9b6a37347',
  'ddd Riverton Unified School District partner docx': 'fa20a11e7472c228',
  'ddd Riverton Unified School District partner pdf text': '44cbd253030d5252',
  'dfrr Riverton Unified School District partner md': 'b644f76f1217ceae',
  'dfrr Riverton Unified School District partner html': 'ab3aafb6a6e2cef0',
  'dfrr Riverton Unified School District partner docx': '65747931a9bc9061',
  'dfrr Riverton Unified School District partner pdf text': '6fb244e53a0cb5b7',
  'ddd Riverton Unified School District team md': '55f970933b86737e',
  'ddd Riverton Unified School District team html': 'b0a3adcb44a0d104',
  'ddd Riverton Unified School District team docx': '594f1140d8560de5',
  'ddd Riverton Unified School District team pdf text': 'a30e5d386138de1f',
  'dfrr Riverton Unified School District team md': '1ad1205b0aaef333',
  'dfrr Riverton Unified School District team html': '99f09baf488ff4fa',
  'dfrr Riverton Unified School District team docx': 'a04954fc301a42e9',
  'dfrr Riverton Unified School District team pdf text': '1f22e261afc41eda',
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
