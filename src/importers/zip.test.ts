import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZipEntry, UnreadableArchive, zipEntries, zipEntryNames } from './zip.js';

const LIMITS = { maxEntries: 100, maxBytes: 1024 * 1024 };
const text = (s: string) => new TextEncoder().encode(s);

/** Rewrites the uncompressed size the central directory declares for every entry. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) if (v.getUint32(i, true) === 0x02014b50) v.setUint32(i + 24, size, true);
  return out;
}

describe('readZipEntry', () => {
  it('reads a stored and a deflated entry by name', () => {
    const zip = zipSync({ 'a.txt': [text('plain'), { level: 0 }], 'word/document.xml': text('<w:document/>'.repeat(50)) });
    expect(new TextDecoder().decode(readZipEntry(zip, 'a.txt', LIMITS))).toBe('plain');
    expect(new TextDecoder().decode(readZipEntry(zip, 'word/document.xml', LIMITS))).toBe('<w:document/>'.repeat(50));
    expect(readZipEntry(zip, 'missing.xml', LIMITS)).toBeUndefined();
  });

  it('stops inflating an entry that lies about its size once it passes the limit', () => {
    const bomb = declareSize(zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }), 1000);
    expect(() => readZipEntry(bomb, 'word/document.xml', LIMITS)).toThrow(/larger than 1 MB/);
  });

  it('refuses archives whose entry names lead out of the folder they are unpacked into', () => {
    expect(zipEntryNames(zipSync({ 'roster.csv': text('x'), 'transcripts/a.txt': text('y') }), LIMITS)).toEqual(['roster.csv', 'transcripts/a.txt']);
    for (const name of ['../etc/passwd', 'a/../../b', '/abs/path', 'C:/windows/x', 'a\\..\\b']) {
      expect(() => zipEntryNames(zipSync({ [name]: text('x') }), LIMITS), name).toThrow(/points outside it/);
    }
  });

  it('stops a stored entry larger than the limit, whatever size it declares', () => {
    const stored = declareSize(zipSync({ 'a.txt': [new Uint8Array(2 * 1024 * 1024), { level: 0 }] }), 10);
    expect(() => readZipEntry(stored, 'a.txt', LIMITS)).toThrow(/larger than 1 MB/);
  });

  it('tells folders, links and files apart, and says why a name is refused', () => {
    const zip = zipSync({ 'f/': new Uint8Array(), 'f/a.txt': text('a'), link: [text('/etc'), { os: 3, attrs: 0o120777 << 16 }], 'g': [new Uint8Array(), { os: 3, attrs: 0o040755 << 16 }] });
    expect(zipEntries(zip, LIMITS).map((e) => [e.name, e.kind])).toEqual([['f/', 'folder'], ['f/a.txt', 'file'], ['link', 'link'], ['g', 'folder']]);
    expect(() => zipEntries(zipSync({ ['a/'.repeat(600)]: text('x') }), LIMITS)).toThrow(/has a name of 1,200 characters \(at most 1,024\)/);
  });

  it('refuses archives with too many entries, damaged directories, and files that are not ZIP archives', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}.txt`, text('x')])));
    expect(() => readZipEntry(many, 'f1.txt', LIMITS)).toThrow(/more than 100 entries/);
    const zip = zipSync({ 'a.txt': text('hello') });
    expect(() => readZipEntry(zip.slice(0, zip.length - 30), 'a.txt', LIMITS)).toThrow(UnreadableArchive);
    expect(() => readZipEntry(text('not a zip at all'), 'a.txt', LIMITS)).toThrow(/not a ZIP archive/);
  });
});
