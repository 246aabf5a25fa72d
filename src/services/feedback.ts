import { createHash } from 'node:crypto';
import { frameworkRefsOf } from '../domain/framework.js';
import { checkImplementation, type ImplementationInput } from '../domain/implementation.js';
import { invalid, notFound } from '../domain/errors.js';
import { happenedOnProblem, isIsoDate, latestToday } from '../domain/cycle.js';
import { isUptakeStatus, UPTAKE_STATUSES } from '../domain/theory-of-action.js';
import type { ExplanationRow, FeedbackReportRow, ImplementationRow, RecommendationRow, UptakeRow } from '../storage/repositories/feedback.repository.js';
import { audit, firstVersion, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { linkEvidence } from './evidence-links.js';
import { supportTypes } from './framework.js';
import { feedbackReport } from './feedback-report.js';
import { cycleOf, districtOf } from './lookup.js';
import { saveNextVersion } from './versioned-edit.js';

/** Cites each of `ids` from `citingId` (findings, conjectures, passages…), inside the caller's transaction. */
async function citeAll(ctx: ServiceContext, citingId: string, ids: readonly string[] | undefined): Promise<void> {
  for (const citedId of ids ?? []) await linkEvidence(ctx, { citingId, citedId });
}

export interface ImplementationWrite extends ImplementationInput {
  elementId: string;
  /** The cycle the implementation was seen in; default: the strategy's own cycle. */
  cycle?: string;
  findings?: string[];
  expectedVersion?: number;
  reason?: string;
}

/**
 * How an intended support or envisioned practice was implemented in a cycle, citing the district's
 * findings: written the first time as version 1, afterwards as the next version of the same record.
 */
export function writeImplementation(ctx: ServiceContext, input: ImplementationWrite): Promise<ImplementationRow> {
  return inTransaction(ctx, async (tx) => {
    const element = await tx.store.strategies.elementById(input.elementId);
    if (!element) throw notFound('strategy element', input.elementId);
    if (element.retired_at) throw invalid(`strategy element ${element.id} was retired`);
    const strategy = (await tx.store.strategies.byId(element.strategy_id))!;
    const cycle = input.cycle ? await cycleOf(tx, strategy.partnership_id, input.cycle) : (await tx.store.cycles.byId(strategy.cycle_id))!;
    const cycles = await tx.store.cycles.list(strategy.partnership_id);
    const values = checkImplementation(element.kind, input, { previousCycle: cycles.findIndex((c) => c.id === cycle.id) > 0 });
    const at = now(tx);
    const existing = await tx.store.feedback.implementationOf(element.id, cycle.id);
    let row: ImplementationRow;
    if (!existing) {
      row = {
        id: tx.ids.next('implementation'),
        partnership_id: strategy.partnership_id,
        district_id: strategy.district_id,
        cycle_id: cycle.id,
        element_id: element.id,
        kind: element.kind,
        ...values,
        ...firstVersion(tx, at),
      };
      await tx.store.feedback.insertImplementation(row);
      await audit(tx, { action: 'implementation.create', entityKind: 'implementation', entityId: row.id, version: 1, at, data: row });
    } else {
      const before = {
        verdict: existing.verdict,
        frequency: existing.frequency,
        focus: existing.focus,
        frequency_change: existing.frequency_change,
        quality_change: existing.quality_change,
        text: existing.text,
      };
      if (JSON.stringify(before) !== JSON.stringify(values)) {
        await saveNextVersion(tx, {
          what: 'implementation assessment',
          current: existing,
          shown: before,
          expectedVersion: input.expectedVersion,
          at,
          write: (from) => tx.store.feedback.updateImplementation(existing.id, values, from, tx.actor, at),
          audit: { action: 'implementation.update', entityKind: 'implementation', reason: input.reason ?? null, data: { from: before, to: values } },
        });
      }
      row = (await tx.store.feedback.implementationById(existing.id))!;
    }
    await citeAll(tx, row.id, input.findings);
    return row;
  });
}

export interface ExplanationInput {
  strategyId: string;
  learningOpportunities: string;
  press: string;
  text: string;
  frameworkRefs?: string[];
  /** Findings and in-house assessments it rests on. */
  cites?: string[];
}

function checkExplanation(input: Omit<ExplanationInput, 'strategyId' | 'cites'>, types: readonly string[]) {
  const text = input.text.trim();
  if (!text) throw invalid('an explanation needs its text', { field: 'text' });
  const refs = [...new Set((input.frameworkRefs ?? []).map((r) => r.trim()).filter(Boolean))];
  const unknown = refs.filter((r) => !types.includes(r));
  if (unknown.length) throw invalid(`the interpretive framework has no support type ${unknown.map((k) => `"${k}"`).join(' or ')}`, { field: 'frameworkRefs' });
  return { learning_opportunities: input.learningOpportunities.trim(), press: input.press.trim(), text, framework_refs: refs.join(',') };
}

/** Why a strategy's supports and accountability worked as they did: the learning opportunities and press they afforded. */
export function addExplanation(ctx: ServiceContext, input: ExplanationInput): Promise<ExplanationRow> {
  return inTransaction(ctx, async (tx) => {
    const strategy = await tx.store.strategies.byId(input.strategyId);
    if (!strategy) throw notFound('strategy', input.strategyId);
    const values = checkExplanation(
      input,
      (await supportTypes(tx, strategy.partnership_id)).map((t) => t.key),
    );
    const at = now(tx);
    const row: ExplanationRow = {
      id: tx.ids.next('explanation'),
      partnership_id: strategy.partnership_id,
      strategy_id: strategy.id,
      ...values,
      ...firstVersion(tx, at),
    };
    await tx.store.feedback.insertExplanation(row);
    await audit(tx, { action: 'explanation.create', entityKind: 'explanation', entityId: row.id, version: 1, at, data: row });
    await citeAll(tx, row.id, input.cites);
    return row;
  });
}

export function editExplanation(
  ctx: ServiceContext,
  edit: { id: string; learningOpportunities?: string; press?: string; text?: string; frameworkRefs?: string[]; expectedVersion?: number; reason?: string },
): Promise<ExplanationRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.feedback.explanationById(edit.id);
    if (!row) throw notFound('explanation', edit.id);
    const values = checkExplanation(
      {
        learningOpportunities: edit.learningOpportunities ?? row.learning_opportunities,
        press: edit.press ?? row.press,
        text: edit.text ?? row.text,
        frameworkRefs: edit.frameworkRefs ?? frameworkRefsOf(row),
      },
      (await supportTypes(tx, row.partnership_id)).map((t) => t.key),
    );
    const before = { learning_opportunities: row.learning_opportunities, press: row.press, text: row.text, framework_refs: row.framework_refs };
    if (JSON.stringify(before) === JSON.stringify(values)) return row;
    await saveNextVersion(tx, {
      what: 'explanation',
      current: row,
      shown: before,
      expectedVersion: edit.expectedVersion,
      write: (from, at) => tx.store.feedback.updateExplanation(row.id, values, from, tx.actor, at),
      audit: { action: 'explanation.update', entityKind: 'explanation', reason: edit.reason ?? null, data: { from: before, to: values } },
    });
    return (await tx.store.feedback.explanationById(row.id))!;
  });
}

/** A recommendation to a district for one of its strategies: a proposal, based on conjectures of the theory and on explanations. */
export function addRecommendation(
  ctx: ServiceContext,
  input: { strategyId: string; text: string; rationale?: string; conjectures?: string[]; explanations?: string[] },
): Promise<RecommendationRow> {
  return inTransaction(ctx, async (tx) => {
    const strategy = await tx.store.strategies.byId(input.strategyId);
    if (!strategy) throw notFound('strategy', input.strategyId);
    if (strategy.retired_at) throw invalid(`strategy ${strategy.id} was retired`);
    const text = input.text.trim();
    if (!text) throw invalid('a recommendation needs its text', { field: 'text' });
    if (!input.conjectures?.length)
      throw invalid('a recommendation is based on at least one conjecture of the theory of action (conjectures)', { field: 'conjectures' });
    const at = now(tx);
    const row: RecommendationRow = {
      id: tx.ids.next('recommendation'),
      partnership_id: strategy.partnership_id,
      strategy_id: strategy.id,
      text,
      rationale: input.rationale?.trim() ?? '',
      position: await tx.store.feedback.nextRecommendationPosition(strategy.id),
      ...firstVersion(tx, at),
      ...NOT_RETIRED,
    };
    await tx.store.feedback.insertRecommendation(row);
    await audit(tx, { action: 'recommendation.create', entityKind: 'recommendation', entityId: row.id, version: 1, at, data: row });
    await citeAll(tx, row.id, [...(input.conjectures ?? []), ...(input.explanations ?? [])]);
    return row;
  });
}

export function editRecommendation(
  ctx: ServiceContext,
  edit: { id: string; text?: string; rationale?: string; expectedVersion?: number; reason?: string },
): Promise<RecommendationRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.feedback.recommendationById(edit.id);
    if (!row) throw notFound('recommendation', edit.id);
    if (row.retired_at) throw invalid(`recommendation ${row.id} was retired`);
    const next = { text: edit.text?.trim() || row.text, rationale: edit.rationale?.trim() ?? row.rationale };
    const before = { text: row.text, rationale: row.rationale };
    if (next.text === before.text && next.rationale === before.rationale) return row;
    await saveNextVersion(tx, {
      what: 'recommendation',
      current: row,
      shown: before,
      expectedVersion: edit.expectedVersion,
      write: (from, at) => tx.store.feedback.updateRecommendation(row.id, next, from, tx.actor, at),
      audit: { action: 'recommendation.update', entityKind: 'recommendation', reason: edit.reason ?? null, data: { from: before, to: next } },
    });
    return (await tx.store.feedback.recommendationById(row.id))!;
  });
}

/**
 * In a later cycle: whether the district acted on a recommendation (fully, partly, not), citing
 * passages of that autumn's leader interviews.
 */
export function recordUptake(
  ctx: ServiceContext,
  input: { recommendationId: string; cycle: string; status: string; note?: string; passages?: string[]; expectedVersion?: number; reason?: string },
): Promise<UptakeRow> {
  return inTransaction(ctx, async (tx) => {
    const rec = await tx.store.feedback.recommendationById(input.recommendationId);
    if (!rec) throw notFound('recommendation', input.recommendationId);
    const strategy = (await tx.store.strategies.byId(rec.strategy_id))!;
    const cycle = await cycleOf(tx, rec.partnership_id, input.cycle);
    const own = (await tx.store.cycles.byId(strategy.cycle_id))!;
    if (cycle.label <= own.label) throw invalid(`uptake is recorded in a later cycle than the recommendation's (${own.label})`, { field: 'cycle' });
    const status = input.status.trim();
    if (!isUptakeStatus(status)) throw invalid(`status is one of: ${UPTAKE_STATUSES.join(', ')}`, { field: 'status' });
    const note = input.note?.trim() ?? '';
    const at = now(tx);
    const existing = await tx.store.feedback.uptakeOf(rec.id, cycle.id);
    let row: UptakeRow;
    if (!existing) {
      row = {
        id: tx.ids.next('uptake'),
        partnership_id: rec.partnership_id,
        recommendation_id: rec.id,
        cycle_id: cycle.id,
        status,
        note,
        ...firstVersion(tx, at),
      };
      await tx.store.feedback.insertUptake(row);
      await audit(tx, { action: 'uptake.create', entityKind: 'uptake', entityId: row.id, version: 1, at, data: row });
    } else {
      const before = { status: existing.status, note: existing.note };
      if (before.status !== status || before.note !== note) {
        await saveNextVersion(tx, {
          what: 'uptake record',
          current: existing,
          shown: before,
          expectedVersion: input.expectedVersion,
          at,
          write: (from) => tx.store.feedback.updateUptake(existing.id, { status, note }, from, tx.actor, at),
          audit: { action: 'uptake.update', entityKind: 'uptake', reason: input.reason ?? null, data: { from: before, to: { status, note } } },
        });
      }
      row = (await tx.store.feedback.uptakeById(existing.id))!;
    }
    await citeAll(tx, row.id, input.passages);
    return row;
  });
}

/**
 * The DFRR was sent to the district on a date: its partner version as it stands is frozen as the
 * next version, which partner leaders then read exactly as sent while the team works on the next.
 * A later version says what it changes.
 */
export function recordReportSent(
  ctx: ServiceContext,
  input: { partnershipId: string; district: string; cycle: string; sentOn: string; note?: string; reason?: string },
): Promise<FeedbackReportRow> {
  return inTransaction(ctx, async (tx) => {
    const district = await districtOf(tx, input.partnershipId, input.district);
    const cycle = await cycleOf(tx, input.partnershipId, input.cycle);
    if (!isIsoDate(input.sentOn)) throw invalid('the date sent is a date, YYYY-MM-DD', { field: 'sentOn' });
    const at = now(tx);
    if (input.sentOn > at.slice(0, 10)) throw invalid(`the report cannot have been sent on ${input.sentOn}, a day still to come`, { field: 'sentOn' });
    const previous = (await tx.store.feedback.reports(input.partnershipId, { districtId: district.id, cycleId: cycle.id })).at(-1);
    if (previous && input.sentOn < previous.sent_on)
      throw invalid(`version ${previous.number} was sent on ${previous.sent_on}: a later version cannot have been sent before it`, { field: 'sentOn' });
    const reason = input.reason?.trim() ?? '';
    if (previous && !reason) throw invalid('say what this version changes (the reason is kept with it)', { field: 'reason' });
    const number = (previous?.number ?? 0) + 1;
    const asSent = { partnershipId: input.partnershipId, district: district.id, cycle: cycle.id, audience: 'partner' } as const;
    const partnerVersion = await feedbackReport(tx, { ...asSent, sending: { number, sentOn: input.sentOn } });
    if (previous?.content) {
      // The previous version as the data would produce it now, to compare word for word with what was sent.
      const again = await feedbackReport(tx, { ...asSent, sending: { number: previous.number, sentOn: previous.sent_on } });
      if (JSON.stringify(again) === previous.content)
        throw invalid(`nothing the district reads changed since version ${previous.number}, sent on ${previous.sent_on}`);
    }
    const row: FeedbackReportRow = {
      id: tx.ids.next('feedbackReport'),
      partnership_id: input.partnershipId,
      district_id: district.id,
      cycle_id: cycle.id,
      sent_on: input.sentOn,
      note: input.note?.trim() ?? '',
      number,
      content: JSON.stringify(partnerVersion),
      reason: reason || 'first version',
      created_by: tx.actor,
      created_at: at,
    };
    await tx.store.feedback.insertReport(row);
    const { content: _frozen, ...recorded } = row;
    await audit(tx, {
      action: 'feedback_report.sent',
      entityKind: 'feedbackReport',
      entityId: row.id,
      version: number,
      reason: row.reason,
      at,
      data: { ...recorded, contentSha256: sha256(row.content!) },
    });
    return row;
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The feedback meeting with the district's leaders: when, who came, what was discussed. */
export function recordMeeting(
  ctx: ServiceContext,
  input: { partnershipId: string; district: string; cycle: string; heldOn: string; attendees: string[]; notes: string },
) {
  return inTransaction(ctx, async (tx) => {
    const district = await districtOf(tx, input.partnershipId, input.district);
    const cycle = await cycleOf(tx, input.partnershipId, input.cycle);
    const dateProblem = happenedOnProblem(input.heldOn, latestToday(now(tx)), cycle.label, 'the date of the meeting');
    if (dateProblem) throw invalid(dateProblem, { field: 'heldOn' });
    const attendees = input.attendees.map((a) => a.trim()).filter(Boolean);
    if (attendees.length === 0) throw invalid('name who attended the meeting', { field: 'attendees' });
    const notes = input.notes.trim();
    if (!notes) throw invalid('write the notes of the discussion', { field: 'notes' });
    const at = now(tx);
    const row = {
      id: tx.ids.next('feedbackMeeting'),
      partnership_id: input.partnershipId,
      district_id: district.id,
      cycle_id: cycle.id,
      held_on: input.heldOn,
      attendees: attendees.join('\n'),
      notes,
      created_by: tx.actor,
      created_at: at,
    };
    await tx.store.feedback.insertMeeting(row);
    await audit(tx, { action: 'feedback_meeting.create', entityKind: 'feedbackMeeting', entityId: row.id, at, data: row });
    return row;
  });
}
