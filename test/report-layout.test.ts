import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import type { ReportDocument } from '../src/reports/document.js';
import { renderReport } from '../src/reports/render/index.js';
import { designDocumentReport } from '../src/services/design-report.js';
import { feedbackReport } from '../src/services/feedback-report.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';
import { convertWithLibreOffice } from './support/libreoffice.js';
import { brokenCellWords, pagesEndingWithAHeading, printedPages, type PrintedLine } from './support/pdf-layout.js';
import { temporaryFolder } from './support/temporary-folders.js';

/**
 * How the demo's reports come out on paper: the Word file as LibreOffice prints it, and the PDF
 * Chromium prints from the HTML, read back line by line. Set WARRANT_LAYOUT_DIR to keep the PDFs.
 */
const REPORTS = ['DDD partner', 'DDD team', 'DFRR partner'] as const;
type Name = (typeof REPORTS)[number];

describe('the layout of the demo’s reports on paper', () => {
  let t: TestDatabase;
  const docs = new Map<Name, ReportDocument>();
  const printed = new Map<string, PrintedLine[][]>();

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    const partnershipId = (await resolvePartnership(t.ctx)).id;
    const district = (await t.store.organizations.resolve(partnershipId, 'district', 'Lakeside Public Schools'))[0]!.id;
    const request = { partnershipId, district, cycle: '2010-11' };
    docs.set('DDD partner', await designDocumentReport(t.ctx, { ...request, audience: 'partner' }));
    docs.set('DDD team', await designDocumentReport(t.ctx, { ...request, audience: 'team' }));
    docs.set('DFRR partner', await feedbackReport(t.ctx, { ...request, audience: 'partner' }));
    const dir = process.env.WARRANT_LAYOUT_DIR ?? temporaryFolder('warrant-layout-');
    await Promise.all(
      REPORTS.map(async (name) => {
        const doc = docs.get(name)!;
        const file = join(dir, name.replace(' ', '-').toLowerCase());
        writeFileSync(`${file}.docx`, await renderReport(doc, 'docx'));
        const office = await readFile(await convertWithLibreOffice(`${file}.docx`, 'pdf'));
        const chromium = await renderReport(doc, 'pdf');
        writeFileSync(`${file}-chromium.pdf`, chromium);
        printed.set(`${name} in Word`, await printedPages(office));
        printed.set(`${name} as PDF`, await printedPages(chromium));
      }),
    );
  }, 300_000);
  afterAll(() => t?.close());

  const each = REPORTS.flatMap((name) => [`${name} in Word`, `${name} as PDF`].map((printing) => [printing, name] as const));

  it.each(each)('breaks no word of a table cell across lines (%s)', (printing, name) => {
    expect(brokenCellWords(docs.get(name)!, printed.get(printing)!)).toEqual([]);
  });

  it.each(each)('leaves no heading or table header at the bottom of a page (%s)', (printing, name) => {
    expect(pagesEndingWithAHeading(docs.get(name)!, printed.get(printing)!)).toEqual([]);
  });

  it('prints the date once on the title page', () => {
    for (const [printing, pages] of printed)
      expect(
        pages[0]!.filter((l) => l.text.includes('2010-11-22')),
        printing,
      ).toHaveLength(printing.startsWith('DDD') ? 1 : 0);
  });

  // MIST's ran about 15 pages.
  it('runs the partner feedback report about as long as a real one', () => {
    const pages = printed.get('DFRR partner as PDF')!.length;
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(18);
  });
});
