import {
  type RefiCase,
  type RefiCode,
  type RefiCoding,
  type RefiNote,
  type RefiProblem,
  type RefiProject,
  type RefiReadResult,
  type RefiSelection,
  type RefiSource,
  correctCrlfOffsets,
} from '../../domain/refi-qda.js';
import { codePointLength } from '../../domain/text.js';
import { MAX_TRANSCRIPT_BYTES } from '../transcript-file.js';
import { UnreadableArchive, ZipArchive, type ZipEntry } from '../zip.js';
import { type QdeCoding, type QdeDocument, QdeReader, type QdeTextSource, UnreadableQde } from './qde-parser.js';

/** What a `.qdpx` may hold: entries, the `.qde`'s size, each text source's, all together, and how far an entry may inflate. */
export const QDPX_LIMITS = {
  maxEntries: 100_000,
  maxQdeBytes: 512 * 1024 * 1024,
  maxSourceBytes: MAX_TRANSCRIPT_BYTES,
  /** Any other entry (a picture, a recording, a rich-text copy), which is not read but counts in the total. */
  maxOtherBytes: 512 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 ** 3 - 1,
  /** An entry inflating more than this many times its compressed size is a zip bomb (text rarely passes 20). */
  maxRatio: 200,
  /** Below this declared size the ratio is not judged (a run of spaces compresses far). */
  ratioFloorBytes: 1024 * 1024,
};

export type QdpxLimits = typeof QDPX_LIMITS;

const MB = 1024 * 1024;
const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Reads a `.qdpx` (a REFI-QDA project: a ZIP holding one `.qde` and its `sources/`) into a
 * RefiProject, checking it whole first: the archive's limits (entries, each entry's declared size,
 * the total, the compression ratio), exactly one `.qde`, parsed streaming and refusing any DOCTYPE,
 * every text source present and decoded, every selection inside its source, every coding naming a
 * code of the codebook. The exporters' known deviations are tolerated and each reported as a
 * warning naming the file and element; errors name them too, and with any error there is no project.
 */
export function readQdpx(bytes: Uint8Array, archiveName: string, limits: QdpxLimits = QDPX_LIMITS): RefiReadResult {
  const opened = openQdpx(bytes, archiveName, limits);
  if (!('checker' in opened)) return opened;
  const { checker } = opened;
  return guarded(archiveName, checker.problems, () => {
    const sources: RefiSource[] = [];
    for (const s of opened.doc.sources) {
      const located = checker.locate(s);
      const source = located && checker.read(s, located);
      if (source) sources.push(source);
    }
    const project = { ...checker.finish(new Set(sources.map((s) => s.guid))), sources };
    return checker.failed ? { problems: checker.problems } : { project, problems: checker.problems };
  });
}

/** A project's text source before its text is read: enough to know which case and selections are its. */
export interface RefiSourceOutline {
  guid: string;
  selectionGuids: string[];
}

/** A project read for an import, all but its sources' text: each source is read when asked for, in order. */
export interface QdpxInSteps {
  /** The problems found so far (the archive, the project file, the codebook, the notes and cases). */
  problems: RefiProblem[];
  /** The project, its sources outlined: absent when an error came up before any source is read. */
  project?: Omit<RefiProject, 'sources'> & { sources: RefiSourceOutline[] };
  /** The index-th source of the outline read and checked (undefined when its text is not UTF-8), with the problems, and the memos of its descriptions, found reading it. */
  read(index: number): { source?: RefiSource; problems: RefiProblem[]; notes: RefiNote[]; noteTargets: [string, string[]][] };
}

/**
 * readQdpx for an import, which stores each source as it is read: the archive, the project file,
 * its codebook, notes and cases are checked first, then each source when asked for (read(i)). The
 * same checks as readQdpx are made and the same problems reported, except that a case naming a
 * source whose text turns out not to be UTF-8 is not reported as such (the source's error is).
 */
export function readQdpxInSteps(bytes: Uint8Array, archiveName: string, limits: QdpxLimits = QDPX_LIMITS): QdpxInSteps {
  const noSource = () => {
    throw new Error('the project has no sources to read');
  };
  const opened = openQdpx(bytes, archiveName, limits);
  if (!('checker' in opened)) return { problems: opened.problems, read: noSource };
  const { checker, doc } = opened;
  const located: { s: QdeTextSource; text: SourceText }[] = [];
  const head = guarded(archiveName, checker.problems, () => {
    for (const s of doc.sources) {
      const text = checker.locate(s);
      if (text) located.push({ s, text });
    }
    return { problems: checker.problems, project: checker.finish(new Set(located.map((l) => l.s.guid))) };
  });
  if (!('project' in head) || !head.project || checker.failed) return { problems: [...checker.problems], read: noSource };
  const problems = [...checker.problems];
  const outline = located.map(({ s }) => ({ guid: s.guid, selectionGuids: s.selections.map((sel) => sel.guid) }));
  return {
    problems,
    project: { ...head.project, sources: outline },
    read(index) {
      const { s, text } = located[index]!;
      const before = checker.problems.length;
      const notesBefore = checker.descriptionNotes.length;
      let source: RefiSource | undefined;
      try {
        source = checker.read(s, text);
      } catch (e) {
        if (!(e instanceof UnreadableArchive)) throw e;
        checker.problems.push({ severity: 'error', file: archiveName, message: e.message });
      }
      const notes = checker.descriptionNotes.slice(notesBefore);
      return {
        ...(source && { source }),
        problems: checker.problems.slice(before),
        notes,
        noteTargets: notes.map((n) => [n.guid, checker.descriptionTargets.get(n.guid)!] as [string, string[]]),
      };
    },
  };
}

/** The archive opened and its limits checked, and its project file parsed, ready for the checks; else the problems that stopped it. */
function openQdpx(
  bytes: Uint8Array,
  archiveName: string,
  limits: QdpxLimits,
): { checker: ProjectChecker; doc: QdeDocument } | { problems: RefiProblem[]; project?: undefined } {
  const problems: RefiProblem[] = [];
  const fail = (message: string, file = archiveName, where?: string) => ({
    problems: [...problems, { severity: 'error' as const, file, ...(where ? { where } : {}), message }],
  });
  let archive: ZipArchive;
  try {
    archive = new ZipArchive(bytes, { maxEntries: limits.maxEntries });
  } catch (e) {
    return fail(`is not a .qdpx that can be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const files = archive.entries.filter((e) => e.kind === 'file' && !e.name.startsWith('__MACOSX/'));
  let total = 0;
  for (const e of files) {
    const limit = /\.qde$/i.test(e.name) ? limits.maxQdeBytes : /\.txt$/i.test(e.name) ? limits.maxSourceBytes : limits.maxOtherBytes;
    if (e.size > limit) return fail(`declares ${fmt(e.size)} bytes for ${e.name}, more than the ${fmt(limit / MB)} MB accepted; refused before unpacking`);
    if (e.size >= limits.ratioFloorBytes && e.size > Math.max(1, e.compressedSize) * limits.maxRatio)
      return fail(
        `looks like a zip bomb: ${e.name} would inflate ${fmt(Math.round(e.size / Math.max(1, e.compressedSize)))} times (${fmt(e.size)} bytes from ${fmt(e.compressedSize)}); refused`,
      );
    total += e.size;
    if (total > limits.maxTotalBytes) return fail(`declares more than ${fmt(limits.maxTotalBytes / MB)} MB in all; refused before unpacking`);
  }

  const qdes = files.filter((e) => /\.qde$/i.test(e.name) && !e.name.includes('/'));
  if (qdes.length === 0) return fail('holds no .qde project file (project.qde) at its top level');
  if (qdes.length > 1) return fail(`holds ${qdes.length} .qde files (${qdes.map((e) => e.name).join(', ')}); exactly one is expected`);
  const qde = qdes[0]!;
  if (qde.name !== 'project.qde')
    problems.push({
      severity: 'warning',
      file: qde.name,
      message: 'the project file is not named project.qde (as ATLAS.ti names it after the project); read as the project',
    });

  let doc: QdeDocument;
  try {
    const reader = new QdeReader(qde.name, problems);
    archive.inflateChunks(
      qde,
      Math.min(qde.size, limits.maxQdeBytes),
      () => tooLarge(qde),
      (chunk) => reader.write(chunk),
    );
    doc = reader.close();
  } catch (e) {
    if (e instanceof UnreadableQde) return fail(e.message.slice(qde.name.length + 2), qde.name);
    if (e instanceof UnreadableArchive) return fail(e.message);
    throw e;
  }
  return { checker: new ProjectChecker(doc, archive, files, qde.name, problems, limits), doc };
}

/** Runs checks that read the archive: an entry that unpacks past what it declares ends them with an error naming it. */
function guarded<T extends { problems: RefiProblem[] }>(archiveName: string, problems: RefiProblem[], work: () => T): T | { problems: RefiProblem[] } {
  try {
    return work();
  } catch (e) {
    if (e instanceof UnreadableArchive) return { problems: [...problems, { severity: 'error', file: archiveName, message: e.message }] };
    throw e;
  }
}

const tooLarge = (e: ZipEntry) => new UnreadableArchive(`${e.name} unpacks to more than the ${fmt(e.size)} bytes the archive declares for it`, true);

/** The archive entry an internal path names: `internal://x.txt` is `sources/x.txt`; other forms are deviations. */
function resolveEntry(
  path: string,
  byLowerName: Map<string, ZipEntry>,
  archive: ZipArchive,
  note: (message: string) => void,
): ZipEntry | { external: string } | undefined {
  let rel: string;
  if (path.startsWith('internal://')) rel = path.slice('internal://'.length);
  else if (/^[a-z]+:\/\//i.test(path)) return { external: path };
  else {
    rel = path;
    note(`plainTextPath "${path}" has no internal:// prefix; read as internal://${path}`);
  }
  rel = rel.replace(/^\/+/, '');
  const wanted = `sources/${rel}`;
  const exact = archive.entries.find((e) => e.name === wanted);
  if (exact) return exact;
  const other = byLowerName.get(wanted.toLowerCase()) ?? byLowerName.get(rel.toLowerCase());
  if (other) {
    if (other.name.toLowerCase() === wanted.toLowerCase()) note(`found as ${other.name}: the sources folder is named in another case`);
    else note(`found as ${other.name}, not under sources/`);
  }
  return other;
}

/** A text source's text as the project file points to it: written inside it, or an entry of the archive. */
type SourceText = { content: string } | { entry: ZipEntry };

/**
 * The checks of readQdpx, in steps: the codebook and users when made; each text source when
 * located (where its text is) and then read (its text decoded, its selections checked); the notes,
 * links and cases when finished. readQdpx takes every step in order; an import (readQdpxInSteps)
 * finishes before it reads the sources, so that it can store each as it is read.
 */
class ProjectChecker {
  readonly problems: RefiProblem[];
  private readonly users: Map<string, QdeDocument['users'][number]>;
  private readonly codes = new Map<string, RefiCode>();
  private readonly variables: Map<string, QdeDocument['variables'][number]>;
  private readonly byLowerName: Map<string, ZipEntry>;
  private readonly sourceNames = new Set<string>();
  private readonly selectionGuids = new Set<string>();
  /** Notes read from the <Description> of a source or selection, and what each is attached to. */
  readonly descriptionNotes: RefiNote[] = [];
  readonly descriptionTargets = new Map<string, string[]>();

  constructor(
    private readonly doc: QdeDocument,
    private readonly archive: ZipArchive,
    files: ZipEntry[],
    private readonly qde: string,
    problems: RefiProblem[],
    private readonly limits: QdpxLimits,
  ) {
    this.problems = problems;
    this.users = new Map(doc.users.map((u) => [u.guid, u]));
    this.variables = new Map(doc.variables.map((v) => [v.guid, v]));
    this.byLowerName = new Map(files.map((e) => [e.name.toLowerCase(), e]));
    const siblings = new Map<string, Set<string>>();
    for (const c of doc.codes) {
      if (this.codes.has(c.guid)) this.error(at('Code', c.guid, c.line), 'has the GUID of another code');
      this.codes.set(c.guid, c);
      const key = c.parentGuid ?? '';
      const names = siblings.get(key) ?? new Set<string>();
      if (names.has(c.name.toLowerCase())) this.warn(at('Code', c.guid, c.line), `has the same name as another code beside it ("${c.name}"); both kept`);
      names.add(c.name.toLowerCase());
      siblings.set(key, names);
    }
  }

  get failed(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  private error(where: string, message: string, file = this.qde) {
    this.problems.push({ severity: 'error', file, where, message });
  }

  private warn(where: string | undefined, message: string, file = this.qde) {
    this.problems.push({ severity: 'warning', file, ...(where ? { where } : {}), message });
  }

  private checkCoding(c: QdeCoding): RefiCoding | undefined {
    if (!c.codeGuid) return undefined;
    if (!this.codes.has(c.codeGuid)) {
      this.error(at('Coding', c.guid, c.line), `names the code ${c.codeGuid}, which is not in the codebook`);
      return undefined;
    }
    if (c.creatingUser && !this.users.has(c.creatingUser))
      this.warn(at('Coding', c.guid, c.line), `was made by the user ${c.creatingUser}, who is not among the project's users`);
    const { line: _line, ...coding } = c;
    return coding;
  }

  private descriptionNote(owner: string, element: string, line: number, text: string, target: { noteRefs: string[] }) {
    const guid = `${owner}:description`;
    this.descriptionNotes.push({ guid, text, fromDescription: true });
    target.noteRefs.push(guid);
    this.descriptionTargets.set(guid, [owner]);
    this.warn(at(element, owner, line), 'has its memo written as <Description> instead of a Note; read as a note');
  }

  /** Where a source's text is, or undefined (reported) when it has none the import can read. */
  locate(s: QdeTextSource): SourceText | undefined {
    const where = at('TextSource', s.guid, s.line);
    if (s.content !== undefined && !s.plainTextPath) return { content: s.content };
    if (!s.plainTextPath) {
      this.warn(where, `has no plain text${s.richTextPath ? ` (only ${s.richTextPath})` : ''}; not imported`);
      return undefined;
    }
    const entry = resolveEntry(s.plainTextPath, this.byLowerName, this.archive, (message) => this.warn(where, message));
    if (!entry) {
      this.error(where, `names ${s.plainTextPath}, which the archive does not hold`);
      return undefined;
    }
    if ('external' in entry) {
      this.warn(where, `its text is outside the archive (${entry.external}); not imported`);
      return undefined;
    }
    return { entry };
  }

  /** A located source read: its text decoded (line ends normalised) and its selections checked; undefined (reported) when its text is not UTF-8. */
  read(s: QdeTextSource, located: SourceText): RefiSource | undefined {
    const where = at('TextSource', s.guid, s.line);
    const entry = 'entry' in located ? located.entry : undefined;
    const text = entry ? decodeUtf8(this.archive, entry, this.limits, this.problems) : (located as { content: string }).content;
    if (text === undefined) return undefined;
    const name = s.name ?? (s.plainTextPath ?? s.guid).replace(/^.*[/\\]/, '').replace(/\.txt$/i, '');
    if (this.sourceNames.has(name.toLowerCase())) this.warn(where, `has the same name as another source ("${name}"); both kept`);
    this.sourceNames.add(name.toLowerCase());

    let spans = s.selections.map((sel) => [sel.start, sel.end] as const);
    let body = text;
    if (text.includes('\r\n')) {
      const corrected = correctCrlfOffsets(text, spans);
      spans = corrected.spans;
      body = text.replace(/\r\n/g, '\n');
      this.warn(
        where,
        corrected.counting === 'crlf-as-two'
          ? 'has CRLF line ends; its selections count each as two characters, as the file has them: read with LF line ends, offsets corrected'
          : 'has CRLF line ends, but its selections count each as one character (offsets shifted by the line ends): read with LF line ends as they count them',
        entry?.name ?? this.qde,
      );
    }
    const length = codePointLength(body);
    const selections: RefiSelection[] = [];
    s.selections.forEach((sel, i) => {
      const [start, end] = spans[i]!;
      const w = at('PlainTextSelection', sel.guid, sel.line);
      if (this.selectionGuids.has(sel.guid)) this.error(w, 'has the GUID of another selection');
      this.selectionGuids.add(sel.guid);
      if (sel.start < 0 || sel.end < sel.start) return void this.error(w, `runs from ${sel.start} to ${sel.end}, which is no stretch of text`);
      if (end > length) return void this.error(w, `ends at ${sel.end}, past the end of its source (${fmt(length)} characters)`);
      const codings = sel.codings.map((c) => this.checkCoding(c)).filter((c): c is RefiCoding => c !== undefined);
      if (start === end)
        return void this.warn(w, `is empty (starts and ends at ${sel.start}); left out${codings.length ? ` with its ${codings.length} coding(s)` : ''}`);
      const { line: _line, description, codings: _codings, ...rest } = sel;
      const selection: RefiSelection = { ...rest, start, end, codings };
      if (description?.trim()) this.descriptionNote(sel.guid, 'PlainTextSelection', sel.line, description, selection);
      selections.push(selection);
    });
    for (const v of s.variables) {
      const variable = this.variables.get(v.variableGuid);
      if (variable) v.name = variable.name;
    }
    const source: RefiSource = {
      guid: s.guid,
      name,
      ...(entry ? { entry: entry.name } : {}),
      text: body,
      ...(s.creatingUser ? { creatingUser: s.creatingUser } : {}),
      ...(s.creationDateTime ? { creationDateTime: s.creationDateTime } : {}),
      selections,
      codings: s.codings.map((c) => this.checkCoding(c)).filter((c): c is RefiCoding => c !== undefined),
      noteRefs: s.noteRefs,
      variables: s.variables,
    };
    if (s.description?.trim()) this.descriptionNote(s.guid, 'TextSource', s.line, s.description, source);
    return source;
  }

  /** The rest of the project, given the GUIDs of the sources read (or to be read): its notes, links, cases and what cannot be brought in. */
  finish(sourceGuids: Set<string>): Omit<RefiProject, 'sources'> {
    const notes: RefiNote[] = [...this.descriptionNotes];
    const noteTargets = new Map([...this.doc.noteTargets, ...this.descriptionTargets]);
    for (const n of this.doc.notes) {
      let text = n.text;
      if (!text && n.plainTextPath) {
        const entry = resolveEntry(n.plainTextPath, this.byLowerName, this.archive, (m) => this.warn(at('Note', n.guid, n.line), m));
        if (entry && !('external' in entry)) text = decodeUtf8(this.archive, entry, this.limits, this.problems) ?? '';
      }
      const { line: _line, plainTextPath: _path, ...note } = n;
      notes.push({ ...note, text });
    }
    const noteGuids = new Set(notes.map((n) => n.guid));
    for (const l of this.doc.links) {
      if (l.origin && l.target && noteGuids.has(l.origin)) {
        const targets = noteTargets.get(l.origin) ?? [];
        if (!targets.includes(l.target)) targets.push(l.target);
        noteTargets.set(l.origin, targets);
      } else
        this.warn(
          at('Link', l.guid, l.line),
          `${l.name ? `"${l.name}": ` : ''}a link that does not start from a note cannot be brought into Warrant yet; not imported`,
        );
    }
    for (const [note, targets] of noteTargets)
      if (!noteGuids.has(note) && !this.descriptionTargets.has(note))
        this.warn(undefined, `a NoteRef on ${targets.join(', ')} names the note ${note}, which the project does not have; left out`);

    const cases: RefiCase[] = this.doc.cases.map(({ line, ...c }) => {
      for (const ref of c.sourceRefs)
        if (!sourceGuids.has(ref)) this.warn(at('Case', c.guid, line), `names the source ${ref}, which is not a text source read here`);
      for (const v of c.variables) {
        const variable = this.variables.get(v.variableGuid);
        if (variable) v.name = variable.name;
        else this.warn(at('Case', c.guid, line), `has a value for the variable ${v.variableGuid}, which is not declared`);
      }
      return c;
    });

    for (const u of this.doc.unmapped)
      this.warn(
        `${u.element}${u.guid ? ` guid="${u.guid}"` : ''} (line ${u.line})`,
        `${u.name ? `"${u.name}": ` : ''}a ${describeUnmapped(u.element)} cannot be brought into Warrant yet; not imported`,
      );

    const { doc } = this;
    return {
      name: doc.name,
      ...(doc.origin ? { origin: doc.origin } : {}),
      qde: this.qde,
      users: doc.users,
      codes: doc.codes.map(({ line: _line, ...c }) => c),
      variables: doc.variables,
      cases,
      notes,
      noteTargets,
      sets: doc.sets,
      unmapped: doc.unmapped,
    };
  }
}

const at = (element: string, guid: string, line: number) => `${element} guid="${guid}" (line ${line})`;

function describeUnmapped(element: string): string {
  return (
    {
      PictureSource: 'picture',
      PictureSelection: 'region of a picture',
      PDFSource: 'PDF document',
      PDFSelection: 'region of a PDF',
      AudioSource: 'audio recording',
      AudioSelection: 'stretch of audio',
      VideoSource: 'video recording',
      VideoSelection: 'stretch of video',
      TranscriptSelection: 'selection in a media transcript',
      Graph: 'graph (a network view)',
    }[element] ?? element
  );
}

function decodeUtf8(archive: ZipArchive, entry: ZipEntry, limits: QdpxLimits, problems: RefiProblem[]): string | undefined {
  const bytes = archive.inflate(entry, Math.min(entry.size, limits.maxSourceBytes), () => tooLarge(entry));
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    problems.push({ severity: 'warning', file: entry.name, message: 'starts with a byte order mark; left out of the text (offsets count from after it)' });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    problems.push({ severity: 'error', file: entry.name, message: 'is not UTF-8 text, as REFI-QDA plain-text sources must be' });
    return undefined;
  }
}
