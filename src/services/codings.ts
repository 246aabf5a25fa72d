import { type AssignmentState, seesOthersWork, visibleCoder } from '../domain/coding.js';
import { invalid, notFound, versionConflict, versionRequired, WarrantError } from '../domain/errors.js';
import { type Passage, passageOfQuote, passageOfSelection } from '../domain/excerpt.js';
import { sliceCodePoints } from '../domain/text.js';
import type { CodeRow } from '../storage/repositories/code.repository.js';
import type { CodedPassage, CodingInContext } from '../storage/repositories/coding.repository.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { choosePassage, excerptOf, type PassageChoice } from './excerpts.js';
import { interviewOf } from './lookup.js';
import { saveNextVersion } from './versioned-edit.js';

/** A coding as the reader shows it: the code (name, colour), its coder, and the passage's place and words. */
export interface CodingView {
  id: string;
  version: number;
  codeId: string;
  codeName: string;
  colour: string;
  coder: string;
  coderName: string;
  /** A transcript's passage: its excerpt, interview and (current) transcript. */
  excerptId: string | null;
  interviewId: string | null;
  transcriptId: string | null;
  /** An artifact's stretch of text. */
  artifactId: string | null;
  start: number;
  end: number;
  quote: string;
  codedAt: string;
  retired: boolean;
}

function viewOf(r: CodingInContext, text?: string): CodingView {
  return {
    id: r.id,
    version: r.version,
    codeId: r.code_id,
    codeName: r.code_name,
    colour: r.code_colour,
    coder: r.coder,
    coderName: r.coder_name,
    excerptId: r.excerpt_id,
    interviewId: r.interview_id,
    transcriptId: r.passage_transcript_id ?? r.transcript_id,
    artifactId: r.artifact_id,
    start: Number(r.passage_start),
    end: Number(r.passage_end),
    quote: r.passage_quote ?? (text === undefined ? '' : sliceCodePoints(text, r.start_offset, r.end_offset)),
    codedAt: r.created_at,
    retired: r.retired_at !== null,
  };
}

/** What to code: a passage of an interview's current transcript, or of an artifact's text, and the codes (IDs or names). */
export interface NewCoding extends PassageChoice {
  partnershipId: string;
  /** Interview ID or code (its current transcript); or else `artifact`. */
  interview?: string;
  /** Artifact ID: a stretch of its text, by offsets or a quote. */
  artifact?: string;
  codes: readonly string[];
}

/**
 * The partnership's code named by ID or by name (a name shared by codes under different parents
 * must be given by ID). A retired code, or one of another partnership, is refused.
 */
export async function codeOf(ctx: ServiceContext, partnershipId: string, idOrName: string): Promise<CodeRow> {
  const wanted = idOrName.trim();
  if (!wanted) throw invalid('name a code (its name or ID)', { field: 'codes' });
  const byId = await ctx.store.codes.byId(wanted);
  let code: CodeRow | undefined = byId?.partnership_id === partnershipId ? byId : undefined;
  if (!code) {
    const all = await ctx.store.codes.list(partnershipId);
    const named = all.filter((c) => c.name.toLowerCase() === wanted.toLowerCase());
    const live = named.filter((c) => c.retired_at === null);
    if (live.length > 1)
      throw invalid(`${live.length} codes are called "${wanted}": name one by its ID (${live.map((c) => c.id).join(' or ')})`, { field: 'codes' });
    code = live[0] ?? named[0];
  }
  if (!code) throw notFound('code', JSON.stringify(wanted));
  if (code.retired_at) {
    const into = code.merged_into_id ? await ctx.store.codes.byId(code.merged_into_id) : undefined;
    throw invalid(`the code "${code.name}" was retired on ${code.retired_at.slice(0, 10)}${into ? `, merged into "${into.name}": code with that one` : ''}`, {
      field: 'codes',
    });
  }
  return code;
}

/**
 * Whose codings the actor's are: their account (the API acts as an account's ID; the command line as
 * the name given with --as, which is the account's e-mail address when it names one).
 */
export async function coderOf(ctx: ServiceContext): Promise<string> {
  if (!ctx.actor.includes('@')) return ctx.actor;
  return (await ctx.store.accounts.byEmail(ctx.actor.trim().toLowerCase()))?.id ?? ctx.actor;
}

async function codesOf(ctx: ServiceContext, partnershipId: string, names: readonly string[]): Promise<CodeRow[]> {
  if (names.length === 0) throw invalid('name at least one code to apply', { field: 'codes' });
  const codes: CodeRow[] = [];
  for (const name of names) {
    const code = await codeOf(ctx, partnershipId, name);
    if (!codes.some((c) => c.id === code.id)) codes.push(code);
  }
  return codes;
}

const alreadyCoded = (code: CodeRow, id: string) =>
  new WarrantError('conflict', `you already coded this passage with "${code.name}" (coding ${id}); uncode or recode that one instead`, {
    id,
    field: 'codes',
  });

/** Where a new coding's passage lies, once chosen. */
interface Placed {
  passage: CodedPassage;
  row: { excerpt_id: string | null; interview_id: string | null; transcript_id: string | null; artifact_id: string | null };
  at: Passage;
}

async function place(ctx: ServiceContext, input: NewCoding): Promise<Placed> {
  if ((input.interview === undefined) === (input.artifact === undefined))
    throw invalid('say what to code: an interview (its transcript) or an artifact (its text)', { field: 'interview' });
  if (input.interview !== undefined) {
    const interview = await interviewOf(ctx, input.partnershipId, input.interview);
    const transcript = await ctx.store.transcripts.current(interview.id);
    if (!transcript) throw invalid(`interview ${interview.code} has no transcript yet`, { field: 'interview' });
    const passage = await choosePassage(ctx, transcript.id, interview.code, input);
    const excerpt = await excerptOf(ctx, interview, transcript, passage);
    return {
      passage: { excerptId: excerpt.id },
      row: { excerpt_id: excerpt.id, interview_id: interview.id, transcript_id: transcript.id, artifact_id: null },
      at: passage,
    };
  }
  const id = input.artifact!.trim();
  const artifact = await ctx.store.artifacts.byId(id);
  if (!artifact || artifact.partnership_id !== input.partnershipId) throw notFound('artifact', JSON.stringify(id));
  if (artifact.retired_at) throw invalid(`artifact ${id} was retired on ${artifact.retired_at.slice(0, 10)}`, { field: 'artifact' });
  const text = (await ctx.store.artifacts.text(id)) ?? '';
  if (input.turn !== undefined) throw invalid('an artifact has no turns: give start and end offsets or a quote', { field: 'turn' });
  let passage: Passage;
  if (input.quote !== undefined) passage = passageOfQuote(text, input.quote, `artifact ${artifact.title || id}`);
  else if (input.start !== undefined && input.end !== undefined) passage = passageOfSelection(text, input.start, input.end);
  else throw invalid('say which passage: start and end offsets, or a quote', { field: 'start' });
  return {
    passage: { artifactId: id, start: passage.start, end: passage.end },
    row: { excerpt_id: null, interview_id: null, transcript_id: null, artifact_id: id },
    at: passage,
  };
}

/**
 * Codes a passage with one or more codes, as the acting coder's codings: a selection of an
 * interview's current transcript (widened to whole words), a quote or whole turn, or a stretch of an
 * artifact's text. A transcript's passage is an excerpt (the live one of the same words, or a new
 * one). Overlapping and nested codings are allowed; coding the same passage with the same code twice
 * is refused, and then nothing is written.
 */
export function codePassage(ctx: ServiceContext, input: NewCoding): Promise<CodingView[]> {
  return inTransaction(ctx, async (tx) => {
    const codes = await codesOf(tx, input.partnershipId, input.codes);
    const placed = await place(tx, input);
    const coder = await coderOf(tx);
    const at = now(tx);
    const ids: string[] = [];
    for (const code of codes) {
      const twice = await tx.store.codings.live(placed.passage, code.id, coder);
      if (twice) throw alreadyCoded(code, twice.id);
      const row = {
        id: tx.ids.next('coding'),
        partnership_id: input.partnershipId,
        code_id: code.id,
        coder,
        ...placed.row,
        start_offset: placed.at.start,
        end_offset: placed.at.end,
        ...firstVersion(tx, at),
        ...NOT_RETIRED,
      };
      await tx.store.codings.insert(row);
      await audit(tx, { action: 'coding.create', entityKind: 'coding', entityId: row.id, version: 1, at, data: { ...row, code_name: code.name } });
      ids.push(row.id);
    }
    const text = placed.row.artifact_id ? ((await tx.store.artifacts.text(placed.row.artifact_id)) ?? '') : undefined;
    return (await codingsById(tx, ids)).map((r) => viewOf(r, text));
  });
}

async function codingsById(ctx: ServiceContext, ids: readonly string[]): Promise<CodingInContext[]> {
  const rows = await ctx.store.codings.inContext(ids);
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

async function asView(ctx: ServiceContext, r: CodingInContext): Promise<CodingView> {
  return viewOf(r, r.artifact_id ? ((await ctx.store.artifacts.text(r.artifact_id)) ?? '') : undefined);
}

/**
 * The coder's own live coding, at the version the change was made on: someone else's is theirs to
 * uncode or recode, and a change made on an older version is refused with the current one.
 */
async function ownCoding(ctx: ServiceContext, id: string, expectedVersion: number | undefined): Promise<CodingInContext> {
  const [coding] = await ctx.store.codings.inContext([id]);
  if (!coding) throw notFound('coding', id);
  if (coding.retired_at) throw invalid(`coding ${id} was uncoded on ${coding.retired_at.slice(0, 10)} by ${coding.retired_by}`);
  if (expectedVersion === undefined) throw versionRequired('coding', id, coding.version, viewOf(coding));
  if (expectedVersion !== coding.version) throw versionConflict('coding', id, expectedVersion, coding.version, viewOf(coding));
  if (coding.coder !== (await coderOf(ctx)))
    throw new WarrantError('forbidden', `coding ${id} is ${coding.coder_name}'s: only its coder uncodes or recodes it`, { id });
  return coding;
}

export async function getCoding(ctx: ServiceContext, id: string): Promise<CodingView> {
  const [coding] = await ctx.store.codings.inContext([id]);
  if (!coding) throw notFound('coding', id);
  if (coding.interview_id) {
    const sees = visibleCoder(await coderOf(ctx), await assignmentsOf(ctx, coding.interview_id));
    if (!sees(coding.coder)) throw notFound('coding', id);
  }
  return asView(ctx, coding);
}

/** Uncodes a passage: the coding is retired, with the reason (kept in the audit trail). */
export function uncode(ctx: ServiceContext, id: string, options: { reason?: string | undefined; expectedVersion?: number | undefined }): Promise<CodingView> {
  return inTransaction(ctx, async (tx) => {
    const coding = await ownCoding(tx, id, options.expectedVersion);
    const reason = options.reason?.trim() || 'uncoded';
    const at = now(tx);
    if (!(await tx.store.codings.retire(id, coding.version, { at, by: tx.actor, reason })))
      throw versionConflict('coding', id, coding.version, coding.version + 1, viewOf(coding));
    await audit(tx, {
      action: 'coding.uncode',
      entityKind: 'coding',
      entityId: id,
      reason,
      at,
      data: { code_id: coding.code_id, code_name: coding.code_name, excerpt_id: coding.excerpt_id, artifact_id: coding.artifact_id },
    });
    return asView(tx, (await tx.store.codings.inContext([id]))[0]!);
  });
}

/** Recodes a passage: the coding's next version applies another code (audited, with the reason). */
export function recode(
  ctx: ServiceContext,
  id: string,
  change: { code: string; expectedVersion?: number | undefined; reason?: string | undefined },
): Promise<CodingView> {
  return inTransaction(ctx, async (tx) => {
    const coding = await ownCoding(tx, id, change.expectedVersion);
    const code = await codeOf(tx, coding.partnership_id, change.code);
    if (code.id === coding.code_id) throw invalid(`coding ${id} already applies "${code.name}"`, { field: 'code' });
    const passage: CodedPassage = coding.excerpt_id
      ? { excerptId: coding.excerpt_id }
      : { artifactId: coding.artifact_id!, start: coding.start_offset, end: coding.end_offset };
    const twice = await tx.store.codings.live(passage, code.id, coding.coder);
    if (twice) throw alreadyCoded(code, twice.id);
    const shown = await asView(tx, coding);
    await saveNextVersion(tx, {
      what: 'coding',
      current: coding,
      shown,
      expectedVersion: change.expectedVersion,
      write: (fromVersion, at) => tx.store.codings.updateIfVersion(id, { code_id: code.id }, fromVersion, tx.actor, at),
      audit: {
        action: 'coding.recode',
        entityKind: 'coding',
        reason: change.reason?.trim() || `recoded as "${code.name}"`,
        data: { code_id: { from: coding.code_id, to: code.id }, code_name: { from: coding.code_name, to: code.name } },
      },
    });
    return asView(tx, (await tx.store.codings.inContext([id]))[0]!);
  });
}

async function assignmentsOf(ctx: ServiceContext, interviewId: string): Promise<AssignmentState[]> {
  return (await ctx.store.codingAssignments.ofInterview(interviewId)).map((a) => ({ coder: a.coder, done: a.done_at !== null }));
}

/** An interview's codings as its reader shows them. */
export interface TranscriptCodings {
  interviewId: string;
  interviewCode: string;
  transcriptId: string;
  /** False while the viewer is assigned to code the interview and has not marked their coding done: they see only their own. */
  othersShown: boolean;
  codings: CodingView[];
}

/**
 * The live codings of an interview's current transcript, in text order, under the blind rule: a
 * coder assigned to the interview who has not marked their coding done sees only their own.
 * Optionally only those of one code (ID or name).
 */
export async function codingsOfInterview(
  ctx: ServiceContext,
  partnershipId: string,
  interviewIdOrCode: string,
  filter: { code?: string | undefined } = {},
): Promise<TranscriptCodings> {
  const interview = await interviewOf(ctx, partnershipId, interviewIdOrCode);
  const transcript = await ctx.store.transcripts.current(interview.id);
  if (!transcript) throw invalid(`interview ${interview.code} has no transcript yet`, { field: 'interview' });
  const code = filter.code ? await codeOfAny(ctx, partnershipId, filter.code) : undefined;
  const assignments = await assignmentsOf(ctx, interview.id);
  const viewer = await coderOf(ctx);
  const sees = visibleCoder(viewer, assignments);
  const rows = (await ctx.store.codings.onTranscript(transcript.id)).filter((r) => sees(r.coder) && (!code || r.code_id === code.id));
  return {
    interviewId: interview.id,
    interviewCode: interview.code,
    transcriptId: transcript.id,
    othersShown: seesOthersWork(viewer, assignments),
    codings: rows.map((r) => viewOf(r)),
  };
}

/** The codings of an interview named by its ID (the API's item route), as `codingsOfInterview`. */
export async function codingsOfInterviewById(ctx: ServiceContext, interviewId: string, filter: { code?: string | undefined } = {}): Promise<TranscriptCodings> {
  const interview = await ctx.store.interviews.byId(interviewId);
  if (!interview) throw notFound('interview', interviewId);
  return codingsOfInterview(ctx, interview.partnership_id, interview.id, filter);
}

/** A code to filter by: a retired one too (its codings may have been kept). */
async function codeOfAny(ctx: ServiceContext, partnershipId: string, idOrName: string): Promise<CodeRow> {
  try {
    return await codeOf(ctx, partnershipId, idOrName);
  } catch (e) {
    const all = await ctx.store.codes.list(partnershipId);
    const found = all.find((c) => c.id === idOrName.trim() || c.name.toLowerCase() === idOrName.trim().toLowerCase());
    if (found) return found;
    throw e;
  }
}

/** The live codings of an artifact's text, in text order; optionally only those of one code. */
export async function codingsOfArtifact(ctx: ServiceContext, artifactId: string, filter: { code?: string | undefined } = {}): Promise<CodingView[]> {
  const artifact = await ctx.store.artifacts.byId(artifactId);
  if (!artifact) throw notFound('artifact', artifactId);
  const code = filter.code ? await codeOfAny(ctx, artifact.partnership_id, filter.code) : undefined;
  const text = (await ctx.store.artifacts.text(artifactId)) ?? '';
  return (await ctx.store.codings.ofArtifact(artifactId)).filter((r) => !code || r.code_id === code.id).map((r) => viewOf(r, text));
}

/** The live codes on each of these passages (excerpts) that the viewer may see, under the blind rule of each interview. */
export async function codesOnPassages(ctx: ServiceContext, excerptIds: readonly string[]): Promise<Map<string, CodingView[]>> {
  const rows = await ctx.store.codings.ofExcerpts(excerptIds);
  const rules = new Map<string, (coder: string) => boolean>();
  const viewer = rows.length ? await coderOf(ctx) : ctx.actor;
  const out = new Map<string, CodingView[]>();
  for (const r of rows) {
    const interviewId = r.interview_id!;
    let sees = rules.get(interviewId);
    if (!sees) rules.set(interviewId, (sees = visibleCoder(viewer, await assignmentsOf(ctx, interviewId))));
    if (!sees(r.coder)) continue;
    const list = out.get(r.excerpt_id!) ?? [];
    list.push(viewOf(r));
    out.set(r.excerpt_id!, list);
  }
  return out;
}
