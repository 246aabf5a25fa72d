import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { invalid } from '../domain/errors.js';
import { ROSTER_FILE } from './bundle.js';
import { MAX_TRANSCRIPT_BYTES } from './transcript-file.js';
import { readZipEntry, UnreadableArchive, zipEntryNames } from './zip.js';

/** Limits for a zipped bundle: many transcripts, none over the transcript limit, not more than 2 GB in all. */
export const BUNDLE_ARCHIVE_LIMITS = { maxEntries: 20_000, maxEntryBytes: MAX_TRANSCRIPT_BYTES, maxTotalBytes: 2 * 1024 ** 3 };

/**
 * Unpacks a zipped bundle into a folder, entry by entry with the archive's own guards (names that
 * stay inside, sizes checked while inflating), and returns the bundle's folder: the archive's root,
 * or its one top-level folder when the team zipped the folder itself.
 */
export async function unpackBundleArchive(bytes: Uint8Array, into: string, name = 'the archive'): Promise<string> {
  let names: string[];
  try {
    names = zipEntryNames(bytes, { maxEntries: BUNDLE_ARCHIVE_LIMITS.maxEntries, maxBytes: BUNDLE_ARCHIVE_LIMITS.maxEntryBytes });
  } catch (e) {
    throw invalid(`${name} cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  let total = 0;
  for (const entry of names) {
    if (entry.endsWith('/') || entry.startsWith('__MACOSX/')) continue;
    let data: Uint8Array | undefined;
    try {
      data = readZipEntry(bytes, entry, { maxEntries: BUNDLE_ARCHIVE_LIMITS.maxEntries, maxBytes: BUNDLE_ARCHIVE_LIMITS.maxEntryBytes });
    } catch (e) {
      const reason = e instanceof UnreadableArchive ? e.message : String(e);
      throw invalid(`${name}: ${reason}`);
    }
    total += data?.length ?? 0;
    if (total > BUNDLE_ARCHIVE_LIMITS.maxTotalBytes) throw invalid(`${name} unpacks to more than 2 GB`);
    const path = join(into, entry);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data ?? new Uint8Array());
  }
  if (names.includes(ROSTER_FILE) || names.some((n) => n === 'interviews.csv')) return into;
  const top = (await readdir(into)).filter((n) => n !== '__MACOSX');
  if (top.length === 1 && (await stat(join(into, top[0]!))).isDirectory()) return join(into, top[0]!);
  return into;
}
