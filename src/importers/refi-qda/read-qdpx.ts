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
  const problems: RefiProblem[] = [];
  const fail = (message: string, file = archiveName, where?: string): RefiReadResult => ({
    problems: [...problems, { severity: 'error', file, ...(where ? { where } : {}), message }],
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

  try {
    const project = check(doc, archive, files, qde.name, problems, limits);
    return problems.some((p) => p.severity === 'error') ? { problems } : { project, problems };
  } catch (e) {
    if (e instanceof UnreadableArchive) return fail(e.message);
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

function check(doc: QdeDocument, archive: ZipArchive, files: ZipEntry[], qde: string, problems: RefiProblem[], limits: QdpxLimits): RefiProject {
  const error = (where: string, message: string, file = qde) => problems.push({ severity: 'error', file, where, message });
  const warn = (where: string | undefined, message: string, file = qde) => problems.push({ severity: 'warning', file, ...(where ? { where } : {}), message });
  const at = (element: string, guid: string, line: number) => `${element} guid="${guid}" (line ${line})`;

  const users = new Map(doc.users.map((u) => [u.guid, u]));
  const codes = new Map<string, RefiCode>();
  const siblings = new Map<string, Set<string>>();
  for (const c of doc.codes) {
    if (codes.has(c.guid)) error(at('Code', c.guid, c.line), 'has the GUID of another code');
    codes.set(c.guid, c);
    const key = c.parentGuid ?? '';
    const names = siblings.get(key) ?? new Set<string>();
    if (names.has(c.name.toLowerCase())) warn(at('Code', c.guid, c.line), `has the same name as another code beside it ("${c.name}"); both kept`);
    names.add(c.name.toLowerCase());
    siblings.set(key, names);
  }

  const checkCoding = (c: QdeCoding): RefiCoding | undefined => {
    if (!c.codeGuid) return undefined;
    if (!codes.has(c.codeGuid)) {
      error(at('Coding', c.guid, c.line), `names the code ${c.codeGuid}, which is not in the codebook`);
      return undefined;
    }
    if (c.creatingUser && !users.has(c.creatingUser))
      warn(at('Coding', c.guid, c.line), `was made by the user ${c.creatingUser}, who is not among the project's users`);
    const { line: _line, ...coding } = c;
    return coding;
  };

  const byLowerName = new Map(files.map((e) => [e.name.toLowerCase(), e]));
  const notes: RefiNote[] = [];
  const noteTargets = new Map(doc.noteTargets);
  const descriptionNote = (owner: string, element: string, line: number, text: string, target: { noteRefs: string[] }) => {
    const guid = `${owner}:description`;
    notes.push({ guid, text, fromDescription: true });
    target.noteRefs.push(guid);
    noteTargets.set(guid, [owner]);
    warn(at(element, owner, line), 'has its memo written as <Description> instead of a Note; read as a note');
  };

  const sources: RefiSource[] = [];
  const sourceNames = new Set<string>();
  const selectionGuids = new Set<string>();
  for (const s of doc.sources) {
    const where = at('TextSource', s.guid, s.line);
    const text = readSourceText(s, where, archive, byLowerName, qde, problems, limits);
    if (text === undefined) continue;
    const name = s.name ?? (s.plainTextPath ?? s.guid).replace(/^.*[/\\]/, '').replace(/\.txt$/i, '');
    if (sourceNames.has(name.toLowerCase())) warn(where, `has the same name as another source ("${name}"); both kept`);
    sourceNames.add(name.toLowerCase());

    let spans = s.selections.map((sel) => [sel.start, sel.end] as const);
    let body = text.text;
    if (text.text.includes('\r\n')) {
      const corrected = correctCrlfOffsets(text.text, spans);
      spans = corrected.spans;
      body = text.text.replace(/\r\n/g, '\n');
      warn(
        where,
        corrected.counting === 'crlf-as-two'
          ? 'has CRLF line ends; its selections count each as two characters, as the file has them: read with LF line ends, offsets corrected'
          : 'has CRLF line ends, but its selections count each as one character (offsets shifted by the line ends): read with LF line ends as they count them',
        text.entry ?? qde,
      );
    }
    const length = codePointLength(body);
    const selections: RefiSelection[] = [];
    s.selections.forEach((sel, i) => {
      const [start, end] = spans[i]!;
      const w = at('PlainTextSelection', sel.guid, sel.line);
      if (selectionGuids.has(sel.guid)) error(w, 'has the GUID of another selection');
      selectionGuids.add(sel.guid);
      if (sel.start < 0 || sel.end < sel.start) return void error(w, `runs from ${sel.start} to ${sel.end}, which is no stretch of text`);
      if (end > length) return void error(w, `ends at ${sel.end}, past the end of its source (${fmt(length)} characters)`);
      const codings = sel.codings.map(checkCoding).filter((c): c is RefiCoding => c !== undefined);
      if (start === end)
        return void warn(w, `is empty (starts and ends at ${sel.start}); left out${codings.length ? ` with its ${codings.length} coding(s)` : ''}`);
      const { line: _line, description, codings: _codings, ...rest } = sel;
      const selection: RefiSelection = { ...rest, start, end, codings };
      if (description?.trim()) descriptionNote(sel.guid, 'PlainTextSelection', sel.line, description, selection);
      selections.push(selection);
    });
    const source: RefiSource = {
      guid: s.guid,
      name,
      ...(text.entry ? { entry: text.entry } : {}),
      text: body,
      ...(s.creatingUser ? { creatingUser: s.creatingUser } : {}),
      ...(s.creationDateTime ? { creationDateTime: s.creationDateTime } : {}),
      selections,
      codings: s.codings.map(checkCoding).filter((c): c is RefiCoding => c !== undefined),
      noteRefs: s.noteRefs,
      variables: s.variables,
    };
    if (s.description?.trim()) descriptionNote(s.guid, 'TextSource', s.line, s.description, source);
    sources.push(source);
  }

  for (const n of doc.notes) {
    let text = n.text;
    if (!text && n.plainTextPath) {
      const entry = resolveEntry(n.plainTextPath, byLowerName, archive, (m) => warn(at('Note', n.guid, n.line), m));
      if (entry && !('external' in entry)) text = decodeUtf8(archive, entry, limits, problems) ?? '';
    }
    const { line: _line, plainTextPath: _path, ...note } = n;
    notes.push({ ...note, text });
  }
  const noteGuids = new Set(notes.map((n) => n.guid));
  for (const l of doc.links) {
    if (l.origin && l.target && noteGuids.has(l.origin)) {
      const targets = noteTargets.get(l.origin) ?? [];
      if (!targets.includes(l.target)) targets.push(l.target);
      noteTargets.set(l.origin, targets);
    } else
      warn(
        at('Link', l.guid, l.line),
        `${l.name ? `"${l.name}": ` : ''}a link that does not start from a note cannot be brought into Warrant yet; not imported`,
      );
  }
  for (const [note, targets] of noteTargets)
    if (!noteGuids.has(note)) warn(undefined, `a NoteRef on ${targets.join(', ')} names the note ${note}, which the project does not have; left out`);

  const sourceGuids = new Set(sources.map((s) => s.guid));
  const variables = new Map(doc.variables.map((v) => [v.guid, v]));
  const cases: RefiCase[] = doc.cases.map(({ line, ...c }) => {
    for (const ref of c.sourceRefs) if (!sourceGuids.has(ref)) warn(at('Case', c.guid, line), `names the source ${ref}, which is not a text source read here`);
    for (const v of c.variables) {
      const variable = variables.get(v.variableGuid);
      if (variable) v.name = variable.name;
      else warn(at('Case', c.guid, line), `has a value for the variable ${v.variableGuid}, which is not declared`);
    }
    return c;
  });
  for (const s of sources)
    for (const v of s.variables) {
      const variable = variables.get(v.variableGuid);
      if (variable) v.name = variable.name;
    }

  for (const u of doc.unmapped)
    warn(
      `${u.element}${u.guid ? ` guid="${u.guid}"` : ''} (line ${u.line})`,
      `${u.name ? `"${u.name}": ` : ''}a ${describeUnmapped(u.element)} cannot be brought into Warrant yet; not imported`,
    );

  return {
    name: doc.name,
    ...(doc.origin ? { origin: doc.origin } : {}),
    qde,
    users: doc.users,
    codes: doc.codes.map(({ line: _line, ...c }) => c),
    variables: doc.variables,
    cases,
    sources,
    notes,
    noteTargets,
    sets: doc.sets,
    unmapped: doc.unmapped,
  };
}

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

function readSourceText(
  s: QdeTextSource,
  where: string,
  archive: ZipArchive,
  byLowerName: Map<string, ZipEntry>,
  qde: string,
  problems: RefiProblem[],
  limits: QdpxLimits,
): { text: string; entry?: string } | undefined {
  if (s.content !== undefined && !s.plainTextPath) return { text: s.content };
  if (!s.plainTextPath) {
    problems.push({ severity: 'warning', file: qde, where, message: `has no plain text${s.richTextPath ? ` (only ${s.richTextPath})` : ''}; not imported` });
    return undefined;
  }
  const entry = resolveEntry(s.plainTextPath, byLowerName, archive, (message) => problems.push({ severity: 'warning', file: qde, where, message }));
  if (!entry) {
    problems.push({ severity: 'error', file: qde, where, message: `names ${s.plainTextPath}, which the archive does not hold` });
    return undefined;
  }
  if ('external' in entry) {
    problems.push({ severity: 'warning', file: qde, where, message: `its text is outside the archive (${entry.external}); not imported` });
    return undefined;
  }
  const text = decodeUtf8(archive, entry, limits, problems);
  return text === undefined ? undefined : { text, entry: entry.name };
}
