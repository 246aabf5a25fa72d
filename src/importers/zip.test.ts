import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { UnreadableArchive, ZipArchive } from './zip.js';

const LIMITS = { maxEntries: 100 };
const MAX_BYTES = 1024 * 1024;
const text = (s: string) => new TextEncoder().encode(s);
/** The named entry, read as DOCX and XLSX parts are. */
const readEntry = (zip: Uint8Array, name: string) => new ZipArchive(zip, LIMITS).read(name, MAX_BYTES);
/** The archive's entries, its names checked as a bundle's are. */
const entriesOf = (zip: Uint8Array) => new ZipArchive(zip, { ...LIMITS, namesInside: true }).entries;

/** Rewrites the uncompressed size the central directory declares for every entry. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) if (v.getUint32(i, true) === 0x02014b50) v.setUint32(i + 24, size, true);
  return out;
}

describe('ZipArchive', () => {
  it('reads a stored and a deflated entry by name', () => {
    const zip = zipSync({ 'a.txt': [text('plain'), { level: 0 }], 'word/document.xml': text('<w:document/>'.repeat(50)) });
    expect(new TextDecoder().decode(readEntry(zip, 'a.txt'))).toBe('plain');
    expect(new TextDecoder().decode(readEntry(zip, 'word/document.xml'))).toBe('<w:document/>'.repeat(50));
    expect(readEntry(zip, 'missing.xml')).toBeUndefined();
  });

  it('stops inflating an entry that lies about its size once it passes the limit', () => {
    const bomb = declareSize(zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }), 1000);
    expect(() => readEntry(bomb, 'word/document.xml')).toThrow(/larger than 1 MB/);
  });

  it('refuses archives whose entry names lead out of the folder they are unpacked into', () => {
    expect(entriesOf(zipSync({ 'roster.csv': text('x'), 'transcripts/a.txt': text('y') })).map((e) => e.name)).toEqual(['roster.csv', 'transcripts/a.txt']);
    for (const name of ['../etc/passwd', 'a/../../b', '/abs/path', 'C:/windows/x', 'a\\..\\b']) {
      expect(() => entriesOf(zipSync({ [name]: text('x') })), name).toThrow(/points outside it/);
    }
  });

  it('stops a stored entry larger than the limit, whatever size it declares', () => {
    const stored = declareSize(zipSync({ 'a.txt': [new Uint8Array(2 * 1024 * 1024), { level: 0 }] }), 10);
    expect(() => readEntry(stored, 'a.txt')).toThrow(/larger than 1 MB/);
  });

  it('tells folders, links and files apart, and says why a name is refused', () => {
    const zip = zipSync({
      'f/': new Uint8Array(),
      'f/a.txt': text('a'),
      link: [text('/etc'), { os: 3, attrs: 0o120777 << 16 }],
      g: [new Uint8Array(), { os: 3, attrs: 0o040755 << 16 }],
    });
    expect(entriesOf(zip).map((e) => [e.name, e.kind])).toEqual([
      ['f/', 'folder'],
      ['f/a.txt', 'file'],
      ['link', 'link'],
      ['g', 'folder'],
    ]);
    expect(() => entriesOf(zipSync({ ['a/'.repeat(600)]: text('x') }))).toThrow(/has a name of 1,200 characters \(at most 1,024\)/);
  });

  it('refuses archives with too many entries, damaged directories, and files that are not ZIP archives', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}.txt`, text('x')])));
    expect(() => readEntry(many, 'f1.txt')).toThrow(/more than 100 entries/);
    const zip = zipSync({ 'a.txt': text('hello') });
    expect(() => readEntry(zip.slice(0, zip.length - 30), 'a.txt')).toThrow(UnreadableArchive);
    expect(() => readEntry(text('not a zip at all'), 'a.txt')).toThrow(/not a ZIP archive/);
  });
});
