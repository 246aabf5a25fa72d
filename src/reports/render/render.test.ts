import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { convertWithLibreOffice } from '../../../test/support/libreoffice.js';
import { REPORT_FORMATS, type ReportDocument, textsOf } from '../document.js';
import { FILE_EXTENSIONS, MEDIA_TYPES, renderDocx, renderHtml, renderMarkdown, renderPdf, renderReport } from './index.js';
import { columnWidthsEm, showsCaption } from './shared.js';

/** Two strategies, with every kind of block and text that each format must escape. */
const sample: ReportDocument = {
  title: 'District Design Document',
  subtitle: 'Riverside Unified School District, 2025–26',
  partnership: 'Riverside Research–Practice Partnership',
  date: '2025-06-01',
  audience: 'partner',
  notice: 'In-house: not for distribution',
  version: 'Version 2 (member-checked)',
  blocks: [
    { kind: 'heading', level: 1, text: 'Strategy 1: Coaching cycles' },
    { kind: 'field', label: 'Goal', text: 'Every new teacher is coached *weekly* by a_mentor' },
    { kind: 'paragraph', text: '# Not a heading, and <b>not bold</b>' },
    { kind: 'heading', level: 2, text: 'Actions' },
    { kind: 'list', ordered: true, items: ['Hire two coaches', '1. Schedule cycles by term'] },
    { kind: 'heading', level: 3, text: 'Evidence' },
    {
      kind: 'table',
      caption: 'What schools said',
      columns: ['School', 'Said'],
      rows: [
        ['Oak Elementary', 'coaching | mentoring'],
        ['Pine Middle', 'first line\nsecond line'],
      ],
    },
    { kind: 'quote', text: 'We finally had time to plan together.', attribution: 'Teacher, Oak Elementary' },
    { kind: 'paragraph', text: 'Rests on 12 interviews in 3 schools.', emphasis: 'note' },
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: 'Strategy 2: Family partnership' },
    { kind: 'field', label: 'Measure', text: 'Attendance at <script>alert(1)</script> events' },
    { kind: 'paragraph', text: 'Who takes part', emphasis: 'label' },
    { kind: 'list', ordered: false, items: ['Home visits', 'Évening workshops & [links](http://x)'] },
  ],
};

/** The visible words of a text: runs of white space as one space. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
const decodeEntities = (text: string) => text.replace(/&(?:lt|gt|amp|quot|apos|#39);/g, (e) => ENTITIES[e]!);

/** Markdown read back as a reader sees it: escapes undone, <br> and hard breaks as line breaks, quote marks gone. */
function markdownAsRead(md: string): string {
  return decodeEntities(
    md
      .replace(/^> ?/gm, '')
      .replace(/<br>/g, '\n')
      .replace(/\\([\s\S])/g, '$1'),
  );
}

function htmlAsRead(html: string): string {
  const body = html.slice(html.indexOf('<body>'));
  return decodeEntities(body.replace(/<[^>]+>/g, ''));
}

function docxPart(docx: Buffer, name: string): string {
  const part = unzipSync(docx)[name];
  if (!part) throw new Error(`no ${name} in the document`);
  return strFromU8(part);
}

/** The text of a WordprocessingML part: paragraphs and line breaks as line breaks. */
function wordText(xml: string): string {
  return decodeEntities(
    xml
      .replace(/<w:br\/>|<\/w:p>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}

describe('rendering a report', () => {
  it('shows every text of the report in Markdown', () => {
    const read = markdownAsRead(renderMarkdown(sample));
    for (const text of textsOf(sample)) expect(read).toContain(text);
  });

  it('shows every text of the report in HTML', () => {
    const read = htmlAsRead(renderHtml(sample));
    for (const text of textsOf(sample)) expect(read).toContain(text);
  });

  it('shows every text of the report in the Word document', async () => {
    const read = wordText(docxPart(await renderDocx(sample), 'word/document.xml'));
    for (const text of textsOf(sample)) expect(read).toContain(text);
  });

  it('prints the report to PDF with Chromium', async () => {
    const pdf = await renderPdf(sample);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1024);
  });

  it('says what to install when Chromium is missing', async () => {
    await expect(renderPdf(sample, { chromium: '/nowhere/chromium' })).rejects.toThrow(
      /PDF output needs Chromium at \/nowhere\/chromium.*Debian's chromium package.*another format/,
    );
  });

  it('leaves no working folder behind, whether Chromium prints or fails', async () => {
    const previous = process.env.TMPDIR;
    const tmp = await mkdtemp(join(tmpdir(), 'warrant-pdf-test-'));
    process.env.TMPDIR = tmp;
    try {
      await renderPdf(sample);
      await expect(renderPdf(sample, { chromium: '/bin/false' })).rejects.toThrow(/Chromium \(\/bin\/false\) could not print the report to PDF/);
      expect(await readdir(tmp)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      await rm(tmp, { recursive: true, force: true });
    }
  });

  it('gives every format as a file with its extension and media type', async () => {
    for (const format of REPORT_FORMATS) {
      expect(FILE_EXTENSIONS[format]).toBe(`.${format}`);
      expect(MEDIA_TYPES[format]).toMatch(/^(application|text)\//);
    }
    expect((await renderReport(sample, 'md')).toString('utf8')).toBe(renderMarkdown(sample));
    expect((await renderReport(sample, 'html')).toString('utf8')).toBe(renderHtml(sample));
    expect((await renderReport(sample, 'docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('laying out tables and the title page', () => {
  const repeated: ReportDocument = {
    ...sample,
    version: 'Version 2, issued 2025-06-01',
    blocks: [
      { kind: 'heading', level: 2, text: 'Intended supports' },
      {
        kind: 'table',
        caption: 'Intended supports: Coaching cycles',
        columns: ['Support', 'Type', 'Co-participation with someone more expert'],
        rows: [['Learning Walks: principal and supervisor observe mathematics lessons together', 'Organizational routine', 'yes']],
      },
    ],
  };

  it('gives every column at least the width of its widest word, and the room left to the columns with most text', () => {
    const columns = ['Support', 'Type', 'Co-participation with someone more expert'];
    const rows = [['Learning Walks: principal and supervisor observe mathematics lessons together and discuss what they saw', 'Organizational routine', 'yes']];
    const widths = columnWidthsEm(columns, rows, 45);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(45);
    // "Co-participation" in bold and "Organizational" need about 10 and 9 em of the table's text, with the padding.
    expect(widths[2]).toBeGreaterThan(10);
    expect(widths[1]).toBeGreaterThan(9);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[0]).toBeGreaterThan(widths[2]!);
  });

  it('prints no caption that says again what the heading above the table says, and the date once', async () => {
    expect(showsCaption('Intended supports: Coaching cycles', 'Intended supports')).toBe(false);
    expect(showsCaption('What schools said', 'Evidence')).toBe(true);
    expect(showsCaption('What schools said', undefined)).toBe(true);
    const md = renderMarkdown(repeated);
    expect(md).not.toContain('Intended supports: Coaching cycles');
    expect(md.match(/2025-06-01/g)).toHaveLength(1);
    const html = renderHtml(repeated);
    expect(html).not.toContain('<caption>');
    expect(html.match(/2025-06-01/g)).toHaveLength(1);
    const word = wordText(docxPart(await renderDocx(repeated), 'word/document.xml'));
    expect(word).not.toContain('Intended supports: Coaching cycles');
    expect(word.match(/2025-06-01/g)).toHaveLength(1);
  });

  it('sizes the columns of the HTML as the Word document does, and keeps words whole', () => {
    const html = renderHtml(repeated);
    expect(html).toMatch(/<colgroup>(<col style="width: \d+\.\d%">){3}<\/colgroup>/);
    expect(html).toContain('overflow-wrap: normal; hyphens: manual;');
    expect(html).toContain('thead { display: table-header-group; break-inside: avoid; break-after: avoid; }');
  });

  it('sets the Word table in fixed columns, its header row repeated and kept with the first row, and headings kept with what follows', async () => {
    const document = docxPart(await renderDocx(repeated), 'word/document.xml');
    expect(document).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = /<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(document)![1]!;
    const widths = [...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(11906 - 2 * 1440);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(11906 - 2 * 1440 - 10);
    const header = /<w:tr>([\s\S]*?)<\/w:tr>/.exec(document)![1]!;
    expect(header).toContain('<w:tblHeader/>');
    expect(header).toContain('<w:cantSplit/>');
    expect(header.match(/<w:keepNext\/>/g)).toHaveLength(3);
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/><w:keepNext\/>/);
  });
});

describe('Markdown', () => {
  const md = renderMarkdown(sample);
  const lines = md.split('\n');

  it('lays out the title page, then headings one level below the title', () => {
    expect(lines.slice(0, 13)).toEqual([
      '# District Design Document',
      '',
      'Riverside Unified School District, 2025–26',
      '',
      'Riverside Research–Practice Partnership',
      '',
      '2025-06-01',
      '',
      'Version 2 (member-checked)',
      '',
      '*In-house: not for distribution*',
      '',
      '---',
    ]);
    expect(lines).toContain('## Strategy 1: Coaching cycles');
    expect(lines).toContain('### Actions');
    expect(lines).toContain('#### Evidence');
    expect(lines).toContain('**Goal:** Every new teacher is coached \\*weekly\\* by a\\_mentor');
    expect(lines).toContain('> We finally had time to plan together.');
    expect(lines).toContain('> — Teacher, Oak Elementary');
    expect(lines.filter((l) => l === '---')).toHaveLength(2);
  });

  it('keeps user text from making headings, list items, HTML or links', () => {
    expect(lines).toContain('\\# Not a heading, and &lt;b>not bold&lt;/b>');
    expect(lines).toContain('2. 1\\. Schedule cycles by term');
    expect(lines).toContain('- Évening workshops & \\[links\\](http://x)');
    expect(md).not.toMatch(/<(b|script)>/);
  });

  it('writes tables whose cells keep their pipes and line breaks inside the cell', () => {
    expect(lines).toContain('| School | Said |');
    expect(lines).toContain('| Oak Elementary | coaching \\| mentoring |');
    expect(lines).toContain('| Pine Middle | first line<br>second line |');
    const table = lines.filter((l) => l.startsWith('|'));
    const cells = (row: string) => row.split(/(?<!\\)\|/).length;
    expect(new Set(table.map(cells)).size).toBe(1);
  });

  it('keeps a line break of the text as a hard break, and a leading # of any line escaped', () => {
    const doc = { ...sample, blocks: [{ kind: 'paragraph' as const, text: 'one\n# two\n\nthree' }] };
    expect(renderMarkdown(doc)).toContain('one\\\n\\# two\n\nthree\n');
  });

  it('keeps two lists in a row apart, so the second is numbered from 1 again', () => {
    const list = { kind: 'list' as const, ordered: true, items: ['a'] };
    expect(renderMarkdown({ ...sample, blocks: [list, list] })).toContain('\n\n1. a\n\n<!-- -->\n\n1. a\n');
  });
});

describe('HTML', () => {
  const html = renderHtml(sample);

  it('is a standalone page with nothing to run or fetch', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('<title>District Design Document</title>');
    expect(html).not.toMatch(/<script|<link|\ssrc=|\shref=|@import|url\(/i);
  });

  it('escapes user text', () => {
    expect(html).toContain('<strong>Measure:</strong> Attendance at &lt;script&gt;alert(1)&lt;/script&gt; events');
    expect(html).toContain('&lt;b&gt;not bold&lt;/b&gt;');
  });

  it('puts the title page before a page break, and the outline under the title', () => {
    expect(html).toMatch(/<section class="title-page">\n<h1>District Design Document<\/h1>[\s\S]*?<\/section>\n<div class="page-break"><\/div>/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h2>Strategy 1: Coaching cycles</h2>');
    expect(html).toContain('<h3>Actions</h3>');
    expect(html).toContain('<h4>Evidence</h4>');
    expect(html).toContain('.page-break { break-after: page; }');
  });

  it('writes tables with a caption and column headers', () => {
    expect(html).toContain('<caption>What schools said</caption>');
    expect(html).toContain('<tr><th scope="col">School</th><th scope="col">Said</th></tr>');
    expect(html).toContain('<td>first line\nsecond line</td>');
  });

  it('numbers the printed pages and prints the notice in the page margin, escaped as a CSS string', () => {
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
    const hostile = renderHtml({ ...sample, notice: 'Draft "x" </style><script>alert(1)</script>' });
    expect(hostile.match(/<\/style>/g)).toHaveLength(1);
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain('@bottom-left { content: "Draft \\22 x\\22  \\3c \\2f style\\3e \\3c script\\3e alert\\28 1\\29 ');
  });
});

describe('Word document', () => {
  let docx: Buffer;
  let document: string;
  beforeAll(async () => {
    docx = await renderDocx(sample);
    document = docxPart(docx, 'word/document.xml');
  });

  it('gives the same bytes whenever it is rendered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-02T03:04:05Z'));
      const first = await renderDocx(sample);
      vi.setSystemTime(new Date('2031-07-08T09:10:11Z'));
      const second = await renderDocx(sample);
      expect(first.equals(second)).toBe(true);
      expect(first.equals(docx)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const core = docxPart(docx, 'docProps/core.xml');
    expect(core).toContain('<dc:title>District Design Document</dc:title>');
    expect(core).toContain('<dc:creator>Riverside Research–Practice Partnership</dc:creator>');
    expect(core).toMatch(/<dcterms:created [^>]*>2025-06-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified [^>]*>2025-06-01T00:00:00Z<\/dcterms:modified>/);
  });

  it('uses Word’s heading styles, so the outline shows in the navigation pane', () => {
    expect(document).toContain('<w:pStyle w:val="Title"/>');
    for (const level of [1, 2, 3]) expect(document).toContain(`<w:pStyle w:val="Heading${level}"/>`);
    const styles = docxPart(docx, 'word/styles.xml');
    for (const level of [1, 2, 3]) expect(styles).toContain(`w:styleId="Heading${level}"`);
  });

  it('writes lists as Word lists, and each numbered list from 1', () => {
    const numbering = docxPart(docx, 'word/numbering.xml');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(document.match(/<w:numPr>/g)).toHaveLength(4);
  });

  it('writes tables full width with a bold header row repeated on each page, after their caption', () => {
    expect(document).toMatch(/<w:pStyle w:val="Caption"\/>[\s\S]*?What schools said[\s\S]*?<w:tbl>/);
    expect(document).toMatch(/<w:tblW w:type="pct" w:w="(100%|5000)"\/>/);
    const header = /<w:tr>([\s\S]*?)<\/w:tr>/.exec(document)![1]!;
    expect(header).toContain('<w:tblHeader/>');
    expect(header).toMatch(/<w:b\/>[\s\S]*School/);
  });

  it('has a footer with the notice and page X of Y', () => {
    const parts = Object.keys(unzipSync(docx)).filter((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(parts).toHaveLength(1);
    const footer = docxPart(docx, parts[0]!);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(wordText(footer)).toMatch(/In-house: not for distribution\tPage {2}of /);
  });
});

describe('the Word document in LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'warrant-report-'));
    await writeFile(join(dir, 'report.docx'), await renderDocx(sample));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('converts to PDF', { timeout: 180_000 }, async () => {
    const pdf = await convertWithLibreOffice(join(dir, 'report.docx'), 'pdf');
    expect(existsSync(pdf)).toBe(true);
    expect((await readFile(pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('converts to text without losing a heading, field, list item or table cell', { timeout: 180_000 }, async () => {
    const text = words(await readFile(await convertWithLibreOffice(join(dir, 'report.docx'), 'txt:Text'), 'utf8'));
    const expected = sample.blocks.flatMap((b) => {
      switch (b.kind) {
        case 'heading':
          return [b.text];
        case 'field':
          return [b.label, b.text];
        case 'list':
          return b.items;
        case 'table':
          return [b.caption, ...b.columns, ...b.rows.flat()];
        default:
          return [];
      }
    });
    for (const t of expected) expect(text).toContain(words(t));
  });
});
