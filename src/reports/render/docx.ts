import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  HeadingLevel,
  type IRunOptions,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopPosition,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { Block, ReportDocument } from '../document.js';
import { CELL_PADDING_EM, columnWidthsEm, linesOf, oneLine, showsCaption, squareTable, titlePageDate } from './shared.js';

/**
 * A Word document built from Word's own parts: Title and Heading 1–3 styles (so the navigation
 * pane lists the outline), real bulleted and numbered lists, tables whose columns are as wide as
 * their words need and whose header row repeats on every page and never ends one, and a footer with the notice and "Page X of Y". The same report always gives the
 * same bytes (see `deterministic`).
 */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const document = new Document({
    title: oneLine(doc.title),
    subject: oneLine(doc.subtitle),
    creator: oneLine(doc.partnership),
    styles: STYLES,
    numbering: { config: NUMBERING },
    sections: [
      {
        footers: { default: footer(doc.notice) },
        children: [...titlePage(doc), ...body(doc.blocks)],
      },
    ],
  });
  return deterministic(await Packer.toBuffer(document), doc.date);
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function titlePage(doc: ReportDocument): Paragraph[] {
  const centred = (text: string, options: Partial<IRunOptions> = {}, spacing = 120) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacing }, children: runs(text, options) });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 3600, after: 240 }, children: runs(doc.title) }),
    new Paragraph({ style: 'Subtitle', children: runs(doc.subtitle) }),
    centred(doc.partnership, { size: 26 }, 480),
    ...(titlePageDate(doc) !== undefined ? [centred(doc.date)] : []),
    centred(doc.version, {}, 960),
    centred(doc.notice, { bold: true }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function body(blocks: Block[]): FileChild[] {
  const out: FileChild[] = [];
  let lists = 0;
  let previous: Block | undefined;
  for (const block of blocks) {
    const heading = previous?.kind === 'heading' ? previous.text : undefined;
    previous = block;
    switch (block.kind) {
      case 'heading':
        // A heading stays on the page of what it introduces.
        out.push(new Paragraph({ heading: HEADINGS[block.level], keepNext: true, keepLines: true, children: runs(oneLine(block.text)) }));
        break;
      case 'paragraph':
        out.push(
          new Paragraph({ children: runs(block.text, block.emphasis === 'label' ? { bold: true } : block.emphasis === 'note' ? { italics: true } : {}) }),
        );
        break;
      case 'field':
        out.push(new Paragraph({ children: [new TextRun({ text: `${oneLine(block.label)}:`, bold: true }), new TextRun(' '), ...runs(block.text)] }));
        break;
      case 'list': {
        // Each list is an instance of its numbering of its own, so a numbered list starts at 1.
        const numbering = { reference: block.ordered ? 'numbered' : 'bulleted', level: 0, instance: ++lists };
        out.push(...block.items.map((item) => new Paragraph({ numbering, children: runs(item) })));
        break;
      }
      case 'table':
        out.push(...table(block, heading));
        break;
      case 'quote':
        out.push(
          new Paragraph({ style: 'Quote', keepNext: true, children: runs(block.text) }),
          new Paragraph({ style: 'QuoteAttribution', children: runs(`— ${oneLine(block.attribution)}`) }),
        );
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  // Word wants the body to end with a paragraph, not a table.
  if (out.at(-1) instanceof Table) out.push(new Paragraph({}));
  return out;
}

/** The width of an A4 page's text between docx's default margins of 1 inch, in twips. */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;
/** Tables are set in 10 pt: 200 twips to the em. */
const TABLE_TEXT = { size: 20 } as const;
const TWIPS_PER_EM = 200;

function table(block: Extract<Block, { kind: 'table' }>, heading: string | undefined): FileChild[] {
  const { columns, rows } = squareTable(block);
  const caption = showsCaption(block.caption, heading) ? [new Paragraph({ style: 'Caption', keepNext: true, children: runs(block.caption) })] : [];
  // A table without columns has no cells, which Word cannot open.
  if (columns.length === 0) return caption;
  const widths = columnWidthsEm(columns, rows, TEXT_WIDTH_TWIPS / TWIPS_PER_EM).map((em) => Math.floor(em * TWIPS_PER_EM));
  const padding = Math.round((CELL_PADDING_EM / 2) * TWIPS_PER_EM);
  // keepNext on the header's paragraphs keeps the header row on the page of the first row.
  const cell = (text: string, c: number, header: boolean) =>
    new TableCell({
      width: { size: widths[c]!, type: WidthType.DXA },
      margins: { left: padding, right: padding, top: 40, bottom: 40 },
      ...(header && { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } }),
      children: [new Paragraph({ spacing: { after: 0 }, keepNext: header, children: runs(text, header ? { ...TABLE_TEXT, bold: true } : TABLE_TEXT) })],
    });
  return [
    ...caption,
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c, i, true)) }),
        ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
      ],
    }),
  ];
}

function footer(notice: string): Footer {
  const small = { size: 16, color: '555555' };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TabStopPosition.MAX }],
        children: [
          new TextRun({ ...small, text: oneLine(notice) }),
          new TextRun({ ...small, children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** A text's runs, its line breaks as Word's line breaks (a newline in a run is not one). */
function runs(text: string, options: Partial<IRunOptions> = {}): TextRun[] {
  return linesOf(text).map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 && { break: 1 }) }));
}

const STYLES = {
  default: {
    // A font named, so that every office suite sets the text (tables too) in the face the column widths are estimated for.
    document: { run: { size: 22, font: 'Times New Roman' }, paragraph: { spacing: { after: 120 } } },
  },
  paragraphStyles: [
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 480 } },
      run: { size: 32, color: '404040' },
    },
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 60 } },
      run: { italics: true },
    },
    {
      id: 'QuoteAttribution',
      name: 'Quote Attribution',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { indent: { left: 720, right: 720 }, spacing: { after: 240 } },
    },
  ],
};

const NUMBERING = [
  {
    reference: 'bulleted',
    levels: [
      { level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
    ],
  },
  {
    reference: 'numbered',
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
    ],
  },
];

/**
 * docx stamps the package with the time of packing: the creation and modification dates of its
 * properties and every zip entry's time. Both are set to the report's date, and the zip is written
 * again in the same order, so the bytes depend on the report alone.
 */
function deterministic(packed: Uint8Array, isoDate: string): Buffer {
  const [year, month, day] = dateParts(isoDate);
  const stamp = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T00:00:00Z`;
  // Zip times are local times; a Date built from local parts writes the same fields in any time zone.
  const mtime = new Date(year, month - 1, day);
  const files = unzipSync(packed);
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const content =
      name === 'docProps/core.xml'
        ? new TextEncoder().encode(new TextDecoder().decode(data).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`))
        : data;
    entries[name] = [content, { mtime }];
  }
  return Buffer.from(zipSync(entries, { level: 6 }));
}

/** The report's date, or 1980-01-01 (the earliest a zip can hold) if it is not a date a zip can hold. */
function dateParts(isoDate: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (y >= 1980 && y <= 2099 && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d) return [y, mo, d];
  }
  return [1980, 1, 1];
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
