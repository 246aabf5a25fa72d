import { basename, resolve } from 'node:path';
import { invalid } from '../domain/errors.js';
import type { Problem } from '../domain/problem.js';
import { relocatePassage } from '../domain/excerpt.js';
import { unwritableCharacter } from '../domain/text.js';
import { type InterviewerChoice, type SpeakerMapping, type TranscriptContent, transcriptText } from '../domain/transcript.js';
import { isSchoolBased } from '../domain/roles.js';
import { type Bundle, type InterviewEntry, readBundle, readTranscripts, rejectInterview, type RosterEntry } from '../importers/bundle.js';
import { transcriptReader } from '../importers/transcript-reader.js';
import type { AuditEntry } from '../storage/repositories/audit.repository.js';
import type { InterviewRow } from '../storage/repositories/interview.repository.js';
import type { ParticipantRow } from '../storage/repositories/participant.repository.js';
import type { PartnershipRow } from '../storage/repositories/partnership.repository.js';
import type { TranscriptRow } from '../storage/repositories/transcript.repository.js';
import { firstVersion, inTransaction, now, type ServiceContext } from './context.js';
import { moveCodingsWithPassage } from './passage-codings.js';
import { ImportPlaces } from './import-places.js';
import { createPartnership, resolvePartnership } from './partnerships.js';

export { DEFAULT_UNLABELLED_SPEAKER } from '../importers/transcripts/index.js';

export interface ImportOptions {
  /** Name (or ID) of the partnership to import into; created if it does not exist. */
  partnership?: string;
  /** Import the valid interviews and list the others, instead of refusing the whole bundle. */
  skipInvalid?: boolean;
  /**
   * Read a transcript without speaker labels (or the text before its first label) as spoken by this
   * speaker, to be labelled later, instead of refusing it; each such transcript gets a warning.
   */
  unlabelledSpeaker?: string;
  onProgress?: (phase: 'importing', done: number, total: number) => void;
}

export interface Tally {
  added: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  dir: string;
  partnership: { id: string; name: string; created: boolean } | null;
  /** False when the bundle was refused and nothing was written. */
  imported: boolean;
  problems: Problem[];
  skipped: { participants: string[]; interviews: string[] };
  organizations: { added: number };
  cycles: { added: number };
  participants: Tally;
  interviews: Tally;
  transcripts: { added: number; newVersions: number; unchanged: number };
  /** Of the passages cited on transcripts this import corrected: moved to the new version (words unchanged), or left to review (words changed or not found). */
  passages: { moved: number; toReview: number };
  /** Of the transcripts stored by this import (new and new versions). */
  stored: { turns: number; words: number; textBytes: number };
  /** For each interview imported, the speaker labels taken as the interviewer and how (domain/transcript chooseInterviewer). */
  interviewers: InterviewerReport[];
}

export interface InterviewerReport {
  interview: string;
  file: string;
  labels: string[];
  by: InterviewerChoice['by'];
}

const tally = (): Tally => ({ added: 0, updated: 0, unchanged: 0 });

type Counts = Pick<ImportReport, 'organizations' | 'cycles' | 'participants' | 'interviews' | 'transcripts' | 'passages' | 'stored' | 'interviewers'>;

const emptyCounts = (): Counts => ({
  organizations: { added: 0 },
  cycles: { added: 0 },
  participants: tally(),
  interviews: tally(),
  transcripts: { added: 0, newVersions: 0, unchanged: 0 },
  passages: { moved: 0, toReview: 0 },
  stored: { turns: 0, words: 0, textBytes: 0 },
  interviewers: [],
});

type PartnershipChoice = { existing: PartnershipRow } | { create: string };

/** The partnership an import writes to: the one named (created if there is none of that name), the only one, or a new one named `fallbackName`. */
export async function choosePartnership(ctx: ServiceContext, fallbackName: string, selector?: string): Promise<PartnershipChoice> {
  if (selector) {
    const existing = (await ctx.store.partnerships.byId(selector)) ?? (await ctx.store.partnerships.byName(selector));
    return existing ? { existing } : { create: selector };
  }
  const all = await ctx.store.partnerships.list();
  if (all.length === 0) return { create: fallbackName };
  return { existing: await resolvePartnership(ctx, undefined) };
}

/** Raised inside the import transaction to undo it when the bundle turns out to have errors. */
class Refused extends Error {}

/**
 * `warrant import DIR`: validates the whole bundle and stores it in one transaction. Transcripts
 * are parsed (on worker threads where there are cores to spare) while the ones before them are
 * stored; with any error the transaction is rolled back, so nothing is written (unless
 * skipInvalid). Importing the same bundle again changes nothing; a changed transcript becomes a
 * new version, and what cited the old one still points at it.
 */
export async function importBundle(ctx: ServiceContext, dir: string, options: ImportOptions = {}): Promise<ImportReport> {
  if (options.unlabelledSpeaker !== undefined) checkSpeakerLabel(options.unlabelledSpeaker);
  const choice = await choosePartnership(ctx, basename(resolve(dir)), options.partnership);
  const partnershipId = 'existing' in choice ? choice.existing.id : null;
  const known = partnershipId ? await ctx.store.participants.list(partnershipId) : [];
  const existingInterviews = partnershipId ? await ctx.store.interviews.listAll(partnershipId) : [];

  const bundle = await readBundle(dir, { knownParticipants: new Set(known.map((p) => p.code)) });
  checkAgainstDatabase(bundle, known, existingInterviews);
  const { log } = bundle;

  const report: ImportReport = {
    dir,
    partnership: 'existing' in choice ? { id: choice.existing.id, name: choice.existing.name, created: false } : null,
    imported: false,
    problems: log.all,
    skipped: { participants: [], interviews: [] },
    ...emptyCounts(),
  };
  const refused = () => log.bundle.length > 0 || (!options.skipInvalid && log.hasRowErrors);
  const reader = transcriptReader();
  const remembered = partnershipId ? await ctx.store.transcripts.speakerMappings(partnershipId) : new Map<string, SpeakerMapping>();
  let reading: ServiceContext | undefined;
  const interviewIds = new Map(existingInterviews.map((i) => [i.code, i.id]));
  const transcripts = readTranscripts(bundle, reader, (done, total) => options.onProgress?.('importing', done, total), {
    ...(options.unlabelledSpeaker !== undefined && { unlabelledSpeaker: options.unlabelledSpeaker }),
    rememberedSpeakers: (row) => remembered.get(`${interviewIds.get(row.interviewId)}\u0000${row.file}`),
    storedSpeakers: async (row) => {
      const id = interviewIds.get(row.interviewId);
      // Inside the import's transaction, read through it (SQLite has one connection).
      return id === undefined ? undefined : (reading ?? ctx).store.transcripts.currentSpeakerRoles(id, row.file);
    },
  });
  try {
    if (refused()) {
      for await (const _ of transcripts); // read them all, to list every problem
    } else {
      await inTransaction(ctx, async (tx) => {
        reading = tx;
        const partnership = 'existing' in choice ? choice.existing : await createPartnership(tx, choice.create);
        const writer = new BundleWriter(tx, partnership.id);
        await writer.begin(bundle, known, existingInterviews);
        for await (const entry of transcripts) if (!refused()) await writer.writeInterview(entry);
        if (refused()) throw new Refused();
        await writer.finish();
        Object.assign(report, writer.counts, { partnership: { id: partnership.id, name: partnership.name, created: 'create' in choice } });
      });
      report.imported = true;
    }
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
  } finally {
    await reader.close();
  }
  report.skipped = { participants: [...log.participants.keys()], interviews: [...log.interviews.keys()] };
  return report;
}

/** The speaker given for unlabelled text is stored as a speaker label: a short line of text. */
export function checkSpeakerLabel(label: string): void {
  const problem =
    label.trim() === '' || label !== label.trim()
      ? 'is empty or begins or ends with spaces'
      : [...label].length > 40
        ? 'is longer than 40 characters'
        : /[\n\t]/.test(label)
          ? 'holds a tab or line break'
          : unwritableCharacter(label);
  if (problem) throw invalid(`the speaker to read unlabelled text as ${problem}`, { field: 'unlabelledSpeaker' });
}

/** An interview already imported keeps its participant: a bundle cannot silently re-attribute it. */
function checkAgainstDatabase(bundle: Bundle, known: ParticipantRow[], existing: InterviewRow[]) {
  const participantCode = new Map(known.map((p) => [p.id, p.code]));
  const byCode = new Map(existing.map((i) => [i.code, i]));
  for (const row of bundle.rows) {
    const stored = byCode.get(row.interviewId);
    const storedParticipant = stored && participantCode.get(stored.participant_id);
    if (storedParticipant && storedParticipant !== row.participantId) {
      rejectInterview(
        bundle,
        row,
        'participant_id',
        `interview "${row.interviewId}" was imported as an interview with "${storedParticipant}"; it cannot be reassigned to "${row.participantId}"`,
      );
    }
  }
}

class BundleWriter {
  private readonly at: string;
  private readonly auditTrail: AuditEntry[] = [];
  private readonly places: ImportPlaces;

  private readonly participants = new Map<string, ParticipantRow>();
  private readonly interviews = new Map<string, InterviewRow>();
  private current = new Map<string, TranscriptRow>();

  /** What this import stored; reported only once the transaction commits. */
  readonly counts = emptyCounts();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly partnershipId: string,
  ) {
    this.at = now(ctx);
    this.places = new ImportPlaces(ctx, partnershipId, this.at, (action, kind, id, data) => this.record(action, kind, id, null, data));
  }

  private record(action: string, entityKind: string, entityId: string, version: number | null, data: unknown, reason?: string) {
    this.auditTrail.push({ at: this.at, actor: this.ctx.actor, action, entityKind, entityId, version, data, ...(reason && { reason }) });
  }

  /** Loads what is already stored and writes the valid participants of the roster. */
  async begin(bundle: Bundle, known: ParticipantRow[], existing: InterviewRow[]): Promise<void> {
    const { store } = this.ctx;
    await this.places.load();
    for (const p of known) this.participants.set(p.code, p);
    for (const i of existing) this.interviews.set(i.code, i);
    this.current = await store.transcripts.currentByInterview(this.partnershipId);
    for (const entry of bundle.roster) {
      if (bundle.log.participants.has(entry.participantId)) continue;
      this.participants.set(entry.participantId, await this.writeParticipant(entry, this.participants.get(entry.participantId)));
    }
  }

  async writeInterview(entry: InterviewEntry): Promise<void> {
    const interview = await this.storeInterview(entry, this.participants.get(entry.participantId)!, this.interviews.get(entry.interviewId));
    await this.writeTranscript(entry, interview, this.current.get(interview.id));
    if (entry.givenSpeakers) await this.rememberSpeakers(interview, entry.file, entry.givenSpeakers);
    const { labels, by } = entry.content.interviewer;
    this.counts.interviewers.push({ interview: entry.interviewId, file: entry.file, labels, by });
  }

  /** Keeps the mapping speakers.csv gave, for the next import of the file, unless it is the one kept already. */
  private async rememberSpeakers(interview: InterviewRow, file: string, mapping: SpeakerMapping): Promise<void> {
    const kept = await this.ctx.store.transcripts.speakerMapping(interview.id, file);
    if (kept && sameMapping(kept, mapping)) return;
    await this.ctx.store.transcripts.rememberSpeakers(interview.id, file, mapping, this.ctx.actor, this.at);
    this.record('speakers.map', 'interview', interview.id, null, { file, speakers: mapping });
  }

  async finish(): Promise<void> {
    this.counts.organizations.added = this.places.added.organizations;
    this.counts.cycles.added = this.places.added.cycles;
    await this.ctx.store.audit.append(this.auditTrail);
  }

  private async writeParticipant(entry: RosterEntry, stored: ParticipantRow | undefined): Promise<ParticipantRow> {
    const district = await this.places.organization('district', entry.district, null);
    const organization = isSchoolBased(entry.role) ? await this.places.organization('school', entry.organization, district.id) : district;
    const unit = entry.unit ? await this.places.organization('unit', entry.unit, district.id) : null;
    const values = {
      pseudonym: entry.pseudonym,
      role: entry.role,
      district_id: district.id,
      organization_id: organization.id,
      unit_id: unit?.id ?? null,
    };
    return this.sync('participant', stored, values, {
      make: () => ({
        id: this.ctx.ids.next('participant'),
        partnership_id: this.partnershipId,
        code: entry.participantId,
        ...values,
        ...firstVersion(this.ctx, this.at),
      }),
      insert: (row) => this.ctx.store.participants.insertMany([row]),
      update: (id, changes) => this.ctx.store.participants.update(id, changes),
    });
  }

  /**
   * The interview's own row. Its role group and organization are the participant's when it is first
   * imported and stay so: a later roster that moves someone to another school does not move the
   * interviews they gave before (nor the summaries that rest on them).
   */
  private async storeInterview(entry: InterviewEntry, participant: ParticipantRow, stored: InterviewRow | undefined): Promise<InterviewRow> {
    const values = {
      participant_id: participant.id,
      cycle_id: await this.places.cycle(entry.cycle),
      date: entry.date,
      interviewer: entry.interviewer,
      protocol: entry.protocol,
      source_file: entry.file,
    };
    const whereFrom = { role: participant.role, district_id: participant.district_id, organization_id: participant.organization_id };
    return this.sync('interview', stored, values, {
      make: () => ({
        id: this.ctx.ids.next('interview'),
        partnership_id: this.partnershipId,
        code: entry.interviewId,
        ...values,
        ...whereFrom,
        ...firstVersion(this.ctx, this.at),
      }),
      insert: (row) => this.ctx.store.interviews.insertMany([row]),
      update: (id, changes) => this.ctx.store.interviews.update(id, changes),
    });
  }

  /** Adds a participant or interview, or brings a stored one up to date as a new version (with its changes in the audit trail). */
  private async sync<Row extends { id: string; version: number; updated_by: string; updated_at: string }>(
    kind: 'participant' | 'interview',
    stored: Row | undefined,
    values: Partial<Row>,
    via: { make: () => Row; insert: (row: Row) => Promise<void>; update: (id: string, changes: Partial<Row>) => Promise<void> },
  ): Promise<Row> {
    const tally = this.counts[kind === 'participant' ? 'participants' : 'interviews'];
    if (!stored) {
      const row = via.make();
      await via.insert(row);
      tally.added++;
      this.record(`${kind}.import`, kind, row.id, 1, row);
      return row;
    }
    const changed = changedFields(stored, values);
    if (!changed) {
      tally.unchanged++;
      return stored;
    }
    const changes = { ...values, version: stored.version + 1, updated_by: this.ctx.actor, updated_at: this.at } as Partial<Row>;
    await via.update(stored.id, changes);
    tally.updated++;
    this.record(`${kind}.update`, kind, stored.id, stored.version + 1, changed);
    return { ...stored, ...changes };
  }

  /** Stores (and indexes for search) the transcript if it is new or changed. */
  private async writeTranscript(entry: InterviewEntry, interview: InterviewRow, current: TranscriptRow | undefined): Promise<void> {
    const stored = await storeTranscriptVersion(this.ctx, interview, current, entry, this.at);
    if (!stored) {
      this.counts.transcripts.unchanged++;
      return;
    }
    const { content } = entry;
    if (current) this.counts.transcripts.newVersions++;
    else this.counts.transcripts.added++;
    this.counts.stored.turns += content.turns.length;
    this.counts.stored.words += content.words;
    this.counts.stored.textBytes += content.turns.reduce((n, t) => n + Buffer.byteLength(t.speaker) + Buffer.byteLength(t.text) + 3, -1);
    this.auditTrail.push(stored.auditEntry, ...stored.passages.auditEntries);
    this.counts.passages.moved += stored.passages.moved;
    this.counts.passages.toReview += stored.passages.toReview;
  }
}

/** A transcript read from its file, to store as an interview's. */
export interface TranscriptSource {
  format: string;
  encoding: string;
  file: string;
  sourceSha256: string;
  content: TranscriptContent;
}

/**
 * Stores the transcript as the interview's next version (the current one superseded), with its turns
 * indexed for search; undefined when it is the current one already. Returns the audit entry to append.
 */
export async function storeTranscriptVersion(
  ctx: ServiceContext,
  interview: InterviewRow,
  current: TranscriptRow | undefined,
  source: TranscriptSource,
  at: string,
): Promise<{ row: TranscriptRow; auditEntry: AuditEntry; passages: Awaited<ReturnType<typeof movePassages>> } | undefined> {
  const { content } = source;
  if (current?.content_sha256 === content.contentHash) return undefined;
  const version = (current?.version ?? 0) + 1;
  const id = ctx.ids.next('transcript');
  if (current) await ctx.store.transcripts.supersede(current.id, at);
  const row: TranscriptRow = {
    id,
    interview_id: interview.id,
    version,
    format: source.format,
    encoding: source.encoding,
    source_file: source.file,
    source_sha256: source.sourceSha256,
    content_sha256: content.contentHash,
    turn_count: content.turns.length,
    word_count: content.words,
    length: content.length,
    imported_by: ctx.actor,
    imported_at: at,
    superseded_at: null,
  };
  await ctx.store.transcripts.insert(
    row,
    content.turns.map((t) => ({
      seq: t.seq,
      speaker: t.speaker,
      speaker_role: t.speakerRole,
      text: t.text,
      start_offset: t.start,
      text_offset: t.textStart,
      end_offset: t.end,
      start_ms: t.startMs,
      end_ms: t.endMs,
      words: t.words,
    })),
  );
  const auditEntry: AuditEntry = {
    at,
    actor: ctx.actor,
    action: current ? 'transcript.new_version' : 'transcript.import',
    entityKind: 'transcript',
    entityId: id,
    version,
    data: { ...row, previous: current?.id ?? null },
  };
  const passages = current ? await movePassages(ctx, current, row, content.turns, at) : { moved: 0, toReview: 0, auditEntries: [] };
  return { row, auditEntry, passages };
}

export const sameMapping = (a: SpeakerMapping, b: SpeakerMapping): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([speaker, role]) => b[speaker] === role);

/**
 * The live passages of the corrected version whose words are unchanged in the new one move to it
 * (their next version, at the new offsets, audited), so nothing citing them needs review; the
 * others stay on the version they were read in and are to review.
 */
async function movePassages(
  ctx: ServiceContext,
  old: TranscriptRow,
  next: TranscriptRow,
  turns: TranscriptContent['turns'],
  at: string,
): Promise<{ moved: number; toReview: number; auditEntries: AuditEntry[] }> {
  const { store } = ctx;
  const out = { moved: 0, toReview: 0, auditEntries: [] as AuditEntry[] };
  const passages = await store.excerpts.liveOn(old.id);
  if (passages.length === 0) return out;
  const oldTurns = await store.transcripts.turns(old.id);
  const before = { text: transcriptText(oldTurns), turns: oldTurns };
  const newTurns = turns.map((t) => ({ seq: t.seq, speaker: t.speaker, text: t.text, text_offset: t.textStart, end_offset: t.end }));
  const after = { text: transcriptText(newTurns), turns: newTurns };
  for (const e of passages) {
    const to = relocatePassage({ start: e.start_offset, end: e.end_offset, quote: e.quote }, before, after);
    if (
      !to ||
      !(await store.excerpts.update(
        e.id,
        { transcript_id: next.id, start_offset: to.start, end_offset: to.end },
        { fromVersion: e.version, by: ctx.actor, at },
      ))
    ) {
      out.toReview++;
      continue;
    }
    out.moved++;
    out.auditEntries.push({
      at,
      actor: ctx.actor,
      action: 'excerpt.move',
      entityKind: 'excerpt',
      entityId: e.id,
      version: e.version + 1,
      data: {
        transcript_id: { from: old.id, to: next.id },
        start_offset: { from: e.start_offset, to: to.start },
        end_offset: { from: e.end_offset, to: to.end },
      },
      reason: MOVED_REASON,
    });
    out.auditEntries.push(...(await moveCodingsWithPassage(ctx, e.id, { transcriptId: next.id, start: to.start, end: to.end }, at, MOVED_REASON)));
  }
  return out;
}

/** Why a passage moved to a corrected transcript by itself, as the audit trail says. */
export const MOVED_REASON = 'transcript corrected; words unchanged';

/** The fields whose values differ, as { field: { from, to } }, or null if none do. */
function changedFields<T extends object>(stored: T, values: Partial<T>): Record<string, { from: unknown; to: unknown }> | null {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(values)) {
    const from = (stored as Record<string, unknown>)[key];
    if (from !== to) changes[key] = { from, to };
  }
  return Object.keys(changes).length ? changes : null;
}

export function assertImportable(report: ImportReport): void {
  if (!report.imported) throw invalid(`the bundle ${report.dir} was not imported: it has errors`, { problems: report.problems });
}
