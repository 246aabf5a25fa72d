import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { findUnwritableText } from '../../domain/text.js';
import { IMAGE_ENTRIES, illustratedPage, inflationBomb, manyPages, pdfFile, pdfStream } from '../../soak/hostile-pdfs.js';
import { extractArtifactText, MAX_ARTIFACT_BYTES, UnreadableArtifact } from './index.js';
import { normalizeText } from './normalize.js';
import { MAX_PDF_PAGES } from './pdf.js';
import { MAX_XLSX_CELLS } from './xlsx.js';

const SPREADSHEET = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A PDF with one page per entry, each line drawn in Helvetica, or the given raw content stream. */
function pdfOf(pages: (string[] | { raw: string })[], trailerExtra = ''): Uint8Array {
  const objects: string[] = [];
  const fontId = 3 + pages.length * 2;
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  pages.forEach((page, i) => {
    const content = Array.isArray(page) ? `BT /F1 12 Tf 14 TL 72 720 Td ${page.map((l) => `(${l}) Tj T*`).join(' ')} ET` : page.raw;
    objects[3 + i * 2] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${4 + i * 2} 0 R >>`;
    objects[4 + i * 2] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  objects[fontId] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets.push(pdf.length);
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(pdf);
}

const xml = (body: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`);

/** A minimal valid workbook: two sheets, shared strings (one rich, one with a phonetic guide), inline strings, numbers, a boolean and formulas. */
function xlsx(sheet1: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': xml(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': xml(
      `<Relationships xmlns="${PACKAGE}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': xml(
      `<workbook xmlns="${SPREADSHEET}" xmlns:r="${RELATIONSHIPS}"><sheets>` +
        '<sheet name="Staff" sheetId="1" r:id="rId1"/><sheet name="PD schedule" sheetId="2" r:id="rId2"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': xml(
      `<Relationships xmlns="${PACKAGE}">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${RELATIONSHIPS}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
        `<Relationship Id="rId3" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/>` +
        '</Relationships>',
    ),
    'xl/sharedStrings.xml': xml(
      `<sst xmlns="${SPREADSHEET}" count="6" uniqueCount="6">` +
        '<si><t>Name</t></si><si><t>Role</t></si>' +
        '<si><r><t xml:space="preserve">Dr. </t></r><r><rPr><b/></rPr><t>Lee</t></r><rPh sb="4" eb="7"><t>リー</t></rPh></si>' +
        '<si><t>Superintendent</t></si><si><t>Date</t></si><si><t>Topic</t></si></sst>',
    ),
    'xl/worksheets/sheet1.xml': xml(`<worksheet xmlns="${SPREADSHEET}"><sheetData>${sheet1}</sheetData></worksheet>`),
    'xl/worksheets/sheet2.xml': xml(
      `<worksheet xmlns="${SPREADSHEET}"><sheetData>` +
        '<row r="1"><c r="A1" t="s"><v>4</v></c><c r="B1" t="s"><v>5</v></c></row>' +
        '<row r="2"><c r="A2" s="1"><v>45200</v></c><c r="B2" t="str"><f>"Math "&amp;"PD"</f><v>Math PD</v></c></row>' +
        '</sheetData></worksheet>',
    ),
    ...extra,
  });
}

const STAFF_ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Years</t></is></c></row>' +
  '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>12.5</v></c></row>' +
  '<row r="3"/>' +
  '<row r="4"><c r="A4" t="inlineStr"><is><r><t>To</t></r><r><t>tal</t></r></is></c><c r="C4"><f>SUM(C2:C3)</f><v>12.5</v></c><c r="D4" t="b"><v>1</v></c></row>';

async function docxOf(...children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** Rewrites the uncompressed size every central-directory entry declares, as a zip bomb does. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) if (v.getUint32(i, true) === 0x02014b50) v.setUint32(i + 24, size, true);
  return out;
}

async function refusal(bytes: Uint8Array, fileName: string): Promise<string> {
  const error = await extractArtifactText(bytes, fileName).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableArtifact);
  return (error as UnreadableArtifact).message;
}

describe('extractArtifactText: the formats', () => {
  it('reads a PDF page by page, pages separated by a blank line', async () => {
    const bytes = pdfOf([
      ['Organization chart', 'Superintendent: Dr. Lee'],
      ['PD schedule', 'Fridays: literacy coaching'],
    ]);
    expect(await extractArtifactText(bytes, 'org-chart.pdf')).toEqual({
      mediaType: 'application/pdf',
      format: 'pdf',
      text: 'Organization chart\nSuperintendent: Dr. Lee\n\nPD schedule\nFridays: literacy coaching',
      pages: 2,
    });
  });

  it('reads a DOCX with its paragraphs and the text of its table cells', async () => {
    const bytes = await docxOf(
      new Paragraph({ children: [new TextRun('Curriculum '), new TextRun({ text: 'framework', bold: true })] }),
      new Paragraph(''),
      new Paragraph(''),
      new Table({
        rows: [
          new TableRow({ children: [new TableCell({ children: [new Paragraph('Grade')] }), new TableCell({ children: [new Paragraph('Focus')] })] }),
          new TableRow({ children: [new TableCell({ children: [new Paragraph('5')] }), new TableCell({ children: [new Paragraph('Fractions')] })] }),
        ],
      }),
      new Paragraph('Cafe\u0301 meetings follow.'),
    );
    const result = await extractArtifactText(bytes, 'Framework.DOCX');
    expect(result).toEqual({
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      format: 'docx',
      text: 'Curriculum framework\n\nGrade\nFocus\n5\nFractions\nCafé meetings follow.',
    });
    expect(result.text).toContain('Caf\u00e9'); // composed (NFC)
  });

  it('reads an XLSX: each sheet named, one line per row, cells by column and separated by tabs', async () => {
    const result = await extractArtifactText(xlsx(STAFF_ROWS), 'staff.xlsx');
    expect(result).toEqual({
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      format: 'xlsx',
      sheets: ['Staff', 'PD schedule'],
      text: 'Sheet: Staff\nName\tRole\tYears\nDr. Lee\tSuperintendent\t12.5\nTotal\t\t12.5\tTRUE\n\nSheet: PD schedule\nDate\tTopic\n45200\tMath PD',
    });
  });

  it('reads a workbook of 5,000 sheets in time: its archive directory is read once, not once a sheet', async () => {
    const count = 5000;
    const sheets = Array.from({ length: count }, (_, i) => i + 1);
    const bytes = zipSync({
      'xl/workbook.xml': xml(
        `<workbook xmlns="${SPREADSHEET}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheets.map((n) => `<sheet name="Week ${n}" sheetId="${n}" r:id="rId${n}"/>`).join('')}</sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': xml(
        `<Relationships xmlns="${PACKAGE}">${sheets.map((n) => `<Relationship Id="rId${n}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('')}</Relationships>`,
      ),
      ...Object.fromEntries(
        sheets.map((n) => [
          `xl/worksheets/sheet${n}.xml`,
          xml(`<worksheet xmlns="${SPREADSHEET}"><sheetData><row r="1"><c r="A1"><v>${n}</v></c></row></sheetData></worksheet>`),
        ]),
      ),
    });
    const started = performance.now();
    const result = await extractArtifactText(bytes, 'attendance.xlsx');
    const ms = performance.now() - started;
    expect(result.sheets).toHaveLength(count);
    expect(result.text).toMatch(/^Sheet: Week 1\n1\n\nSheet: Week 2\n2\n/);
    expect(result.text.endsWith('Sheet: Week 5000\n5000')).toBe(true);
    // 1–3 s on the development machine; 24 s when each sheet's part was looked up by reading the directory again.
    expect(ms).toBeLessThan(10_000);
  });

  it('decodes a UTF-16 text file from its byte-order mark and Markdown as text', async () => {
    const text = 'Agenda\r\nCafé – 9:00\r\n\r\n\r\n\r\nEnd\r\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect(await extractArtifactText(utf16, 'agenda.txt')).toEqual({ mediaType: 'text/plain', format: 'txt', text: 'Agenda\nCafé – 9:00\n\nEnd' });
    expect(await extractArtifactText(strToU8('# Goals\n\n- Reading'), 'goals.md')).toEqual({
      mediaType: 'text/markdown',
      format: 'txt',
      text: '# Goals\n\n- Reading',
    });
  });

  it('decodes a windows-1252 text file, and refuses one whose encoding cannot be told', async () => {
    const latin = Uint8Array.from('Jos\xe9 calls the PD day \x93the huddle\x94; it\x92s on Fridays at the caf\xe9.\r\n', (c) => c.charCodeAt(0));
    expect((await extractArtifactText(latin, 'notes.txt')).text).toBe('José calls the PD day “the huddle”; it’s on Fridays at the café.');
    const mystery = Uint8Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 128));
    expect(await refusal(mystery, 'mystery.txt')).toBe('mystery.txt: the file is not UTF-8 and its encoding could not be determined; save the file as UTF-8');
  });

  it('normalizes text: NFC, LF line endings, no NUL, runs of blank lines collapsed', () => {
    expect(normalizeText('\n\nA\r\nB\0c\r\re\u0301\n \t\n\n\n\tindented\n\n')).toBe('A\nBc\n\né\n\n\tindented');
  });

  it('keeps no control character or lone surrogate: a page break becomes a line break, the others go', () => {
    expect(normalizeText('Page 1\fPage 2\vend\u001b]0;owned\u0007 \u009b2J\u0085 \u007f\ud800 \ud83e\udd8e')).toBe(
      'Page 1\nPage 2\nend]0;owned 2J \ufffd \ud83e\udd8e',
    );
  });

  it('stores no control character from an XLSX cell escape or a DOCX character reference', async () => {
    const cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>Title_x001B_]0;owned_x0007_ _x001B_[2J_xD800_ done</t></is></c></row>';
    const sheet = (await extractArtifactText(xlsx(cells), 'staff.xlsx')).text;
    expect(sheet).toContain('Title]0;owned [2J\ufffd done');
    expect(findUnwritableText(sheet)).toBeUndefined();
    const doc = await docxOf(new Paragraph('before'));
    const files = unzipSync(doc);
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('before', 'before &#x9b;2J &#x85;&#x7f;after'));
    const text = (await extractArtifactText(zipSync(files), 'memo.docx')).text;
    expect(text).toBe('before 2J after');
  });
});

describe('extractArtifactText: what it refuses', () => {
  it('refuses old Office files and encrypted OOXML, which are OLE compound files', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(ole, 'minutes.doc')).toBe('minutes.doc: an old Word .doc file; save it as .docx');
    expect(await refusal(ole, 'budget.xls')).toBe('budget.xls: an old Excel .xls file; save it as .xlsx');
    expect(await refusal(ole, 'minutes.docx')).toMatch(/^minutes\.docx: a password-protected document or an old Word \.doc file/);
  });

  it('refuses an unsupported type, naming the extension and what is accepted', async () => {
    expect(await refusal(strToU8('hello'), 'notes.pages')).toBe('notes.pages: unsupported file type .pages; upload PDF, DOCX, XLSX or text');
  });

  it('refuses content that does not match the extension', async () => {
    const pdf = pdfOf([['Evaluation form']]);
    expect(await refusal(pdf, 'form.docx')).toBe('form.docx: the name ends in .docx but the file is a PDF; rename it to .pdf if it is the right file');
    expect(await refusal(await docxOf(new Paragraph('x')), 'form.xlsx')).toMatch(
      /^form\.xlsx: the name ends in \.xlsx but the file is a Word document \(DOCX\)/,
    );
    expect(await refusal(pdf, 'form.txt')).toMatch(/^form\.txt: the name ends in \.txt but the file is a PDF/);
    expect(await refusal(strToU8('Just some text'), 'form.pdf')).toBe(
      'form.pdf: not a PDF (it does not start with %PDF-); the file is damaged or of another type',
    );
    expect(await refusal(zipSync({ 'a.txt': strToU8('x') }), 'form.docx')).toMatch(/has no word\/document\.xml, so it is not a Word document/);
  });

  it('refuses a file over the size limit, naming the limit', async () => {
    expect(await refusal(new Uint8Array(MAX_ARTIFACT_BYTES + 1), 'huge.pdf')).toMatch(/^huge\.pdf: the file is larger than 25 MB \(26,214,401 bytes\)/);
  });

  it('refuses a truncated archive as damaged', async () => {
    const whole = xlsx(STAFF_ROWS);
    expect(await refusal(whole.subarray(0, whole.length - 40), 'budget.xlsx')).toBe(
      'budget.xlsx: the archive is damaged (no end of central directory); save the file again or upload it again',
    );
  });

  it('stops inflating a DOCX whose document part is far larger than it declares', async () => {
    const bomb = declareSize(zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }), 1000);
    expect(bomb.length).toBeLessThan(MAX_ARTIFACT_BYTES);
    expect(await refusal(bomb, 'report.docx')).toBe(
      'report.docx: the document is too large to read (word/document.xml is larger than 50 MB once unpacked); split it into smaller files',
    );
  });

  it('refuses a workbook with more cells than the limit', async () => {
    const row = `<row>${'<c/>'.repeat(1000)}</row>`;
    const bytes = xlsx(row.repeat(MAX_XLSX_CELLS / 1000 + 1));
    expect(await refusal(bytes, 'grid.xlsx')).toBe('grid.xlsx: the workbook has more than 1,000,000 cells; split it into smaller files');
  });

  it('refuses a workbook cell pointing at a shared string that does not exist', async () => {
    expect(await refusal(xlsx('<row r="1"><c r="A1" t="s"><v>99</v></c></row>'), 'staff.xlsx')).toMatch(
      /^staff\.xlsx: a cell in xl\/worksheets\/sheet1\.xml refers to shared string "99", which does not exist/,
    );
  });

  it('refuses a PDF without a text layer', async () => {
    const scan = pdfOf([{ raw: '0.5 g 72 72 400 600 re f' }, { raw: '0.5 g 72 72 400 600 re f' }]);
    expect(await refusal(scan, 'scan.pdf')).toMatch(/^scan\.pdf: the PDF has no text layer \(a scanned image\?\); run text recognition \(OCR\)/);
  });

  it('refuses a damaged or password-protected PDF', async () => {
    expect(await refusal(strToU8('%PDF-1.7\nnothing else'), 'broken.pdf')).toMatch(/^broken\.pdf: the PDF is damaged \(.+\); save or export it to PDF again$/);
    const hex = (n: number, byte: string) => `<${byte.repeat(n)}>`;
    const encrypted = pdfOf(
      [['Confidential']],
      `/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /O ${hex(32, 'ab')} /U ${hex(32, 'cd')} /P -4 >> /ID [${hex(16, '01')} ${hex(16, '01')}] `,
    );
    expect(await refusal(encrypted, 'locked.pdf')).toBe(
      'locked.pdf: the PDF is password-protected; save or print it to a PDF without a password and upload that',
    );
  });

  it('refuses text beyond the character cap', async () => {
    expect(await refusal(strToU8('word '.repeat(400_001)), 'long.txt')).toBe(
      'long.txt: the extracted text is longer than 2,000,000 characters; split the document into smaller files',
    );
  });

  it('refuses a file with no text', async () => {
    expect(await refusal(strToU8(' \n\n '), 'blank.txt')).toBe('blank.txt: no text was found in the file; check that it is the right one');
    expect(await refusal(new Uint8Array(0), 'empty.docx')).toBe('empty.docx: the file is empty');
  });
});

describe('extractArtifactText: the limits on what a PDF may unpack to', () => {
  const BOMB = /^report\.pdf: the PDF's compressed contents unpack to more than 256 MB; split it into smaller files/;
  const compressed = zlibSync(strToU8('BT /F1 12 Tf 72 720 Td (All work and no play makes a dull report) Tj ET\n'.repeat(150_000)), { level: 9 });

  /** A page of text, and `count` more stream objects of the given entries and data. */
  const pdfWith = (count: number, entries: string, data: Uint8Array) =>
    pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      pdfStream('', 'BT /F1 12 Tf 72 720 Td (Coaching cycles start in October.) Tj ET'),
      ...Array.from({ length: count }, () => pdfStream(entries, data)),
    ]);

  it('refuses a PDF of 2.1 MB whose zlib streams unpack to 600 MB, before pdf.js reads it', async () => {
    expect(await refusal(inflationBomb(), 'report.pdf')).toMatch(BOMB);
  });

  it('counts streams compressed twice and streams cut short, as pdf.js would unpack them', async () => {
    const twice = zlibSync(compressed);
    expect(twice.length).toBeLessThan(compressed.length);
    expect(await refusal(pdfWith(30, '/Filter [/FlateDecode /FlateDecode]', twice), 'report.pdf')).toMatch(BOMB);
    // Cut short, a stream still unpacks to the text before the cut, which pdf.js reads.
    expect(await refusal(pdfWith(60, '/Filter /FlateDecode', compressed.subarray(0, compressed.length / 2)), 'report.pdf')).toMatch(BOMB);
  });

  it('counts content streams that say they are images as contents, the page in the file or in an object stream', async () => {
    // pdf.js reads a page's contents whatever their dictionary says they are.
    const small = inflationBomb(1, 0.1, { entries: IMAGE_ENTRIES, pageInObjectStream: true });
    const { text } = await extractArtifactText(small, 'report.pdf');
    expect(text.startsWith('All work and no play makes a dull reportAll work and no play')).toBe(true);
    expect(await refusal(inflationBomb(60, 10, { entries: IMAGE_ENTRIES }), 'report.pdf')).toMatch(BOMB);
    expect(await refusal(inflationBomb(60, 10, { entries: IMAGE_ENTRIES, pageInObjectStream: true }), 'report.pdf')).toMatch(BOMB);
    // A Contents entry that refers to an array of its own, as some writers make it.
    const compressed = zlibSync(strToU8('BT /F1 12 Tf 72 720 Td (All work and no play makes a dull report) Tj ET\n'.repeat(150_000)), { level: 9 });
    const listed = pdfFile([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      `[${Array.from({ length: 60 }, (_, i) => `${6 + i} 0 R`).join(' ')}]`,
      ...Array.from({ length: 60 }, () => pdfStream(`${IMAGE_ENTRIES} /Filter /FlateDecode`, compressed)),
    ]);
    expect(await refusal(listed, 'report.pdf')).toMatch(BOMB);
  });

  it('counts as contents a form that says it is an image too, however the second Subtype is written', async () => {
    const names = Array.from({ length: 60 }, (_, i) => `/X${i} ${5 + i} 0 R`).join(' ');
    const drawn = Array.from({ length: 60 }, (_, i) => `/X${i} Do`).join(' ');
    // pdf.js keeps the last of two Subtype entries, reads # escapes in names, and reads a form's contents where it is drawn.
    const forms = (subtype: string) =>
      pdfFile([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << ${names} >> >> /Contents 65 0 R >>`,
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        ...Array.from({ length: 60 }, () =>
          pdfStream(`${IMAGE_ENTRIES} ${subtype} /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Filter /FlateDecode`, compressed),
        ),
        pdfStream('', drawn),
      ]);
    expect(await refusal(forms('/Subtype /Form'), 'report.pdf')).toMatch(BOMB);
    expect(await refusal(forms('/Sub#74ype /F#6frm'), 'report.pdf')).toMatch(BOMB);
  });

  it('counts images apart, against a larger budget: an ordinary PDF with 400 MB of images is read', async () => {
    expect((await extractArtifactText(illustratedPage(40), 'photos.pdf')).text).toBe('Coaching cycles start in October.');
    expect(await refusal(illustratedPage(60), 'photos.pdf')).toBe(
      "photos.pdf: the PDF's images unpack to more than 512 MB; save it again with its images compressed as JPEG or at a lower resolution, or split it into smaller files, and upload that",
    );
  });

  it(`reads at most ${MAX_PDF_PAGES.toLocaleString('en-US')} pages`, async () => {
    expect((await extractArtifactText(manyPages(MAX_PDF_PAGES), 'handbook.pdf')).pages).toBe(MAX_PDF_PAGES);
    expect(await refusal(manyPages(MAX_PDF_PAGES + 1), 'handbook.pdf')).toBe(
      'handbook.pdf: the PDF has 1,001 pages, more than the 1,000 that are read; split it into smaller files',
    );
  });
});
