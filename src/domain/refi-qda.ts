/**
 * A REFI-QDA project (QDA-XML 1.0, the `project.qde` inside a `.qdpx`) as Warrant reads and writes
 * it: users, the codebook, text sources with their selections and codings, notes and what they are
 * attached to, cases with their variables and sources, and sets. Offsets are Unicode code points of
 * the source's text, as the standard counts them (domain/text.ts). Pure: no I/O.
 */

import { codePointLength } from './text.js';

export const QDE_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface RefiUser {
  guid: string;
  name?: string;
  id?: string;
}

export interface RefiCode {
  guid: string;
  name: string;
  /** The enclosing code's GUID, or undefined for a top-level code. */
  parentGuid?: string;
  isCodable: boolean;
  /** `#rrggbb`, or undefined when the project gave none (or one that could not be read). */
  colour?: string;
  /** The code's `<Description>`: its definition. */
  description?: string;
  noteRefs: string[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser?: string;
  creationDateTime?: string;
  noteRefs: string[];
}

export interface RefiSelection {
  guid: string;
  name?: string;
  /** Code points from 0 in the source's text (as read here: line ends LF, see RefiSource.text). */
  start: number;
  end: number;
  creatingUser?: string;
  creationDateTime?: string;
  codings: RefiCoding[];
  noteRefs: string[];
}

export interface RefiVariableValue {
  variableGuid: string;
  /** The variable's name when the project declares it. */
  name?: string;
  value: string;
}

export interface RefiSource {
  guid: string;
  name: string;
  /** The archive entry the text was read from, or undefined when it was inline (`<PlainTextContent>`). */
  entry?: string;
  /** The source's text, line ends normalised to LF (offsets corrected when the file had CRLF). */
  text: string;
  creatingUser?: string;
  creationDateTime?: string;
  selections: RefiSelection[];
  /** Codings of the whole source (a `<Coding>` directly inside the `<TextSource>`). */
  codings: RefiCoding[];
  noteRefs: string[];
  variables: RefiVariableValue[];
}

export interface RefiNote {
  guid: string;
  name?: string;
  text: string;
  creatingUser?: string;
  creationDateTime?: string;
  /** Set when the note was read from a `<Description>` of the item it is attached to (a known deviation). */
  fromDescription?: boolean;
}

export interface RefiVariable {
  guid: string;
  name: string;
  typeOfVariable: string;
}

export interface RefiCase {
  guid: string;
  name?: string;
  description?: string;
  variables: RefiVariableValue[];
  sourceRefs: string[];
  selectionRefs: string[];
  codeRefs: string[];
}

export interface RefiSet {
  guid: string;
  name: string;
  description?: string;
  codes: string[];
  sources: string[];
  notes: string[];
}

/** Something in the project Warrant cannot map yet (a picture, a PDF region, audio or video), listed by name. */
export interface RefiUnmapped {
  /** The element, e.g. "PictureSource", "PDFSelection", "AudioSource". */
  element: string;
  guid?: string;
  name?: string;
  line: number;
}

export interface RefiProblem {
  severity: 'error' | 'warning';
  /** The file inside the archive (or the archive itself) the problem is in. */
  file: string;
  /** The element (and its line when known), e.g. `PlainTextSelection guid="…" (line 12)`. */
  where?: string;
  message: string;
}

export interface RefiProject {
  name: string;
  origin?: string;
  /** The name of the `.qde` file read. */
  qde: string;
  users: RefiUser[];
  /** Every code, parents before their children, in the codebook's order. */
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiSource[];
  notes: RefiNote[];
  /** Which items each note is attached to: note GUID → GUIDs of codes, sources, selections, codings, cases or the project. */
  noteTargets: Map<string, string[]>;
  sets: RefiSet[];
  unmapped: RefiUnmapped[];
}

/** The outcome of reading a `.qdpx`: the project when nothing is an error, and every problem found. */
export interface RefiReadResult {
  project?: RefiProject;
  problems: RefiProblem[];
}

const GUID =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

export const isGuid = (s: string): boolean => GUID.test(s);

/** A GUID in the canonical form Warrant compares and keeps: lower case, without braces. */
export const normaliseGuid = (s: string): string => s.replace(/^\{|\}$/g, '').toLowerCase();

export type ColourReading = { colour: string; deviation?: string } | { colour: undefined; deviation?: string };

/**
 * A code's colour as `#rrggbb`: the standard's `#rgb` and `#rrggbb`, and the `rgb(r, g, b)` some
 * exporters write (a deviation, reported); anything else is left out, reported.
 */
export function readColour(value: string | undefined): ColourReading {
  if (value === undefined || value.trim() === '') return { colour: undefined };
  const v = value.trim();
  const hex = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/.exec(v);
  if (hex) {
    const h = hex[1]!;
    const six = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    return { colour: `#${six.toLowerCase()}` };
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(v);
  if (rgb) {
    const parts = [rgb[1], rgb[2], rgb[3]].map(Number);
    if (parts.every((n) => n <= 255)) {
      return { colour: `#${parts.map((n) => n.toString(16).padStart(2, '0')).join('')}`, deviation: `colour written as "${v}" instead of #rrggbb` };
    }
  }
  return { colour: undefined, deviation: `colour "${v}" is not a colour (#rrggbb expected); left out` };
}

/** How a source's selections counted its CRLF line ends. */
export type LineEndCounting = 'crlf-as-two' | 'crlf-as-one';

const SPACE = /\s/u;
const EDGE = /[\s.,;:!?"'()[\]\u2014\u2013-]/u;
/** A selection's start looks deliberate when it falls on a word's first character (not on a space, not mid-word). */
const goodStart = (text: string, at: number) => at >= text.length || (!SPACE.test(text[at]!) && (at === 0 || EDGE.test(text[at - 1]!)));
/** A selection's end looks deliberate when it falls after a word or its punctuation (not after a space, not mid-word). */
const goodEnd = (text: string, at: number) => at <= 0 || (!SPACE.test(text[at - 1]!) && (at >= text.length || EDGE.test(text[at]!)));

/**
 * Decides how an exporter counted a text's CRLF line ends and maps selections onto the text with
 * LF line ends. Some tools count CRLF as two code points (the file as it is), others as one (the
 * text as they show it). A selection past the LF text's end settles it (only two-per-CRLF reaches
 * there); otherwise the reading whose selections more often start on a word and end after one wins, ties going
 * to the file as it is (what the standard says).
 *
 * `raw` is the text with its CRLF; `spans` are [start, end] pairs in code points as the project
 * gives them. Returns the counting chosen and the spans as code points of the LF text.
 */
export function correctCrlfOffsets(raw: string, spans: readonly (readonly [number, number])[]): { counting: LineEndCounting; spans: [number, number][] } {
  const lf = raw.replace(/\r\n/g, '\n');
  // Code point positions of each "\r" of a CRLF in the raw text.
  const crs: number[] = [];
  let cp = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0d && raw.charCodeAt(i + 1) === 0x0a) crs.push(cp);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    cp++;
  }
  /** A raw code point offset moved onto the LF text: each CR before it is dropped. */
  const fromRaw = (at: number) => {
    let lo = 0;
    let hi = crs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (crs[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return at - lo;
  };
  const asTwo = spans.map(([s, e]) => [fromRaw(s), fromRaw(e)] as [number, number]);
  const asOne = spans.map(([s, e]) => [s, e] as [number, number]);
  const lfLength = codePointLength(lf);
  if (spans.some(([, e]) => e > lfLength)) return { counting: 'crlf-as-two', spans: asTwo };
  // Scored on UTF-16 positions: close enough for deciding, and both readings are scored alike.
  const score = (xs: [number, number][]) => xs.reduce((n, [s, e]) => n + (goodStart(lf, s) ? 1 : 0) + (goodEnd(lf, e) ? 1 : 0), 0);
  return score(asOne) > score(asTwo) ? { counting: 'crlf-as-one', spans: asOne } : { counting: 'crlf-as-two', spans: asTwo };
}

/** What a project holds, counted (a coding of a whole source counts as one). */
export function projectCounts(p: RefiProject) {
  const selections = p.sources.flatMap((s) => s.selections);
  return {
    users: p.users.length,
    codes: p.codes.length,
    sources: p.sources.length,
    selections: selections.length,
    codings: selections.reduce((k, s) => k + s.codings.length, 0) + p.sources.reduce((k, s) => k + s.codings.length, 0),
    notes: p.notes.length,
    cases: p.cases.length,
    sets: p.sets.length,
    unmapped: p.unmapped.length,
  };
}
