import { codeTree, describeCode, flattenTree, guidOfId, PATH_SEPARATOR, codePath } from '../../domain/codebook.js';
import { toCsv } from '../safe-csv.js';
import { type CodeRow, writeCodesElement } from './codes.js';
import { xmlAttr } from './xml.js';

/** What a code needs to be written out: a stored code row has all of it. */
export interface ExportedCode {
  id: string;
  guid: string | null;
  parent_id: string | null;
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  colour: string;
  position: number;
  retired_at: string | null;
}

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** The GUID a code is exchanged under: the one it was imported with, or one derived from its ID. */
export const codeGuid = (code: Pick<ExportedCode, 'id' | 'guid'>): string => code.guid ?? guidOfId(code.id);

/**
 * The REFI-QDA `<Codes>` element of a codebook's live codes, nested as in Warrant, unprefixed so that
 * it takes the namespace of the document it is written into (a .qdc CodeBook or a .qde Project).
 * Each code's definition, criteria and example are its `<Description>`. Null when there are no codes
 * (the element must hold at least one).
 */
export function codesElement(codes: readonly ExportedCode[]): string | null {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const rows: CodeRow[] = flattenTree(codeTree(codes)).map(({ code: c }) => ({
    guid: codeGuid(c),
    name: c.name,
    ...(c.parent_id ? { parentGuid: codeGuid(byId.get(c.parent_id) ?? { id: c.parent_id, guid: null }) } : {}),
    colour: c.colour,
    ...(describeCode(c) ? { description: describeCode(c) } : {}),
  }));
  const out: string[] = [];
  return writeCodesElement(rows, (xml) => out.push(xml)) === 0 ? null : out.join('');
}

/** A REFI-QDA codebook (.qdc) of the live codes; it needs at least one code to be valid. */
export function codebookQdc(codes: readonly ExportedCode[], origin = 'Warrant'): string {
  const element = codesElement(codes);
  if (element === null) throw new RangeError('a codebook without codes cannot be written as .qdc (it needs at least one code)');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook xmlns="${CODEBOOK_NAMESPACE}" origin="${xmlAttr(origin)}">\n${element}\n</CodeBook>\n`;
}

export const CODEBOOK_CSV_COLUMNS = ['name', 'parent', 'definition', 'inclusion', 'exclusion', 'example', 'colour', 'guid'] as const;

/** The live codes as CSV, one a row in reading order, each with its parent's path ("Supports > Coaching"). */
export function codebookCsv(codes: readonly ExportedCode[]): string {
  const rows = flattenTree(codeTree(codes)).map(({ code: c }) => ({
    name: c.name,
    parent: codePath(codes, c.id).slice(0, -1).join(PATH_SEPARATOR),
    definition: c.definition,
    inclusion: c.inclusion,
    exclusion: c.exclusion,
    example: c.example,
    colour: c.colour,
    guid: codeGuid(c),
  }));
  return toCsv(CODEBOOK_CSV_COLUMNS, rows);
}
