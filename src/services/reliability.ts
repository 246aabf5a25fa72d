import { seesOthersWork } from '../domain/coding.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import {
  binaryAgreement,
  cohensKappaFromMatrix,
  RECONCILIATION_DECISIONS,
  unitizingAlpha,
  type BinaryUnit,
  type Continuum,
  type ReconciliationDecision,
} from '../domain/reliability.js';
import type { CodedStretch, ReconciliationRow, TurnBounds, TurnUnit } from '../storage/repositories/reliability.repository.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { interviewOf } from './lookup.js';

/**
 * Agreement between coders on Warrant's own double coding. An interview counts once at least two of the
 * coders assigned to it have marked their coding done; their codings (live, on the interview's current
 * transcript) are compared, those of coders still at work are not. Units are the transcript's turns: a
 * coder applied code X to a turn if one of their codings of X overlaps the turn's words. Per code: nominal
 * α over every assigned coder who is done, Cohen's κ when the interviews compared have the same two
 * coders, percent agreement, and unitizing α over the transcripts' characters (domain/reliability).
 * Overall: the same over every (code, turn) unit pooled. The blind rule holds: a viewer assigned to an
 * interview and not done with it sees nothing of its agreement.
 */

export interface Agreement {
  alpha: number | null;
  kappa: number | null;
  percentAgreement: number | null;
  /** Units compared (turns; for the overall figures, code × turn). */
  units: number;
  pairableValues: number;
}

export interface CodeAgreement extends Agreement {
  codeId: string;
  code: string;
  colour: string;
  /** Unitizing α over the characters of the transcripts. */
  unitizingAlpha: number | null;
  /** Turns each coder applied the code to. */
  appliedBy: Record<string, number>;
  /** Turns where the coders differ on the code. */
  disagreements: number;
  /** Of those, the ones a reconciliation decided. */
  reconciled: number;
}

export interface AgreementReport {
  interviews: { id: string; code: string; coders: string[] }[];
  coders: { id: string; name: string }[];
  overall: Agreement;
  codes: CodeAgreement[];
  /** Codings not compared because they are on a transcript since corrected (they are not yet on the current one). */
  codingsOnEarlierTranscripts: number;
}

interface Loaded<T extends TurnBounds> {
  interviews: { id: string; code: string; transcriptId: string; length: number; coders: string[]; turns: T[] }[];
  /** code → interview → codings (by the done coders, on the current transcript). */
  codings: Map<string, Map<string, CodedStretch[]>>;
  codes: { id: string; name: string; colour: string }[];
  names: Map<string, string>;
  skipped: number;
  reconciliations: Map<string, ReconciliationRow>;
}

const unitKey = (interviewId: string, codeId: string, turnSeq: number) => `${interviewId}\u0000${codeId}\u0000${turnSeq}`;

/** The turns of the double-coded interviews' transcripts as units, by transcript: their bounds, or (for listing them) their speakers and words too. */
type TurnReader<T extends TurnBounds> = (ctx: ServiceContext, partnershipId: string, interviewId: string | undefined) => Promise<Map<string, T[]>>;

const turnBounds: TurnReader<TurnBounds> = (ctx, partnershipId, interviewId) => ctx.store.reliability.turnBounds(partnershipId, interviewId);

const turnsWithWords: TurnReader<TurnUnit> = async (ctx, partnershipId, interviewId) => {
  const turnsOf = new Map<string, TurnUnit[]>();
  for (const t of await ctx.store.reliability.turns(partnershipId, { ...(interviewId && { interviewId }), text: true })) {
    const list = turnsOf.get(t.transcript_id) ?? [];
    list.push(t);
    turnsOf.set(t.transcript_id, list);
  }
  return turnsOf;
};

/** Every read in a handful of queries, whatever the number of codes and interviews. */
async function load<T extends TurnBounds>(
  ctx: ServiceContext,
  partnershipId: string,
  viewer: string | null,
  options: { interviewId?: string; codeId?: string },
  readTurns: TurnReader<T>,
): Promise<Loaded<T>> {
  const { store } = ctx;
  const filter = options.interviewId ? { interviewId: options.interviewId } : {};
  const [assignments, transcripts, turnsOf, codings, codes, members, reconciliations] = await Promise.all([
    store.codingAssignments.ofPartnership(partnershipId, filter),
    store.reliability.transcripts(partnershipId, options.interviewId),
    readTurns(ctx, partnershipId, options.interviewId),
    store.reliability.codings(partnershipId, { ...filter, ...(options.codeId && { codeId: options.codeId }) }),
    store.codes.list(partnershipId),
    store.accounts.membersOf(partnershipId),
    store.reliability.reconciliations(partnershipId, { ...filter, ...(options.codeId && { codeId: options.codeId }) }),
  ]);
  const byInterview = new Map<string, { coder: string; done: boolean }[]>();
  for (const a of assignments) {
    const list = byInterview.get(a.interview_id) ?? [];
    list.push({ coder: a.coder, done: a.done_at !== null });
    byInterview.set(a.interview_id, list);
  }
  const interviews: Loaded<T>['interviews'] = [];
  for (const t of transcripts) {
    const assigned = byInterview.get(t.interview_id) ?? [];
    if (viewer !== null && !seesOthersWork(viewer, assigned)) continue;
    const coders = [...new Set(assigned.filter((a) => a.done).map((a) => a.coder))].sort();
    if (coders.length < 2) continue;
    interviews.push({ id: t.interview_id, code: t.interview_code, transcriptId: t.id, length: t.length, coders, turns: turnsOf.get(t.id) ?? [] });
  }
  const included = new Map(interviews.map((i) => [i.id, i]));
  const byCode = new Map<string, Map<string, CodedStretch[]>>();
  let skipped = 0;
  for (const c of codings) {
    const interview = included.get(c.interview_id);
    if (!interview || !interview.coders.includes(c.coder)) continue;
    if (c.transcript_id !== interview.transcriptId) {
      skipped++;
      continue;
    }
    const perInterview = byCode.get(c.code_id) ?? new Map<string, CodedStretch[]>();
    const list = perInterview.get(c.interview_id) ?? [];
    list.push(c);
    perInterview.set(c.interview_id, list);
    byCode.set(c.code_id, perInterview);
  }
  const latest = new Map<string, ReconciliationRow>();
  for (const r of reconciliations) if (r.turn_seq !== null) latest.set(unitKey(r.interview_id, r.code_id, r.turn_seq), r);
  return {
    interviews,
    codings: byCode,
    codes: codes
      .filter((c) => (!c.retired_at || byCode.has(c.id)) && (!options.codeId || c.id === options.codeId))
      .map((c) => ({ id: c.id, name: c.name, colour: c.colour })),
    names: new Map(members.map((m) => [m.account_id, m.display_name || m.email])),
    skipped,
    reconciliations: latest,
  };
}

/** The first turn whose words end after `offset` (turns in text order). */
function firstTurnEndingAfter(turns: readonly TurnBounds[], offset: number): number {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.end_offset <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Indexes of the turns a coding overlaps (a coding of no characters: the turn it sits in). */
function turnsOverlapped(turns: readonly TurnBounds[], start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = firstTurnEndingAfter(turns, start); i < turns.length; i++) {
    const t = turns[i]!;
    if (end > start ? t.text_offset >= end : t.text_offset > start) break;
    if (end > start ? end > t.text_offset && start < t.end_offset : start >= t.text_offset && start < t.end_offset) out.push(i);
  }
  return out;
}

/** For each turn a code was applied to in an interview, the coders who applied it and their codings. */
function appliedTurns(turns: readonly TurnBounds[], codings: readonly CodedStretch[]): Map<number, Map<string, CodedStretch[]>> {
  const applied = new Map<number, Map<string, CodedStretch[]>>();
  for (const c of codings)
    for (const i of turnsOverlapped(turns, c.start_offset, c.end_offset)) {
      const byCoder = applied.get(i) ?? new Map<string, CodedStretch[]>();
      const list = byCoder.get(c.coder) ?? [];
      list.push(c);
      byCoder.set(c.coder, list);
      applied.set(i, byCoder);
    }
  return applied;
}

const rounded = (x: number) => Math.round(x * 1e9) / 1e9;

/** Agreement per code and overall on the partnership's double-coded interviews (or one of them). */
export async function codingAgreement(
  ctx: ServiceContext,
  partnershipId: string,
  options: { viewer?: string | null; interview?: string; code?: string } = {},
): Promise<AgreementReport> {
  const interviewId = options.interview ? (await interviewOf(ctx, partnershipId, options.interview)).id : undefined;
  const codeId = options.code ? (await codeOf(ctx, partnershipId, options.code)).id : undefined;
  const data = await load(ctx, partnershipId, options.viewer ?? null, { ...(interviewId && { interviewId }), ...(codeId && { codeId }) }, turnBounds);
  const allCoders = [...new Set(data.interviews.flatMap((i) => i.coders))].sort();
  const twoCoders = allCoders.length === 2 ? (allCoders as [string, string]) : null;
  const overallUnits: BinaryUnit[] = [];
  const overallMatrix = [
    [0, 0],
    [0, 0],
  ];
  const blankOf = (interview: Loaded<TurnBounds>['interviews'][number]) => ({
    unit: { coders: interview.coders.length, ones: 0, weight: interview.turns.length },
    continuum: { length: interview.length, coders: interview.coders.map((coder) => ({ coder, segments: [] })) },
  });
  const blanks = new Map<string, ReturnType<typeof blankOf>>();
  const codes: CodeAgreement[] = data.codes.map((code) => {
    const perInterview = data.codings.get(code.id);
    const units: BinaryUnit[] = [];
    const continua: Continuum[] = [];
    const matrix = [
      [0, 0],
      [0, 0],
    ];
    const appliedBy: Record<string, number> = Object.fromEntries(allCoders.map((c) => [c, 0]));
    let disagreements = 0;
    let reconciled = 0;
    for (const interview of data.interviews) {
      if (interview.turns.length === 0) continue;
      const codings = perInterview?.get(interview.id);
      if (!codings) {
        // No coder applied the code anywhere in the interview: its turns are one unit of zeros, its text one run coded by no one.
        let blank = blanks.get(interview.id);
        if (!blank) blanks.set(interview.id, (blank = blankOf(interview)));
        units.push(blank.unit);
        if (twoCoders) matrix[0]![0]! += interview.turns.length;
        continua.push(blank.continuum);
        continue;
      }
      const m = interview.coders.length;
      const applied = appliedTurns(interview.turns, codings);
      units.push({ coders: m, ones: 0, weight: interview.turns.length - applied.size });
      if (twoCoders) matrix[0]![0]! += interview.turns.length - applied.size;
      for (const [i, byCoder] of applied) {
        const ones = byCoder.size;
        units.push({ coders: m, ones });
        for (const coder of byCoder.keys()) appliedBy[coder] = (appliedBy[coder] ?? 0) + 1;
        if (ones < m) {
          disagreements++;
          if (data.reconciliations.has(unitKey(interview.id, code.id, interview.turns[i]!.seq))) reconciled++;
        }
        if (twoCoders) matrix[byCoder.has(twoCoders[0]) ? 1 : 0]![byCoder.has(twoCoders[1]) ? 1 : 0]!++;
      }
      continua.push({
        length: interview.length,
        coders: interview.coders.map((coder) => ({
          coder,
          segments: codings.filter((c) => c.coder === coder).map((c) => ({ start: c.start_offset, end: c.end_offset })),
        })),
      });
    }
    for (const unit of units) overallUnits.push(unit);
    for (let a = 0; a < 2; a++) for (let b = 0; b < 2; b++) overallMatrix[a]![b]! += matrix[a]![b]!;
    const { alpha, percentAgreement } = binaryAgreement(units);
    return {
      codeId: code.id,
      code: code.name,
      colour: code.colour,
      alpha: alpha.alpha,
      kappa: twoCoders ? cohensKappaFromMatrix(matrix).kappa : null,
      percentAgreement: percentAgreement.agreement,
      units: rounded(alpha.units),
      pairableValues: rounded(alpha.pairableValues),
      unitizingAlpha: unitizingAlpha(continua).alpha,
      appliedBy,
      disagreements,
      reconciled,
    };
  });
  const overall = binaryAgreement(overallUnits);
  return {
    interviews: data.interviews.map((i) => ({ id: i.id, code: i.code, coders: i.coders })),
    coders: allCoders.map((id) => ({ id, name: data.names.get(id) ?? id })),
    overall: {
      alpha: overall.alpha.alpha,
      kappa: twoCoders ? cohensKappaFromMatrix(overallMatrix).kappa : null,
      percentAgreement: overall.percentAgreement.agreement,
      units: rounded(overall.alpha.units),
      pairableValues: rounded(overall.alpha.pairableValues),
    },
    codes,
    codingsOnEarlierTranscripts: data.skipped,
  };
}

async function codeOf(ctx: ServiceContext, partnershipId: string, id: string) {
  const code = await ctx.store.codes.byId(id);
  if (!code || code.partnership_id !== partnershipId) throw notFound('code', id);
  return code;
}

export interface Reconciliation {
  id: string;
  interviewId: string;
  codeId: string;
  turnSeq: number | null;
  start: number;
  end: number;
  decision: ReconciliationDecision;
  codingId: string | null;
  decidedBy: string;
  decidedByName: string;
  decidedAt: string;
  reason: string;
}

const presentReconciliation = (r: ReconciliationRow, names: Map<string, string>): Reconciliation => ({
  id: r.id,
  interviewId: r.interview_id,
  codeId: r.code_id,
  turnSeq: r.turn_seq,
  start: r.start_offset,
  end: r.end_offset,
  decision: r.decision,
  codingId: r.coding_id,
  decidedBy: r.decided_by,
  decidedByName: names.get(r.decided_by) ?? r.decided_by,
  decidedAt: r.decided_at,
  reason: r.reason,
});

export interface Disagreement {
  interviewId: string;
  interviewCode: string;
  codeId: string;
  code: string;
  turnSeq: number;
  speaker: string;
  text: string;
  start: number;
  end: number;
  /** The coders who applied the code to the turn, with their codings there. */
  applied: { coder: string; name: string; codings: { id: string; start: number; end: number }[] }[];
  /** The coders who did not. */
  notApplied: { coder: string; name: string }[];
  /** The decision in force on it, if one was made. */
  reconciliation: Reconciliation | null;
}

/** The turns where the coders of double-coded interviews differ on a code, side by side, with the decisions made on them. */
export async function codingDisagreements(
  ctx: ServiceContext,
  partnershipId: string,
  options: { viewer?: string | null; interview?: string; code?: string; limit?: number } = {},
): Promise<{ total: number; disagreements: Disagreement[] }> {
  const interviewId = options.interview ? (await interviewOf(ctx, partnershipId, options.interview)).id : undefined;
  const codeId = options.code ? (await codeOf(ctx, partnershipId, options.code)).id : undefined;
  const data = await load(ctx, partnershipId, options.viewer ?? null, { ...(interviewId && { interviewId }), ...(codeId && { codeId }) }, turnsWithWords);
  const name = (id: string) => data.names.get(id) ?? id;
  const out: Disagreement[] = [];
  for (const interview of data.interviews)
    for (const code of data.codes) {
      const codings = data.codings.get(code.id)?.get(interview.id);
      if (!codings) continue;
      const applied = appliedTurns(interview.turns, codings);
      for (const [i, byCoder] of [...applied].sort((a, b) => a[0] - b[0])) {
        if (byCoder.size === interview.coders.length) continue;
        const turn = interview.turns[i]!;
        const decided = data.reconciliations.get(unitKey(interview.id, code.id, turn.seq));
        out.push({
          interviewId: interview.id,
          interviewCode: interview.code,
          codeId: code.id,
          code: code.name,
          turnSeq: turn.seq,
          speaker: turn.speaker,
          text: turn.text ?? '',
          start: turn.text_offset,
          end: turn.end_offset,
          applied: [...byCoder].map(([coder, list]) => ({
            coder,
            name: name(coder),
            codings: list.map((c) => ({ id: c.id, start: c.start_offset, end: c.end_offset })),
          })),
          notApplied: interview.coders.filter((c) => !byCoder.has(c)).map((coder) => ({ coder, name: name(coder) })),
          reconciliation: decided ? presentReconciliation(decided, data.names) : null,
        });
      }
    }
  out.sort((a, b) => a.interviewCode.localeCompare(b.interviewCode) || a.turnSeq - b.turnSeq || a.code.localeCompare(b.code));
  return { total: out.length, disagreements: options.limit ? out.slice(0, options.limit) : out };
}

export interface ReconcileInput {
  partnershipId: string;
  interview: string;
  codeId: string;
  /** The turn decided on, or a stretch of the transcript by its offsets. */
  turnSeq?: number;
  start?: number;
  end?: number;
  decision: string;
  reason: string;
  /** The coding that stands for an applied decision; by default a live coding of the code on the unit, if there is one. */
  codingId?: string;
  /** The account deciding (the blind rule is checked for it). */
  decidedBy: string;
}

/** Records who decided whether a code applies where coders disagreed, and why. */
export function reconcile(ctx: ServiceContext, input: ReconcileInput): Promise<Reconciliation> {
  return inTransaction(ctx, async (tx) => {
    if (!(RECONCILIATION_DECISIONS as readonly string[]).includes(input.decision))
      throw invalid(`the decision is ${RECONCILIATION_DECISIONS.join(' or ')}, not "${input.decision}"`, { field: 'decision' });
    const decision = input.decision as ReconciliationDecision;
    const reason = input.reason.trim();
    if (!reason) throw invalid('say why: a reconciliation records the reason for the decision', { field: 'reason' });
    const interview = await interviewOf(tx, input.partnershipId, input.interview);
    const code = await codeOf(tx, input.partnershipId, input.codeId);
    const assigned = await tx.store.codingAssignments.ofInterview(interview.id);
    if (
      !seesOthersWork(
        input.decidedBy,
        assigned.map((a) => ({ coder: a.coder, done: a.done_at !== null })),
      )
    )
      throw new WarrantError('forbidden', `you are coding ${interview.code} yourself: mark your coding done before reconciling it`);
    const transcript = await tx.store.transcripts.current(interview.id);
    if (!transcript) throw invalid(`${interview.code} has no transcript to reconcile codings on`);
    let start: number;
    let end: number;
    let turnSeq: number | null = null;
    if (input.turnSeq !== undefined) {
      const turn = (await tx.store.transcripts.turns(transcript.id)).find((t) => t.seq === input.turnSeq);
      if (!turn) throw invalid(`${interview.code}'s transcript has no turn ${input.turnSeq}`, { field: 'turnSeq' });
      turnSeq = turn.seq;
      start = turn.text_offset;
      end = turn.end_offset;
    } else if (input.start !== undefined && input.end !== undefined) {
      if (!(Number.isInteger(input.start) && Number.isInteger(input.end) && input.start >= 0 && input.end >= input.start && input.end <= transcript.length))
        throw invalid(`the stretch ${input.start}–${input.end} is not within ${interview.code}'s transcript (0–${transcript.length} code points)`, {
          field: 'start',
        });
      start = input.start;
      end = input.end;
    } else throw invalid('name the unit decided on: a turn (turnSeq) or a stretch (start and end)', { field: 'turnSeq' });

    let codingId: string | null = null;
    if (decision === 'applied') {
      const live = (await tx.store.codings.ofTranscript(transcript.id)).filter(
        (c) => c.code_id === code.id && (end > start ? c.start_offset < end && c.end_offset > start : c.start_offset <= start && c.end_offset >= start),
      );
      if (input.codingId) {
        if (!live.some((c) => c.id === input.codingId))
          throw invalid(`coding ${input.codingId} is not a live coding of "${code.name}" on that unit of ${interview.code}`, { field: 'codingId' });
        codingId = input.codingId;
      } else codingId = live[0]?.id ?? null;
    } else if (input.codingId) throw invalid('a decision that the code does not apply names no coding', { field: 'codingId' });

    const id = tx.ids.next('reconciliation');
    const at = now(tx);
    const row = {
      id,
      partnership_id: input.partnershipId,
      interview_id: interview.id,
      transcript_id: transcript.id,
      code_id: code.id,
      turn_seq: turnSeq,
      start_offset: start,
      end_offset: end,
      decision,
      coding_id: codingId,
      decided_by: input.decidedBy,
      decided_at: at,
      reason,
    };
    await tx.store.reliability.insertReconciliation(row);
    await audit(tx, {
      action: 'reconciliation.create',
      entityKind: 'reconciliation',
      entityId: id,
      at,
      reason,
      data: { interviewId: interview.id, codeId: code.id, turnSeq, start, end, decision, codingId },
    });
    const names = new Map((await tx.store.accounts.membersOf(input.partnershipId)).map((m) => [m.account_id, m.display_name || m.email]));
    return presentReconciliation(row, names);
  });
}

/** The decisions recorded on a partnership's double coding (of one interview or code), oldest first; none on an interview the viewer is still coding blind. */
export async function listReconciliations(
  ctx: ServiceContext,
  partnershipId: string,
  filter: { interview?: string; code?: string; viewer?: string | null } = {},
): Promise<Reconciliation[]> {
  const interviewId = filter.interview ? (await interviewOf(ctx, partnershipId, filter.interview)).id : undefined;
  const [rows, members, assignments] = await Promise.all([
    ctx.store.reliability.reconciliations(partnershipId, { ...(interviewId && { interviewId }), ...(filter.code && { codeId: filter.code }) }),
    ctx.store.accounts.membersOf(partnershipId),
    filter.viewer ? ctx.store.codingAssignments.ofPartnership(partnershipId, { coder: filter.viewer }) : Promise.resolve([]),
  ]);
  const blind = new Set(assignments.filter((a) => a.done_at === null).map((a) => a.interview_id));
  const names = new Map(members.map((m) => [m.account_id, m.display_name || m.email]));
  return rows.filter((r) => !blind.has(r.interview_id)).map((r) => presentReconciliation(r, names));
}
