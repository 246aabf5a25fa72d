import { SaxesParser, type SaxesTagNS } from 'saxes';
import { colourProblem, nameKey, parseColour, parseGuid, PATH_SEPARATOR, readDescription, tidyName, uniqueName } from '../../domain/codebook.js';
import type { Problem } from '../../domain/problem.js';
import { readCsvTable } from '../csv-table.js';

/** A code as read from a codebook file, before it is matched with the codebook's. */
export interface ImportedCode {
  /** Unique in the file: its GUID, or (from a CSV without GUIDs) its path. */
  key: string;
  guid: string | null;
  parentKey: string | null;
  name: string;
  /** Undefined when the file does not say (a CSV without the column, a parent named only in a path): left as it is. */
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  /** #rrggbb, or null when the file gives none (or none that can be read). */
  colour: string | null;
  /** Named only as the parent in another code's path. */
  implied?: boolean;
  /** Where it is in the file (1-based). */
  line: number;
}

export interface ImportedCodebook {
  file: string;
  /** Parents before their children, in the file's order. */
  codes: ImportedCode[];
  problems: Problem[];
}

/** A codebook file larger than this is refused before it is read. */
export const CODEBOOK_MAX_BYTES = 20 * 1024 * 1024;
const MAX_CODES = 20_000;
const MAX_DEPTH = 64;

export const CODEBOOK_NAMESPACES = new Set(['urn:QDA-XML:codebook:1.0', 'urn:QDA-XML:project:1.0', '']);

class Stop extends Error {}

function decode(bytes: Uint8Array, file: string, problems: Problem[], maxBytes: number): string | undefined {
  if (bytes.byteLength > maxBytes) {
    problems.push({
      severity: 'error',
      file,
      message: `the file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; a codebook may be at most ${(maxBytes / 1024 / 1024).toFixed(0)} MB`,
    });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    problems.push({ severity: 'error', file, message: 'the file is not valid UTF-8 text' });
    return undefined;
  }
}

/** Names made unique among siblings (reported), so that every imported code can be told apart. */
function uniqueAmongSiblings(codes: ImportedCode[], file: string, problems: Problem[]): void {
  const taken = new Map<string | null, string[]>();
  for (const c of codes) {
    const siblings = taken.get(c.parentKey) ?? [];
    const unique = uniqueName(c.name, siblings);
    if (unique !== c.name) {
      problems.push({
        severity: 'warning',
        file,
        line: c.line,
        field: 'name',
        message: `a code named "${c.name}" is already beside it: imported as "${unique}"`,
      });
      c.name = unique;
    }
    taken.set(c.parentKey, [...siblings, unique]);
  }
}

function colourOf(value: string | undefined, file: string, line: number, field: string, problems: Problem[]): string | null {
  if (value === undefined || !value.trim()) return null;
  const colour = parseColour(value);
  if (!colour) problems.push({ severity: 'warning', file, line, field, message: `${colourProblem(value, field)}; the code gets a colour of its own` });
  return colour ?? null;
}

/**
 * Reads a REFI-QDA codebook (.qdc: a `<CodeBook>` with nested `<Code>`s). A DOCTYPE (and so any entity
 * declaration, internal or external) is refused, as are files over the size limit and malformed XML,
 * each an error naming the file and line. A BOM is accepted; colours written as rgb(…) are read and
 * missing ones left for Warrant to choose; duplicate names beside each other are reported and made
 * unique; sets are reported as not imported.
 */
export function readCodebookQdc(bytes: Uint8Array, file: string, { maxBytes = CODEBOOK_MAX_BYTES } = {}): ImportedCodebook {
  const problems: Problem[] = [];
  const codes: ImportedCode[] = [];
  const xml = decode(bytes, file, problems, maxBytes);
  if (xml === undefined) return { file, codes, problems };
  const parser = new SaxesParser({ xmlns: true, position: true });
  const error = (message: string, line = parser.line): never => {
    problems.push({ severity: 'error', file, line, message });
    throw new Stop();
  };
  const stack: { tag: string; code?: ImportedCode }[] = [];
  const guids = new Map<string, number>();
  let root = false;
  let description: { code: ImportedCode; text: string } | null = null;
  let sets = 0;

  parser.on('doctype', () => error('the file declares a DOCTYPE: codebooks never need one, and entity declarations are refused'));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const name = tag.local;
    const parent = stack.at(-1);
    if (!root) {
      if (name !== 'CodeBook') error(`the root element is <${tag.name}>; a REFI-QDA codebook (.qdc) starts with <CodeBook>`);
      if (!CODEBOOK_NAMESPACES.has(tag.uri)) error(`<CodeBook> is in namespace "${tag.uri}"; expected urn:QDA-XML:codebook:1.0`);
      if (tag.uri === '')
        problems.push({ severity: 'warning', file, line: parser.line, message: '<CodeBook> has no namespace; read as urn:QDA-XML:codebook:1.0' });
      root = true;
    }
    if (stack.length > MAX_DEPTH) error(`codes are nested more than ${MAX_DEPTH} deep`);
    stack.push({ tag: name });
    if (name === 'Set') sets++;
    if (name === 'Description' && parent?.code) description = { code: parent.code, text: '' };
    if (name !== 'Code') return;
    if (parent?.tag !== 'Codes' && parent?.tag !== 'Code') error('a <Code> must sit in <Codes> or in another <Code>');
    if (codes.length >= MAX_CODES) error(`the file has more than ${MAX_CODES} codes`);
    const attr = (local: string) => Object.values(tag.attributes).find((a) => a.local === local && a.uri === '')?.value;
    const line = parser.line;
    const rawGuid = attr('guid');
    const guid = rawGuid === undefined ? undefined : parseGuid(rawGuid);
    if (rawGuid === undefined) error('<Code> has no guid attribute');
    if (guid === undefined) error(`<Code> guid "${rawGuid!.slice(0, 60)}" is not a GUID`);
    if (guids.has(guid!)) error(`<Code> guid ${guid} is already used on line ${guids.get(guid!)}`);
    guids.set(guid!, line);
    const rawName = attr('name');
    if (rawName === undefined || !tidyName(rawName)) error('<Code> has no name');
    const code: ImportedCode = {
      key: guid!,
      guid: guid!,
      parentKey: parent?.code?.key ?? null,
      name: tidyName(rawName!).slice(0, 200),
      definition: '',
      inclusion: '',
      exclusion: '',
      example: '',
      colour: colourOf(attr('color'), file, line, 'color', problems),
      line,
    };
    if (attr('isCodable') === 'false')
      problems.push({ severity: 'warning', file, line, message: `"${code.name}" is marked not codable; Warrant's codes can all be applied` });
    codes.push(code);
    stack[stack.length - 1]!.code = code;
  });
  const onText = (text: string) => {
    if (description) description.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag: SaxesTagNS) => {
    stack.pop();
    if (tag.local === 'Description' && description) {
      Object.assign(description.code, readDescription(description.text));
      description = null;
    }
  });
  try {
    parser.write(xml.replace(/^\uFEFF/, '')).close();
    if (!root) error('the file holds no <CodeBook> element', 1);
    if (codes.length === 0) error('the codebook holds no codes', 1);
  } catch (e) {
    if (!(e instanceof Stop)) {
      const message = e instanceof Error ? e.message.replace(/^[^:]*:\d+:\d+: /, '') : String(e);
      problems.push({ severity: 'error', file, line: parser.line, message: `malformed XML: ${message}` });
    }
    return { file, codes: [], problems };
  }
  if (sets > 0) problems.push({ severity: 'warning', file, message: `${sets} set${sets > 1 ? 's' : ''} of codes not imported (Warrant has no sets of codes)` });
  uniqueAmongSiblings(codes, file, problems);
  return { file, codes, problems };
}

const CSV_REQUIRED = ['name'] as const;
const CSV_OPTIONAL = ['parent', 'definition', 'inclusion', 'exclusion', 'example', 'colour', 'guid'] as const;

/** A cell the CSV export prefixed with an apostrophe (so a spreadsheet does not run it) reads as it was. */
const unneutralise = (text: string) => text.replace(/^'(?=[\t\r]|\s*[=+\-@])/, '');

/**
 * Reads a codebook as CSV: a header with `name` and any of parent (the path of the code it sits
 * under, "Supports > Coaching"), definition, inclusion, exclusion, example, colour and guid. A parent
 * not on a line of its own is added (reported); duplicate names are reported and made unique.
 */
export function readCodebookCsv(bytes: Uint8Array, file: string, { maxBytes = CODEBOOK_MAX_BYTES } = {}): ImportedCodebook {
  const problems: Problem[] = [];
  const codes: ImportedCode[] = [];
  const text = decode(bytes, file, problems, maxBytes);
  if (text === undefined) return { file, codes, problems };
  const headerLine = (
    text
      .replace(/^\uFEFF/, '')
      .split('\n')
      .find((l) => l.trim() && !/^sep=/i.test(l)) ?? ''
  ).toLowerCase();
  const present = CSV_OPTIONAL.filter((c) => new RegExp(`(^|[,;\\t"])\\s*${c}\\s*("|[,;\\t]|$)`).test(headerLine.trim()));
  const table = readCsvTable(text.replace(/^\uFEFF/, ''), file, [...CSV_REQUIRED, ...present]);
  problems.push(...table.problems);
  if (problems.some((p) => p.severity === 'error')) return { file, codes, problems };
  const byPath = new Map<string, ImportedCode>();
  const guids = new Map<string, number>();
  /** Parents added for a path, with the warning saying so (withdrawn if the parent's own line comes later). */
  const implied = new Map<ImportedCode, Problem>();
  const ensurePath = (names: string[], line: number): string | null => {
    if (names.length === 0) return null;
    const key = names.map(nameKey).join(PATH_SEPARATOR);
    const found = byPath.get(key);
    if (found) return found.key;
    const parentKey = ensurePath(names.slice(0, -1), line);
    const code: ImportedCode = {
      key,
      guid: null,
      parentKey,
      name: names.at(-1)!,
      colour: null,
      line,
      implied: true,
    };
    const problem: Problem = {
      severity: 'warning',
      file,
      line,
      field: 'parent',
      message: `"${names.join(PATH_SEPARATOR)}" is not on a line of its own: added as a code`,
    };
    problems.push(problem);
    implied.set(code, problem);
    byPath.set(key, code);
    codes.push(code);
    return key;
  };
  for (const row of table.rows) {
    if (row.malformed) {
      problems.push(row.malformed);
      continue;
    }
    const v = row.values as Record<string, string | undefined>;
    const cell = (c: string) => unneutralise(v[c] ?? '');
    const given = (c: (typeof CSV_OPTIONAL)[number]) => (present.includes(c) ? cell(c) : undefined);
    const name = tidyName(cell('name'));
    if (!name) {
      problems.push({ severity: 'error', file, line: row.line, field: 'name', message: 'a code needs a name' });
      continue;
    }
    if (name.length > 200) problems.push({ severity: 'error', file, line: row.line, field: 'name', message: "a code's name is at most 200 characters" });
    const parentNames = cell('parent').split(PATH_SEPARATOR.trim()).map(tidyName).filter(Boolean);
    const rawGuid = cell('guid').trim();
    const guid = rawGuid ? parseGuid(rawGuid) : undefined;
    if (rawGuid && !guid) problems.push({ severity: 'error', file, line: row.line, field: 'guid', message: `"${rawGuid.slice(0, 60)}" is not a GUID` });
    if (guid && guids.has(guid))
      problems.push({ severity: 'error', file, line: row.line, field: 'guid', message: `GUID ${guid} is already used on line ${guids.get(guid)}` });
    if (guid) guids.set(guid, row.line);
    const parentKey = ensurePath(parentNames, row.line);
    const pathKey = [...parentNames, name].map(nameKey).join(PATH_SEPARATOR);
    const described = {
      definition: given('definition'),
      inclusion: given('inclusion'),
      exclusion: given('exclusion'),
      example: given('example'),
      colour: colourOf(cell('colour'), file, row.line, 'colour', problems),
    };
    const earlier = byPath.get(pathKey);
    const impliedProblem = earlier && implied.get(earlier);
    if (earlier && impliedProblem) {
      // A parent named before its own line: its line describes it (its key stays, its children name it).
      Object.assign(earlier, described, { guid: guid ?? null, line: row.line, implied: false });
      problems.splice(problems.indexOf(impliedProblem), 1);
      implied.delete(earlier);
      continue;
    }
    const code: ImportedCode = { key: guid ?? `${pathKey}\u0000${row.line}`, guid: guid ?? null, parentKey, name, ...described, line: row.line };
    if (!earlier) byPath.set(pathKey, code);
    codes.push(code);
  }
  if (codes.length === 0 && !problems.some((p) => p.severity === 'error'))
    problems.push({ severity: 'error', file, line: 1, message: 'the file holds no codes: after the header line, one line per code' });
  uniqueAmongSiblings(codes, file, problems);
  return { file, codes, problems };
}

/** Reads a codebook file by its extension: .qdc (REFI-QDA) or .csv. */
export function readCodebookFile(bytes: Uint8Array, file: string, options: { maxBytes?: number } = {}): ImportedCodebook {
  if (/\.csv$/i.test(file)) return readCodebookCsv(bytes, file, options);
  if (/\.(qdc|xml)$/i.test(file)) return readCodebookQdc(bytes, file, options);
  return { file, codes: [], problems: [{ severity: 'error', file, message: 'a codebook is read from a .qdc (REFI-QDA) or a .csv file' }] };
}
