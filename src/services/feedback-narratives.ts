import { notFound, invalid } from '../domain/errors.js';
import { checkNarrativeText, type NarrativeSection, parseSection, sectionKey } from '../domain/feedback-narrative.js';
import type { FeedbackNarrativeRow } from '../storage/repositories/feedback.repository.js';
import { audit, firstVersion, inTransaction, now, type ServiceContext } from './context.js';
import { namingWarnings } from './identifying.js';
import { cycleOf, districtOf } from './lookup.js';
import { saveNextVersion } from './versioned-edit.js';

export interface NarrativeWrite {
  partnershipId: string;
  district: string;
  cycle: string;
  /** "summary", "introduction", "closing" or "strategy:stg_…". */
  section: string | NarrativeSection;
  text: string;
  /** The version the edit was made on; none for the first. */
  expectedVersion?: number;
  reason?: string;
}

/**
 * Writes a section of a district's feedback report that the team writes: the first time as version
 * 1, afterwards as the next version of the same record, audited with its reason. A strategy's
 * narrative names a live strategy of the same district and cycle. Text that names a participant is
 * kept, with a warning: the partner version is refused until it is reworded.
 */
export function writeNarrative(ctx: ServiceContext, input: NarrativeWrite): Promise<{ narrative: FeedbackNarrativeRow; warnings: string[] }> {
  return inTransaction(ctx, async (tx) => {
    const district = await districtOf(tx, input.partnershipId, input.district);
    const cycle = await cycleOf(tx, input.partnershipId, input.cycle);
    const section = typeof input.section === 'string' ? parseSection(input.section) : input.section;
    if (section.kind === 'strategy') {
      const strategy = await tx.store.strategies.byId(section.strategyId!);
      if (!strategy || strategy.partnership_id !== input.partnershipId) throw notFound('strategy', section.strategyId!);
      if (strategy.district_id !== district.id || strategy.cycle_id !== cycle.id)
        throw invalid(`strategy ${strategy.id} is not one of ${district.name}'s strategies for ${cycle.label}`, { field: 'section' });
      if (strategy.retired_at) throw invalid(`strategy ${strategy.id} was retired`, { field: 'section' });
    }
    const text = checkNarrativeText(input.text);
    const key = sectionKey(section);
    const existing = await tx.store.feedback.narrativeOf(district.id, cycle.id, key);
    const at = now(tx);
    if (!existing) {
      const row: FeedbackNarrativeRow = {
        id: tx.ids.next('feedbackNarrative'),
        partnership_id: input.partnershipId,
        district_id: district.id,
        cycle_id: cycle.id,
        kind: section.kind,
        strategy_id: section.strategyId,
        section: key,
        text,
        ...firstVersion(tx, at),
      };
      await tx.store.feedback.insertNarrative(row);
      await audit(tx, {
        action: 'feedback_narrative.create',
        entityKind: 'feedbackNarrative',
        entityId: row.id,
        version: 1,
        at,
        reason: input.reason?.trim() || null,
        data: row,
      });
      return { narrative: row, warnings: await namingWarnings(tx, row.id, [text]) };
    }
    if (existing.text !== text) {
      await saveNextVersion(tx, {
        what: 'narrative',
        current: existing,
        shown: { text: existing.text },
        expectedVersion: input.expectedVersion,
        at,
        write: (from) => tx.store.feedback.updateNarrative(existing.id, { text }, from, tx.actor, at),
        audit: {
          action: 'feedback_narrative.update',
          entityKind: 'feedbackNarrative',
          reason: input.reason?.trim() || null,
          data: { section: key, from: { text: existing.text }, to: { text } },
        },
      });
    }
    return { narrative: (await tx.store.feedback.narrativeById(existing.id))!, warnings: await namingWarnings(tx, existing.id, [text]) };
  });
}

/** The narratives written for a district's feedback report in a cycle, by section. */
export async function narrativesOf(ctx: ServiceContext, partnershipId: string, district: string, cycle: string): Promise<FeedbackNarrativeRow[]> {
  const d = await districtOf(ctx, partnershipId, district);
  const c = await cycleOf(ctx, partnershipId, cycle);
  return ctx.store.feedback.narratives(d.id, c.id);
}
