import type { SaxesTagNS } from 'saxes';
import { UnreadableArchive, type ZipArchive } from '../zip.js';
import { XLSX_WORKBOOK } from './detect.js';
import { archiveRefusal, Refusal } from './errors.js';
import { MAX_ARTIFACT_CHARS, textTooLong } from './normalize.js';
import { attribute, parseXmlPart } from './xml.js';

/** The most cells read from one workbook, so that a small file cannot expand into endless work. */
export const MAX_XLSX_CELLS = 1_000_000;
const MAX_PART_BYTES = 50 * 1024 * 1024;
const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** Column XFD, Excel's last. */
const MAX_COLUMN = 16_383;

const MAIN = new Set(['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main']);
const RELATIONSHIPS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);
const PACKAGE_RELATIONSHIPS = new Set(['http://schemas.openxmlformats.org/package/2006/relationships']);
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

interface SheetEntry {
  name: string;
  relId: string;
}

interface Relationship {
  type: string;
  part: string;
}

/** The text of a workbook: for each worksheet, "Sheet: <name>", then its rows, cells separated by tabs. */
export function xlsxText(workbook: ZipArchive): { text: string; sheets: string[] } {
  const parts = new PartReader(workbook);
  const sheets = sheetsOf(parts.required(XLSX_WORKBOOK));
  const rels = relationshipsOf(parts.required(WORKBOOK_RELS));
  const sharedPart = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.part ?? 'xl/sharedStrings.xml';
  const sharedXml = parts.optional(sharedPart);
  const shared = sharedXml ? sharedStringsOf(sharedXml, sharedPart) : [];

  const budget = { cells: MAX_XLSX_CELLS, chars: MAX_ARTIFACT_CHARS };
  const blocks: string[] = [];
  const names: string[] = [];
  for (const sheet of sheets) {
    const rel = rels.get(sheet.relId);
    if (!rel) throw new Refusal(`the sheet "${sheet.name}" has no entry in ${WORKBOOK_RELS}; the file is damaged`);
    if (!rel.type.endsWith('/worksheet')) continue; // chart sheets and dialog sheets hold no cells
    const xml = parts.optional(rel.part);
    if (!xml) throw new Refusal(`the part ${rel.part} of the sheet "${sheet.name}" is missing; the file is damaged`);
    const header = `Sheet: ${sheet.name}`;
    budget.chars -= header.length + 2;
    blocks.push([header, ...rowsOf(xml, rel.part, shared, budget)].join('\n'));
    names.push(sheet.name);
  }
  return { text: blocks.join('\n\n'), sheets: names };
}

/** Reads parts with the archive limits, and a limit on what all of them inflate to together. */
class PartReader {
  private remaining = MAX_TOTAL_BYTES;

  constructor(private readonly archive: ZipArchive) {}

  required(name: string): Uint8Array {
    const part = this.optional(name);
    if (!part) throw new Refusal(`${name} is missing; is this really an Excel workbook?`);
    return part;
  }

  optional(name: string): Uint8Array | undefined {
    const maxBytes = Math.min(MAX_PART_BYTES, this.remaining);
    let part: Uint8Array | undefined;
    try {
      part = this.archive.read(name, maxBytes);
    } catch (e) {
      if (!(e instanceof UnreadableArchive)) throw e;
      if (e.overLimit && maxBytes < MAX_PART_BYTES) {
        throw new Refusal(
          `the workbook is too large to read (its parts are larger than ${MAX_TOTAL_BYTES / 1048576} MB once unpacked); split it into smaller files`,
        );
      }
      throw archiveRefusal(e, 'workbook', 'save it again as .xlsx from Excel');
    }
    if (part) this.remaining -= part.length;
    return part;
  }
}

function sheetsOf(xml: Uint8Array): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  parseXmlPart(xml, XLSX_WORKBOOK, {
    open(tag) {
      if (tag.local !== 'sheet' || !MAIN.has(tag.uri)) return;
      const name = attribute(tag, '', 'name');
      const relId = attribute(tag, RELATIONSHIPS, 'id');
      if (name === undefined || relId === undefined) throw new Refusal(`a sheet in ${XLSX_WORKBOOK} has no name or no r:id; the file is damaged`);
      sheets.push({ name, relId });
    },
  });
  return sheets;
}

function relationshipsOf(xml: Uint8Array): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parseXmlPart(xml, WORKBOOK_RELS, {
    open(tag) {
      if (tag.local !== 'Relationship' || !PACKAGE_RELATIONSHIPS.has(tag.uri)) return;
      const id = attribute(tag, '', 'Id');
      const type = attribute(tag, '', 'Type');
      const target = attribute(tag, '', 'Target');
      if (id === undefined || type === undefined || target === undefined || attribute(tag, '', 'TargetMode') === 'External') return;
      rels.set(id, { type, part: resolvePart(target) });
    },
  });
  return rels;
}

/** A relationship's target as an archive entry name: relative to xl/, or absolute from the package root. */
function resolvePart(target: string): string {
  const segments: string[] = [];
  for (const segment of (target.startsWith('/') ? target : `xl/${target}`).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/**
 * Collects the text of <t> elements inside a string item (<si> or an inline <is>), runs joined,
 * leaving out phonetic guides (<rPh>), which repeat the text in another script.
 */
class StringItem {
  private depth = 0;
  private inText = false;
  private skip = 0;
  private pieces: string[] = [];

  get open(): boolean {
    return this.depth > 0;
  }

  start(): void {
    this.depth = 1;
    this.pieces = [];
  }

  /** Returns true when the tag belonged to the item. */
  onOpen(tag: SaxesTagNS): boolean {
    if (this.depth === 0) return false;
    this.depth++;
    if (this.skip > 0 || (MAIN.has(tag.uri) && tag.local === 'rPh')) this.skip++;
    else if (MAIN.has(tag.uri) && tag.local === 't') this.inText = true;
    return true;
  }

  /** Returns the item's text when the tag closed it. */
  onClose(tag: SaxesTagNS): string | undefined {
    this.depth--;
    if (this.skip > 0) this.skip--;
    else if (MAIN.has(tag.uri) && tag.local === 't') this.inText = false;
    return this.depth === 0 ? unescapeXString(this.pieces.join('')) : undefined;
  }

  onText(text: string): void {
    if (this.inText && this.skip === 0) this.pieces.push(text);
  }
}

function sharedStringsOf(xml: Uint8Array, part: string): string[] {
  const strings: string[] = [];
  const item = new StringItem();
  parseXmlPart(xml, part, {
    open(tag) {
      if (item.onOpen(tag)) return;
      if (MAIN.has(tag.uri) && tag.local === 'si') {
        if (strings.length >= MAX_XLSX_CELLS)
          throw new Refusal(`the workbook has more than ${MAX_XLSX_CELLS.toLocaleString('en-US')} strings; split it into smaller files`);
        item.start();
      }
    },
    close(tag) {
      if (!item.open) return;
      const text = item.onClose(tag);
      if (text !== undefined) strings.push(text);
    },
    text: (text) => item.onText(text),
  });
  return strings;
}

interface Budget {
  cells: number;
  chars: number;
}

interface Cell {
  column: number;
  type: string;
  value: string;
  inline?: string;
}

function rowsOf(xml: Uint8Array, part: string, shared: readonly string[], budget: Budget): string[] {
  const rows: string[] = [];
  let row: string[] = [];
  let column = -1;
  let cell: Cell | undefined;
  let inValue = false;
  const inline = new StringItem();

  const endRow = () => {
    const line = Array.from(row, (v) => v ?? '')
      .join('\t')
      .replace(/\t+$/, '');
    if (line.trim() === '') return;
    budget.chars -= line.length + 1;
    if (budget.chars < 0) throw textTooLong();
    rows.push(line);
  };

  parseXmlPart(xml, part, {
    open(tag) {
      if (inline.onOpen(tag) || !MAIN.has(tag.uri)) return;
      switch (tag.local) {
        case 'row':
          row = [];
          column = -1;
          break;
        case 'c':
          if (--budget.cells < 0) {
            throw new Refusal(`the workbook has more than ${MAX_XLSX_CELLS.toLocaleString('en-US')} cells; split it into smaller files`);
          }
          column = columnOf(attribute(tag, '', 'r'), column, part);
          cell = { column, type: attribute(tag, '', 't') ?? 'n', value: '' };
          break;
        case 'v':
          inValue = cell !== undefined;
          break;
        case 'is':
          if (cell) inline.start();
          break;
      }
    },
    close(tag) {
      if (inline.open) {
        const text = inline.onClose(tag);
        if (text !== undefined && cell) cell.inline = text;
        return;
      }
      if (!MAIN.has(tag.uri)) return;
      if (tag.local === 'v') inValue = false;
      else if (tag.local === 'row') endRow();
      else if (tag.local === 'c' && cell) {
        // A cell's line breaks and tabs would break the one-line-per-row layout.
        row[cell.column] = cellText(cell, shared, part).replace(/[\t\r\n]+/g, ' ');
        cell = undefined;
      }
    },
    text(text) {
      if (inline.open) inline.onText(text);
      else if (inValue && cell) cell.value += text;
    },
  });
  return rows;
}

/** What Excel shows for a cell, before number formats: formulas by their cached values. */
function cellText(cell: Cell, shared: readonly string[], part: string): string {
  switch (cell.type) {
    case 's': {
      const text = /^\d+$/.test(cell.value) ? shared[Number(cell.value)] : undefined;
      if (text === undefined) throw new Refusal(`a cell in ${part} refers to shared string "${cell.value}", which does not exist; the file is damaged`);
      return text;
    }
    case 'inlineStr':
      return cell.inline ?? '';
    case 'b':
      return cell.value === '1' ? 'TRUE' : cell.value === '0' ? 'FALSE' : cell.value;
    case 'str':
      return unescapeXString(cell.value);
    default:
      return cell.value;
  }
}

/** The zero-based column of a cell reference such as "B7"; the next column when the cell has none. */
function columnOf(ref: string | undefined, previous: number, part: string): number {
  let column = previous + 1;
  const letters = ref === undefined ? undefined : /^([A-Za-z]{1,3})\d*$/.exec(ref)?.[1];
  if (letters !== undefined) {
    column = -1;
    for (const ch of letters.toUpperCase()) column = (column + 1) * 26 + ch.charCodeAt(0) - 65;
  } else if (ref !== undefined) {
    throw new Refusal(`${part} has a cell with the malformed reference "${ref}"; the file is damaged`);
  }
  if (column > MAX_COLUMN) throw new Refusal(`${part} has a cell beyond column XFD, the last Excel allows; the file is damaged`);
  return column;
}

/** Undoes the _xHHHH_ escapes OOXML uses for characters XML cannot carry ("_x000D_" for a carriage return). */
function unescapeXString(value: string): string {
  return value.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
