import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePointOffset,
  countWords,
  findUnwritableText,
  oneLine,
  sliceCodePoints,
  snapToWords,
  unwritableCharacter,
  utf16Index,
  wordEndAtOrAfter,
  wordStartAtOrBefore,
} from './text.js';

// "I love 🧮 math 𝑥" : the abacus and the mathematical italic x are outside the BMP (two UTF-16 units each).
const MIXED = 'I love 🧮 math 𝑥!';

describe('codePointLength', () => {
  it('counts BMP text the same as String.length', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('coach feedback')).toBe(14);
    expect(codePointLength('Señora Núñez')).toBe(12);
  });

  it('counts an emoji or another astral character as one, as REFI-QDA does', () => {
    expect('🧮'.length).toBe(2);
    expect(codePointLength('🧮')).toBe(1);
    expect(codePointLength('𝑥')).toBe(1);
    expect(codePointLength(MIXED)).toBe([...MIXED].length);
    expect(codePointLength(MIXED)).toBe(MIXED.length - 2);
    expect(codePointLength('👍👍👍')).toBe(3);
  });

  it('counts each code point of a composed emoji sequence separately (as REFI-QDA code points do)', () => {
    // woman + zero-width joiner + laptop: three code points, five UTF-16 units
    expect(codePointLength('👩\u200d💻')).toBe(3);
  });
});

describe('utf16Index and codePointOffset', () => {
  it('translate code-point offsets after an emoji into UTF-16 indices', () => {
    // "I love " is 7 code points, the abacus is the 8th (index 7), then " math"
    expect(utf16Index(MIXED, 7)).toBe(7);
    expect(utf16Index(MIXED, 8)).toBe(9);
    expect(MIXED.slice(utf16Index(MIXED, 9))).toBe('math 𝑥!');
  });

  it('clamp a code-point offset past the end to the string length', () => {
    expect(utf16Index(MIXED, 1000)).toBe(MIXED.length);
    expect(utf16Index('', 3)).toBe(0);
  });

  it('round-trip every code-point boundary', () => {
    const n = codePointLength(MIXED);
    for (let cp = 0; cp <= n; cp++) expect(codePointOffset(MIXED, utf16Index(MIXED, cp))).toBe(cp);
  });

  it('round-trip every UTF-16 index that is not inside a surrogate pair', () => {
    const boundaries: number[] = [];
    let i = 0;
    for (const ch of MIXED) {
      boundaries.push(i);
      i += ch.length;
    }
    boundaries.push(i);
    for (const b of boundaries) expect(utf16Index(MIXED, codePointOffset(MIXED, b))).toBe(b);
  });

  it('give the code-point offset of a match found with indexOf', () => {
    const text = '🙂🙂 the coach came';
    expect(text.indexOf('coach')).toBe(9);
    expect(codePointOffset(text, text.indexOf('coach'))).toBe(7);
  });
});

describe('sliceCodePoints', () => {
  it('slices by code points, never splitting an emoji', () => {
    expect(sliceCodePoints(MIXED, 7, 8)).toBe('🧮');
    expect(sliceCodePoints(MIXED, 9, 13)).toBe('math');
    expect(sliceCodePoints(MIXED, 14, 15)).toBe('𝑥');
    expect(sliceCodePoints(MIXED, 0, codePointLength(MIXED))).toBe(MIXED);
  });

  it('matches slicing the array of code points', () => {
    const cps = [...MIXED];
    for (let s = 0; s <= cps.length; s++) {
      for (let e = s; e <= cps.length; e++) expect(sliceCodePoints(MIXED, s, e)).toBe(cps.slice(s, e).join(''));
    }
  });

  it('gives an empty string for an empty range and stops at the end of the text', () => {
    expect(sliceCodePoints(MIXED, 3, 3)).toBe('');
    expect(sliceCodePoints('abc', 1, 50)).toBe('bc');
  });
});

describe('countWords', () => {
  it('counts plain words separated by spaces and punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords('We meet weekly, on Tuesdays.')).toBe(5);
    expect(countWords('Yes... no -- maybe?!')).toBe(3);
  });

  it('keeps apostrophes and hyphens inside a word as one word', () => {
    expect(countWords("don't")).toBe(1);
    expect(countWords('I don’t know')).toBe(3);
    expect(countWords('co-teaching and well-known grade-level meetings')).toBe(5);
    expect(countWords("the coach's time")).toBe(3);
  });

  it('does not count a hyphen or apostrophe standing alone, or at the edge of a word', () => {
    expect(countWords('math - the coach')).toBe(3);
    expect(countWords("'quoted' words")).toBe(2);
    expect(countWords('pre- and post-test')).toBe(3);
  });

  it('counts numbers as words', () => {
    expect(countWords('In 2009 we had 3 coaches')).toBe(6);
    expect(countWords('grade 5')).toBe(2);
  });

  it('counts accented words once', () => {
    expect(countWords('Señora Núñez habló')).toBe(3);
    expect(countWords('élève')).toBe(1);
  });

  it('does not count emoji or symbols as words', () => {
    expect(countWords('great 👍 session')).toBe(2);
    expect(countWords('🧮 + = %')).toBe(0);
  });

  it('gives the same count on repeated calls (the pattern keeps no state between calls)', () => {
    const s = 'one two three';
    expect(countWords(s)).toBe(3);
    expect(countWords(s)).toBe(3);
  });
});

/** The words a selection keeps once widened: the selection is marked in the text by two "|". */
function widened(marked: string): string {
  const parts = marked.split('|');
  if (parts.length !== 3) throw new Error(`mark the selection with two "|": ${marked}`);
  const [before, selected, after] = parts as [string, string, string];
  const text = before + selected + after;
  const start = codePointLength(before);
  const snapped = snapToWords(text, start, start + codePointLength(selected));
  return sliceCodePoints(text, snapped.start, snapped.end);
}

describe('snapToWords', () => {
  it('widens a selection ending or starting inside a word to the whole word', () => {
    expect(widened('They are |really differe|nt now.')).toBe('really different');
    expect(widened('They are rea|lly different| now.')).toBe('really different');
    expect(widened('They are re|all|y different now.')).toBe('really');
  });

  it('leaves a selection that already begins and ends between words as it is', () => {
    expect(widened('They are |really different| now.')).toBe('really different');
    expect(widened('They are| really different |now.')).toBe(' really different ');
    expect(widened('|They are really different now.|')).toBe('They are really different now.');
    expect(widened('They are really |different now.|')).toBe('different now.');
  });

  it('keeps punctuation outside the word as the selection had it', () => {
    expect(widened('“We meet |weekl|y,” she said.')).toBe('weekly');
    expect(widened('“We meet |weekly,|” she said.')).toBe('weekly,');
    expect(widened('Yes.|.. no| -- maybe?!')).toBe('.. no');
  });

  it('keeps accented words whole, composed or with combining accents', () => {
    expect(widened('Señora Nú|ñez ha|bló ayer')).toBe('Núñez habló');
    expect(widened('une él|ève|')).toBe('élève');
    const decomposed = 'une e\u0301le\u0300ve';
    expect(widened(`une e|\u0301le\u0300v|e`)).toBe(decomposed.slice(4));
    // A selection ending between a letter and its accent takes the accent.
    expect(widened('caf|e|\u0301 noir')).toBe('cafe\u0301');
  });

  it('treats an apostrophe inside a word as part of it, and quotes around a word as not', () => {
    expect(widened("I do|n|'t know")).toBe("don't");
    expect(widened('I don|’|t know')).toBe('don’t');
    expect(widened("the coach'|s| time")).toBe("coach's");
    expect(widened("'|quot|ed' words")).toBe('quoted');
    expect(widened("|'quoted'| words")).toBe("'quoted'");
  });

  it('treats a hyphen inside a word as part of it, and one between words as not', () => {
    expect(widened('we do co-te|aching| now')).toBe('co-teaching');
    expect(widened('we do co|-teaching| now')).toBe('co-teaching');
    expect(widened('math |- the| coach')).toBe('- the');
    expect(widened('pre|- and| post-test')).toBe('- and');
  });

  it('keeps numbers whole, their decimal and thousands separators included', () => {
    expect(widened('about 3|.|5 hours')).toBe('3.5');
    expect(widened('about 1,0|0|0 students')).toBe('1,000');
    expect(widened('grade 5|. Then| we met')).toBe('. Then');
  });

  it('never splits an emoji: skin tones, joined sequences, flags, variation selectors', () => {
    const thumb = '👍🏽';
    expect(widened(`great |👍|🏽 session`)).toBe(thumb);
    const teacher = '👩‍🏫';
    const [woman] = [...teacher];
    expect(widened(`the |${woman}|${teacher.slice(woman!.length)} said`)).toBe(teacher);
    expect(widened('from 🇫|🇷 and 🇪🇸|')).toBe('🇫🇷 and 🇪🇸');
    expect(widened('love |❤|\uFE0F it')).toBe('❤\uFE0F');
    // An emoji beside a word is not part of the word.
    expect(widened('great|👍 session|')).toBe('👍 session');
  });

  it('counts offsets in code points, as passages do', () => {
    const text = '🙂 We meet weekly';
    // "🙂 We mee": 8 code points, 9 UTF-16 units.
    expect(snapToWords(text, 2, 8)).toEqual({ start: 2, end: 9 });
    expect(wordStartAtOrBefore(text, 7)).toBe(5);
    expect(wordEndAtOrAfter(text, 7)).toBe(9);
  });

  it('returns offsets outside the text or out of order unchanged, for the caller to refuse', () => {
    expect(snapToWords('short text', 6, 50)).toEqual({ start: 6, end: 50 });
    expect(snapToWords('short text', 4, 2)).toEqual({ start: 4, end: 2 });
    expect(snapToWords('short text', -1, 3)).toEqual({ start: -1, end: 3 });
  });
});

describe('oneLine', () => {
  it('collapses line breaks and runs of spaces, trimming the ends', () => {
    expect(oneLine('  We met\n\n  on  Tuesday\t ')).toBe('We met on Tuesday');
  });
});

describe('text written with decomposed accents', () => {
  it('counts a word with a combining accent as one word, and numbers with separators as one', () => {
    expect(countWords('nai\u0308ve cafe\u0301')).toBe(2);
    expect(countWords('3.5 hours, 1,000 students')).toBe(4);
  });
});

describe('unwritableCharacter', () => {
  it('keeps tabs, line breaks, emoji and every script as written', () => {
    for (const ok of ['', 'plain', 'a\tb\nc\r\nd', MIXED, '👩\u200d💻', 'Señora Núñez', 'مرحبا', '\u00a0\u00a9\u00ff'])
      expect(unwritableCharacter(ok)).toBeUndefined();
  });

  it('refuses each C0 and C1 control character other than tab and line breaks, naming it and its place in code points', () => {
    for (let c = 0; c <= 0x9f; c++) {
      if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0x7f)) continue;
      expect(unwritableCharacter(`ab${String.fromCharCode(c)}`), `U+${c.toString(16)}`).toMatch(/control character/);
    }
    expect(unwritableCharacter('🧮 \u001b]0;owned\u0007')).toBe(
      'contains a control character (U+001B) at character 3; only tabs and line breaks are kept, remove it',
    );
    expect(unwritableCharacter('\u009b2J')).toMatch(/U\+009B\) at character 1/);
  });

  it('refuses a half of a surrogate pair standing alone, and keeps whole pairs', () => {
    expect(unwritableCharacter('x\ud800')).toBe(
      'contains half of a surrogate pair (U+D800) at character 2, which is not a character: the text is not valid Unicode',
    );
    expect(unwritableCharacter('\udfffx')).toMatch(/U\+DFFF\) at character 1/);
    expect(unwritableCharacter('\ud83e\udd8e\ud800')).toMatch(/U\+D800\) at character 2/);
    expect(unwritableCharacter('\udc00\ud800')).toMatch(/U\+DC00/);
    expect(unwritableCharacter('\ud83e\udd8e')).toBeUndefined();
  });
});

describe('findUnwritableText', () => {
  it('names the path of the first refused text in a body, keys included', () => {
    expect(findUnwritableText({ title: 'ok', sections: [{ text: 'fine' }, { text: 'bad\u001b[2J' }] })).toEqual({
      path: 'sections.1.text',
      problem: expect.stringMatching(/U\+001B/),
    });
    expect(findUnwritableText({ a: 'x\ud800', b: '\u0007' })?.path).toBe('a');
    expect(findUnwritableText({ labels: { 'k\u0085': 'v' } })).toEqual({
      path: 'labels.k\u0085',
      problem: expect.stringMatching(/^its name contains a control character \(U\+0085\)/),
    });
    expect(findUnwritableText('\u0000')).toEqual({ path: '', problem: expect.stringMatching(/U\+0000/) });
    expect(findUnwritableText({ n: 3, on: true, none: null, list: ['a', 'b'] })).toBeUndefined();
  });

  it('walks a deeply nested value without exhausting the stack', () => {
    let deep: unknown = 'end\u001b';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnwritableText(deep)?.problem).toMatch(/U\+001B/);
  });
});
