import { Inflate } from 'fflate';

/**
 * Reads one entry of a ZIP archive (a DOCX, a zipped bundle) without trusting what the archive
 * says of itself: the number of entries is capped, sizes are checked as the data is inflated (a
 * "zip bomb" that declares a small size is stopped after at most one chunk), and names are looked
 * up in the central directory, never used as paths.
 */
export class UnreadableArchive extends Error {
  /** True when the archive is refused for exceeding a limit rather than for being damaged. */
  constructor(
    message: string,
    readonly overLimit = false,
  ) {
    super(message);
  }
}

export interface ZipLimits {
  maxEntries: number;
  /** Largest inflated size accepted for the entry. */
  maxBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;

interface CentralEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function centralDirectory(bytes: Uint8Array, limits: ZipLimits): CentralEntry[] {
  const v = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (v.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableArchive('not a ZIP archive (no end of central directory)');
  const count = v.getUint16(eocd + 10, true);
  let at = v.getUint32(eocd + 16, true);
  if (count > limits.maxEntries) throw new UnreadableArchive(`the archive has more than ${limits.maxEntries} entries`, true);
  const entries: CentralEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== CENTRAL) throw new UnreadableArchive('the central directory is damaged');
    const nameLength = v.getUint16(at + 28, true);
    const entry: CentralEntry = {
      method: v.getUint16(at + 10, true),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      localOffset: v.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new UnreadableArchive('the archive uses ZIP64, which a document of accepted size never needs');
    }
    entries.push(entry);
    at += 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * Whether an entry's name is a plain relative path that stays inside the folder it is unpacked into
 * (no "..", no absolute path, no drive letter, no backslash tricks): the guard against "zip slip".
 */
export function isSafeEntryName(name: string): boolean {
  if (!name || name.length > 1024 || name.includes('\0') || name.includes('\\')) return false;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return false;
  return name.split('/').every((part) => part !== '..' && part !== '.');
}

/** The names of an archive's entries; refuses the archive if one would land outside its folder. */
export function zipEntryNames(bytes: Uint8Array, limits: ZipLimits): string[] {
  const names = centralDirectory(bytes, limits).map((e) => e.name);
  const unsafe = names.find((n) => !isSafeEntryName(n));
  if (unsafe !== undefined) throw new UnreadableArchive(`the archive has an entry named "${unsafe}", which points outside it`, true);
  return names;
}

/** The inflated bytes of the named entry, or undefined if the archive has no such entry. */
export function readZipEntry(bytes: Uint8Array, name: string, limits: ZipLimits): Uint8Array | undefined {
  const entry = centralDirectory(bytes, limits).find((e) => e.name === name);
  if (!entry) return undefined;
  const v = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || v.getUint32(at, true) !== LOCAL) throw new UnreadableArchive(`the entry ${name} is damaged`);
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new UnreadableArchive(`the entry ${name} is cut short`);
  const tooLarge = () => new UnreadableArchive(`${name} is larger than ${limits.maxBytes / 1048576} MB`, true);
  if (entry.size > limits.maxBytes) throw tooLarge();
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new UnreadableArchive(`the entry ${name} uses an unknown compression method (${entry.method})`);

  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limits.maxBytes) throw tooLarge();
    chunks.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof UnreadableArchive) throw e;
    throw new UnreadableArchive(`the entry ${name} cannot be inflated (${e instanceof Error ? e.message : String(e)})`);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
