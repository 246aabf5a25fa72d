import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, type Zippable, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLE_ARCHIVE_LIMITS, unpackBundleArchive } from './bundle-archive.js';

const text = (s: string) => new TextEncoder().encode(s);
const CENTRAL = 0x02014b50;

/** Rewrites the central directory's method and declared size of every entry (its data left as it is). */
function rewriteCentral(zip: Uint8Array, change: { method?: number; size?: number }): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (v.getUint32(i, true) !== CENTRAL) continue;
    if (change.method !== undefined) v.setUint16(i + 10, change.method, true);
    if (change.size !== undefined) v.setUint32(i + 24, change.size, true);
  }
  return out;
}

/** Every file under a folder, with its size. */
function filesIn(dir: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) found[join(e.parentPath, e.name).slice(dir.length + 1)] = readFileSync(join(e.parentPath, e.name)).length;
  return found;
}

describe('unpacking a zipped bundle', () => {
  const dirs: string[] = [];
  const folder = () => {
    const d = mkdtempSync(join(tmpdir(), 'warrant-unpack-test-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('unpacks folders and files, and finds the bundle folder the team zipped', async () => {
    const into = folder();
    const zip = zipSync({ 'northfield/': new Uint8Array(), 'northfield/roster.csv': text('r'), 'northfield/t/a.txt': text('a'), '__MACOSX/._a': text('x') });
    expect(await unpackBundleArchive(zip, into, 'bundle.zip')).toBe(join(into, 'northfield'));
    expect(filesIn(into)).toEqual({ 'northfield/roster.csv': 1, 'northfield/t/a.txt': 1 });
  });

  it('refuses a 2 MB zip that unpacks to more than 2 GB before writing anything', async () => {
    // 41 entries of 50 MB of zeros: the same deflated stream (50 KB) stored 41 times.
    const zeros = deflateSync(new Uint8Array(BUNDLE_ARCHIVE_LIMITS.maxEntryBytes));
    const files: Zippable = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`t${i}.txt`, [zeros, { level: 0 }]]));
    const bomb = rewriteCentral(zipSync(files), { method: 8, size: BUNDLE_ARCHIVE_LIMITS.maxEntryBytes });
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const into = folder();
    const started = performance.now();
    await expect(unpackBundleArchive(bomb, into, 'bundle.zip')).rejects.toThrow(
      /bundle\.zip unpacks to more than 2 GB \(its entries up to "t40\.txt" already declare more\)/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
    expect(filesIn(into)).toEqual({});
  });

  it('stops an entry that inflates to more than it declares after one chunk, naming it', async () => {
    const liar = rewriteCentral(zipSync({ 't.txt': new Uint8Array(40 * 1024 * 1024) }), { size: 1000 });
    const into = folder();
    await expect(unpackBundleArchive(liar, into, 'bundle.zip')).rejects.toThrow(
      /bundle\.zip: the entry "t\.txt" unpacks to more than the 1,000 bytes the archive declares for it/,
    );
    expect(filesIn(into)).toEqual({});
  });

  it('names the entry and the reason for a name that is both a file and a folder, a link, a name too long, a name twice', async () => {
    const cases: [Zippable, RegExp][] = [
      [
        { 'roster.csv': text('r'), transcripts: text('a file'), 'transcripts/t.txt': text('t') },
        /the entry "transcripts" is a file, and "transcripts\/t\.txt" makes it a folder too; rename one of them/,
      ],
      [
        { 'roster.csv': text('r'), 'transcripts/': new Uint8Array(), transcripts: text('a file') },
        /the entry "transcripts" is a file, and "transcripts\/" makes it a folder too/,
      ],
      [
        { 'roster.csv': text('r'), transcripts: [text('/etc'), { os: 3, attrs: 0o120777 << 16 }] },
        /the entry "transcripts" is a symbolic link; a bundle holds only folders and files/,
      ],
      [
        { 'roster.csv': text('r'), [`${'a'.repeat(300)}.txt`]: text('t') },
        /the entry "a{300}\.txt" has a name of 304 characters; file and folder names are at most 255/,
      ],
      [{ 'roster.csv': text('r'), [`t/${'é'.repeat(130)}/x.txt`]: text('t') }, /has a name of 130 characters; file and folder names are at most 255/],
      [{ 'roster.csv': text('r'), 'a//t.txt': text('1'), 'a/t.txt': text('2') }, /the entry "a\/t\.txt" appears twice in the archive/],
    ];
    for (const [files, message] of cases) {
      const into = folder();
      await expect(unpackBundleArchive(zipSync(files), into, 'bundle.zip'), String(message)).rejects.toThrow(message);
      expect(filesIn(into)).toEqual({});
    }
  });

  it('unpacks 10,000 entries in one pass over the archive, and refuses more', async () => {
    const many = (n: number) => zipSync(Object.fromEntries(Array.from({ length: n }, (_, i) => [`t/${i}.txt`, text('x')])));
    const into = folder();
    const started = performance.now();
    await unpackBundleArchive(many(BUNDLE_ARCHIVE_LIMITS.maxEntries), into, 'bundle.zip');
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(readdirSync(join(into, 't'))).toHaveLength(BUNDLE_ARCHIVE_LIMITS.maxEntries);
    await expect(unpackBundleArchive(many(BUNDLE_ARCHIVE_LIMITS.maxEntries + 1), folder(), 'bundle.zip')).rejects.toThrow(
      /bundle\.zip cannot be read: the archive has more than 10000 entries/,
    );
  });
});
