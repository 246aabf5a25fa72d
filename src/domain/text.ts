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
      const joins = c === 39 || c === 0x2019 || c === 45 ? i + 1 < length && startsWord(s, i + 1) : (c === 46 || c === 44) && isDigit(s.charCodeAt(i - 1)) && isDigit(s.charCodeAt(i + 1));
      if (!joins) break;
      i++;
    }
  }
  return n;
}

/** Collapses runs of whitespace for display in snippets and one-line listings. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
