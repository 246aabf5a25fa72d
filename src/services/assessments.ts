import { frameworkRefsOf } from '../domain/framework.js';
import { checkAssessment, type AssessmentInput } from '../domain/assessment.js';
import { invalid, notFound } from '../domain/errors.js';
import type { AssessmentRow } from '../storage/repositories/assessment.repository.js';
import { audit, firstVersion, inTransaction, now, type ServiceContext } from './context.js';
import { supportTypes } from './framework.js';
import { designScope } from './design-documents.js';
import { cycleOf, districtOf } from './lookup.js';
import { saveNextVersion } from './versioned-edit.js';

export interface AssessmentWrite extends AssessmentInput {
  partnershipId: string;
  district: string;
  cycle: string;
  expectedVersion?: number;
  reason?: string;
}

const refsOf = (row: AssessmentRow) => frameworkRefsOf(row);

/**
 * Writes one aspect of the team's in-house assessment of a district's strategies: the first time
 * as version 1, afterwards as a new version of the same record (the version read must be named).
 */
export function writeAssessment(ctx: ServiceContext, input: AssessmentWrite): Promise<AssessmentRow> {
  return inTransaction(ctx, async (tx) => {
    const district = await districtOf(tx, input.partnershipId, input.district);
    const cycle = await cycleOf(tx, input.partnershipId, input.cycle);
    const strategyId = input.strategyId || null;
    if (strategyId) {
      const strategy = await tx.store.strategies.byId(strategyId);
      if (!strategy || strategy.partnership_id !== input.partnershipId) throw notFound('strategy', strategyId);
      if (strategy.district_id !== district.id || strategy.cycle_id !== cycle.id)
        throw invalid(`strategy ${strategyId} is not one of ${district.name}'s strategies of ${cycle.label}`, { field: 'strategy' });
    }
    const checked = checkAssessment(
      { ...input, strategyId },
      (await supportTypes(tx, input.partnershipId)).map((t) => t.key),
    );
    const values = { judgement: checked.judgement, rationale: checked.rationale, framework_refs: checked.frameworkRefs.join(',') };
    const at = now(tx);
    const existing = await tx.store.assessments.find(district.id, cycle.id, checked.aspect, strategyId);
    if (!existing) {
      const row: AssessmentRow = {
        id: tx.ids.next('assessment'),
        partnership_id: input.partnershipId,
        district_id: district.id,
        cycle_id: cycle.id,
        strategy_id: strategyId,
        aspect: checked.aspect,
        ...values,
        ...firstVersion(tx, at),
      };
      await tx.store.assessments.insert(row);
      await audit(tx, { action: 'assessment.create', entityKind: 'assessment', entityId: row.id, version: 1, at, data: row });
      return row;
    }
    const before = { judgement: existing.judgement, rationale: existing.rationale, frameworkRefs: refsOf(existing) };
    if (values.judgement === existing.judgement && values.rationale === existing.rationale && values.framework_refs === existing.framework_refs)
      return existing;
    await saveNextVersion(tx, {
      what: 'assessment',
      current: existing,
      shown: before,
      expectedVersion: input.expectedVersion,
      at,
      write: (from) => tx.store.assessments.update(existing.id, values, from, tx.actor, at),
      audit: {
        action: 'assessment.update',
        entityKind: 'assessment',
        reason: input.reason ?? null,
        data: { from: before, to: { judgement: checked.judgement, rationale: checked.rationale, frameworkRefs: checked.frameworkRefs } },
      },
    });
    return (await tx.store.assessments.byId(existing.id))!;
  });
}

export { refsOf as assessmentFrameworkRefs };

/** The in-house assessment of a district's strategies in a cycle (the cycle defaults to the latest). */
export async function listAssessments(ctx: ServiceContext, partnershipId: string, district: string, cycle?: string): Promise<AssessmentRow[]> {
  const scope = await designScope(ctx, partnershipId, district, cycle);
  return ctx.store.assessments.list(scope.district.id, scope.cycle.id);
}
