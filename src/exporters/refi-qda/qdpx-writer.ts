import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { QDE_NAMESPACE, type RefiCase, type RefiCoding, type RefiSet, type RefiUser, type RefiVariable, type RefiVariableValue } from '../../domain/refi-qda.js';
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
 * comes and its XML to a spool file on disk, which becomes `project.qde` at the end, so the corpus
 * is never held in memory (only the current source, and the codebook, variables and sets).
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
  const qde = new Spool(join(dir, 'project.qde'));
  const links = new Spool(join(dir, 'links.xml'));
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
      const file = `sources/${s.guid}.txt`;
      const entry = new ZipDeflate(file, { level: 6 });
      zip.add(entry);
      entry.push(encoder.encode(s.text), true);
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
      appendFile(links.path, (b) => qde.writeBytes(b));
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
    qde.close();

    const project = new ZipDeflate('project.qde', { level: 6 });
    zip.add(project);
    let last: Uint8Array | undefined;
    appendFile(qde.path, (b) => {
      if (last) project.push(last);
      last = b.slice();
    });
    project.push(last ?? new Uint8Array(0), true);
    zip.end();
    if (zipError) throw zipError;
    counts.bytes = outBytes;
    return counts;
  } catch (e) {
    rmSync(path, { force: true });
    throw e;
  } finally {
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
