import { describe, expect, it } from 'vitest';
import { decodeText } from './encoding.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** One byte per character: "\x92" in the string is the byte 0x92. */
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

const utf16le = (s: string) => {
  const bytes = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    bytes[2 * i] = s.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return bytes;
};
const swapPairs = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1]!);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeText', () => {
  it('reads plain UTF-8 without problems', () => {
    const result = decodeText(utf8('Teacher: It’s the café where José meets us.\n'), 'a.txt');
    expect(result).toEqual({ text: 'Teacher: It’s the café where José meets us.\n', encoding: 'UTF-8', problems: [] });
  });

  it('strips a UTF-8 BOM and normalises CRLF and lone CR to LF', () => {
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('Interviewer: Hi\r\nTeacher: Hello\rthere\r\n'));
    const result = decodeText(bytes, 'a.txt');
    expect(result.text).toBe('Interviewer: Hi\nTeacher: Hello\nthere\n');
    expect(result.encoding).toBe('UTF-8');
    expect(result.problems).toEqual([]);
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM, with a warning', () => {
    const le = concat(Uint8Array.of(0xff, 0xfe), utf16le('Interviewer: Ça va?\r\nTeacher: Oui.'));
    const leResult = decodeText(le, 'le.txt');
    expect(leResult.text).toBe('Interviewer: Ça va?\nTeacher: Oui.');
    expect(leResult.encoding).toBe('UTF-16LE');
    expect(leResult.problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'le.txt', message: expect.stringContaining('decoded as UTF-16LE') }),
    ]);

    const be = swapPairs(le);
    const beResult = decodeText(be, 'be.txt');
    expect(beResult.text).toBe('Interviewer: Ça va?\nTeacher: Oui.');
    expect(beResult.encoding).toBe('UTF-16BE');
    expect(beResult.problems[0]?.message).toContain('decoded as UTF-16BE');
  });

  it('recognises UTF-16LE without a BOM', () => {
    const result = decodeText(utf16le('Interviewer: How long have you taught?\nTeacher: Ten years.'), 'nobom.txt');
    expect(result.text).toBe('Interviewer: How long have you taught?\nTeacher: Ten years.');
    expect(result.encoding).toBe('UTF-16LE');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.severity).toBe('warning');
  });

  it('decodes a windows-1252 file (curly quotes, é) with a warning', () => {
    const bytes = bytesOf(
      'Interviewer: So tell me about the caf\xe9 meetings you run.\r\n' +
        'Teacher: Well, it\x92s where we plan. Jos\xe9 calls them \x93the huddle\x94, and everyone comes.\r\n',
    );
    const result = decodeText(bytes, 'legacy.txt');
    expect(result.text).toBe(
      'Interviewer: So tell me about the café meetings you run.\n' + 'Teacher: Well, it’s where we plan. José calls them “the huddle”, and everyone comes.\n',
    );
    expect(result.encoding).toBe('windows-1252');
    expect(result.problems).toEqual([
      { severity: 'warning', file: 'legacy.txt', message: expect.stringContaining('decoded as windows-1252 (the file is not UTF-8)') },
    ]);
  });

  it('refuses a non-UTF-8 file whose encoding cannot be determined, naming the file', () => {
    // High bytes with no language-like pattern.
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 128));
    const result = decodeText(bytes, 'mystery.txt');
    expect(result.text).toBe('');
    expect(result.problems).toEqual([
      {
        severity: 'error',
        file: 'mystery.txt',
        message: 'is not UTF-8 and its encoding could not be determined; save the transcript as UTF-8',
      },
    ]);
  });

  it('refuses a binary file', () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x10);
    const result = decodeText(png, 'photo.txt');
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'photo.txt', message: expect.stringContaining('binary file') })]);
  });

  it('refuses control characters in otherwise valid UTF-8, naming the line', () => {
    const result = decodeText(utf8('Interviewer: Hi\nTeacher: Hel\u0007lo\n'), 'bell.txt');
    expect(result.problems).toEqual([{ severity: 'error', file: 'bell.txt', line: 2, message: expect.stringContaining('U+0007') }]);
  });

  it('repairs double-encoded UTF-8 with a warning', () => {
    const garbled = 'Interviewer: Itâ€™s the cafÃ© â€œdownstairsâ€\u009d, right?\nTeacher: Yes, with MÃ¼ller and ZoÃ«.\n';
    const result = decodeText(utf8(garbled), 'mojibake.txt');
    expect(result.text).toBe('Interviewer: It’s the café “downstairs”, right?\nTeacher: Yes, with Müller and Zoë.\n');
    expect(result.encoding).toBe('UTF-8');
    expect(result.problems).toEqual([{ severity: 'warning', file: 'mojibake.txt', message: expect.stringContaining('repaired double-encoded UTF-8') }]);
  });

  it('repairs UTF-8 that was misread as Latin-1 rather than windows-1252', () => {
    const result = decodeText(utf8('Teacher: It\u00e2\u0080\u0099s fine.\n'), 'latin1.txt');
    expect(result.text).toBe('Teacher: It’s fine.\n');
    expect(result.problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('reports mojibake that cannot be repaired, with its first line', () => {
    // The real curly quote on line 1 cannot come from misread UTF-8, so the whole text cannot be reversed.
    const mixed = 'Interviewer: It’s fine.\nTeacher: The cafÃ© is closed.\n';
    const result = decodeText(utf8(mixed), 'mixed.txt');
    expect(result.problems).toEqual([{ severity: 'error', file: 'mixed.txt', line: 2, message: expect.stringContaining('"Ã©"') }]);
  });

  it('does not mistake genuine accented text for mojibake', () => {
    const text = 'Teacher: José, Ángel, Ångström, São Paulo, CÂBLE, naïve, Zoë, œuvre — “fine”.\n';
    expect(decodeText(utf8(text), 'names.txt')).toEqual({ text, encoding: 'UTF-8', problems: [] });
  });
});
