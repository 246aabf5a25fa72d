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
  'ddd Lakeside Public Schools partner md': 'd351f158129971fc',
  'ddd Lakeside Public Schools partner html': '844d9ead033fbfe9',
  'ddd Lakeside Public Schools partner docx': '5715757be6302b53',
  'ddd Lakeside Public Schools partner pdf text': 'c5d4bb2aed57446f',
  'dfrr Lakeside Public Schools partner md': 'a6c7858b67353255',
  'dfrr Lakeside Public Schools partner html': '83c2a48c65c14f86',
  'dfrr Lakeside Public Schools partner docx': 'ba62b9bbef461529',
  'dfrr Lakeside Public Schools partner pdf text': '71a520b7856b4c44',
  'ddd Lakeside Public Schools team md': 'd431fc1d8350e8a1',
  'ddd Lakeside Public Schools team html': '0c4c6b71744f8c08',
  'ddd Lakeside Public Schools team docx': '49d9214eeaaf737f',
  'ddd Lakeside Public Schools team pdf text': '339f5490bd4a63e6',
  'dfrr Lakeside Public Schools team md': '035c7d6ac130027c',
  'dfrr Lakeside Public Schools team html': 'c49540a90e8c9af8',
  'dfrr Lakeside Public Schools team docx': '2c500f855c0b2a60',
  'dfrr Lakeside Public Schools team pdf text': 'fcec039c56cbe948',
  'ddd Riverton Unified School District partner md': '8a14b47dddeac20a',
  'ddd Riverton Unified School District partner html': 'ae4c773dd3a197a5',
  'ddd Riverton Unified School District partner docx': '5fb51f95722abc3e',
  'ddd Riverton Unified School District partner pdf text': '6edb37c2404ac0ff',
  'dfrr Riverton Unified School District partner md': '09bd1c3065745a06',
  'dfrr Riverton Unified School District partner html': 'b79d2d348f37b191',
  'dfrr Riverton Unified School District partner docx': '7707c49e43310e59',
  'dfrr Riverton Unified School District partner pdf text': '84d0220089e8a43a',
  'ddd Riverton Unified School District team md': 'abf444949971e7ac',
  'ddd Riverton Unified School District team html': '129d54116f66ec47',
  'ddd Riverton Unified School District team docx': '053659e4f38e9f7a',
  'ddd Riverton Unified School District team pdf text': '2718cedbed459985',
  'dfrr Riverton Unified School District team md': 'b8c6737c810c36b8',
  'dfrr Riverton Unified School District team html': '88de8d2d3f84f68b',
  'dfrr Riverton Unified School District team docx': '87705bd82584a3cc',
  'dfrr Riverton Unified School District team pdf text': '43ba66953b649aad',
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
