import { readFile, realpath, stat } from 'node:fs/promises';
import { dateInCycle, isIsoDate, parseCycleLabel } from '../domain/cycle.js';
import type { Problem } from '../domain/problem.js';
import { type RoleGroup, ROLE_GROUPS, isRoleGroup } from '../domain/roles.js';
import { isSpeakerRole, SPEAKER_ROLES, type SpeakerMapping, type SpeakerRole, type TranscriptContent } from '../domain/transcript.js';
import { locateInBundle } from './bundle-file.js';
import { readCsvTable } from './csv-table.js';
import { decodeText } from './encoding.js';
import { layOutParsed, type LoadedTranscript } from './transcript-file.js';
import type { TranscriptReader } from './transcript-reader.js';
import { formatOfFile, type TranscriptFormat } from './transcripts/index.js';

/**
 * A partnership bundle, as a research team keeps it in a folder:
 *   roster.csv       participant_id,pseudonym,role,organization,district,unit
 *   interviews.csv   interview_id,participant_id,cycle,date,interviewer,protocol,file
 *   the transcripts interviews.csv names (.txt, .docx, .vtt, .srt; text and DOCX also as Otter.ai,
 *   Rev and f4/f5transkript write them)
 *   speakers.csv     file,speaker,role (optional): whose each speaker label of a transcript is, for
 *                    transcripts whose labels do not say ("Speaker 1", "Speaker 2")
 * Reading a bundle validates all of it and lists every problem; nothing is stored here. The CSV
 * files are read first (readBundle); the transcripts are then streamed, in order, by
 * readTranscripts, so that an import can store each one while the next are being parsed.
 */
export const ROSTER_FILE = 'roster.csv';
export const INTERVIEWS_FILE = 'interviews.csv';
export const ROSTER_COLUMNS = ['participant_id', 'pseudonym', 'role', 'organization', 'district', 'unit'] as const;
export const INTERVIEW_COLUMNS = ['interview_id', 'participant_id', 'cycle', 'date', 'interviewer', 'protocol', 'file'] as const;
export const SPEAKERS_FILE = 'speakers.csv';
export const SPEAKER_COLUMNS = ['file', 'speaker', 'role'] as const;
/** How an import asks for the speakers of a transcript whose labels do not say who is who. */
export const SAY_SPEAKERS_IN_BUNDLE = ` in ${SPEAKERS_FILE}, one line "file,speaker,role" for each label (role: ${SPEAKER_ROLES.join(', ')})`;

export interface RosterEntry {
  line: number;
  participantId: string;
  pseudonym: string;
  role: RoleGroup;
  organization: string;
  district: string;
  unit: string | null;
}

/** A row of interviews.csv whose transcript is to be read. */
export interface InterviewRow {
  line: number;
  interviewId: string;
  participantId: string;
  cycle: string;
  date: string;
  interviewer: string;
  protocol: string;
  file: string;
  format: TranscriptFormat;
}

/** A valid interview with its transcript, ready to store. */
export interface InterviewEntry extends InterviewRow {
  sourceSha256: string;
  encoding: string;
  content: TranscriptContent;
  /** The mapping speakers.csv gave for the transcript, to remember for its next import. */
  givenSpeakers?: SpeakerMapping;
}

export interface Bundle {
  dir: string;
  /** The folder's real path; null when it is not a folder. */
  realDir: string | null;
  roster: RosterEntry[];
  /** The rows of interviews.csv that name a transcript to read (valid or not: all are read, to list every problem). */
  rows: InterviewRow[];
  /** speakers.csv: whose each label is, by transcript file (as interviews.csv names it). */
  speakers: Map<string, SpeakerMapping>;
  log: ProblemLog;
}

export interface ReadBundleOptions {
  /** Participant IDs already in the database, so a later cycle's interviews may refer to them. */
  knownParticipants?: ReadonlySet<string>;
}

const normaliseRole = (role: string) =>
  role
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Every problem found, in the order found; errors also filed under what they make invalid. */
export class ProblemLog {
  readonly all: Problem[] = [];
  /** Errors that concern the whole bundle: with any, nothing can be imported. */
  readonly bundle: Problem[] = [];
  /** Errors by participant ID and by interview ID. */
  readonly participants = new Map<string, Problem[]>();
  readonly interviews = new Map<string, Problem[]>();

  get hasRowErrors(): boolean {
    return this.participants.size > 0 || this.interviews.size > 0;
  }

  add(p: Problem, owner?: { participant?: string; interview?: string }): void {
    this.all.push(p);
    if (p.severity !== 'error') return;
    if (owner?.interview !== undefined) push(this.interviews, owner.interview, p);
    else if (owner?.participant !== undefined) push(this.participants, owner.participant, p);
    else this.bundle.push(p);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** roster.csv and interviews.csv are small; a larger one is a mistake (or worse). */
const MAX_CSV_BYTES = 20 * 1024 * 1024;

async function readCsvFile(dir: string, file: string, log: ProblemLog, { optional = false } = {}): Promise<string | undefined> {
  const located = await locateInBundle(dir, file, MAX_CSV_BYTES);
  if ('error' in located && located.missing && optional) return undefined;
  if ('error' in located) {
    log.add({ severity: 'error', file, message: located.missing ? `the bundle has no ${file}` : located.error });
    return undefined;
  }
  try {
    const decoded = decodeText(await readFile(located.path), file);
    decoded.problems.forEach((p) => log.add(p));
    return decoded.problems.some((p) => p.severity === 'error') ? undefined : decoded.text;
  } catch (e) {
    log.add({ severity: 'error', file, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
    return undefined;
  }
}

function validateRoster(text: string, log: ProblemLog): RosterEntry[] {
  const table = readCsvTable(text, ROSTER_FILE, ROSTER_COLUMNS);
  table.problems.forEach((p) => log.add(p));
  const entries: RosterEntry[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values: v, malformed } of table.rows) {
    const id = v.participant_id;
    const problem = (field: string, message: string, severity: Problem['severity'] = 'error') =>
      log.add({ severity, file: ROSTER_FILE, line, field, message }, { participant: id });
    if (malformed) {
      log.add(malformed, id ? { participant: id } : undefined);
      continue;
    }
    if (!id) {
      log.add({ severity: 'error', file: ROSTER_FILE, line, field: 'participant_id', message: 'is empty' });
      continue;
    }
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      problem('participant_id', `duplicate participant ID "${id}" (first on line ${seen})`);
      continue;
    }
    firstLine.set(id, line);
    const role = normaliseRole(v.role);
    if (!v.pseudonym) problem('pseudonym', 'is empty: every participant needs a pseudonym');
    if (!isRoleGroup(role)) problem('role', `"${v.role}" is not a role group (one of ${ROLE_GROUPS.join(', ')})`);
    if (!v.district) problem('district', 'is empty');
    if (!v.organization) problem('organization', 'is empty');
    else if (v.district && role === 'district_leader' && v.organization.toLowerCase() !== v.district.toLowerCase()) {
      problem(
        'organization',
        `is "${v.organization}", but a district leader's organization is the district ("${v.district}"); put the central-office unit in "unit"`,
      );
    } else if (v.district && isRoleGroup(role) && role !== 'district_leader' && v.organization.toLowerCase() === v.district.toLowerCase()) {
      problem('organization', `names the district; a ${role.replace('_', ' ')}'s organization is their school`);
    }
    if (isRoleGroup(role)) {
      entries.push({
        line,
        participantId: id,
        pseudonym: v.pseudonym,
        role,
        organization: role === 'district_leader' ? v.district : v.organization,
        district: v.district,
        unit: v.unit || null,
      });
    }
  }
  const pseudonyms = new Map<string, RosterEntry>();
  for (const e of entries) {
    const key = `${e.district}\u0000${e.pseudonym.toLowerCase()}`;
    const other = pseudonyms.get(key);
    if (other && e.pseudonym) {
      log.add({
        severity: 'warning',
        file: ROSTER_FILE,
        line: e.line,
        field: 'pseudonym',
        message: `"${e.pseudonym}" is also the pseudonym of ${other.participantId} (line ${other.line}) in ${e.district}; reports will not tell them apart`,
      });
    } else pseudonyms.set(key, e);
  }
  return entries;
}

/** Reads and validates roster.csv and interviews.csv; the transcripts are read by readTranscripts. */
export async function readBundle(dir: string, options: ReadBundleOptions = {}): Promise<Bundle> {
  const log = new ProblemLog();
  const bundle: Bundle = { dir, realDir: null, roster: [], rows: [], speakers: new Map(), log };
  try {
    const realDir = await realpath(dir);
    if (!(await stat(realDir)).isDirectory()) throw new Error('not a folder');
    bundle.realDir = realDir;
  } catch {
    log.add({ severity: 'error', file: dir, message: 'is not a folder; give the folder holding roster.csv and interviews.csv' });
    return bundle;
  }

  const rosterText = await readCsvFile(bundle.realDir, ROSTER_FILE, log);
  const interviewsText = await readCsvFile(bundle.realDir, INTERVIEWS_FILE, log);
  if (rosterText !== undefined) bundle.roster = validateRoster(rosterText, log);
  if (interviewsText !== undefined) bundle.rows = validateInterviews(interviewsText, new Set(bundle.roster.map((r) => r.participantId)), log, options);
  const speakersText = await readCsvFile(bundle.realDir, SPEAKERS_FILE, log, { optional: true });
  if (speakersText !== undefined) bundle.speakers = validateSpeakers(speakersText, bundle.rows, log);
  return bundle;
}

function validateSpeakers(text: string, rows: readonly InterviewRow[], log: ProblemLog): Map<string, SpeakerMapping> {
  const table = readCsvTable(text, SPEAKERS_FILE, SPEAKER_COLUMNS);
  table.problems.forEach((p) => log.add(p));
  const interviewOf = new Map(rows.map((r) => [r.file, r.interviewId]));
  const mappings = new Map<string, Record<string, SpeakerRole>>();
  const firstLine = new Map<string, number>();
  for (const { line, values: v, malformed } of table.rows) {
    const file = v.file.replace(/\\/g, '/');
    const interview = interviewOf.get(file);
    const owner = interview !== undefined ? { interview } : undefined;
    const problem = (field: string, message: string, severity: Problem['severity'] = 'error') =>
      log.add({ severity, file: SPEAKERS_FILE, line, field, message }, owner);
    if (malformed) {
      log.add(malformed, owner);
      continue;
    }
    if (!file) {
      problem('file', 'is empty: name a transcript file of interviews.csv');
      continue;
    }
    if (interview === undefined) {
      problem('file', `"${v.file}" is not a transcript interviews.csv names; the line was ignored`, 'warning');
      continue;
    }
    const speaker = v.speaker.trim();
    const role = v.role.trim().toLowerCase();
    if (!speaker) problem('speaker', 'is empty: give the speaker label as the transcript writes it, e.g. Speaker 1');
    if (!isSpeakerRole(role)) problem('role', `"${v.role}" is not one of ${SPEAKER_ROLES.join(', ')}`);
    if (!speaker || !isSpeakerRole(role)) continue;
    const key = `${file}\u0000${speaker}`;
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      problem('speaker', `"${speaker}" of ${file} is also on line ${seen}`);
      continue;
    }
    firstLine.set(key, line);
    mappings.set(file, { ...mappings.get(file), [speaker]: role });
  }
  return mappings;
}

function validateInterviews(text: string, rosterIds: ReadonlySet<string>, log: ProblemLog, options: ReadBundleOptions): InterviewRow[] {
  const table = readCsvTable(text, INTERVIEWS_FILE, INTERVIEW_COLUMNS);
  table.problems.forEach((p) => log.add(p));
  const rows: InterviewRow[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values: v, malformed } of table.rows) {
    const id = v.interview_id;
    if (malformed) {
      log.add(malformed, id ? { interview: id } : undefined);
      continue;
    }
    if (!id) {
      log.add({ severity: 'error', file: INTERVIEWS_FILE, line, field: 'interview_id', message: 'is empty' });
      continue;
    }
    const problem = (field: string, message: string, severity: Problem['severity'] = 'error') =>
      log.add({ severity, file: INTERVIEWS_FILE, line, field, message }, { interview: id });
    const seen = firstLine.get(id);
    if (seen !== undefined) {
      problem('interview_id', `duplicate interview ID "${id}" (first on line ${seen})`);
      continue;
    }
    firstLine.set(id, line);

    if (!v.participant_id) problem('participant_id', 'is empty');
    else if (log.participants.has(v.participant_id)) problem('participant_id', `participant "${v.participant_id}" has errors in ${ROSTER_FILE}`);
    else if (!rosterIds.has(v.participant_id) && !options.knownParticipants?.has(v.participant_id)) {
      problem('participant_id', `unknown participant "${v.participant_id}": not in ${ROSTER_FILE} nor already imported`);
    }
    const cycle = parseCycleLabel(v.cycle);
    if (!cycle) problem('cycle', `"${v.cycle}" is not a school year like 2009-10`);
    if (!isIsoDate(v.date)) problem('date', `"${v.date}" is not a date written YYYY-MM-DD`);
    else if (cycle && !dateInCycle(v.date, cycle)) problem('date', `${v.date} is outside the ${cycle.label} school year (July to June)`, 'warning');
    if (!v.interviewer) problem('interviewer', 'is empty');
    if (!v.protocol) problem('protocol', 'is empty');

    const format = v.file ? formatOfFile(v.file) : undefined;
    if (!v.file) problem('file', 'is empty: name the transcript file');
    else if (!format) {
      const rtf = /\.rtf$/i.test(v.file) ? '; save an RTF transcript (as f4/f5transkript and Word write them) as .docx or .txt' : '';
      problem('file', `"${v.file}" is not a transcript format Warrant reads (.txt, .docx, .vtt, .srt)${rtf}`);
    } else {
      rows.push({
        line,
        interviewId: id,
        participantId: v.participant_id,
        cycle: cycle?.label ?? v.cycle,
        date: v.date,
        interviewer: v.interviewer,
        protocol: v.protocol,
        file: v.file.replace(/\\/g, '/'),
        format,
      });
    }
  }
  return rows;
}

export interface ReadTranscriptsOptions {
  /** Read text without a speaker label (a whole transcript without labels) as this speaker's, with a warning, instead of refusing it. */
  unlabelledSpeaker?: string;
  /** The mapping said for the row's transcript at an earlier import of the same file. */
  rememberedSpeakers?: (row: InterviewRow) => SpeakerMapping | undefined;
  /**
   * For a transcript whose labels do not say who is who and for which no mapping was said: the roles
   * its labels have in the interview's current transcript, when that came from the same file (as an
   * import before speakers were asked for stored it), so that importing the same bundle again changes nothing.
   */
  storedSpeakers?: (row: InterviewRow) => Promise<SpeakerMapping | undefined>;
}

/**
 * Reads every transcript the bundle names, in order, a window of them in flight at once, logging
 * their problems; yields the interviews that are valid, each with its laid-out transcript.
 */
export async function* readTranscripts(
  bundle: Bundle,
  reader: TranscriptReader,
  onProgress?: (done: number, total: number) => void,
  options: ReadTranscriptsOptions = {},
): AsyncGenerator<InterviewEntry> {
  const { rows, log, realDir } = bundle;
  if (!realDir) return;
  const loads: Promise<LoadedTranscript>[] = [];
  const start = (k: number) => {
    const row = rows[k];
    if (!row || loads[k] !== undefined) return;
    const given = bundle.speakers.get(row.file);
    const remembered = options.rememberedSpeakers?.(row);
    // A failed load becomes a problem with this file, not an unhandled rejection if never awaited.
    loads[k] = reader
      .load({
        realDir,
        file: row.file,
        format: row.format,
        interviewer: row.interviewer,
        ...(options.unlabelledSpeaker !== undefined && { unlabelledSpeaker: options.unlabelledSpeaker }),
        speakers: { ...(given && { given }), ...(remembered && { remembered }), howToSay: SAY_SPEAKERS_IN_BUNDLE },
      })
      .catch((e: unknown): LoadedTranscript => ({ ok: false, error: `could not be read (${e instanceof Error ? e.message : String(e)})` }));
  };
  const fileLine = new Map<string, number>();
  for (const [k, row] of rows.entries()) {
    onProgress?.(k, rows.length);
    for (let ahead = k; ahead < k + reader.window; ahead++) start(ahead);
    const loaded = await loads[k]!;
    delete loads[k];
    const problem = (message: string) =>
      log.add({ severity: 'error', file: INTERVIEWS_FILE, line: row.line, field: 'file', message }, { interview: row.interviewId });
    if (!loaded.ok) {
      problem(loaded.error);
      continue;
    }
    const otherLine = fileLine.get(loaded.path);
    if (otherLine !== undefined) {
      problem(`"${row.file}" is also the transcript of the interview on line ${otherLine}`);
      continue;
    }
    fileLine.set(loaded.path, row.line);
    let { problems, content } = loaded;
    const stored = loaded.parsed && !bundle.speakers.has(row.file) ? await options.storedSpeakers?.(row) : undefined;
    if (stored && loaded.parsed) {
      const again = layOutParsed(loaded.parsed, row.file, row.interviewer, { remembered: stored });
      if (again.content) ({ problems, content } = again);
    }
    for (const p of problems) log.add(p, { interview: row.interviewId });
    if (content && !log.interviews.has(row.interviewId)) {
      const given = bundle.speakers.get(row.file) && loaded.speakers;
      yield { ...row, sourceSha256: loaded.sourceSha256, encoding: loaded.encoding, content, ...(given && { givenSpeakers: given }) };
    }
  }
  onProgress?.(rows.length, rows.length);
}

/** Marks an interview of the bundle invalid for a reason found outside the bundle (e.g. in the database). */
export function rejectInterview(bundle: Bundle, row: InterviewRow, field: string, message: string): void {
  bundle.log.add({ severity: 'error', file: INTERVIEWS_FILE, line: row.line, field, message }, { interview: row.interviewId });
}
