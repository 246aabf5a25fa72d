import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { dateInCycle, isIsoDate, parseCycleLabel } from '../domain/cycle.js';
import type { Problem } from '../domain/problem.js';
import { type RoleGroup, ROLE_GROUPS, isRoleGroup } from '../domain/roles.js';
import { readCsvTable } from './csv-table.js';
import { decodeText } from './encoding.js';
import { formatOfFile, type ParsedTranscript, readTranscript } from './transcripts/index.js';

/**
 * A partnership bundle, as a research team keeps it in a folder:
 *   roster.csv       participant_id,pseudonym,role,organization,district,unit
 *   interviews.csv   interview_id,participant_id,cycle,date,interviewer,protocol,file
 *   the transcripts interviews.csv names (.txt, .docx, .vtt, .srt)
 * Reading a bundle validates all of it and lists every problem; nothing is stored here.
 */
export const ROSTER_FILE = 'roster.csv';
export const INTERVIEWS_FILE = 'interviews.csv';
export const ROSTER_COLUMNS = ['participant_id', 'pseudonym', 'role', 'organization', 'district', 'unit'] as const;
export const INTERVIEW_COLUMNS = ['interview_id', 'participant_id', 'cycle', 'date', 'interviewer', 'protocol', 'file'] as const;
export const MAX_TRANSCRIPT_BYTES = 50 * 1024 * 1024;

export interface RosterEntry {
  line: number;
  participantId: string;
  pseudonym: string;
  role: RoleGroup;
  organization: string;
  district: string;
  unit: string | null;
}

export interface InterviewEntry {
  line: number;
  interviewId: string;
  participantId: string;
  cycle: string;
  date: string;
  interviewer: string;
  protocol: string;
  file: string;
  sourceSha256: string;
  transcript: ParsedTranscript;
}

export interface Bundle {
  dir: string;
  roster: RosterEntry[];
  interviews: InterviewEntry[];
  /** Every problem found, in file order. */
  problems: Problem[];
  /** Problems that concern the whole bundle: with any such error nothing can be imported. */
  bundleErrors: Problem[];
  /** Participants and interviews (by their IDs) that have errors of their own. */
  invalidParticipants: Map<string, Problem[]>;
  invalidInterviews: Map<string, Problem[]>;
}

export interface ReadBundleOptions {
  /** Participant IDs already in the database, so a later cycle's interviews may refer to them. */
  knownParticipants?: ReadonlySet<string>;
  onProgress?: (done: number, total: number) => void;
}

const normaliseRole = (role: string) => role.trim().toLowerCase().replace(/[\s-]+/g, '_');

class ProblemLog {
  readonly all: Problem[] = [];
  readonly bundle: Problem[] = [];
  readonly participants = new Map<string, Problem[]>();
  readonly interviews = new Map<string, Problem[]>();

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

async function readCsvFile(dir: string, file: string, log: ProblemLog): Promise<string | undefined> {
  try {
    const decoded = decodeText(await readFile(join(dir, file)), file);
    decoded.problems.forEach((p) => log.add(p));
    return decoded.problems.some((p) => p.severity === 'error') ? undefined : decoded.text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    log.add({ severity: 'error', file, message: code === 'ENOENT' ? `the bundle has no ${file}` : `cannot be read (${code ?? String(e)})` });
    return undefined;
  }
}

function validateRoster(text: string, log: ProblemLog): RosterEntry[] {
  const table = readCsvTable(text, ROSTER_FILE, ROSTER_COLUMNS);
  table.problems.forEach((p) => log.add(p));
  const entries: RosterEntry[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values: v } of table.rows) {
    const id = v.participant_id;
    const problem = (field: string, message: string, severity: Problem['severity'] = 'error') =>
      log.add({ severity, file: ROSTER_FILE, line, field, message }, { participant: id });
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
      problem('organization', `is "${v.organization}", but a district leader's organization is the district ("${v.district}"); put the central-office unit in "unit"`);
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
      log.add({ severity: 'warning', file: ROSTER_FILE, line: e.line, field: 'pseudonym', message: `"${e.pseudonym}" is also the pseudonym of ${other.participantId} (line ${other.line}) in ${e.district}; reports will not tell them apart` });
    } else pseudonyms.set(key, e);
  }
  return entries;
}

/** Reads a transcript of the bundle: its real path and bytes, or why it cannot be used. */
async function fetchTranscript(realDir: string, file: string): Promise<{ path: string; bytes: Buffer } | { error: string }> {
  const located = await locateTranscript(realDir, file);
  if ('error' in located) return located;
  try {
    return { path: located.path, bytes: await readFile(located.path) };
  } catch (e) {
    return { error: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
}

/** Files are read this many rows ahead of the one being parsed, so parsing never waits on the disk. */
const READ_AHEAD = 16;

/** The transcript's path inside the bundle, or why it cannot be used. */
async function locateTranscript(realDir: string, file: string): Promise<{ path: string } | { error: string }> {
  if (isAbsolute(file) || /^[a-zA-Z]:[\\/]/.test(file)) return { error: 'must be a path inside the bundle folder, not an absolute path' };
  const path = join(realDir, normalize(file.replace(/\\/g, '/')));
  const rel = relative(realDir, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return { error: 'points outside the bundle folder' };
  try {
    const real = await realpath(path);
    const realRel = relative(realDir, real);
    if (realRel.startsWith('..') || isAbsolute(realRel) || realRel.split(sep).includes('..')) return { error: 'is a link to a file outside the bundle folder' };
    const info = await stat(real);
    if (!info.isFile()) return { error: 'is not a file' };
    if (info.size > MAX_TRANSCRIPT_BYTES) return { error: `is ${(info.size / 1048576).toFixed(0)} MB; a transcript may be at most ${MAX_TRANSCRIPT_BYTES / 1048576} MB` };
    return { path: real };
  } catch {
    return { error: `"${file}" does not exist in the bundle` };
  }
}

export async function readBundle(dir: string, options: ReadBundleOptions = {}): Promise<Bundle> {
  const log = new ProblemLog();
  const result = (roster: RosterEntry[], interviews: InterviewEntry[]): Bundle => ({
    dir,
    roster,
    interviews,
    problems: log.all,
    bundleErrors: log.bundle,
    invalidParticipants: log.participants,
    invalidInterviews: log.interviews,
  });

  let realDir: string;
  try {
    realDir = await realpath(dir);
    if (!(await stat(realDir)).isDirectory()) throw new Error('not a folder');
  } catch {
    log.add({ severity: 'error', file: dir, message: 'is not a folder; give the folder holding roster.csv and interviews.csv' });
    return result([], []);
  }

  const rosterText = await readCsvFile(realDir, ROSTER_FILE, log);
  const interviewsText = await readCsvFile(realDir, INTERVIEWS_FILE, log);
  const roster = rosterText === undefined ? [] : validateRoster(rosterText, log);
  if (interviewsText === undefined) return result(roster, []);

  const rosterIds = new Set(roster.map((r) => r.participantId));
  const table = readCsvTable(interviewsText, INTERVIEWS_FILE, INTERVIEW_COLUMNS);
  table.problems.forEach((p) => log.add(p));

  const interviews: InterviewEntry[] = [];
  const firstLine = new Map<string, number>();
  const fileLine = new Map<string, number>();
  const reads = new Map<number, ReturnType<typeof fetchTranscript>>();
  const readAhead = (k: number) => {
    const file = table.rows[k]?.values.file;
    if (file && formatOfFile(file) && !reads.has(k)) reads.set(k, fetchTranscript(realDir, file));
  };
  for (const [k, { line, values: v }] of table.rows.entries()) {
    options.onProgress?.(k, table.rows.length);
    for (let ahead = k; ahead < k + READ_AHEAD; ahead++) readAhead(ahead);
    const fetched = reads.get(k);
    reads.delete(k);
    const id = v.interview_id;
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
    if (!v.file) {
      problem('file', 'is empty: name the transcript file');
      continue;
    }
    if (!format) {
      problem('file', `"${v.file}" is not a transcript format Warrant reads (.txt, .docx, .vtt, .srt)`);
      continue;
    }
    const located = await fetched!;
    if ('error' in located) {
      problem('file', located.error);
      continue;
    }
    const otherLine = fileLine.get(located.path);
    if (otherLine !== undefined) {
      problem('file', `"${v.file}" is also the transcript of the interview on line ${otherLine}`);
      continue;
    }
    fileLine.set(located.path, line);

    const { bytes } = located;
    const transcript = readTranscript(bytes, v.file, format);
    for (const p of transcript.problems) log.add(p, { interview: id });
    interviews.push({
      line,
      interviewId: id,
      participantId: v.participant_id,
      cycle: cycle?.label ?? v.cycle,
      date: v.date,
      interviewer: v.interviewer,
      protocol: v.protocol,
      file: v.file.replace(/\\/g, '/'),
      sourceSha256: createHash('sha256').update(bytes).digest('hex'),
      transcript,
    });
  }
  options.onProgress?.(table.rows.length, table.rows.length);
  return result(roster, interviews);
}

/** Marks an interview of the bundle invalid for a reason found outside the bundle (e.g. in the database). */
export function rejectInterview(bundle: Bundle, entry: InterviewEntry, field: string, message: string): void {
  const problem: Problem = { severity: 'error', file: INTERVIEWS_FILE, line: entry.line, field, message };
  bundle.problems.push(problem);
  push(bundle.invalidInterviews, entry.interviewId, problem);
}
