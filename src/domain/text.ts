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

// Letters with their combining marks; apostrophes and hyphens inside words; 3.5 and 1,000 as one.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*|(?<=\p{N})[.,]\p{N}+)*/gu;

export function countWords(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s)) n++;
  return n;
}

/** Collapses runs of whitespace for display in snippets and one-line listings. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
