import { codeTree, type CodeNode, describeCode, flattenTree, guidOfId, PATH_SEPARATOR, codePath } from '../../domain/codebook.js';
import { toCsv } from '../safe-csv.js';

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

// Characters XML 1.0 cannot hold at all (C0 controls but tab, line feed and carriage return; lone surrogates; U+FFFE/F).
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlText = (text: string): string => text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const xmlAttribute = (text: string): string =>
  xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

function codeElement(node: CodeNode<ExportedCode>, indent: string, out: string[]): void {
  const c = node.code;
  const attributes = `guid="${codeGuid(c)}" name="${xmlAttribute(c.name)}" isCodable="true" color="${xmlAttribute(c.colour)}"`;
  const description = describeCode(c);
  if (!description && node.children.length === 0) {
    out.push(`${indent}<Code ${attributes}/>`);
    return;
  }
  out.push(`${indent}<Code ${attributes}>`);
  if (description) out.push(`${indent}  <Description>${xmlText(description)}</Description>`);
  for (const child of node.children) codeElement(child, `${indent}  `, out);
  out.push(`${indent}</Code>`);
}

/**
 * The REFI-QDA `<Codes>` element of a codebook's live codes, nested as in Warrant, unprefixed so that
 * it takes the namespace of the document it is written into (a .qdc CodeBook or a .qde Project).
 * Each code's definition, criteria and example are its `<Description>`. Null when there are no codes
 * (the element must hold at least one).
 */
export function codesElement(codes: readonly ExportedCode[], indent = '  '): string | null {
  const tree = codeTree(codes);
  if (tree.length === 0) return null;
  const out = [`${indent}<Codes>`];
  for (const node of tree) codeElement(node, `${indent}  `, out);
  out.push(`${indent}</Codes>`);
  return out.join('\n');
}

/** A REFI-QDA codebook (.qdc) of the live codes; it needs at least one code to be valid. */
export function codebookQdc(codes: readonly ExportedCode[], origin = 'Warrant'): string {
  const element = codesElement(codes);
  if (element === null) throw new RangeError('a codebook without codes cannot be written as .qdc (it needs at least one code)');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook xmlns="${CODEBOOK_NAMESPACE}" origin="${xmlAttribute(origin)}">\n${element}\n</CodeBook>\n`;
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
