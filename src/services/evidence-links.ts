import { invalid, notFound } from '../domain/errors.js';
import { type EntityKind, kindOfId } from '../domain/ids.js';
import { EVIDENCE_CITES, type EvidenceCitedKind, type EvidenceCitingKind, isEvidenceCitingKind, KIND_LABELS } from '../domain/record-kinds.js';
import { BEARINGS, checkBearing, UPTAKE_LABELS, type UptakeStatus, type WarrantKind } from '../domain/theory-of-action.js';
import { oneLine } from '../domain/text.js';
import type { EvidenceLinkRow, LinkWithCitedRow } from '../storage/repositories/feedback.repository.js';
import { audit, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';

/**
 * What the records from findings to feedback rest on (domain/record-kinds `restsOn`). An
 * implementation assessment cites the district's findings; an explanation, findings and the in-house
 * assessment of the autumn; a conjecture's revision, its warrant (findings, literature, retrospective
 * analyses, districts where it was or was not borne out, recommendations' uptake); a recommendation,
 * conjectures and explanations; an uptake record, passages of the next October's interviews.
 */
const CITABLE: Record<EvidenceCitingKind, readonly EvidenceCitedKind[]> = EVIDENCE_CITES;
const mayCite = (allowed: readonly EvidenceCitedKind[], kind: EntityKind | undefined): kind is EvidenceCitedKind => allowed.some((k) => k === kind);

const WARRANT_KIND: Partial<Record<EntityKind, WarrantKind>> = {
  finding: 'finding',
  literature: 'literature',
  retrospective: 'retrospective',
  organization: 'district',
  uptake: 'uptake',
};

interface Scope {
  partnershipId: string;
  districtId?: string;
  cycleId?: string;
  /** What an implementation assessment is of: a support or a practice. */
  elementKind?: string;
}

async function strategyScope({ store }: ServiceContext, strategyId: string | undefined): Promise<Scope | undefined> {
  const strategy = strategyId === undefined ? undefined : await store.strategies.byId(strategyId);
  return strategy && { partnershipId: strategy.partnership_id, districtId: strategy.district_id, cycleId: strategy.cycle_id };
}

/** Where the citing record stands: its partnership, and the district and cycle its evidence must come from (undefined if it does not exist). */
const SCOPE: Record<EvidenceCitingKind, (ctx: ServiceContext, id: string) => Promise<Scope | undefined>> = {
  async implementation({ store }, id) {
    const r = await store.feedback.implementationById(id);
    return r && { partnershipId: r.partnership_id, districtId: r.district_id, cycleId: r.cycle_id, elementKind: r.kind };
  },
  explanation: async (ctx, id) => strategyScope(ctx, (await ctx.store.feedback.explanationById(id))?.strategy_id),
  recommendation: async (ctx, id) => strategyScope(ctx, (await ctx.store.feedback.recommendationById(id))?.strategy_id),
  async conjectureRevision({ store }, id) {
    const r = await store.theory.revisionById(id);
    const conjecture = r && (await store.theory.conjectureById(r.conjecture_id));
    return conjecture && { partnershipId: conjecture.partnership_id };
  },
  async uptake({ store }, id) {
    const u = await store.feedback.uptakeById(id);
    const rec = u && (await store.feedback.recommendationById(u.recommendation_id));
    const strategy = rec && (await store.strategies.byId(rec.strategy_id));
    return u && strategy && { partnershipId: u.partnership_id, districtId: strategy.district_id, cycleId: u.cycle_id };
  },
};

/** Why the cited record cannot be cited from this scope, or null; throws when it does not exist. */
async function citedProblem(ctx: ServiceContext, kind: EntityKind, id: string, scope: Scope, citingKind: EntityKind): Promise<string | null> {
  const { store } = ctx;
  const within = (districtId: string, cycleId: string, what: string) => {
    if (scope.districtId && districtId !== scope.districtId) return `${what} is of another district`;
    if (scope.cycleId && cycleId !== scope.cycleId) return `${what} is of another cycle`;
    return null;
  };
  switch (kind) {
    case 'finding': {
      const f = await store.findings.byId(id);
      if (!f || f.partnership_id !== scope.partnershipId) throw notFound('finding', id);
      if (f.retired_at) return 'the finding was retired';
      return citingKind === 'conjectureRevision' ? null : within(f.district_id, f.cycle_id, 'the finding');
    }
    case 'assessment': {
      const a = await store.assessments.byId(id);
      if (!a || a.partnership_id !== scope.partnershipId) throw notFound('assessment', id);
      return within(a.district_id, a.cycle_id, 'the assessment');
    }
    case 'excerpt': {
      const e = await store.excerpts.byId(id);
      const interview = e && (await store.interviews.byId(e.interview_id));
      if (!e || !interview || interview.partnership_id !== scope.partnershipId) throw notFound('passage', id);
      if (e.retired_at) return 'the passage was retired';
      return within(interview.district_id, interview.cycle_id, 'the passage');
    }
    case 'score': {
      // A construct score (and with it the change since the previous cycle) is evidence of a practice's change in quality.
      const sc = await store.scores.byId(id);
      const interview = sc && (await store.interviews.byId(sc.interview_id));
      if (!sc || !interview || sc.partnership_id !== scope.partnershipId) throw notFound('score', id);
      if (sc.retired_at) return 'the score was withdrawn';
      if (scope.elementKind === 'support') return "a score is evidence of a practice's change in quality, not of a support";
      return within(interview.district_id, interview.cycle_id, 'the score');
    }
    case 'organization': {
      const o = await store.organizations.byId(id);
      if (!o || o.partnership_id !== scope.partnershipId) throw notFound('district', id);
      return o.kind === 'district' ? null : `${o.name} is a ${o.kind}, not a district`;
    }
    default: {
      const owner = await store.ownership.partnershipOf(id);
      if (owner !== scope.partnershipId) throw notFound(KIND_LABELS[kind], id);
      if (kind === 'conjecture' && (await store.theory.conjectureById(id))?.retired_at) return 'the conjecture was retired';
      return null;
    }
  }
}

export function linkEvidence(ctx: ServiceContext, input: { citingId: string; citedId: string; bearing?: string; note?: string }): Promise<EvidenceLinkRow> {
  return inTransaction(ctx, async (tx) => {
    const citingKind = kindOfId(input.citingId);
    if (!citingKind || !isEvidenceCitingKind(citingKind))
      throw invalid(
        `${input.citingId} does not rest on evidence of this kind (implementation assessments, explanations, conjecture revisions, recommendations and uptake records do)`,
        { field: 'citingId' },
      );
    const allowed = CITABLE[citingKind];
    const citedKind = kindOfId(input.citedId);
    if (!mayCite(allowed, citedKind)) {
      throw invalid(
        `a ${KIND_LABELS[citingKind]} cites ${allowed.map((k) => (k === 'organization' ? 'district' : KIND_LABELS[k])).join(', ')}; ${input.citedId} is none of these`,
        { field: 'citedId' },
      );
    }
    const scope = await SCOPE[citingKind](tx, input.citingId);
    if (!scope) throw notFound(KIND_LABELS[citingKind], input.citingId);
    const why = await citedProblem(tx, citedKind, input.citedId, scope, citingKind);
    if (why) throw invalid(`${input.citedId} cannot be cited here: ${why}`, { field: 'citedId' });
    const warrant = citingKind === 'conjectureRevision' ? WARRANT_KIND[citedKind] : undefined;
    const bearing = warrant ? checkBearing(warrant, input.bearing) : input.bearing?.trim() || 'supports';
    if (!warrant && !BEARINGS.finding.includes(bearing)) throw invalid(`bearing is one of: ${BEARINGS.finding.join(', ')}`, { field: 'bearing' });
    const existing = (await tx.store.feedback.links([input.citingId])).find((l) => l.cited_id === input.citedId);
    if (existing) return existing;
    const at = now(tx);
    const row: EvidenceLinkRow = {
      id: tx.ids.next('evidenceLink'),
      partnership_id: scope.partnershipId,
      citing_id: input.citingId,
      cited_kind: citedKind,
      cited_id: input.citedId,
      bearing,
      note: input.note?.trim() ?? '',
      created_by: tx.actor,
      created_at: at,
      ...NOT_RETIRED,
    };
    await tx.store.feedback.insertLink(row);
    await audit(tx, { action: 'evidence_link.create', entityKind: 'evidenceLink', entityId: row.id, at, data: row });
    return row;
  });
}

export interface LinkView {
  id: string;
  kind: string;
  citedId: string;
  bearing: string;
  note: string;
  /** What the cited record says, on one line. */
  label: string;
  /** The cited record was retired since: nothing generated from now on shows it. */
  retired: boolean;
}

const short = (text: string, max = 160) => {
  const line = oneLine(text);
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** The live links of the given records, with what each cited record says, by citing record (one query). */
export async function linkViews(ctx: ServiceContext, citingIds: readonly string[]): Promise<Map<string, LinkView[]>> {
  const out = new Map<string, LinkView[]>();
  for (const l of await ctx.store.feedback.linksWithCited(citingIds)) {
    const list = out.get(l.citing_id) ?? [];
    list.push({
      id: l.id,
      kind: l.cited_kind,
      citedId: l.cited_id,
      bearing: l.bearing,
      note: l.note,
      label: short(citedLabel(l) ?? l.cited_id, 400),
      retired: citedRetired(l),
    });
    out.set(l.citing_id, list);
  }
  return out;
}

/** What the cited record says, on one line; undefined when it is missing. */
function citedLabel(l: LinkWithCitedRow): string | undefined {
  switch (l.cited_kind) {
    case 'finding':
      return l.finding_text ?? undefined;
    case 'assessment':
      return l.aspect === null ? undefined : `${l.aspect}: ${l.judgement}. ${l.rationale}`;
    case 'conjecture':
      return l.conjecture_text ?? undefined;
    case 'explanation':
      return l.explanation_text ?? undefined;
    case 'organization':
      return l.organization_name ?? undefined;
    case 'literature':
      return l.literature_title === null
        ? undefined
        : `${l.literature_authors} (${l.literature_year ?? 'n.d.'}). ${l.literature_title}. ${l.literature_source}`;
    case 'retrospective':
      return l.retrospective_title === null ? undefined : `${l.retrospective_title}: ${l.retrospective_summary}`;
    case 'excerpt':
      return l.quote ?? undefined;
    case 'score':
      return l.score_dimension === null ? undefined : `${l.score_dimension}: level ${l.score_level} of ${l.score_rubric}`;
    case 'uptake':
      return l.uptake_status === null || l.recommendation_text === null
        ? undefined
        : `recommendation “${short(l.recommendation_text, 80)}”: ${UPTAKE_LABELS[l.uptake_status as UptakeStatus] ?? l.uptake_status}`;
    default:
      return undefined;
  }
}

const citedRetired = (l: LinkWithCitedRow): boolean => Boolean(l.finding_retired_at ?? l.conjecture_retired_at ?? l.excerpt_retired_at ?? l.score_retired_at);
