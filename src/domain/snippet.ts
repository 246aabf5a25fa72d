import type { SearchQuery } from './search-query.js';
import { codePointLength, countWords } from './text.js';

/** A stretch of a snippet; `match` marks the words the search matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface MarkedText {
  /** The text without marks. */
  text: string;
  /** Matched ranges, as UTF-16 indices into `text`. */
  ranges: { start: number; end: number }[];
}

/**
 * Reads text in which the engine wrapped each match between `open` and `close`. Matches separated
 * only by spaces or punctuation are one range (a phrase reads as one match, whichever engine
 * marked it: FTS5 marks a phrase whole, PostgreSQL word by word). One pass over the text: a
 * segment of a long turn can hold thousands of marks.
 */
const NO_WORD = /^[^\p{L}\p{N}]*$/u;

export function readMarks(marked: string, open: string, close: string): MarkedText {
  const plain = (s: string) => (s.includes(open) || s.includes(close) ? s.replaceAll(open, '').replaceAll(close, '') : s);
  const parts: string[] = [];
  let length = 0;
  const add = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const ranges: { start: number; end: number }[] = [];
  // Whether a word stands between the last range and the next one: if not, they are one range.
  let wordSince = false;
  let at = 0;
  for (let o = marked.indexOf(open); o !== -1; o = marked.indexOf(open, at)) {
    const c = marked.indexOf(close, o + 1);
    const before = plain(marked.slice(at, o));
    add(before);
    if (!wordSince && before && !NO_WORD.test(before)) wordSince = true;
    if (c === -1) {
      at = o + 1; // a mark never closed: keep its text, unmarked
      break;
    }
    const start = length;
    add(plain(marked.slice(o + 1, c)));
    if (length > start) {
      const last = ranges[ranges.length - 1];
      if (last && !wordSince) last.end = length;
      else ranges.push({ start, end: length });
      wordSince = false;
    }
    at = c + 1;
  }
  add(plain(marked.slice(at)));
  return { text: parts.join(''), ranges };
}

/**
 * When every term searched for is a phrase, a match is a whole phrase: PostgreSQL also marks the
 * phrase's words where they stand alone, and those marks are dropped.
 */
export function keepPhraseMatches(m: MarkedText, query: SearchQuery): MarkedText {
  const terms = query.groups.flat();
  if (terms.some((t) => t.words.length < 2)) return m;
  const shortest = Math.min(...terms.map((t) => t.words.length));
  return { text: m.text, ranges: m.ranges.filter((r) => countWords(m.text.slice(r.start, r.end)) >= shortest) };
}

/** A hit gives where its first matches are, not every one of a word said thousands of times. */
export const MAX_MATCHES_PER_HIT = 100;

/**
 * Offsets of the (first MAX_MATCHES_PER_HIT) matches in code points, shifted by where the text sits
 * in its transcript; counted in one pass from match to match.
 */
export function matchOffsets(m: MarkedText, base: number): { start: number; end: number }[] {
  const offsets: { start: number; end: number }[] = [];
  let unit = 0;
  let cp = base;
  for (const r of m.ranges) {
    if (offsets.length === MAX_MATCHES_PER_HIT) break;
    cp += codePointLength(m.text.slice(unit, r.start));
    const start = cp;
    cp += codePointLength(m.text.slice(r.start, r.end));
    unit = r.end;
    offsets.push({ start, end: cp });
  }
  return offsets;
}

/** Whether the text goes on before and after what is shown (a segment in the middle of a long turn). */
export interface Continues {
  before: boolean;
  after: boolean;
}

export const SNIPPET_WIDTH = 240;

/** A window of about `width` characters around the first match, cut at word boundaries. */
export function snippet(m: MarkedText, width = SNIPPET_WIDTH, continues: Continues = { before: false, after: false }): SnippetPart[] {
  const first = m.ranges[0];
  let from = 0;
  let to = m.text.length;
  if (m.text.length > width) {
    const anchor = first ? first.start : 0;
    from = Math.max(0, anchor - Math.floor(width / 3));
    to = Math.min(m.text.length, from + width);
    from = Math.max(0, to - width);
    if (from > 0) from = Math.min(nextWordStart(m.text, from), anchor);
    // The first match is shown whole, unless it is longer than the window (a word said over and over).
    if (to < m.text.length) to = Math.max(previousWordEnd(m.text, to), first && first.end - from <= width ? first.end : 0);
  }
  const parts: SnippetPart[] = [];
  const add = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  if (from > 0 || continues.before) add('… ', false);
  let at = from;
  for (const r of m.ranges) {
    if (r.start >= to) break;
    if (r.end <= from) continue;
    add(m.text.slice(at, Math.max(at, r.start)), false);
    add(m.text.slice(Math.max(at, r.start), Math.min(r.end, to)), true);
    at = Math.min(r.end, to);
  }
  add(m.text.slice(at, to), false);
  if (to < m.text.length || continues.after) add(' …', false);
  return parts;
}

const WORD_LIMIT = 30;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/** Where the next word starts after i (a window never starts mid-word), unless no space is near. */
function nextWordStart(s: string, i: number): number {
  for (let j = i; j < s.length && j - i <= WORD_LIMIT; j++) if (isSpace(s.charCodeAt(j))) return j + 1;
  return i;
}

/** Where the word before i ends (a window never ends mid-word), unless no space is near. */
function previousWordEnd(s: string, i: number): number {
  for (let j = i - 1; j >= 0 && i - j <= WORD_LIMIT; j--) if (isSpace(s.charCodeAt(j))) return j;
  return i;
}

export const snippetText = (parts: readonly SnippetPart[], mark: (s: string) => string = (s) => `[${s}]`): string =>
  parts
    .map((p) => (p.match ? mark(p.text) : p.text))
    .join('')
    .replace(/\s+/g, ' ');
