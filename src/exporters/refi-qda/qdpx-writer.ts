import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, createDeflateRaw } from 'node:zlib';
import { type AsyncFlateStreamHandler, Zip, type ZipInputFile } from 'fflate';
import {
  QDE_NAMESPACE,
  type RefiCase,
  type RefiCoding,
  type RefiSet,
  type RefiUser,
  type RefiVariable,
  type RefiVariableValue,
} from '../../domain/refi-qda.js';
import { type CodeRow, writeCodesElement } from './codes.js';
import { attrs, xmlText } from './xml.js';

export interface WritableSelection {
  guid: string;
  name?: string;
  /** Code points from 0 in the source's text. */
  start: number;
  end: number;
  creatingUser?: string;
  creationDateTime?: string;
  codings: readonly RefiCoding[];
  noteRefs?: readonly string[];
}

export interface WritableSource {
  guid: string;
  name: string;
  /** Written as the internal UTF-8 file `sources/<guid>.txt`. */
  text: string;
  creatingUser?: string;
  creationDateTime?: string;
  selections: readonly WritableSelection[];
  noteRefs?: readonly string[];
  /** Values of the project's variables (declared in `variables`) for this source. */
  variables?: readonly RefiVariableValue[];
}

export interface WritableNote {
  guid: string;
  name?: string;
  text: string;
  creatingUser?: string;
  creationDateTime?: string;
  /** Items the note is about, written as Links from the note (e.g. the selections an ISF entry cites). */
  links?: readonly { target: string; name?: string }[];
}

type Many<T> = Iterable<T> | AsyncIterable<T>;

/** What a project is written from: small parts as arrays, the corpus (sources, notes) as async iterables read once. */
export interface QdpxContent {
  name: string;
  origin?: string;
  creatingUser?: string;
  creationDateTime?: string;
  users: Many<RefiUser>;
  codes: Many<CodeRow>;
  variables: readonly RefiVariable[];
  cases: Many<RefiCase>;
  sources: Many<WritableSource>;
  notes: Many<WritableNote>;
  sets: Many<RefiSet>;
  /** The project's own Description. */
  description?: string;
}

export interface QdpxWritten {
  sources: number;
  selections: number;
  codings: number;
  notes: number;
  cases: number;
  codes: number;
  bytes: number;
}

const FLUSH = 1024 * 1024;
const encoder = new TextEncoder();

/** Deflate's level for every entry: zlib's fast strategy deflates text about 2.5 times as fast as level 6, for a file some 5 % larger. */
const LEVEL: number = 2;
/** Sources' texts being deflated at once, at most (in zlib's thread pool, while the next ones are read). */
const IN_FLIGHT = 4;

/**
 * One of zlib's deflaters, kept from entry to entry and reset between them (making one costs about
 * a third of deflating a transcript of 5,000 words). Deflates one entry at a time.
 */
class Deflater {
  private readonly z = createDeflateRaw({ level: LEVEL });
  private chunks: Buffer[] = [];
  private failed: ((e: Error) => void) | undefined;
  constructor() {
    this.z.on('data', (b: Buffer) => this.chunks.push(b));
    this.z.on('error', (e) => this.failed?.(e));
  }
  /** The whole of `bytes` as a raw deflate stream of its own. */
  deflate(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
    return new Promise((resolve, reject) => {
      this.failed = reject;
      this.z.write(bytes);
      // Zlib's output is pushed (and read, as 'data') before the flush's callback runs.
      this.z.flush(constants.Z_FINISH, () => {
        const out = Buffer.concat(this.chunks);
        this.chunks = [];
        this.failed = undefined;
        this.z.reset();
        resolve(new Uint8Array(out.buffer as ArrayBuffer, out.byteOffset, out.length));
      });
    });
  }
  close() {
    this.z.close();
  }
}

/**
 * A zip entry deflated by Node's zlib (native code, off the main thread) and handed to fflate's Zip
 * as one of its own entries: the archive's layout is fflate's, the deflating three to four times
 * faster than fflate's own.
 */
class DeflatedEntry implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  /** The level, as fflate marks it in the general purpose flag. */
  readonly flag = LEVEL === 1 ? 3 : LEVEL < 6 ? 2 : LEVEL === 9 ? 1 : 0;
  ondata?: AsyncFlateStreamHandler;
  constructor(readonly filename: string) {}
  /** Deflated bytes (the entry's own: they are kept until written); the last chunk comes with the content's CRC and size. */
  push(chunk: Uint8Array<ArrayBuffer>, end?: { crc: number; size: number }) {
    if (end) {
      this.crc = end.crc;
      this.size = end.size;
    }
    this.ondata!(null, chunk, end !== undefined);
  }
}

/**
 * project.qde as it is written: through a string buffer, encoded every megabyte, its CRC and size
 * counted, deflated (in zlib's thread pool) into a file on disk that becomes the archive's entry.
 */
class DeflatingSpool {
  private parts: string[] = [];
  private size = 0;
  bytes = 0;
  crc = 0;
  private readonly fd: number;
  private readonly deflate = createDeflateRaw({ level: LEVEL });
  private readonly done: Promise<void>;
  constructor(readonly path: string) {
    const fd = (this.fd = openSync(path, 'w'));
    this.deflate.on('data', (b: Buffer) => {
      try {
        writeSync(fd, b);
      } catch (e) {
        this.deflate.destroy(e as Error);
      }
    });
    this.done = new Promise((resolve, reject) => {
      this.deflate.on('end', resolve);
      this.deflate.on('error', reject);
    });
    this.done.catch(() => {}); // seen when closed
  }
  write = (s: string) => {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= FLUSH) this.flush();
  };
  flush() {
    if (!this.parts.length) return;
    const b = encoder.encode(this.parts.join(''));
    this.parts = [];
    this.size = 0;
    this.put(b);
  }
  /** Bytes written as they are (the buffer flushed first); the deflater keeps them until it has read them. */
  writeBytes(b: Uint8Array) {
    this.flush();
    this.put(b);
  }
  private put(b: Uint8Array) {
    this.crc = crc32(b, this.crc);
    this.bytes += b.length;
    this.deflate.write(b);
  }
  /** Waits while the deflater has more queued than its buffer (the XML written faster than deflated). */
  async drained() {
    if (this.deflate.writableNeedDrain) await once(this.deflate, 'drain');
  }
  private closed = false;
  /** The deflated file complete. */
  async close() {
    if (this.closed) return;
    this.closed = true;
    this.flush();
    this.deflate.end();
    try {
      await this.done;
    } finally {
      closeSync(this.fd);
    }
  }
}

/** A file written through a string buffer, flushed every megabyte. */
class Spool {
  private parts: string[] = [];
  private size = 0;
  bytes = 0;
  private readonly fd: number;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }
  write = (s: string) => {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= FLUSH) this.flush();
  };
  flush() {
    if (!this.parts.length) return;
    const b = encoder.encode(this.parts.join(''));
    writeSync(this.fd, b);
    this.bytes += b.length;
    this.parts = [];
    this.size = 0;
  }
  /** Bytes written as they are (the buffer flushed first). */
  writeBytes(b: Uint8Array) {
    this.flush();
    writeSync(this.fd, b);
    this.bytes += b.length;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes a REFI-QDA project (`.qdpx`) to `path`: `project.qde` (valid against Project.xsd) and each
 * source's text as `sources/<guid>.txt`. Streams: each source's text goes into the archive as it
 * comes (deflated in zlib's thread pool, a few at a time, while the next are read) and its XML,
 * deflated as it is written, to a spool file on disk, which becomes `project.qde` at the end, so
 * the corpus is never held in memory (only the sources being deflated, and the codebook, variables
 * and sets).
 */
export async function writeQdpx(path: string, content: QdpxContent): Promise<QdpxWritten> {
  const dir = await mkdtemp(join(tmpdir(), 'warrant-qdpx-'));
  const out = openSync(path, 'w');
  let zipError: Error | undefined;
  let outBytes = 0;
  const zip = new Zip((err, chunk) => {
    if (err) zipError = err;
    else if (chunk.length) {
      writeSync(out, chunk);
      outBytes += chunk.length;
    }
  });
  const counts: QdpxWritten = { sources: 0, selections: 0, codings: 0, notes: 0, cases: 0, codes: 0, bytes: 0 };
  const qde = new DeflatingSpool(join(dir, 'project.qde'));
  const links = new Spool(join(dir, 'links.xml'));
  /** Sources' texts being deflated, each by the next deflater in turn; the first failure. */
  const deflaters = Array.from({ length: IN_FLIGHT }, () => ({ deflater: new Deflater(), busy: Promise.resolve() }));
  let turn = 0;
  let deflateError: unknown;
  const allDeflated = () => Promise.all(deflaters.map((d) => d.busy));
  try {
    const w = qde.write;
    w(`<?xml version="1.0" encoding="utf-8"?>\n`);
    w(
      `<Project${attrs({
        xmlns: QDE_NAMESPACE,
        name: content.name,
        origin: content.origin,
        creatingUserGUID: content.creatingUser,
        creationDateTime: content.creationDateTime,
      })}>\n`,
    );

    let any = false;
    for await (const u of content.users) {
      if (!any) w('<Users>');
      any = true;
      w(`<User${attrs({ guid: u.guid, name: u.name, id: u.id })}/>`);
    }
    if (any) w('</Users>\n');

    const codes: CodeRow[] = [];
    for await (const c of content.codes) codes.push(c);
    if (codes.length) {
      w('<CodeBook>');
      counts.codes = writeCodesElement(codes, w);
      w('</CodeBook>\n');
    }

    if (content.variables.length) {
      w('<Variables>');
      for (const v of content.variables) w(`<Variable${attrs({ guid: v.guid, name: v.name, typeOfVariable: v.typeOfVariable })}/>`);
      w('</Variables>\n');
    }

    any = false;
    for await (const c of content.cases) {
      if (!any) w('<Cases>');
      any = true;
      counts.cases++;
      w(`<Case${attrs({ guid: c.guid, name: c.name })}>`);
      if (c.description) w(`<Description>${xmlText(c.description)}</Description>`);
      for (const r of c.codeRefs) w(`<CodeRef${attrs({ targetGUID: r })}/>`);
      for (const v of c.variables)
        w(`<VariableValue><VariableRef${attrs({ targetGUID: v.variableGuid })}/><TextValue>${xmlText(v.value)}</TextValue></VariableValue>`);
      for (const r of c.sourceRefs) w(`<SourceRef${attrs({ targetGUID: r })}/>`);
      for (const r of c.selectionRefs) w(`<SelectionRef${attrs({ targetGUID: r })}/>`);
      w('</Case>\n');
    }
    if (any) w('</Cases>\n');

    any = false;
    for await (const s of content.sources) {
      if (!any) w('<Sources>\n');
      any = true;
      counts.sources++;
      const entry = new DeflatedEntry(`sources/${s.guid}.txt`);
      zip.add(entry);
      const text = encoder.encode(s.text);
      const slot = deflaters[turn++ % deflaters.length]!;
      await slot.busy;
      slot.busy = slot.deflater.deflate(text).then(
        (deflated) => entry.push(deflated, { crc: crc32(text), size: text.length }),
        (e: unknown) => void (deflateError ??= e),
      );
      await qde.drained();
      if (deflateError) throw deflateError;
      if (zipError) throw zipError;
      w(
        `<TextSource${attrs({ guid: s.guid, name: s.name, plainTextPath: `internal://${s.guid}.txt`, creatingUser: s.creatingUser, creationDateTime: s.creationDateTime })}>`,
      );
      for (const sel of s.selections) {
        counts.selections++;
        w(
          `<PlainTextSelection${attrs({ guid: sel.guid, name: sel.name, startPosition: sel.start, endPosition: sel.end, creatingUser: sel.creatingUser, creationDateTime: sel.creationDateTime })}>`,
        );
        for (const c of sel.codings) {
          counts.codings++;
          w(
            `<Coding${attrs({ guid: c.guid, creatingUser: c.creatingUser, creationDateTime: c.creationDateTime })}><CodeRef${attrs({ targetGUID: c.codeGuid })}/>`,
          );
          for (const n of c.noteRefs) w(`<NoteRef${attrs({ targetGUID: n })}/>`);
          w('</Coding>');
        }
        for (const n of sel.noteRefs ?? []) w(`<NoteRef${attrs({ targetGUID: n })}/>`);
        w('</PlainTextSelection>');
      }
      for (const n of s.noteRefs ?? []) w(`<NoteRef${attrs({ targetGUID: n })}/>`);
      for (const v of s.variables ?? [])
        w(`<VariableValue><VariableRef${attrs({ targetGUID: v.variableGuid })}/><TextValue>${xmlText(v.value)}</TextValue></VariableValue>`);
      w('</TextSource>\n');
    }
    await allDeflated();
    if (deflateError) throw deflateError;
    if (any) w('</Sources>\n');

    any = false;
    for await (const n of content.notes) {
      if (!any) w('<Notes>\n');
      any = true;
      counts.notes++;
      w(
        `<Note${attrs({ guid: n.guid, name: n.name, creatingUser: n.creatingUser, creationDateTime: n.creationDateTime })}><PlainTextContent>${xmlText(n.text)}</PlainTextContent></Note>\n`,
      );
      for (const l of n.links ?? [])
        links.write(`<Link${attrs({ guid: randomUUID(), name: l.name, direction: 'OneWay', originGUID: n.guid, targetGUID: l.target })}/>\n`);
    }
    if (any) w('</Notes>\n');
    links.close();
    if (links.bytes) {
      w('<Links>\n');
      qde.flush();
      appendFile(links.path, (b) => qde.writeBytes(b.slice()));
      w('</Links>\n');
    }

    any = false;
    for await (const s of content.sets) {
      if (!any) w('<Sets>');
      any = true;
      w(`<Set${attrs({ guid: s.guid, name: s.name })}>`);
      if (s.description) w(`<Description>${xmlText(s.description)}</Description>`);
      for (const r of s.codes) w(`<MemberCode${attrs({ targetGUID: r })}/>`);
      for (const r of s.sources) w(`<MemberSource${attrs({ targetGUID: r })}/>`);
      for (const r of s.notes) w(`<MemberNote${attrs({ targetGUID: r })}/>`);
      w('</Set>\n');
    }
    if (any) w('</Sets>\n');
    if (content.description) w(`<Description>${xmlText(content.description)}</Description>\n`);
    w('</Project>\n');
    await qde.close();

    const project = new DeflatedEntry('project.qde');
    zip.add(project);
    let last: Uint8Array<ArrayBuffer> | undefined;
    appendFile(qde.path, (b) => {
      if (last) project.push(last);
      last = b.slice();
    });
    project.push(last ?? new Uint8Array(0), { crc: qde.crc, size: qde.bytes });
    zip.end();
    if (zipError) throw zipError;
    counts.bytes = outBytes;
    return counts;
  } catch (e) {
    await allDeflated();
    await qde.close().catch(() => {});
    rmSync(path, { force: true });
    throw e;
  } finally {
    for (const d of deflaters) d.deflater.close();
    closeSync(out);
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads a file a megabyte at a time. */
function appendFile(path: string, onChunk: (bytes: Uint8Array) => void) {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(FLUSH);
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n <= 0) break;
      onChunk(buffer.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}
