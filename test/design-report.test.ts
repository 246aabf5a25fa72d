import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { type ReportDocument, textsOf } from '../src/reports/document.js';
import { pdfText } from '../src/importers/artifacts/pdf.js';
import { renderHtml, renderMarkdown, renderReport } from '../src/reports/render/index.js';
import { designDocumentReport } from '../src/services/design-report.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';
import { convertWithLibreOffice } from './support/libreoffice.js';
import { temporaryFolder } from './support/temporary-folders.js';

/** The words of a Word document's body, without its markup. */
const docxText = (bytes: Uint8Array) =>
  new TextDecoder()
    .decode(unzipSync(bytes)['word/document.xml']!)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');

describe('the District Design Document as a file', () => {
  let t: TestDatabase;
  let pid: string;
  let districts: { id: string; name: string }[];
  /** What must never reach a partner: participants, their words, the team's assessment and evidence, and who told the team what. */
  const secrets: string[] = [];

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    districts = await t.store.organizations.list(pid, 'district');
    const s = t.store.db;
    secrets.push(...(await s.selectFrom('participant').select(['pseudonym', 'code']).execute()).flatMap((r) => [r.pseudonym, r.code]));
    secrets.push(...(await s.selectFrom('interview').select('code').execute()).map((r) => r.code));
    secrets.push(...(await s.selectFrom('excerpt').select('quote').execute()).map((r) => r.quote));
    secrets.push(...(await s.selectFrom('assessment').select('rationale').execute()).map((r) => r.rationale));
    secrets.push(...(await s.selectFrom('support_type').select('description').execute()).map((r) => r.description));
    secrets.push(...(await s.selectFrom('member_check_response').select('text').where('text', '!=', '').execute()).map((r) => r.text));
    secrets.push('In-house', 'in-house', 'Evidence', 'partly coherent');
  });
  afterAll(() => t?.close());

  const report = (district: string, audience: 'partner' | 'team', draft = false): Promise<ReportDocument> =>
    designDocumentReport(t.ctx, { partnershipId: pid, district, cycle: '2010-11', audience, ...(draft && { draft }) });

  const cycle2010 = async () => (await t.store.cycles.byLabel(pid, '2010-11'))!.id;
  const leaks = (text: string) => secrets.filter((s) => text.includes(s));

  it('gives partners each strategy in their own terms, and not a word of the in-house part, in every format', async () => {
    for (const d of districts) {
      const doc = await report(d.id, 'partner');
      const strategies = (await t.store.strategies.list(pid, { districtId: d.id, cycleId: await cycle2010() })).map((s) => s.name);
      expect(doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b as { text: string }).text)).toEqual([
        'About this document',
        ...strategies.map((n, i) => `${i + 1}. ${n}`),
      ]);
      expect(leaks(textsOf(doc).join('\n'))).toEqual([]);
      expect(leaks(renderMarkdown(doc))).toEqual([]);
      expect(leaks(renderHtml(doc))).toEqual([]);
      const docx = await renderReport(doc, 'docx');
      const words = docxText(docx);
      for (const name of strategies) expect(words).toContain(name);
      expect(leaks(words)).toEqual([]);
    }
  });

  it("gives the team the same document with its assessment, the evidence and the partners' responses", async () => {
    const lakeside = districts.find((d) => d.name === 'Lakeside Public Schools')!;
    const text = textsOf(await report(lakeside.id, 'team')).join('\n');
    const rationale = (await t.store.assessments.list(lakeside.id, (await t.store.cycles.byLabel(pid, '2010-11'))!.id))[0]!.rationale;
    expect(text).toContain(rationale);
    expect(text).toMatch(/\[LPS-D0\d-1011\] “The Learning Walks are ours to lead/);
    expect(text).toContain('Learning Walks happen once a quarter in each school');
    expect(text).toContain('applied in version 2');
  });

  it('says on the title page what the reader needs once, and where the member check stands in plain words', async () => {
    const lakeside = districts.find((d) => d.name === 'Lakeside Public Schools')!;
    const doc = await report(lakeside.id, 'partner');
    expect(doc.version).toMatch(/^Version 2, issued \d{4}-\d{2}-\d{2}$/);
    expect(renderMarkdown(doc).split('---')[0]!.match(new RegExp(doc.date, 'g'))).toHaveLength(1);
    expect(doc.blocks).toContainEqual({
      kind: 'field',
      label: 'Member check',
      text: "Checked by the district's leaders; their corrections are included (1 of 1 responded).",
    });
  });

  it('prints the issued version for partners, refuses them a draft, and shows the team its draft when asked', async () => {
    const riverton = districts.find((d) => d.name === 'Riverton Unified School District')!;
    const strategy = (await t.store.strategies.list(pid, { districtId: riverton.id, cycleId: await cycle2010() }))[0]!;
    const { editStrategy } = await import('../src/services/strategies.js');
    await editStrategy(t.ctx, { id: strategy.id, name: 'Coaches in classrooms, every week', expectedVersion: strategy.version });
    expect(textsOf(await report(riverton.id, 'partner')).join('\n')).not.toContain('Coaches in classrooms, every week');
    expect((await report(riverton.id, 'partner')).version).toMatch(/^Version 1, issued/);
    await rejects(report(riverton.id, 'partner', true), 'invalid', /partners see issued versions only/);
    const draft = await report(riverton.id, 'team', true);
    expect(draft.version).toMatch(/^Draft of .* \(not issued\)$/);
    expect(textsOf(draft).join('\n')).toContain('Coaches in classrooms, every week');
  });

  it('is the same document, byte for byte, when made twice from the same data', async () => {
    const lakeside = districts.find((d) => d.name === 'Lakeside Public Schools')!;
    for (const format of ['docx', 'html', 'md'] as const) {
      const [a, b] = [await renderReport(await report(lakeside.id, 'team'), format), await renderReport(await report(lakeside.id, 'team'), format)];
      expect(Buffer.compare(a, b), format).toBe(0);
    }
  });

  it('opens in LibreOffice, which converts it to PDF and keeps every strategy, support and accountability relation', async () => {
    const lakeside = districts.find((d) => d.name === 'Lakeside Public Schools')!;
    const doc = await report(lakeside.id, 'team');
    const dir = temporaryFolder('warrant-ddd-');
    const file = join(dir, 'lakeside-ddd.docx');
    writeFileSync(file, await renderReport(doc, 'docx'));
    const pdf = readFileSync(await convertWithLibreOffice(file, 'pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = readFileSync(await convertWithLibreOffice(file, 'txt:Text'), 'utf8');
    for (const block of doc.blocks) {
      if (block.kind === 'heading') expect(text).toContain(block.text);
      if (block.kind === 'table') for (const cell of block.rows.flat()) expect(text).toContain(cell);
    }
    expect(text).toContain('Middle-School Mathematics Partnership (demo)');
  }, 120_000);

  it('prints to PDF through Chromium, with page numbers, and the partner PDF holds no in-house word either', async () => {
    const lakeside = districts.find((d) => d.name === 'Lakeside Public Schools')!;
    const pdf = await renderReport(await report(lakeside.id, 'partner'), 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await pdfText(new Uint8Array(pdf));
    expect(pages).toBeGreaterThan(1);
    const words = text.replace(/\s+/g, ' ');
    expect(words).toContain(`Page 1 of ${pages}`);
    for (const s of await t.store.strategies.list(pid, { districtId: lakeside.id, cycleId: await cycle2010() })) expect(words).toContain(s.name);
    expect(leaks(words)).toEqual([]);
  }, 60_000);
});
