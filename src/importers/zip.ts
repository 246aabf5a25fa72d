import { inflateRawSync } from 'node:zlib';
import { Inflate } from 'fflate';

/** Thrown when an archive is damaged or refused; the message says which and why. */
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
  /** Refuse the archive if an entry's name would land outside the folder it is unpacked into (see entryNameProblem). */
  namesInside?: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;

/** An entry as the archive's central directory describes it. */
export interface ZipEntry {
  name: string;
  /** What the entry is: a folder (its name ends with "/", or its attributes say so), a symbolic link, or a file. */
  kind: 'file' | 'folder' | 'link';
  method: number;
  compressedSize: number;
  /** The inflated size the archive declares. */
  size: number;
  localOffset: number;
}

const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const MSDOS_DIRECTORY = 0x10;

function kindOf(name: string, madeBy: number, attributes: number): ZipEntry['kind'] {
  const mode = madeBy >> 8 === UNIX ? attributes >>> 16 : 0;
  if ((mode & S_IFMT) === S_IFLNK) return 'link';
  if (name.endsWith('/') || (mode & S_IFMT) === S_IFDIR || (madeBy >> 8 !== UNIX && (attributes & MSDOS_DIRECTORY) !== 0)) return 'folder';
  return 'file';
}

function view(bytes: Uint8Array) {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function centralDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
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
  if (count > maxEntries) throw new UnreadableArchive(`the archive has more than ${maxEntries} entries`, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || v.getUint32(at, true) !== CENTRAL) throw new UnreadableArchive('the central directory is damaged');
    const nameLength = v.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name,
      kind: kindOf(name, v.getUint16(at + 4, true), v.getUint32(at + 38, true)),
      method: v.getUint16(at + 10, true),
      compressedSize: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      localOffset: v.getUint32(at + 42, true),
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
 * Why an entry's name is not a plain relative path that stays inside the folder it is unpacked into
 * (no "..", no absolute path, no drive letter, no backslash tricks: the guard against "zip slip"),
 * or undefined if it is one.
 */
function entryNameProblem(name: string): string | undefined {
  if (name.length > 1024) return `has a name of ${name.length.toLocaleString('en-US')} characters (at most 1,024)`;
  if (!name || name.includes('\0') || name.includes('\\')) return 'points outside it';
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return 'points outside it';
  return name.split('/').every((part) => part !== '..' && part !== '.') ? undefined : 'points outside it';
}

/**
 * A ZIP archive (a DOCX, an XLSX, a zipped bundle), read without trusting what it says of itself:
 * its central directory is read once, as it is opened, with the number of entries capped; sizes are
 * checked as entries are inflated (a "zip bomb" that declares a small size is stopped after at most
 * one chunk); names are looked up in the directory, never used as paths unless checked (namesInside).
 */
export class ZipArchive {
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();

  constructor(
    private readonly bytes: Uint8Array,
    limits: ZipLimits,
  ) {
    this.entries = centralDirectory(bytes, limits.maxEntries);
    for (const e of this.entries) {
      const problem = limits.namesInside ? entryNameProblem(e.name) : undefined;
      if (problem)
        throw new UnreadableArchive(`the archive has an entry named "${e.name.length > 1024 ? `${e.name.slice(0, 80)}…` : e.name}", which ${problem}`, true);
      if (!this.byName.has(e.name)) this.byName.set(e.name, e);
    }
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The inflated bytes of the named entry, or undefined if the archive has no such entry. */
  read(name: string, maxBytes: number): Uint8Array | undefined {
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    const tooLarge = () => new UnreadableArchive(`${name} is larger than ${maxBytes / 1048576} MB`, true);
    if (entry.size > maxBytes) throw tooLarge();
    return this.inflate(entry, maxBytes, tooLarge);
  }

  /**
   * The inflated bytes of an entry, refused with `tooLarge` if they pass `maxBytes`. Whole entries
   * are inflated by Node's zlib, which stops at the limit: three times as fast as inflating in
   * JavaScript, which inflateChunks does for an entry read as it streams.
   */
  inflate(entry: ZipEntry, maxBytes: number, tooLarge: () => UnreadableArchive): Uint8Array {
    const data = this.compressed(entry);
    if (entry.method === 0) {
      if (data.length > maxBytes) throw tooLarge();
      return data;
    }
    try {
      const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
      if (out.length > maxBytes) throw tooLarge();
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    } catch (e) {
      if (e instanceof UnreadableArchive) throw e;
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      throw new UnreadableArchive(`the entry ${entry.name} cannot be inflated (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  /**
   * Inflates an entry chunk by chunk (at most 64 KB of input at a time), handing each inflated chunk
   * to `onChunk` as it comes, so a large entry is read without being held whole; refused with
   * `tooLarge` as soon as the total passes `maxBytes`.
   */
  inflateChunks(entry: ZipEntry, maxBytes: number, tooLarge: () => UnreadableArchive, onChunk: (chunk: Uint8Array) => void): void {
    const { name } = entry;
    const data = this.compressed(entry);
    if (entry.method === 0) {
      if (data.length > maxBytes) throw tooLarge();
      for (let i = 0; i < data.length; i += CHUNK) onChunk(data.subarray(i, i + CHUNK));
      return;
    }
    let total = 0;
    let refused: unknown;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge();
      try {
        onChunk(chunk);
      } catch (e) {
        refused = e;
        throw e;
      }
    });
    try {
      for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof UnreadableArchive || (refused !== undefined && e === refused)) throw e;
      throw new UnreadableArchive(`the entry ${name} cannot be inflated (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  /** An entry's bytes as stored, after its local header; its compression method known. */
  private compressed(entry: ZipEntry): Uint8Array {
    const { bytes } = this;
    const { name } = entry;
    const v = view(bytes);
    const at = entry.localOffset;
    if (at + 30 > bytes.length || v.getUint32(at, true) !== LOCAL) throw new UnreadableArchive(`the entry ${name} is damaged`);
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw new UnreadableArchive(`the entry ${name} is cut short`);
    if (entry.method !== 0 && entry.method !== 8) throw new UnreadableArchive(`the entry ${name} uses an unknown compression method (${entry.method})`);
    return data;
  }
}
