/**
 * The codebook's rules: what a code's name and colour may be, where a code may move, how the
 * hierarchy is read from rows, what a merge or a split may do, and how a code's definition,
 * inclusion and exclusion criteria and example travel in a REFI-QDA `<Description>`. Pure.
 */

export interface CodeFields {
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  colour: string;
}

/** What the rules need of a stored code. */
export interface CodeLike {
  id: string;
  parent_id: string | null;
  name: string;
  position: number;
  retired_at: string | null;
}

export const CODE_NAME_MAX = 200;
export const CODE_TEXT_MAX = 8000;

/** Colours given to new codes in turn, when none is chosen: distinct, readable behind dark text. */
export const CODE_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;

export const paletteColour = (index: number): string => CODE_PALETTE[((index % CODE_PALETTE.length) + CODE_PALETTE.length) % CODE_PALETTE.length]!;

const HEX6 = /^#([0-9a-f]{6})$/i;
const HEX3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i;

/**
 * A colour as Warrant stores it (#rrggbb, lower case), from #rrggbb, #rgb or rgb(r, g, b); undefined
 * if it is none of these.
 */
export function parseColour(input: string): string | undefined {
  const text = input.trim();
  const hex6 = HEX6.exec(text);
  if (hex6) return `#${hex6[1]!.toLowerCase()}`;
  const hex3 = HEX3.exec(text);
  if (hex3)
    return `#${hex3
      .slice(1, 4)
      .map((d) => d!.toLowerCase().repeat(2))
      .join('')}`;
  const rgb = RGB.exec(text);
  if (rgb) {
    const channels = rgb.slice(1, 4).map(Number);
    if (channels.some((c) => c > 255)) return undefined;
    return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return undefined;
}

/** Why a colour cannot be read, naming the field; null when it can. */
export function colourProblem(input: string, field = 'colour'): string | null {
  return parseColour(input) === undefined
    ? `${field}: "${input.trim().slice(0, 40)}" is not a colour; write it as #rrggbb (e.g. #4e79a7), #rgb or rgb(78, 121, 167)`
    : null;
}

/** Names compared as a person reads them: case, Unicode form and surrounding spaces aside. */
export const nameKey = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** A name tidied for storing: Unicode form normalised, runs of spaces made one. */
export const tidyName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ');

const isLive = (c: CodeLike) => c.retired_at === null;

/**
 * Why a code cannot have this name under this parent, or null: a name is needed, and no live
 * sibling may have it (compared without regard to case). `selfId` is the code being renamed or moved.
 */
export function codeNameProblem(name: string, parentId: string | null, codes: readonly CodeLike[], selfId?: string): string | null {
  const tidy = tidyName(name);
  if (!tidy) return 'a code needs a name';
  if (tidy.length > CODE_NAME_MAX) return `a code's name is at most ${CODE_NAME_MAX} characters (this one has ${tidy.length})`;
  const key = nameKey(tidy);
  const clash = codes.find((c) => isLive(c) && c.id !== selfId && c.parent_id === parentId && nameKey(c.name) === key);
  if (clash) return `${parentId === null ? 'the top of the codebook' : 'that code'} already has a code named "${clash.name}" (${clash.id})`;
  return null;
}

/** The name, or the first of "name (2)", "name (3)"… that none of `taken` has (compared as nameKey does). */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const keys = new Set([...taken].map(nameKey));
  if (!keys.has(nameKey(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!keys.has(nameKey(candidate))) return candidate;
  }
}

/** The code and every code below it, ever (retired ones too). */
export function descendantsOf(codes: readonly CodeLike[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of codes) if (c.parent_id) children.set(c.parent_id, [...(children.get(c.parent_id) ?? []), c.id]);
  const found = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return found;
}

/** Why the code cannot move under `parentId` (null: the top), or null. */
export function moveProblem(codes: readonly CodeLike[], id: string, parentId: string | null): string | null {
  if (parentId === null) return null;
  const parent = codes.find((c) => c.id === parentId);
  if (!parent) return `code ${parentId} does not exist in this codebook`;
  if (!isLive(parent)) return `code "${parent.name}" (${parent.id}) was retired: a code cannot move under it`;
  if (parentId === id) return 'a code cannot sit under itself';
  if (descendantsOf(codes, id).has(parentId)) return `"${parent.name}" sits under the code being moved: moving it there would make a cycle`;
  return null;
}

/** The ancestors of a code, from the top of the codebook down to its parent. */
export function ancestorsOf<C extends CodeLike>(codes: readonly C[], id: string): C[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const path: C[] = [];
  const seen = new Set<string>();
  let current = byId.get(id)?.parent_id ?? null;
  while (current && !seen.has(current)) {
    seen.add(current);
    const parent = byId.get(current);
    if (!parent) break;
    path.unshift(parent);
    current = parent.parent_id;
  }
  return path;
}

/** Written between names of a code's path ("Supports > Coaching"). */
export const PATH_SEPARATOR = ' > ';

export const codePath = (codes: readonly CodeLike[], id: string): string[] => [
  ...ancestorsOf(codes, id).map((c) => c.name),
  ...codes.filter((c) => c.id === id).map((c) => c.name),
];

export interface CodeNode<C extends CodeLike> {
  code: C;
  depth: number;
  children: CodeNode<C>[];
}

const bySiblingOrder = (a: CodeLike, b: CodeLike) => a.position - b.position || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/**
 * The codebook as a tree: live codes under their parents, siblings in their order. A code whose
 * parent is not among the rows (or was retired) sits at the top, so that none is hidden.
 */
export function codeTree<C extends CodeLike>(rows: readonly C[]): CodeNode<C>[] {
  const live = rows.filter(isLive);
  const ids = new Set(live.map((c) => c.id));
  const children = new Map<string | null, C[]>();
  for (const c of live) {
    const parent = c.parent_id !== null && ids.has(c.parent_id) ? c.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): CodeNode<C>[] =>
    (children.get(parent) ?? [])
      .sort(bySiblingOrder)
      .filter((c) => !seen.has(c.id) && seen.add(c.id))
      .map((code) => ({ code, depth, children: build(code.id, depth + 1) }));
  return build(null, 0);
}

/** The tree in reading order (each code before the codes under it). */
export function flattenTree<C extends CodeLike>(nodes: readonly CodeNode<C>[]): CodeNode<C>[] {
  return nodes.flatMap((n) => [n, ...flattenTree(n.children)]);
}

/** The live siblings a code sits among under `parentId`, in order (without `exceptId`). */
export function siblingsOf<C extends CodeLike>(codes: readonly C[], parentId: string | null, exceptId?: string): C[] {
  return codes.filter((c) => isLive(c) && c.parent_id === parentId && c.id !== exceptId).sort(bySiblingOrder);
}

/** Positions are spaced so that a code can move between two others without renumbering them. */
export const POSITION_STEP = 1024;

/**
 * The position that puts a code at `index` among `siblings` (in order), or null when there is no
 * room between its neighbours and the siblings must be renumbered first.
 */
export function positionAt(siblings: readonly { position: number }[], index: number): number | null {
  const i = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[i - 1]?.position;
  const after = siblings[i]?.position;
  if (before === undefined && after === undefined) return POSITION_STEP;
  if (after === undefined) return before! + POSITION_STEP;
  if (before === undefined) return after - POSITION_STEP;
  const middle = Math.floor((before + after) / 2);
  return middle > before && middle < after ? middle : null;
}

/** Why `source` cannot be merged into `target`, or null. */
export function mergeProblem(codes: readonly CodeLike[], sourceId: string, targetId: string): string | null {
  const source = codes.find((c) => c.id === sourceId);
  const target = codes.find((c) => c.id === targetId);
  if (!source) return `code ${sourceId} does not exist in this codebook`;
  if (!target) return `code ${targetId} does not exist in this codebook`;
  if (sourceId === targetId) return 'a code cannot be merged into itself';
  if (!isLive(source)) return `code "${source.name}" (${source.id}) was already retired`;
  if (!isLive(target)) return `code "${target.name}" (${target.id}) was retired: merge into a code in use`;
  if (descendantsOf(codes, sourceId).has(targetId)) return `"${target.name}" sits under "${source.name}": move it out before merging "${source.name}" into it`;
  return null;
}

/** Why a code cannot be split into codes of these names (siblings of it, under its parent), or null. */
export function splitProblem(codes: readonly CodeLike[], sourceId: string, names: readonly string[]): string | null {
  const source = codes.find((c) => c.id === sourceId);
  if (!source) return `code ${sourceId} does not exist in this codebook`;
  if (!isLive(source)) return `code "${source.name}" (${source.id}) was retired`;
  if (names.length === 0) return 'name at least one code to split it into';
  const seen = new Set<string>();
  for (const name of names) {
    const problem = codeNameProblem(name, source.parent_id, codes);
    if (problem) return `${tidyName(name) || '(no name)'}: ${problem}`;
    const key = nameKey(name);
    if (seen.has(key)) return `"${tidyName(name)}" is named twice`;
    seen.add(key);
  }
  return null;
}

const SECTIONS = [
  ['inclusion', 'Inclusion'],
  ['exclusion', 'Exclusion'],
  ['example', 'Example'],
] as const;

type Described = Pick<CodeFields, 'definition' | 'inclusion' | 'exclusion' | 'example'>;

/**
 * A code's definition, criteria and example as one text (a REFI-QDA `<Description>`): the
 * definition, then labelled paragraphs ("Inclusion: …") for those that are not empty.
 */
export function describeCode(code: Described): string {
  return [code.definition.trim(), ...SECTIONS.filter(([k]) => code[k].trim()).map(([k, label]) => `${label}: ${code[k].trim()}`)].filter(Boolean).join('\n\n');
}

/** The fields of a description written by describeCode (or by another tool: then all of it is the definition). */
export function readDescription(text: string): Described {
  const out: Described = { definition: '', inclusion: '', exclusion: '', example: '' };
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  const label = new RegExp(`^(${SECTIONS.map(([, l]) => l).join('|')})( criteria)?:\\s*`, 'i');
  let current: keyof Described = 'definition';
  const parts: Record<keyof Described, string[]> = { definition: [], inclusion: [], exclusion: [], example: [] };
  for (const paragraph of normalised.split(/\n\s*\n/)) {
    const m = label.exec(paragraph);
    if (m) {
      current = SECTIONS.find(([, l]) => l.toLowerCase() === m[1]!.toLowerCase())![0];
      parts[current].push(paragraph.slice(m[0].length));
    } else parts[current].push(paragraph);
  }
  for (const k of Object.keys(parts) as (keyof Described)[]) out[k] = parts[k].join('\n\n').trim();
  return out;
}

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** A REFI-QDA GUID as stored: lower case, without braces; undefined if it is not one. */
export function parseGuid(text: string): string | undefined {
  const m = GUID.exec(text.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * The GUID a code made in Warrant is exchanged under, derived from its ID (so it is the same in every
 * export): the ID's 80 bits in hex, laid out as a GUID.
 */
export function guidOfId(id: string): string {
  const body = id.slice(id.indexOf('_') + 1);
  let bits = '';
  for (const ch of body) bits += Math.max(0, BASE32.indexOf(ch)).toString(2).padStart(5, '0');
  let hex = '';
  for (let i = 0; i < bits.length; i += 4) hex += parseInt(bits.slice(i, i + 4).padEnd(4, '0'), 2).toString(16);
  hex = hex.padEnd(20, '0').slice(0, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(12, 15)}-8${hex.slice(15, 18)}-${hex.slice(18, 20)}00c0deb00c`;
}
