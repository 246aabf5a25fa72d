/**
 * Offsets into transcripts count Unicode code points from 0, as the REFI-QDA exchange standard
 * does, so a passage cited here points at the same characters in any other QDA tool.
 * JavaScript strings count UTF-16 units; these helpers translate.
 */

export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** UTF-16 index of the code point at `cp` (clamped to the string's end). */
export function utf16Index(s: string, cp: number): number {
  let index = 0;
  for (let k = 0; k < cp && index < s.length; k++) {
    const c = s.charCodeAt(index);
    const d = s.charCodeAt(index + 1);
    index += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return index;
}

export function codePointOffset(s: string, utf16: number): number {
  return codePointLength(s.slice(0, utf16));
}

export function sliceCodePoints(s: string, start: number, end: number): string {
  const from = utf16Index(s, start);
  return s.slice(from, from + utf16Index(s.slice(from), end - start));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The code point at UTF-16 index i, as a string (one or two units). */
const charAt = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? s.slice(i, i + 2) : s[i]!;
};

function startsWord(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? isAsciiAlnum(c) : LETTER_OR_DIGIT.test(charAt(s, i));
}

function continuesWord(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? isAsciiAlnum(c) : LETTER_OR_DIGIT.test(charAt(s, i)) || MARK.test(charAt(s, i));
}

/**
 * Words of spoken text: letters and digits with their combining marks; an apostrophe or hyphen
 * inside a word keeps it one word (don't, co-teaching), as does a separator inside a number (3.5,
 * 1,000). A hand-written scanner: transcripts are counted at import, megabytes at a time.
 */
export function countWords(s: string): number {
  let n = 0;
  let i = 0;
  const length = s.length;
  while (i < length) {
    if (!startsWord(s, i)) {
      i++;
      continue;
    }
    n++;
    i += charAt(s, i).length;
    while (i < length) {
      if (continuesWord(s, i)) {
        i += charAt(s, i).length;
        continue;
      }
      const c = s.charCodeAt(i);
      const joins =
        c === 39 || c === 0x2019 || c === 45
          ? i + 1 < length && startsWord(s, i + 1)
          : (c === 46 || c === 44) && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1));
      if (!joins) break;
      i++;
    }
  }
  return n;
}

/** The code point that ends just before UTF-16 index i, as a string ('' at the start). */
const charBefore = (s: string, i: number) => {
  if (i <= 0) return '';
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff ? s.slice(i - 2, i) : s[i - 1]!;
};

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_JOINER = /^['\u2019-]$/u;
const NUMBER_JOINER = /^[.,]$/;
const ASCII_DIGIT = /^[0-9]$/;
/** What never begins a character of its own: it belongs to the one before (an accent, a variation selector, a skin tone, an emoji tag). */
const CLINGS = /^[\p{M}\p{Emoji_Modifier}\u200D\u{E0020}-\u{E007F}]$/u;
const REGIONAL_INDICATOR = /^[\u{1F1E6}-\u{1F1FF}]$/u;

/**
 * Whether a cut at UTF-16 index i would split a word (as countWords reads words: letters and
 * digits with their marks, joined by an apostrophe or hyphen inside the word, or a separator inside
 * a number) or a character as the reader sees it (a letter and its accent, an emoji sequence).
 */
function splitsAt(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const before = charBefore(s, i);
  const at = charAt(s, i);
  if (CLINGS.test(at) || before === '\u200D') return true;
  if (REGIONAL_INDICATOR.test(before) && REGIONAL_INDICATOR.test(at)) {
    // Flags are pairs of regional indicators: a cut splits one when an odd number of them precede it.
    let n = 0;
    for (let k = i; k > 0 && REGIONAL_INDICATOR.test(charBefore(s, k)); k -= charBefore(s, k).length) n++;
    return n % 2 === 1;
  }
  if (WORD_CHAR.test(before) && WORD_CHAR.test(at)) return true;
  const after = () => charAt(s, i + at.length);
  const twoBefore = () => charBefore(s, i - before.length);
  if (WORD_JOINER.test(at)) return WORD_CHAR.test(before) && i + 1 < s.length && WORD_START.test(after());
  if (WORD_JOINER.test(before)) return WORD_START.test(at) && WORD_CHAR.test(twoBefore());
  if (NUMBER_JOINER.test(at)) return ASCII_DIGIT.test(before) && ASCII_DIGIT.test(s[i + 1] ?? '');
  if (NUMBER_JOINER.test(before)) return ASCII_DIGIT.test(at) && ASCII_DIGIT.test(twoBefore());
  return false;
}

/** The code-point offset moved back to the start of the word (or character) it falls inside; unchanged between words. */
export function wordStartAtOrBefore(s: string, cp: number): number {
  let i = utf16Index(s, cp);
  let n = cp;
  while (splitsAt(s, i)) {
    i -= charBefore(s, i).length;
    n--;
  }
  return n;
}

/** The code-point offset moved on to the end of the word (or character) it falls inside; unchanged between words. */
export function wordEndAtOrAfter(s: string, cp: number): number {
  let i = utf16Index(s, cp);
  let n = cp;
  while (splitsAt(s, i)) {
    i += charAt(s, i).length;
    n++;
  }
  return n;
}

/**
 * A selection widened to whole words: a start or end that falls inside a word moves outward to the
 * word's edge, so that a drag ending in "…really differe" keeps "different". Code-point offsets;
 * offsets outside the text are returned as they are, for the caller to refuse.
 */
export function snapToWords(s: string, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > codePointLength(s)) return { start, end };
  return { start: wordStartAtOrBefore(s, start), end: wordEndAtOrAfter(s, end) };
}

/** Collapses runs of whitespace for display in snippets and one-line listings. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** C0 controls other than tab, line feed and carriage return, and DEL (ranges for a character class). */
export const C0_CONTROLS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F';
/** C1 controls (ranges for a character class); CSI (U+009B) alone starts a terminal sequence. */
export const C1_CONTROLS = '\\u0080-\\u009F';
/** Bidirectional overrides and isolates (ranges for a character class): they make text read other than it is. */
export const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069';
/** Half of a surrogate pair standing alone (a pattern). */
export const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
/**
 * Characters that text written into Warrant may not hold: C0 and C1 control characters other than
 * tab, line feed and carriage return (a terminal acts on them: ESC starts the sequences that retitle
 * a window, clear the screen or write to the clipboard), and a half of a UTF-16 surrogate pair
 * standing alone, which is no character at all and which neither engine stores as valid UTF-8.
 */
const CONTROL = `[${C0_CONTROLS}${C1_CONTROLS}]`;
const UNWRITABLE = new RegExp(`${CONTROL}|${LONE_SURROGATE}`);
const CONTROLS = new RegExp(CONTROL, 'g');
const LONE_SURROGATES = new RegExp(LONE_SURROGATE, 'g');

const codeOf = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with a text that may not be stored as written, or undefined when it may be. */
export function unwritableCharacter(s: string): string | undefined {
  const m = UNWRITABLE.exec(s);
  if (!m) return undefined;
  const at = codePointOffset(s, m.index) + 1;
  const c = m[0].charCodeAt(0);
  return c >= 0xd800 && c <= 0xdfff
    ? `contains half of a surrogate pair (${codeOf(m[0])}) at character ${at}, which is not a character: the text is not valid Unicode`
    : `contains a control character (${codeOf(m[0])}) at character ${at}; only tabs and line breaks are kept, remove it`;
}

/**
 * Text extracted from a document, made storable: control characters dropped, and a lone surrogate
 * replaced by U+FFFD, as a decoder does with bytes that are no character.
 */
export const storableText = (s: string): string => s.replace(CONTROLS, '').replace(LONE_SURROGATES, '\uFFFD');

/**
 * The first text in a value (a string, or the strings and keys of an object or array, however
 * nested) that may not be stored, with its path as the API names fields ("sections.0.text").
 */
export function findUnwritableText(value: unknown): { path: string; problem: string } | undefined {
  // Depth-first with a stack of its own, each node linked to its parent (the path is spelled out
  // only for the text refused): a deeply nested body must not exhaust the call stack.
  interface Node {
    value: unknown;
    key?: string;
    parent?: Node;
  }
  const pathOf = (n: Node) => {
    const keys: string[] = [];
    for (let at: Node | undefined = n; at?.key !== undefined; at = at.parent) keys.push(at.key);
    return keys.reverse().join('.');
  };
  const stack: Node[] = [{ value }];
  while (stack.length) {
    const node = stack.pop()!;
    const keyProblem = node.key !== undefined && unwritableCharacter(node.key);
    if (keyProblem) return { path: pathOf(node), problem: `its name ${keyProblem}` };
    if (typeof node.value === 'string') {
      const problem = unwritableCharacter(node.value);
      if (problem) return { path: pathOf(node), problem };
    } else if (node.value !== null && typeof node.value === 'object') {
      const entries = Object.entries(node.value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], key: entries[i]![0], parent: node });
    }
  }
  return undefined;
}
