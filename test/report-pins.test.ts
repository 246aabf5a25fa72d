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
  'dfrr Lakeside Public Schools partner md': '073a54891cd366a4',
  'dfrr Lakeside Public Schools partner html': '809582523dfdb381',
  'dfrr Lakeside Public Schools partner docx': '79f4e845159255c5',
  'dfrr Lakeside Public Schools partner pdf text': '42e6338c598cb7b9',
  'ddd Lakeside Public Schools team md': 'd431fc1d8350e8a1',
  'ddd Lakeside Public Schools team html': '0c4c6b71744f8c08',
  'ddd Lakeside Public Schools team docx': '49d9214eeaaf737f',
  'ddd Lakeside Public Schools team pdf text': '339f5490bd4a63e6',
  'dfrr Lakeside Public Schools team md': 'bd3470256b1ca776',
  'dfrr Lakeside Public Schools team html': '3a35e239a9ccc887',
  'dfrr Lakeside Public Schools team docx': '80f8bb749d818490',
  'dfrr Lakeside Public Schools team pdf text': 'b91c529bb3e3852a',
  'ddd Riverton Unified School District partner md': '8a14b47dddeac20a',
  'ddd Riverton Unified School District partner html': 'ae4c773dd3a197a5',
  'ddd Riverton Unified School District partner docx': '5fb51f95722abc3e',
  'ddd Riverton Unified School District partner pdf text': '6edb37c2404ac0ff',
  'dfrr Riverton Unified School District partner md': 'dfea71cba61a88f1',
  'dfrr Riverton Unified School District partner html': '705be26a0734f103',
  'dfrr Riverton Unified School District partner docx': 'da6ca5cf165553da',
  'dfrr Riverton Unified School District partner pdf text': '90b6c49d6aa82773',
  'ddd Riverton Unified School District team md': 'abf444949971e7ac',
  'ddd Riverton Unified School District team html': '129d54116f66ec47',
  'ddd Riverton Unified School District team docx': '053659e4f38e9f7a',
  'ddd Riverton Unified School District team pdf text': '2718cedbed459985',
  'dfrr Riverton Unified School District team md': '25d15eaf33c61733',
  'dfrr Riverton Unified School District team html': '31ca5b932d8a6faa',
  'dfrr Riverton Unified School District team docx': 'b1deafa099eddc05',
  'dfrr Riverton Unified School District team pdf text': 'cbaa3b698f7a1d39',
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
