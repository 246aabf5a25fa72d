import { attrs, xmlText } from './xml.js';

/** One code as the REFI-QDA `<Codes>` element holds it (the same in a project's codebook and in a `.qdc`). */
export interface CodeRow {
  guid: string;
  name: string;
  /** The enclosing code's GUID; undefined for a top-level code. */
  parentGuid?: string;
  isCodable?: boolean;
  /** `#rrggbb` */
  colour?: string;
  /** Written as the code's `<Description>` (its definition, with inclusion, exclusion and example when the caller joins them). */
  description?: string;
  /** GUIDs of notes attached to the code (a project's `<NoteRef>`s; a `.qdc` has none). */
  noteRefs?: readonly string[];
}

/**
 * Writes the `<Codes>` element (the codebook's tree) from code rows in any order, parents found by
 * GUID; a row whose parent is not among the rows is written at the top level. Writes nothing when
 * there are no codes (the element must hold at least one Code). Shared by the `.qdpx` project writer
 * and the `.qdc` codebook writer: the element is the same in both namespaces.
 */
export function writeCodesElement(rows: Iterable<CodeRow>, write: (xml: string) => void): number {
  const all = [...rows];
  if (all.length === 0) return 0;
  const guids = new Set(all.map((r) => r.guid));
  const children = new Map<string, CodeRow[]>();
  for (const r of all) {
    const parent = r.parentGuid && guids.has(r.parentGuid) && r.parentGuid !== r.guid ? r.parentGuid : '';
    const list = children.get(parent);
    if (list) list.push(r);
    else children.set(parent, [r]);
  }
  const written = new Set<string>();
  const writeCode = (r: CodeRow) => {
    if (written.has(r.guid)) return;
    written.add(r.guid);
    const kids = children.get(r.guid) ?? [];
    const open = `<Code${attrs({ guid: r.guid, name: r.name, isCodable: r.isCodable ?? true, color: r.colour })}`;
    if (!r.description && !r.noteRefs?.length && !kids.length) return write(`${open}/>`);
    write(`${open}>`);
    if (r.description) write(`<Description>${xmlText(r.description)}</Description>`);
    for (const n of r.noteRefs ?? []) write(`<NoteRef${attrs({ targetGUID: n })}/>`);
    for (const k of kids) writeCode(k);
    write('</Code>');
  };
  write('<Codes>');
  for (const r of children.get('') ?? []) writeCode(r);
  // Codes caught in a cycle of parents have no way down from the top: written at the top level.
  for (const r of all) if (!written.has(r.guid)) writeCode(r);
  write('</Codes>');
  return written.size;
}
