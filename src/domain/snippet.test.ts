import { describe, expect, it } from 'vitest';
import { MAX_MATCHES_PER_HIT, matchOffsets, readMarks, snippet, snippetText, type MarkedText } from './snippet.js';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const mark = (s: string) => s.replaceAll('[', OPEN).replaceAll(']', CLOSE);

describe('readMarks', () => {
  it('removes the markers and records each match as a UTF-16 range of the clean text', () => {
    const m = readMarks(mark('The [coach] gives [feedback] weekly.'), OPEN, CLOSE);
    expect(m.text).toBe('The coach gives feedback weekly.');
    expect(m.ranges).toEqual([
      { start: 4, end: 9 },
      { start: 16, end: 24 },
    ]);
    for (const r of m.ranges) expect(['coach', 'feedback']).toContain(m.text.slice(r.start, r.end));
  });

  it('keeps astral characters intact, counting them as two UTF-16 units in the ranges', () => {
    const m = readMarks(mark('🧮 [math]'), OPEN, CLOSE);
    expect(m.text).toBe('🧮 math');
    expect(m.ranges).toEqual([{ start: 3, end: 7 }]);
  });

  it('ignores an empty mark and a mark that is never closed', () => {
    expect(readMarks(mark('a [] b'), OPEN, CLOSE)).toEqual({ text: 'a  b', ranges: [] });
    expect(readMarks(mark('a [b c'), OPEN, CLOSE)).toEqual({ text: 'a b c', ranges: [] });
  });

  it('reads text without marks as is', () => {
    expect(readMarks('plain text', OPEN, CLOSE)).toEqual({ text: 'plain text', ranges: [] });
  });
});

describe('reading the marks of a long text', () => {
  it('reads 68,000 marks of a 400 KB text in linear time, merging matches separated by spaces only', () => {
    const text = 'coach '.repeat(68_000);
    const marked = mark(text.replaceAll('coach', '[coach]'));
    const started = performance.now();
    const m = readMarks(marked, OPEN, CLOSE);
    expect(performance.now() - started).toBeLessThan(500);
    expect(m.text).toBe(text);
    expect(m.ranges).toEqual([{ start: 0, end: text.length - 1 }]);
  });

  it('reads 40,000 separate matches and gives offsets for the first 100 only, in linear time', () => {
    const text = '🧮 coach and '.repeat(40_000);
    const m = readMarks(mark(text.replaceAll('coach', '[coach]')), OPEN, CLOSE);
    expect(m.ranges).toHaveLength(40_000);
    const started = performance.now();
    const offsets = matchOffsets(m, 7);
    expect(performance.now() - started).toBeLessThan(100);
    expect(offsets).toHaveLength(MAX_MATCHES_PER_HIT);
    const cps = [...text];
    for (const o of offsets) expect(cps.slice(o.start - 7, o.end - 7).join('')).toBe('coach');
    expect(offsets[99]).toEqual({ start: 7 + 99 * 12 + 2, end: 7 + 99 * 12 + 7 });
  });
});

describe('matchOffsets', () => {
  it('gives code-point offsets in the transcript, shifted by where the text starts', () => {
    const m = readMarks(mark('The [coach] came'), OPEN, CLOSE);
    expect(matchOffsets(m, 0)).toEqual([{ start: 4, end: 9 }]);
    expect(matchOffsets(m, 120)).toEqual([{ start: 124, end: 129 }]);
  });

  it('counts an astral character before the match as one', () => {
    const m = readMarks(mark('👍 🧮 the [coach] and the [principal] 𝑥'), OPEN, CLOSE);
    // "👍 🧮 the " is 8 code points (12 UTF-16 units)
    expect(m.ranges[0]).toEqual({ start: 10, end: 15 });
    expect(matchOffsets(m, 30)).toEqual([
      { start: 38, end: 43 },
      { start: 52, end: 61 },
    ]);
    const cps = [...m.text];
    for (const o of matchOffsets(m, 0)) expect(['coach', 'principal']).toContain(cps.slice(o.start, o.end).join(''));
  });

  it('gives no offsets when nothing is marked', () => {
    expect(matchOffsets(readMarks('nothing', OPEN, CLOSE), 10)).toEqual([]);
  });
});

describe('snippet', () => {
  it('shows a short text whole, with the matches marked', () => {
    const m = readMarks(mark('The [coach] gives [feedback] weekly.'), OPEN, CLOSE);
    expect(snippet(m)).toEqual([
      { text: 'The ', match: false },
      { text: 'coach', match: true },
      { text: ' gives ', match: false },
      { text: 'feedback', match: true },
      { text: ' weekly.', match: false },
    ]);
  });

  it('shows a short text with no match whole, unmarked', () => {
    expect(snippet({ text: 'No match here.', ranges: [] })).toEqual([{ text: 'No match here.', match: false }]);
  });

  it('starts and ends a match-at-the-edge text without an empty part', () => {
    const m = readMarks(mark('[coach]'), OPEN, CLOSE);
    expect(snippet(m)).toEqual([{ text: 'coach', match: true }]);
  });

  const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

  it('cuts a long text at word boundaries around the match, with ellipses, keeping the match inside', () => {
    const before = words('before', 60);
    const after = words('after', 60);
    const m = readMarks(mark(`${before} the [coach] came ${after}`), OPEN, CLOSE);
    const parts = snippet(m, 80);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(parts[parts.length - 1]!.text.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.match)).toEqual([{ text: 'coach', match: true }]);

    const shown = snippetText(parts, (s) => s);
    const inner = shown.slice(2, -2);
    // the window holds whole words of the text only
    expect(m.text).toContain(inner);
    for (const w of inner.split(' ')) expect(w).toMatch(/^(before\d+|after\d+|the|coach|came)$/);
    const start = m.text.indexOf(inner);
    expect(start === 0 || m.text[start - 1] === ' ').toBe(true);
    expect(m.text[start + inner.length]).toBe(' ');
    // about the requested width, and never more
    expect(inner.length).toBeLessThanOrEqual(80);
    expect(inner.length).toBeGreaterThan(40);
    // more context after the match than before it
    expect(inner.indexOf('coach')).toBeLessThan(inner.length / 2);
  });

  it('has no leading ellipsis when the match is near the start, and no trailing one when near the end', () => {
    const tail = words('w', 100);
    const early = snippet(readMarks(mark(`The [coach] came ${tail}`), OPEN, CLOSE), 60);
    expect(early[0]).toEqual({ text: 'The ', match: false });
    expect(early[1]).toEqual({ text: 'coach', match: true });
    expect(early[early.length - 1]!.text.endsWith(' …')).toBe(true);

    const late = snippet(readMarks(mark(`${tail} then the [coach] came.`), OPEN, CLOSE), 60);
    expect(late[0]!.text.startsWith('… ')).toBe(true);
    expect(late[late.length - 1]).toEqual({ text: ' came.', match: false });
    expect(late.some((p) => p.match && p.text === 'coach')).toBe(true);
  });

  it('shows the beginning of a long text that has no match', () => {
    const m: MarkedText = { text: words('w', 100), ranges: [] };
    const parts = snippet(m, 50);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.match).toBe(false);
    expect(parts[0]!.text.startsWith('w0 w1 ')).toBe(true);
    expect(parts[0]!.text.endsWith(' …')).toBe(true);
  });

  it('leaves out matches outside the window but keeps those inside', () => {
    const text = `${words('a', 80)} coach ${words('b', 80)} coach`;
    const first = text.indexOf('coach');
    const last = text.lastIndexOf('coach');
    const parts = snippet(
      {
        text,
        ranges: [
          { start: first, end: first + 5 },
          { start: last, end: last + 5 },
        ],
      },
      100,
    );
    expect(parts.filter((p) => p.match)).toEqual([{ text: 'coach', match: true }]);
  });

  it('keeps the match inside the default window of a long turn', () => {
    const text = `${words('x', 200)} Learning Walks ${words('y', 200)}`;
    const at = text.indexOf('Learning');
    const parts = snippet({ text, ranges: [{ start: at, end: at + 'Learning Walks'.length }] });
    expect(parts.find((p) => p.match)?.text).toBe('Learning Walks');
    expect(snippetText(parts).length).toBeLessThanOrEqual(240 + 4);
  });
});

describe('snippet of a segment in the middle of a long turn', () => {
  it('cuts a match longer than the window (one word said over and over) at a word', () => {
    const m = readMarks(mark(`[${'coach '.repeat(2_000).trim()}]`), OPEN, CLOSE);
    const parts = snippet(m);
    expect(parts[0]!.match).toBe(true);
    expect(parts[0]!.text.length).toBeLessThanOrEqual(240);
    expect(parts[0]!.text.endsWith('coach')).toBe(true);
    expect(parts[1]).toEqual({ text: ' …', match: false });
  });

  it('says with ellipses that the turn goes on before and after the segment', () => {
    const m = readMarks(mark('the [coach] came'), OPEN, CLOSE);
    expect(snippetText(snippet(m, 240, { before: true, after: true }))).toBe('… the [coach] came …');
    expect(snippetText(snippet(m, 240, { before: false, after: true }))).toBe('the [coach] came …');
  });
});

describe('snippetText', () => {
  it('wraps the matches in brackets by default and collapses white space', () => {
    const m = readMarks(mark('The  [coach]\ngives [feedback]'), OPEN, CLOSE);
    expect(snippetText(snippet(m))).toBe('The [coach] gives [feedback]');
  });

  it('uses the given marker', () => {
    const m = readMarks(mark('the [coach] came'), OPEN, CLOSE);
    expect(snippetText(snippet(m), (s) => `**${s}**`)).toBe('the **coach** came');
  });
});
