import { Document, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx } from './docx.js';
import { readTranscript } from './index.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function docxOf(...children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A minimal DOCX whose word/document.xml body is given as raw XML. */
function docxWithBody(body: string): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) });
}

const labelled = (speaker: string, text: string) => new Paragraph({ children: [new TextRun({ text: `${speaker}:`, bold: true }), new TextRun(` ${text}`)] });

describe('DOCX transcripts', () => {
  it('reads a speaker label in a separate bold run, with paragraphs as lines', async () => {
    const bytes = await docxOf(
      new Paragraph({ children: [new TextRun({ text: 'Interviewer:', bold: true }), new TextRun(' How long have you taught here?')] }),
      labelled('Ms. Rivera', 'About twelve years.'),
      new Paragraph(''),
      new Paragraph({ children: [new TextRun('Mostly '), new TextRun({ text: 'grade five', italics: true }), new TextRun('.')] }),
    );
    const result = readTranscript(bytes, 'interview.docx', 'docx');
    expect(result.problems).toEqual([]);
    expect(result.encoding).toBe('UTF-8');
    expect(result.turns).toEqual([
      { speaker: 'Interviewer', text: 'How long have you taught here?', startMs: null, endMs: null, line: 1 },
      { speaker: 'Ms. Rivera', text: 'About twelve years.\nMostly grade five.', startMs: null, endMs: null, line: 2 },
    ]);
  });

  it('includes table paragraphs in order and turns tabs and line breaks into spaces', async () => {
    const bytes = await docxOf(
      labelled('Interviewer', 'Before the table.'),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [labelled('Teacher', 'In a cell.')] }),
              new TableCell({
                children: [new Paragraph({ children: [new TextRun({ children: [new Tab(), 'Tabbed'] }), new TextRun({ text: 'broken', break: 1 })] })],
              }),
            ],
          }),
        ],
      }),
      labelled('Interviewer', 'After the table.'),
    );
    const { text, problems } = parseDocx(bytes, 't.docx');
    expect(problems).toEqual([]);
    expect(text.split('\n').map((l) => l.trim())).toEqual([
      'Interviewer: Before the table.',
      'Teacher: In a cell.',
      'Tabbed broken',
      'Interviewer: After the table.',
    ]);
  });

  it('leaves out deleted and moved-away text, field codes and fallback content', () => {
    const bytes = docxWithBody(
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
        '<w:r><w:t>Teacher:</w:t></w:r><w:r><w:t xml:space="preserve"> We </w:t></w:r>' +
        '<w:del w:id="1" w:author="x"><w:r><w:delText>never </w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve">always </w:t></w:r></w:ins>' +
        '<w:moveFrom w:id="3" w:author="x"><w:r><w:t>moved </w:t></w:r></w:moveFrom>' +
        '<w:r><w:t>co</w:t><w:noBreakHyphen/><w:t>plan</w:t></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> on Fridays.</w:t></w:r>' +
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
        '<w:del w:id="4" w:author="x"><w:p><w:r><w:t>A deleted paragraph.</w:t></w:r></w:p></w:del>' +
        '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
        '<mc:Choice Requires="wps"><w:t>Chosen.</w:t></mc:Choice><mc:Fallback><w:t>Fallback.</w:t></mc:Fallback>' +
        '</mc:AlternateContent></w:r></w:p>',
    );
    expect(parseDocx(bytes, 't.docx')).toEqual({ text: 'Teacher: We always co-plan on Fridays.\nChosen.', problems: [] });
  });

  it('names the paragraph of a problem in the text', async () => {
    const bytes = await docxOf(new Paragraph('Interview notes'), labelled('Interviewer', 'Hello.'));
    expect(readTranscript(bytes, 'n.docx', 'docx').problems).toEqual([
      { severity: 'error', file: 'n.docx', line: 1, message: expect.stringContaining('no speaker label') },
    ]);
  });
});

describe("transcription services' DOCX exports", () => {
  const brief = (turns: { speaker: string; text: string; startMs: number | null; endMs: number | null; line: number }[]) =>
    turns.map(({ speaker, text, startMs, endMs, line }) => [speaker, text, startMs, endMs, line]);

  it("reads Otter.ai's DOCX: a heading paragraph (name, tab or two spaces, time), the words in the next", async () => {
    const bytes = await docxOf(
      new Paragraph({ children: [new TextRun({ text: 'Jane Smith', bold: true }), new TextRun({ children: [new Tab(), '0:05'] })] }),
      new Paragraph('So tell me about the coaching this year.'),
      new Paragraph(''),
      new Paragraph({ children: [new TextRun({ text: 'Speaker 2', bold: true }), new TextRun('  1:02:03')] }),
      new Paragraph({ children: [new TextRun({ children: ['Well,', new Tab(), 'it started in October.'] })] }),
      new Paragraph('Transcribed by https://otter.ai'),
    );
    const result = readTranscript(bytes, 'otter.docx', 'docx');
    expect(result.problems).toEqual([]);
    expect(brief(result.turns)).toEqual([
      ['Jane Smith', 'So tell me about the coaching this year.', 5_000, null, 1],
      ['Speaker 2', 'Well, it started in October.', 3_723_000, null, 4],
    ]);
  });

  it("reads Rev's DOCX: the heading and the words in one paragraph (across a line break) or in two", async () => {
    const bytes = await docxOf(
      new Paragraph({
        children: [new TextRun({ text: 'Jane Smith (00:05):', bold: true }), new TextRun({ text: 'So tell me about the coaching.', break: 1 })],
      }),
      new Paragraph({ children: [new TextRun({ text: 'Speaker 1 (01:02:10):', bold: true })] }),
      new Paragraph('We planned together.'),
    );
    const result = readTranscript(bytes, 'rev.docx', 'docx');
    expect(result.problems).toEqual([]);
    expect(brief(result.turns)).toEqual([
      ['Jane Smith', 'So tell me about the coaching.', 5_000, null, 1],
      ['Speaker 1', 'We planned together.', 3_730_000, null, 2],
    ]);
  });

  it("reads f4/f5's DOCX, time marks taken out of the words", async () => {
    const bytes = await docxOf(
      new Paragraph('I: Wie war das mit dem Coaching? #00:00:05-3#'),
      new Paragraph({
        children: [new TextRun('B: Na ja. #00:00:09-1# Frau Patel kam '), new TextRun({ text: '(lacht)', italics: true }), new TextRun('. #00:00:12-8#')],
      }),
    );
    const result = readTranscript(bytes, 'f4.docx', 'docx');
    expect(result.problems).toEqual([]);
    expect(brief(result.turns)).toEqual([
      ['I', 'Wie war das mit dem Coaching?', null, 5_300, 1],
      ['B', 'Na ja. Frau Patel kam (lacht).', 5_300, 12_800, 2],
    ]);
  });

  it('still reads a label with a tab inside it, as when tabs were spaces', async () => {
    const bytes = await docxOf(new Paragraph({ children: [new TextRun({ children: ['Ms.', new Tab(), 'Rivera: We co-plan.'] })] }));
    expect(readTranscript(bytes, 't.docx', 'docx').turns.map((t) => [t.speaker, t.text])).toEqual([['Ms. Rivera', 'We co-plan.']]);
  });

  it('names the paragraph of an unreadable time', async () => {
    const bytes = await docxOf(new Paragraph('Jane Smith (00:5):'), new Paragraph('Hello.'));
    expect(readTranscript(bytes, 'rev.docx', 'docx').problems).toEqual([
      { severity: 'warning', file: 'rev.docx', line: 1, message: 'unreadable timestamp (00:5); expected (mm:ss) or (hh:mm:ss)' },
    ]);
  });
});

describe('control characters in a DOCX transcript', () => {
  it('refuses DEL and C1 controls, which XML lets through, naming the paragraph, as a text transcript is refused', () => {
    for (const [ref, code] of [
      ['&#x9b;', 'U+009B'],
      ['&#x85;', 'U+0085'],
      ['&#x7f;', 'U+007F'],
    ]) {
      const bytes = docxWithBody(`<w:p><w:r><w:t>Interviewer: Hello.</w:t></w:r></w:p><w:p><w:r><w:t>Teacher: Hi ${ref}2J there.</w:t></w:r></w:p>`);
      const result = readTranscript(bytes, 'c.docx', 'docx');
      expect(result.turns).toEqual([]);
      expect(result.problems).toEqual([
        {
          severity: 'error',
          file: 'c.docx',
          line: 2,
          message: `contains a control character (${code}) at character 13; only tabs and line breaks are kept, remove it`,
        },
      ]);
    }
  });
});

describe('unreadable DOCX files', () => {
  const unreadable = (bytes: Uint8Array, reason: string) => {
    const result = readTranscript(bytes, 'broken.docx', 'docx');
    expect(result.turns).toEqual([]);
    expect(result.problems).toEqual([{ severity: 'error', file: 'broken.docx', message: expect.stringMatching(new RegExp(`^unreadable DOCX: .*${reason}`)) }]);
  };

  it('rejects random bytes', () => {
    unreadable(
      Uint8Array.from({ length: 300 }, (_, i) => (i * 97 + 13) % 256),
      'not a valid ZIP archive',
    );
  });

  it('rejects an old .doc (or encrypted) file', () => {
    unreadable(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'old Word \\.doc file');
  });

  it('rejects a zip without word/document.xml', () => {
    unreadable(zipSync({ 'readme.txt': strToU8('hello') }), 'word/document\\.xml is missing');
  });

  it('rejects malformed XML', () => {
    unreadable(docxWithBody('<w:p><w:r><w:t>Teacher: unclosed</w:r></w:p>'), 'malformed XML');
  });

  it('rejects a DOCTYPE, such as an entity-expansion bomb', () => {
    const xml =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>A: &lol2;</w:t></w:r></w:p></w:body></w:document>`;
    unreadable(zipSync({ 'word/document.xml': strToU8(xml) }), 'contains a DOCTYPE');
  });

  it('rejects an archive with too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= 10_000; i++) files[`f${i}`] = new Uint8Array(0);
    unreadable(zipSync(files, { level: 0 }), 'more than 10000 entries');
  });

  it('rejects a document.xml declared larger than 50 MB, before inflating it', () => {
    const zip = docxWithBody('<w:p/>');
    // Patch the uncompressed size in the central directory header ("PK\x01\x02", size at offset 24).
    const central = zip.findIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02);
    new DataView(zip.buffer, zip.byteOffset).setUint32(central + 24, 60 * 1024 * 1024, true);
    unreadable(zip, 'larger than 50 MB');
  });
});
