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
  'dfrr Lakeside Public Schools partner md': '3f40eca8672f15a1',
  'dfrr Lakeside Public Schools partner html': 'fe6cca0268fd5e96',
  'dfrr Lakeside Public Schools partner docx': '96eefaaace348c26',
  'dfrr Lakeside Public Schools partner pdf text': '0a763ff0ee3dcf72',
  'ddd Lakeside Public Schools team md': 'ce314446ecf2ae46',
  'ddd Lakeside Public Schools team html': '80486b4bb52c5ea1',
  'ddd Lakeside Public Schools team docx': '5e9db2c9bceb2da7',
  'ddd Lakeside Public Schools team pdf text': 'dc09e752a2481821',
  'dfrr Lakeside Public Schools team md': '60b701b6bde60fb3',
  'dfrr Lakeside Public Schools team html': '8abf15c1420578fc',
  'dfrr Lakeside Public Schools team docx': 'c49bf9975e84afc3',
  'dfrr Lakeside Public Schools team pdf text': 'd984817a4c5c01d0',
  'ddd Riverton Unified School District partner md': '74dff74c097e3440',
  'ddd Riverton Unified School District partner html': '3982ebb9b6a37347',
  'ddd Riverton Unified School District partner docx': 'fa20a11e7472c228',
  'ddd Riverton Unified School District partner pdf text': '44cbd253030d5252',
  'dfrr Riverton Unified School District partner md': 'ab41eedf7673c309',
  'dfrr Riverton Unified School District partner html': '4bfe98de212ef143',
  'dfrr Riverton Unified School District partner docx': '0e16c7aa72a3392b',
  'dfrr Riverton Unified School District partner pdf text': 'f951558e68fce7cf',
  'ddd Riverton Unified School District team md': '55f970933b86737e',
  'ddd Riverton Unified School District team html': 'b0a3adcb44a0d104',
  'ddd Riverton Unified School District team docx': '594f1140d8560de5',
  'ddd Riverton Unified School District team pdf text': 'a30e5d386138de1f',
  'dfrr Riverton Unified School District team md': '74c6ab9b808121fc',
  'dfrr Riverton Unified School District team html': '3fc6d9a1fa4cb262',
  'dfrr Riverton Unified School District team docx': '1325514d46008174',
  'dfrr Riverton Unified School District team pdf text': '31da750f2abad5d7',
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
