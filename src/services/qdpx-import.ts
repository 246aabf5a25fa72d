import { checkName, checkParticipantCode, nextParticipantCode } from '../domain/directory.js';
import type { RefiCase, RefiCode, RefiProblem, RefiProject, RefiSource, RefiUnmapped } from '../domain/refi-qda.js';
import { type CasePlacement, casePlacement, cycleOfDate, type PreparedSource, roleGroupFromText } from '../domain/refi-qda-import.js';
import { isSchoolBased, type RoleGroup } from '../domain/roles.js';
import { readDescription } from '../domain/codebook.js';
import { invalid } from '../domain/errors.js';
import type { ImportedCode } from '../importers/refi-qda/codebook.js';
import { type QdpxForImport, readQdpxForImport } from '../importers/refi-qda/qdpx-reader.js';
import { transcriptText } from '../domain/transcript.js';
import { DEFAULT_UNLABELLED_SPEAKER } from '../importers/transcripts/index.js';
import type { AuditEntry } from '../storage/repositories/audit.repository.js';
import type { InterviewRow } from '../storage/repositories/interview.repository.js';
import type { OrganizationRow } from '../storage/repositories/organization.repository.js';
import type { ParticipantRow } from '../storage/repositories/participant.repository.js';
import type { Insertable } from 'kysely';
import type { CodingTable, ExcerptTable, OrganizationKind } from '../storage/schema.js';
import { mergeCodes } from './codebook-exchange.js';
import { coderOf } from './codings.js';
import { inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { checkSpeakerLabel, choosePartnership, storeTranscriptVersion } from './import-bundle.js';
import { createPartnership } from './partnerships.js';
import { ImportPlaces } from './import-places.js';
import { guidOf } from './qdpx-export.js';

export interface QdpxImportOptions {
  /** Name (or ID) of the partnership to bring the project into; created if there is none of that name. */
  partnership?: string;
  /** The cycle of documents whose source does not say (a label such as 2025-26); else the latest cycle, else the school year the document was made in. */
  cycle?: string;
  /** The district of participants whose case does not name one; else the partnership's only district, else one named after the project. */
  district?: string;
  /** The role group of participants whose case does not give one. */
  role?: string;
  /** The speaker of a document's text before any speaker label. */
  unlabelledSpeaker?: string;
  /** Check and count everything, write nothing. */
  dryRun?: boolean;
}

interface Added {
  added: number;
  unchanged: number;
}

export interface QdpxImportReport {
  file: string;
  /** False when the project was refused (or only checked) and nothing was written. */
  imported: boolean;
  project: { name: string; origin: string | null } | null;
  partnership: { id: string; name: string; created: boolean } | null;
  problems: RefiProblem[];
  /** What cannot be brought in yet (pictures, PDF regions, audio and video), by name. */
  unmapped: RefiUnmapped[];
  codes: { added: number; updated: number; unchanged: number };
  participants: Added;
  /** `corrected`: interviews brought in before whose document's text changed since, stored as their transcript's next version. */
  interviews: Added & { corrected: number };
  /** Of the corrected transcripts' passages, `moved` to the new version (words unchanged) and `toReview` (their words changed). */
  passages: Added & { moved: number; toReview: number };
  codings: Added;
  memos: Added;
  organizations: { added: number };
  cycles: { added: number };
  /** Interviews whose document no case placed: to assign a participant's role group, school and cycle. */
  unassigned: { interview: string; source: string }[];
  /** Whose codings the project's users became: an account (matched by e-mail or name), or their name as written. */
  coders: { user: string; coder: string; account: boolean }[];
}

/** Raised inside the transaction to undo it: a dry run, or errors found while writing. */
class Undo extends Error {}

const added = (): Added => ({ added: 0, unchanged: 0 });

/** A report of nothing brought in yet. */
function emptyReport(file: string, project: Pick<RefiProject, 'name' | 'origin' | 'unmapped'> | undefined, problems: RefiProblem[]): QdpxImportReport {
  return {
    file,
    imported: false,
    project: project ? { name: project.name, origin: project.origin ?? null } : null,
    partnership: null,
    problems,
    unmapped: project?.unmapped ?? [],
    codes: { added: 0, updated: 0, unchanged: 0 },
    participants: added(),
    interviews: { ...added(), corrected: 0 },
    passages: { ...added(), moved: 0, toReview: 0 },
    codings: added(),
    memos: added(),
    organizations: { added: 0 },
    cycles: { added: 0 },
    unassigned: [],
    coders: [],
  };
}

/** A record's exchange GUID as Warrant compares them: lower case, no braces. */
const normalGuid = (g: string) => g.replace(/[{}]/g, '').toLowerCase();

/**
 * `warrant qdpx import FILE`: brings a REFI-QDA project into a partnership in one transaction,
 * its project file checked first and each source as it is read (readQdpxInSteps, off the calling
 * thread), any error undoing it all. The codebook merges into the partnership's (by GUID, else
 * by path); cases become participants, placed by their variables;
 * each text source becomes an interview whose transcript's turns are the source's lines (speaker
 * labels read), with every selection a passage on exactly its words and every coding its coder's;
 * notes become memos on what they were attached to. A document no case places comes in as an
 * unassigned interview, coded and searchable, for the team to assign. Importing the same project
 * again changes nothing: every record is kept with the GUID it came under.
 */
export async function importQdpx(ctx: ServiceContext, bytes: Uint8Array, file: string, options: QdpxImportOptions = {}): Promise<QdpxImportReport> {
  const unlabelled = options.unlabelledSpeaker ?? DEFAULT_UNLABELLED_SPEAKER;
  if (options.unlabelledSpeaker !== undefined) checkSpeakerLabel(unlabelled);
  const defaultRole = options.role === undefined ? undefined : (roleGroupFromText(options.role) ?? badRole(options.role));
  const read = await readQdpxForImport(bytes, file, unlabelled);
  try {
    return await writeProject(ctx, read, file, options, unlabelled, defaultRole);
  } finally {
    read.close();
  }
}

async function writeProject(
  ctx: ServiceContext,
  read: QdpxForImport,
  file: string,
  options: QdpxImportOptions,
  unlabelled: string,
  defaultRole: RoleGroup | undefined,
): Promise<QdpxImportReport> {
  const report = emptyReport(file, read.project, read.problems);
  const project = read.project;
  if (!project) return report;
  const choice = await choosePartnership(ctx, project.name || file.replace(/\.qdpx$/i, ''), options.partnership);
  let counts: QdpxImportReport | undefined;
  try {
    await inTransaction(ctx, async (tx) => {
      const partnership = 'existing' in choice ? choice.existing : await createPartnership(tx, choice.create);
      const writer = new ProjectWriter(tx, partnership.id, file, project, read, { ...options, unlabelled, ...(defaultRole && { defaultRole }) });
      counts = await writer.write();
      counts.partnership = { id: partnership.id, name: partnership.name, created: 'create' in choice };
      if (counts.problems.some((p) => p.severity === 'error') || options.dryRun) throw new Undo();
    });
    report.imported = true;
  } catch (e) {
    if (!(e instanceof Undo)) throw e;
  }
  if (!counts) return report;
  // With an error nothing was written: the report names the problems, not what would have been added.
  return counts.problems.some((p) => p.severity === 'error') ? emptyReport(file, project, counts.problems) : { ...counts, imported: report.imported };
}

const badRole = (value: string): never => {
  throw invalid(`role: "${value}" is not a role group (teacher, coach, school leader or district leader)`, { field: 'role' });
};

interface WriterOptions extends QdpxImportOptions {
  unlabelled: string;
  defaultRole?: RoleGroup;
}

/** Where a case (or a document without one) puts its participant. */
interface Placed {
  participant: ParticipantRow;
  /** True when nothing in the project placed it: its interviews are to assign. */
  unassigned: boolean;
}

class ProjectWriter {
  private readonly at: string;
  private readonly trail: AuditEntry[] = [];
  private readonly problems: RefiProblem[];
  private readonly report: QdpxImportReport;
  /** Foreign GUID → the record brought in under it (this import's and earlier ones'). */
  private known = new Map<string, string>();
  private readonly remembered: { record_id: string; partnership_id: string; guid: string }[] = [];
  private rememberedIds = new Set<string>();
  private readonly places: ImportPlaces;
  private latestCycle: string | undefined;
  private participantCodes = new Set<string>();
  private interviewCodes = new Set<string>();
  private readonly coders = new Map<string, string>();
  private codeIds = new Map<string, string>();
  private readonly caseOf = new Map<string, RefiCase>();
  private readonly placedCases = new Map<string, Placed>();
  /** Interviews, passages and codings of this project by their GUIDs, for the notes attached to them. */
  private readonly subjects = new Map<string, { kind: 'code' | 'coding' | 'excerpt' | 'interview' | 'participant'; id: string }>();
  private importer = '';
  /** This import's passages and codings, written once every transcript is in. */
  private readonly excerptRows: Insertable<ExcerptTable>[] = [];
  private readonly excerptIds = new Set<string>();
  private readonly codingRows: Insertable<CodingTable>[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly partnershipId: string,
    private readonly file: string,
    private readonly project: NonNullable<QdpxForImport['project']>,
    private readonly read: Pick<QdpxForImport, 'problems' | 'source'>,
    private readonly options: WriterOptions,
  ) {
    this.at = now(ctx);
    this.places = new ImportPlaces(ctx, partnershipId, this.at, (action, kind, id, data) => this.record(action, kind, id, null, data));
    this.problems = [...read.problems];
    this.report = emptyReport(file, project, this.problems);
  }

  private warn(message: string, where?: string) {
    this.problems.push({ severity: 'warning', file: this.file, ...(where && { where }), message });
  }

  private error(message: string, where?: string) {
    this.problems.push({ severity: 'error', file: this.file, ...(where && { where }), message });
  }

  private record(action: string, entityKind: string, entityId: string, version: number | null, data: unknown) {
    this.trail.push({ at: this.at, actor: this.ctx.actor, action, entityKind, entityId, version, data });
  }

  /**
   * Keeps the GUID a record came under. A record keeps one: a second selection of the same words
   * is the same passage, found again by its offsets.
   */
  private remember(guid: string, recordId: string) {
    const g = normalGuid(guid);
    if (this.known.has(g)) return;
    this.known.set(g, recordId);
    if (this.rememberedIds.has(recordId)) return;
    this.rememberedIds.add(recordId);
    this.remembered.push({ record_id: recordId, partnership_id: this.partnershipId, guid: g });
  }

  async write(): Promise<QdpxImportReport> {
    const { store } = this.ctx;
    this.known = await store.exchangeGuids.known(this.partnershipId);
    this.rememberedIds = new Set(this.known.values());
    this.importer = await coderOf(this.ctx);
    await this.places.load();
    this.latestCycle = this.places.cycleLabels().sort().at(-1);
    const participants = await store.participants.list(this.partnershipId);
    this.participantCodes = new Set(participants.map((p) => p.code.toLowerCase()));
    const interviews = await store.interviews.listAll(this.partnershipId);
    this.interviewCodes = new Set(interviews.map((i) => i.code.toLowerCase()));
    // Warrant's own exports name records by GUIDs derived from their IDs: those are the same records.
    for (const p of participants) this.known.set(guidOf(p.id), p.id);
    for (const i of interviews) this.known.set(guidOf(i.id), i.id);
    for (const m of await store.memos.list(this.partnershipId, { includeRetired: true })) this.known.set(guidOf(m.id), m.id);
    const scope = { partnershipId: this.partnershipId };
    for (const r of [...(await store.exchange.isfEntries(scope)), ...(await store.exchange.claims(scope))]) this.known.set(guidOf(r.id), r.id);

    await this.mapUsers();
    await this.writeCodes();
    for (const c of this.project.cases) for (const s of c.sourceRefs) this.claimSource(normalGuid(s), c);
    const sourceOfSelection = new Map<string, string>();
    for (const s of this.project.sources) for (const sel of s.selectionGuids) sourceOfSelection.set(normalGuid(sel), normalGuid(s.guid));
    for (const c of this.project.cases)
      for (const sel of c.selectionRefs) {
        const s = sourceOfSelection.get(normalGuid(sel));
        if (s) this.claimSource(s, c);
      }
    // Each source is read (on the reading thread) while the one before it is stored.
    for (const index of this.project.sources.keys()) {
      const read = await this.read.source(index);
      if (typeof read === 'string') {
        this.error(read);
        return this.report;
      }
      this.problems.push(...read.problems);
      this.project.notes.push(...read.notes);
      for (const [note, targets] of read.noteTargets) this.project.noteTargets.set(note, targets);
      if (read.source && read.prepared) await this.writeSource(read.source, read.prepared);
    }
    // Passages and codings go in after every transcript, in full statements, excerpts before the codings on them.
    await store.excerpts.insert(this.excerptRows);
    await store.codings.insert(this.codingRows);
    await this.writeNotes();
    await store.exchangeGuids.remember(this.remembered);
    await store.audit.append(this.trail);
    this.report.organizations.added = this.places.added.organizations;
    this.report.cycles.added = this.places.added.cycles;
    return this.report;
  }

  private claimSource(sourceGuid: string, c: RefiCase) {
    const other = this.caseOf.get(sourceGuid);
    if (other && other.guid !== c.guid)
      this.warn(
        `is a document of two cases, "${other.name ?? other.guid}" and "${c.name ?? c.guid}": brought in as the first one's interview`,
        `TextSource guid="${sourceGuid}"`,
      );
    else this.caseOf.set(sourceGuid, c);
  }

  /** Each user of the project becomes a coder: the account of that e-mail, else of that name, else the name as written. */
  private async mapUsers() {
    const accounts = await this.ctx.store.accounts.list();
    const byName = new Map(accounts.filter((a) => a.display_name).map((a) => [a.display_name.trim().toLowerCase(), a]));
    for (const u of this.project.users) {
      const guid = normalGuid(u.guid);
      const email = [u.id, u.name]
        .find((x) => x?.includes('@'))
        ?.trim()
        .toLowerCase();
      const account =
        (email ? await this.ctx.store.accounts.byEmail(email) : undefined) ??
        (u.name ? byName.get(u.name.trim().toLowerCase()) : undefined) ??
        accounts.find((a) => a.id === u.id);
      const coder = account?.id ?? (u.name?.trim() || u.id?.trim() || `user ${guid.slice(0, 8)}`);
      this.coders.set(guid, coder);
      this.report.coders.push({ user: u.name ?? u.id ?? guid, coder: account ? account.display_name || account.email : coder, account: Boolean(account) });
    }
  }

  private coderOf(user: string | undefined): string {
    return (user && this.coders.get(normalGuid(user))) ?? this.importer;
  }

  private async writeCodes() {
    const read: ImportedCode[] = this.project.codes.map((c: RefiCode, k) => ({
      key: normalGuid(c.guid),
      guid: normalGuid(c.guid),
      parentKey: c.parentGuid ? normalGuid(c.parentGuid) : null,
      name: c.name,
      ...(c.description !== undefined ? readDescription(c.description) : {}),
      colour: c.colour ?? null,
      line: k + 1,
    }));
    const merged = await mergeCodes(this.ctx, this.partnershipId, read, `imported from ${this.file}`, (c, message) =>
      this.warn(message, `Code guid="${c.guid}" name="${c.name}"`),
    );
    this.codeIds = merged.placed;
    this.report.codes = { added: merged.added.length, updated: merged.updated.length, unchanged: merged.unchanged };
    for (const [guid, id] of merged.placed) this.subjects.set(guid, { kind: 'code', id });
  }

  private organization(kind: OrganizationKind, name: string, districtId: string | null): Promise<OrganizationRow> {
    return this.places.organization(kind, name, districtId, true);
  }

  /** The district a participant the project does not place goes to. */
  private async defaultDistrict(): Promise<OrganizationRow> {
    if (this.options.district) return this.organization('district', this.options.district.trim(), null);
    const districts = this.places.districts();
    if (districts.length === 1) return districts[0]!;
    return this.organization('district', this.project.name.trim() || 'Imported project', null);
  }

  private participantCode(wanted: string | undefined, role: RoleGroup): string {
    const checked = wanted === undefined ? undefined : checkParticipantCode(wanted);
    let code = typeof checked === 'string' && !this.participantCodes.has(checked.toLowerCase()) ? checked : undefined;
    code ??= nextParticipantCode(role, this.participantCodes);
    this.participantCodes.add(code.toLowerCase());
    return code;
  }

  /** The participant a case stands for, placed by its variables (or the defaults, and then to assign). */
  private async caseParticipant(c: RefiCase | undefined, source: RefiSource): Promise<Placed> {
    // A document without a case has a participant of its own, known by a key made from the document's GUID.
    const key = c ? normalGuid(c.guid) : `participant-of-${normalGuid(source.guid)}`;
    const done = this.placedCases.get(key);
    if (done) return done;
    const knownId = this.known.get(key);
    if (knownId) {
      const stored = await this.ctx.store.participants.byId(knownId);
      if (stored) {
        const placed = { participant: stored, unassigned: false };
        this.placedCases.set(key, placed);
        this.report.participants.unchanged++;
        this.subjects.set(key, { kind: 'participant', id: stored.id });
        return placed;
      }
    }
    const placement: CasePlacement = c ? casePlacement([...c.variables]) : { others: [] };
    const role = placement.role ?? this.options.defaultRole ?? 'teacher';
    const district = placement.district ? await this.organization('district', placement.district, null) : await this.defaultDistrict();
    const school = isSchoolBased(role) && placement.school ? await this.organization('school', placement.school, district.id) : undefined;
    const unit = !isSchoolBased(role) && placement.unit ? await this.organization('unit', placement.unit, district.id) : null;
    const unassigned = !placement.role || (isSchoolBased(role) ? !school : !placement.district);
    const name = (placement.pseudonym ?? c?.name ?? source.name).trim();
    const pseudonymChecked = checkName(name.slice(0, 200), 'pseudonym', 'a participant');
    const row: ParticipantRow = {
      id: this.ctx.ids.next('participant'),
      partnership_id: this.partnershipId,
      code: this.participantCode(c?.name?.trim(), role),
      pseudonym: typeof pseudonymChecked === 'string' ? pseudonymChecked : `Participant of ${source.name}`.slice(0, 200),
      role,
      district_id: district.id,
      organization_id: school?.id ?? district.id,
      unit_id: unit?.id ?? null,
      version: 1,
      created_by: this.ctx.actor,
      created_at: this.at,
      updated_by: this.ctx.actor,
      updated_at: this.at,
    };
    await this.ctx.store.participants.insertMany([row]);
    this.record('participant.import', 'participant', row.id, 1, { ...row, from: this.file, case: c?.name ?? null });
    this.report.participants.added++;
    this.remember(key, row.id);
    this.subjects.set(key, { kind: 'participant', id: row.id });
    if (placement.others.length)
      await this.addMemo(
        { kind: 'participant', id: row.id },
        `Case variables from ${this.file}`,
        placement.others.map((o) => `${o.name}: ${o.value}`).join('\n'),
        this.importer,
        this.at,
      );
    const placed = { participant: row, unassigned };
    this.placedCases.set(key, placed);
    return placed;
  }

  private interviewCode(name: string): string {
    const base = name.trim().replace(/\s+/g, ' ').slice(0, 80) || 'Document';
    let code = base;
    for (let k = 2; this.interviewCodes.has(code.toLowerCase()); k++) code = `${base} (${k})`;
    this.interviewCodes.add(code.toLowerCase());
    return code;
  }

  private async writeSource(source: RefiSource, prepared: PreparedSource) {
    const { store } = this.ctx;
    const guid = normalGuid(source.guid);
    const where = `TextSource guid="${source.guid}" name="${source.name}"`;
    if (prepared.refused)
      return 'unwritable' in prepared.refused
        ? this.error(`its text ${prepared.refused.unwritable}; correct the document and export it again`, where)
        : this.warn('has no text: not brought in', where);
    const knownId = this.known.get(guid);
    const existing = knownId ? await store.interviews.byId(knownId) : undefined;
    const vars = new Map(source.variables.map((v) => [(v.name ?? '').trim().toLowerCase(), v.value.trim()]));
    const { interviewer, content } = prepared;
    const transcript = {
      format: 'qdpx',
      encoding: 'UTF-8',
      file: `${this.file}: ${source.entry ?? source.name}`,
      sourceSha256: prepared.sourceSha256,
      content,
    };
    let interview: InterviewRow;
    let transcriptId: string;
    if (existing) {
      interview = existing;
      const current = await store.transcripts.current(existing.id);
      // The words decide: turn times do not travel in a .qdpx, so a timed transcript comes back untimed but the same.
      const turns = current && current.content_sha256 !== content.contentHash ? await store.transcripts.turns(current.id) : [];
      if (current && (current.content_sha256 === content.contentHash || transcriptText(turns) === transcriptText(content.turns))) {
        transcriptId = current.id;
        this.report.interviews.unchanged++;
      } else {
        const stored = (await storeTranscriptVersion(this.ctx, existing, current, transcript, this.at))!;
        transcriptId = stored.row.id;
        this.trail.push(stored.auditEntry, ...stored.passages.auditEntries);
        this.report.interviews.corrected++;
        this.report.passages.moved += stored.passages.moved;
        this.report.passages.toReview += stored.passages.toReview;
        this.warn(
          `differs from the transcript of interview ${existing.code} brought in from this project before: stored as its version ${stored.row.version}` +
            (current ? `; ${stored.passages.moved} passage(s) moved with it, ${stored.passages.toReview} to review (their words changed)` : '') +
            (turns.some((t) => t.start_ms !== null) ? "; the turns' times are not in the project, and the new version has none" : ''),
          where,
        );
      }
    } else {
      const c = this.caseOf.get(guid);
      const placed = await this.caseParticipant(c, source);
      const date = isoDate(vars.get('date')) ?? isoDate(source.creationDateTime) ?? this.at.slice(0, 10);
      const cycleLabel = vars.get('cycle') || this.options.cycle?.trim() || this.latestCycle || cycleOfDate(date);
      const p = placed.participant;
      interview = {
        id: this.ctx.ids.next('interview'),
        partnership_id: this.partnershipId,
        code: this.interviewCode(source.name),
        participant_id: p.id,
        cycle_id: await this.places.cycle(cycleLabel),
        date,
        interviewer,
        protocol: vars.get('protocol') ?? '',
        role: p.role,
        district_id: p.district_id,
        organization_id: p.organization_id,
        source_file: `${this.file}: ${source.name}`,
        version: 1,
        created_by: this.ctx.actor,
        created_at: this.at,
        updated_by: this.ctx.actor,
        updated_at: this.at,
      };
      await store.interviews.insertMany([interview]);
      this.record('interview.import', 'interview', interview.id, 1, { ...interview, from: this.file });
      this.report.interviews.added++;
      this.remember(guid, interview.id);
      const stored = await storeTranscriptVersion(this.ctx, interview, undefined, transcript, this.at);
      transcriptId = stored!.row.id;
      this.trail.push(stored!.auditEntry);
      const unassigned = placed.unassigned || (!vars.get('cycle') && !this.options.cycle);
      if (unassigned) {
        await store.unassignedDocuments.insert({
          interview_id: interview.id,
          partnership_id: this.partnershipId,
          source_name: source.name,
          archive: this.file,
          imported_by: this.ctx.actor,
          imported_at: this.at,
        });
        this.report.unassigned.push({ interview: interview.code, source: source.name });
      }
    }
    this.subjects.set(guid, { kind: 'interview', id: interview.id });
    await this.writeSelections(source, prepared, interview, transcriptId, where);
  }

  private async writeSelections(source: RefiSource, prepared: PreparedSource, interview: InterviewRow, transcriptId: string, where: string) {
    const { store } = this.ctx;
    const live = new Map((await store.excerpts.liveOn(transcriptId)).map((e) => [`${e.start_offset}:${e.end_offset}`, e.id]));
    const codings = await store.codings.ofTranscript(transcriptId);
    const coded = new Set(codings.filter((c) => !c.retired_at).map((c) => `${c.excerpt_id}\u0000${c.code_id}\u0000${c.coder}`));
    for (const c of codings) this.known.set(guidOf(c.id), c.id);
    for (const e of live.values()) this.known.set(guidOf(e), e);
    const whole = source.codings.length
      ? [
          {
            guid: `${source.guid}:whole`,
            start: 0,
            end: 0,
            codings: source.codings,
            noteRefs: [],
            creatingUser: source.creatingUser,
            creationDateTime: source.creationDateTime,
          },
        ]
      : [];
    const { excerptRows, codingRows } = this;
    const selections = [...source.selections, ...whole];
    for (let i = 0; i < selections.length; i++) {
      const sel = selections[i]!;
      const passage = i < source.selections.length ? prepared.selections[i] : prepared.whole;
      const selGuid = normalGuid(sel.guid);
      if (!passage) {
        this.warn(
          `selection ${sel.start}–${sel.end} holds no words once blank lines are set aside: not brought in`,
          `${where} PlainTextSelection guid="${sel.guid}"`,
        );
        continue;
      }
      const { start, end, quote, quoteSha256 } = passage;
      let excerptId = this.known.get(selGuid) ?? live.get(`${start}:${end}`);
      if (excerptId && !this.excerptIds.has(excerptId) && !(await store.excerpts.byId(excerptId))) excerptId = undefined;
      if (excerptId) this.report.passages.unchanged++;
      else {
        const row = {
          id: this.ctx.ids.next('excerpt'),
          transcript_id: transcriptId,
          interview_id: interview.id,
          start_offset: start,
          end_offset: end,
          quote,
          quote_sha256: quoteSha256,
          note: '',
          created_by: this.coderOf(sel.creatingUser),
          created_at: isoDateTime(sel.creationDateTime) ?? this.at,
          ...NOT_RETIRED,
          shareable_at: null,
          shareable_by: null,
        };
        excerptRows.push(row);
        this.excerptIds.add(row.id);
        this.record('excerpt.import', 'excerpt', row.id, 1, { ...row, from: this.file });
        this.report.passages.added++;
        live.set(`${start}:${end}`, row.id);
        excerptId = row.id;
      }
      if (!sel.guid.endsWith(':whole')) {
        this.remember(selGuid, excerptId);
        this.subjects.set(selGuid, { kind: 'excerpt', id: excerptId });
      }
      for (const c of sel.codings) {
        const cGuid = normalGuid(c.guid);
        const codeId = this.codeIds.get(normalGuid(c.codeGuid));
        if (!codeId) continue; // the reader refuses a coding of a code not in the codebook
        const coder = this.coderOf(c.creatingUser ?? sel.creatingUser);
        const knownCoding = this.known.get(cGuid);
        if (knownCoding || coded.has(`${excerptId}\u0000${codeId}\u0000${coder}`)) {
          if (!knownCoding) this.warn(`codes the same passage with the same code by the same coder as another coding: kept once`, `Coding guid="${c.guid}"`);
          this.report.codings.unchanged++;
          if (knownCoding) this.subjects.set(cGuid, { kind: 'coding', id: knownCoding });
          continue;
        }
        const at = isoDateTime(c.creationDateTime) ?? this.at;
        const row = {
          id: this.ctx.ids.next('coding'),
          partnership_id: this.partnershipId,
          code_id: codeId,
          coder,
          excerpt_id: excerptId,
          interview_id: interview.id,
          transcript_id: transcriptId,
          artifact_id: null,
          start_offset: start,
          end_offset: end,
          version: 1,
          created_by: coder,
          created_at: at,
          updated_by: coder,
          updated_at: at,
          ...NOT_RETIRED,
        };
        codingRows.push(row);
        coded.add(`${excerptId}\u0000${codeId}\u0000${coder}`);
        this.record('coding.import', 'coding', row.id, 1, { ...row, from: this.file });
        this.report.codings.added++;
        this.remember(cGuid, row.id);
        this.subjects.set(cGuid, { kind: 'coding', id: row.id });
      }
    }
  }

  private async addMemo(subject: { kind: string; id: string } | null, title: string, text: string, by: string, at: string): Promise<string> {
    const row = {
      id: this.ctx.ids.next('memo'),
      partnership_id: this.partnershipId,
      subject_kind: (subject?.kind ?? null) as 'code' | null,
      subject_id: subject?.id ?? null,
      title: title.slice(0, 200),
      text,
      version: 1,
      created_by: by,
      created_at: at,
      updated_by: by,
      updated_at: at,
      ...NOT_RETIRED,
    };
    await this.ctx.store.memos.insert(row);
    this.record('memo.import', 'memo', row.id, 1, { ...row, from: this.file });
    this.report.memos.added++;
    return row.id;
  }

  private async writeNotes() {
    for (const n of this.project.notes) {
      const guid = normalGuid(n.guid);
      if (this.known.has(guid)) {
        this.report.memos.unchanged++;
        continue;
      }
      const targets = (this.project.noteTargets.get(n.guid) ?? this.project.noteTargets.get(guid) ?? []).map(normalGuid);
      const subjects = targets.map((t) => this.subjects.get(t)).filter((s) => s !== undefined);
      if (subjects.length > 1)
        this.warn(`is attached to ${subjects.length} items: kept as a memo on the first (Warrant's memos are on one thing each)`, `Note guid="${n.guid}"`);
      const id = await this.addMemo(
        subjects[0] ?? null,
        n.name?.trim() || 'Memo',
        n.text,
        this.coderOf(n.creatingUser),
        isoDateTime(n.creationDateTime) ?? this.at,
      );
      this.remember(guid, id);
    }
  }
}

function isoDate(value: string | undefined): string | undefined {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return m?.[1];
}

function isoDateTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
