import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { invalid } from '../domain/errors.js';
import { INTERVIEWS_FILE, ROSTER_FILE } from './bundle.js';
import { MAX_TRANSCRIPT_BYTES } from './transcript-file.js';
import { UnreadableArchive, ZipArchive, type ZipEntry } from './zip.js';

/** Limits for a zipped bundle: many transcripts, none over the transcript limit, not more than 2 GB in all. */
export const BUNDLE_ARCHIVE_LIMITS = { maxEntries: 10_000, maxEntryBytes: MAX_TRANSCRIPT_BYTES, maxTotalBytes: 2 * 1024 ** 3 };

/** Longest file or folder name (in UTF-8 bytes) the file systems a server runs on accept. */
const MAX_NAME_BYTES = 255;

const MB = 1024 * 1024;
const quoted = (name: string) => `"${name}"`;
/** An entry's path with empty parts ("a//b") left out: the path it is unpacked to. */
const pathOf = (name: string) => name.split('/').filter(Boolean).join('/');

/**
 * Unpacks a zipped bundle into a folder, entry by entry with the archive's own guards (names that
 * stay inside, sizes checked while inflating), and returns the bundle's folder: the archive's root,
 * or its one top-level folder when the team zipped the folder itself. Everything that would make
 * the archive fail to unpack (a link, a name too long, a name that is both a file and a folder,
 * more than the limits in all) is refused first, naming the entry, with nothing written; an entry
 * that inflates to more than it declares is stopped at once.
 */
export async function unpackBundleArchive(bytes: Uint8Array, into: string, name = 'the archive'): Promise<string> {
  let archive: ZipArchive;
  try {
    archive = new ZipArchive(bytes, { maxEntries: BUNDLE_ARCHIVE_LIMITS.maxEntries, namesInside: true });
  } catch (e) {
    throw invalid(`${name} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const entries = archive.entries.filter((e) => !e.name.startsWith('__MACOSX/') && pathOf(e.name));
  checkEntries(entries, name);

  const made = new Set<string>();
  const folderFor = async (path: string) => {
    if (made.has(path)) return;
    await mkdir(path, { recursive: true });
    made.add(path);
  };
  for (const entry of entries) {
    const path = join(into, pathOf(entry.name));
    let data: Uint8Array | undefined;
    try {
      data =
        entry.kind === 'file'
          ? archive.inflate(
              entry,
              entry.size,
              () =>
                new UnreadableArchive(
                  `the entry ${quoted(entry.name)} unpacks to more than the ${entry.size.toLocaleString('en-US')} bytes the archive declares for it`,
                  true,
                ),
            )
          : undefined;
    } catch (e) {
      throw invalid(`${name}: ${e instanceof UnreadableArchive ? e.message : String(e)}`);
    }
    try {
      if (data) {
        await folderFor(dirname(path));
        await writeFile(path, data);
      } else await folderFor(path);
    } catch (e) {
      throw invalid(`${name}: the entry ${quoted(entry.name)} cannot be unpacked (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }
  const paths = new Set(entries.map((e) => pathOf(e.name)));
  if (paths.has(ROSTER_FILE) || paths.has(INTERVIEWS_FILE)) return into;
  const top = (await readdir(into)).filter((n) => n !== '__MACOSX');
  if (top.length === 1 && (await stat(join(into, top[0]!))).isDirectory()) return join(into, top[0]!);
  return into;
}

/** Refuses, naming the entry and why, what cannot be unpacked as a folder of files within the limits. */
function checkEntries(entries: readonly ZipEntry[], name: string): void {
  const refuse = (entry: ZipEntry, why: string) => {
    throw invalid(`${name}: the entry ${quoted(entry.name)} ${why}`, { entry: entry.name });
  };
  const files = new Map<string, ZipEntry>();
  const folders = new Map<string, ZipEntry>();
  let total = 0;
  for (const entry of entries) {
    if (entry.kind === 'link') refuse(entry, 'is a symbolic link; a bundle holds only folders and files (put the file or folder itself in the archive)');
    const parts = pathOf(entry.name).split('/');
    const long = parts.find((p) => Buffer.byteLength(p) > MAX_NAME_BYTES);
    if (long)
      refuse(
        entry,
        `has a name of ${[...long].length.toLocaleString('en-US')} characters; file and folder names are at most ${MAX_NAME_BYTES} (shorten it, and the file's name in interviews.csv)`,
      );
    const path = parts.join('/');
    if (entry.kind === 'file') {
      if (files.has(path)) refuse(entry, 'appears twice in the archive');
      files.set(path, entry);
      total += entry.size;
      if (total > BUNDLE_ARCHIVE_LIMITS.maxTotalBytes)
        throw invalid(
          `${name} unpacks to more than ${BUNDLE_ARCHIVE_LIMITS.maxTotalBytes / 1024 ** 3} GB (its entries up to ${quoted(entry.name)} already declare more)`,
        );
      if (entry.size > BUNDLE_ARCHIVE_LIMITS.maxEntryBytes) refuse(entry, `is larger than ${BUNDLE_ARCHIVE_LIMITS.maxEntryBytes / MB} MB`);
    } else folders.set(path, entry);
    for (let k = 1; k < parts.length; k++) {
      const folder = parts.slice(0, k).join('/');
      if (!folders.has(folder)) folders.set(folder, entry);
    }
  }
  for (const [path, entry] of files) {
    const inside = folders.get(path);
    if (inside) refuse(entry, `is a file, and ${quoted(inside.name)} makes it a folder too; rename one of them`);
  }
}
