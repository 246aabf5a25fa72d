import type { AssessmentAspect } from '../domain/assessment.js';
import { invalid } from '../domain/errors.js';
import { describeElement } from '../domain/strategy.js';
import { buildDesignDocument, type InHouse, type Judgement } from '../reports/design-document.js';
import { type Audience, type ReportDocument, textsOf } from '../reports/document.js';
import type { AssessmentRow } from '../storage/repositories/assessment.repository.js';
import { assessmentFrameworkRefs } from './assessments.js';
import { type ServiceContext, now } from './context.js';
import { contentOf, designDocumentState, designScope } from './design-documents.js';
import { supportTypeNames } from './framework.js';
import { identifyingDetailsOf, refuseNaming } from './identifying.js';
import { type EvidenceView, listStrategies } from './strategies.js';

export interface DesignReportRequest {
  partnershipId: string;
  district: string;
  cycle?: string;
  audience: Audience;
  /** Team only: the strategies as they stand, rather than the latest issued version. */
  draft?: boolean;
}

const evidenceLine = (e: EvidenceView) =>
  (e.kind === 'excerpt' ? `[${e.source}] “${e.text}”` : `Artifact: ${e.text} (${e.source})`) + (e.note ? ` — ${e.note}` : '');

/**
 * The District Design Document of a district and cycle. Partners get the latest issued version as
 * issued; the team gets it with the in-house assessment, the evidence and the member-check record.
 */
export async function designDocumentReport(ctx: ServiceContext, req: DesignReportRequest): Promise<ReportDocument> {
  const partnership = (await ctx.store.partnerships.byId(req.partnershipId))!;
  const scope = await designScope(ctx, req.partnershipId, req.district, req.cycle);
  const state = await designDocumentState(ctx, scope);
  const issued = state.versions.at(-1);
  if (req.audience === 'partner' && !issued) {
    throw invalid(`no version of ${scope.district.name}'s design document for ${scope.cycle.label} has been issued: issue one before sharing it`);
  }
  if (req.audience === 'partner' && req.draft) throw invalid('partners see issued versions only; a draft is for the team');
  const useDraft = !issued || (req.draft ?? false);
  const content = useDraft ? state.current : contentOf(issued);
  const date = (useDraft ? now(ctx) : issued.created_at).slice(0, 10);
  const version = useDraft ? `Draft of ${date} (not issued)` : `Version ${issued.number}, issued ${date}`;
  if (req.audience === 'partner') {
    const doc = buildDesignDocument({ partnership: partnership.name, date, content, version, memberCheck: state.status });
    // Checked when the version was issued, and again here: the roster may have grown since.
    refuseNaming(await identifyingDetailsOf(ctx, req.partnershipId), textsOf(doc), 'the partner version');
    return doc;
  }

  const names = await supportTypeNames(ctx, req.partnershipId);
  const types = new Map((await ctx.store.supportTypes.list(req.partnershipId, { withRetired: true })).map((t) => [t.key, t]));
  const judgement = (row: AssessmentRow | undefined): Judgement | null =>
    row
      ? {
          judgement: row.judgement,
          rationale: row.rationale,
          frameworkRefs: assessmentFrameworkRefs(row).map((k) => ({ name: types.get(k)?.name ?? k, description: types.get(k)?.description ?? '' })),
        }
      : null;
  const assessments = await ctx.store.assessments.list(scope.district.id, scope.cycle.id);
  const find = (aspect: AssessmentAspect, strategyId: string | null) => assessments.find((a) => a.aspect === aspect && a.strategy_id === strategyId);
  const strategies = await listStrategies(ctx, req.partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id });
  const inHouse: InHouse = { coherence: judgement(find('coherence', null)), strategies: new Map(), memberCheck: new Map() };
  for (const { strategy, evidence, elements } of strategies) {
    inHouse.strategies.set(strategy.id, {
      instruction: judgement(find('instruction', strategy.id)),
      enablement: judgement(find('enablement', strategy.id)),
      // What was retired since (a passage, an artifact) is left out.
      evidence: [
        ...evidence.filter((e) => !e.retired).map((e) => `Strategy: ${evidenceLine(e)}`),
        ...elements.flatMap(({ element, evidence: ev }) =>
          ev.filter((e) => !e.retired).map((e) => `${describeElement(element, (k) => names.get(k) ?? k)}: ${evidenceLine(e)}`),
        ),
      ],
    });
  }
  for (const check of state.checks) {
    for (const r of check.responses) {
      const applied = r.applied_in_id ? `; applied in version ${state.versions.find((v) => v.id === r.applied_in_id)?.number}` : '';
      const line = `${r.display_name}, version ${check.versionNumber}, ${r.created_at.slice(0, 10)}: ${r.response}${applied}${r.text ? ` — ${r.text}` : ''}`;
      inHouse.memberCheck.set(r.section, [...(inHouse.memberCheck.get(r.section) ?? []), line]);
    }
  }
  return buildDesignDocument({ partnership: partnership.name, date, content, version, memberCheck: state.status, inHouse });
}
