import { frameworkRefsOf } from '../domain/framework.js';
import { invalid } from '../domain/errors.js';
import { SUPPORT_VERDICT_LABELS } from '../domain/implementation.js';
import { attribution, quoteWithheld } from '../domain/quotes.js';
import { rolePlural } from '../domain/strategy.js';
import { oneLine } from '../domain/text.js';
import { currentDesign, designScope } from '../services/design-documents.js';
import type { Audience, ReportDocument } from '../reports/document.js';
import { textsOf } from '../reports/document.js';
import { buildFeedbackReport, type FeedbackStrategy, type InHouseFeedback } from '../reports/feedback-report.js';
import { type ServiceContext } from './context.js';
import { type LinkView, linkViews } from './evidence-links.js';
import { supportTypeNames } from './framework.js';
import { identifyingDetailsOf, refuseNaming } from './identifying.js';
import { participation } from './participation.js';
import { listStrategies } from './strategies.js';
import { passagesOf, type TraceNode, trace, withoutRetired } from './trace.js';

export interface FeedbackReportRequest {
  partnershipId: string;
  district: string;
  cycle?: string;
  audience: Audience;
  /** The version being sent, when the report is produced to be frozen as sent. */
  sending?: { number: number; sentOn: string };
}

/** Every passage under a traced finding, with the ISF entry and claim above it, as outline lines. */
function traceLines(node: TraceNode, depth = 0): string[] {
  const pad = '› '.repeat(depth);
  const line =
    node.kind === 'excerpt' && node.passage
      ? `${pad}Passage [${node.passage.interviewCode}, ${node.passage.role.replace('_', ' ')}, ${node.passage.school}]: “${node.passage.quote}”`
      : `${pad}${node.kind === 'claim' ? 'Claim' : node.kind === 'isfEntry' ? 'ISF entry' : 'Finding'}${node.context ? ` (${node.context})` : ''}: ${oneLine(node.text)}`;
  return [line, ...node.children.flatMap((c) => traceLines(c, depth + 1))];
}

/** What a statement cites, once what was retired since is left out. */
const live = (links: readonly LinkView[] | undefined, kind: string) => (links ?? []).filter((l) => l.kind === kind && !l.retired);

/**
 * The feedback report of a district and cycle. Partners get what is shared: findings, explanations
 * and recommendations, and quotes only from passages marked shareable, attributed to a role group
 * and withheld where the role group is small. The team gets it with the in-house basis and an
 * evidence appendix tracing every finding to its passages. What was retired (findings, conjectures,
 * claims, ISF entries, passages) is in neither. The same data gives the same document.
 */
export async function feedbackReport(ctx: ServiceContext, req: FeedbackReportRequest): Promise<ReportDocument> {
  const { store } = ctx;
  const partnership = (await store.partnerships.byId(req.partnershipId))!;
  const scope = await designScope(ctx, req.partnershipId, req.district, req.cycle);
  const design = await currentDesign(ctx, scope);
  const strategies = await listStrategies(ctx, req.partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id });
  if (strategies.length === 0)
    throw invalid(`${scope.district.name} has no strategies documented for ${scope.cycle.label}: the feedback report is organised by them`);
  const names = await supportTypeNames(ctx, req.partnershipId);
  const implementations = await store.feedback.implementations(scope.district.id, scope.cycle.id);
  const explanations = await store.feedback.explanations(strategies.map((s) => s.strategy.id));
  const recommendations = await store.feedback.recommendations(
    req.partnershipId,
    strategies.map((s) => s.strategy.id),
  );
  const links = await linkViews(ctx, [...implementations.map((i) => i.id), ...explanations.map((e) => e.id), ...recommendations.map((r) => r.id)]);
  const people = await participation(ctx, req.partnershipId, scope.district.id, scope.cycle.id);
  const minimum = partnership.quote_min_participants;
  const identifying = await identifyingDetailsOf(ctx, req.partnershipId);
  const team = req.audience === 'team';

  const traces = new Map<string, TraceNode>();
  const traced = async (findingId: string) => {
    if (!traces.has(findingId)) traces.set(findingId, withoutRetired((await trace(ctx, findingId)).root));
    return traces.get(findingId)!;
  };
  const dates: string[] = [scope.cycle.created_at];
  const inHouse: InHouseFeedback = { strategies: new Map(), appendix: [] };
  const out: FeedbackStrategy[] = [];
  for (const { strategy, elements } of strategies) {
    const section = design.sections.find((s) => s.key === strategy.id)!;
    const found: FeedbackStrategy = { section, supports: [], practices: [], explanations: [], recommendations: [], quotes: [] };
    const withheld: string[] = [];
    const quoted = new Set<string>();
    for (const { row, element } of elements) {
      const imp = implementations.find((i) => i.element_id === row.id);
      if (!imp) continue;
      dates.push(imp.updated_at);
      const cited = live(links.get(imp.id), 'finding');
      const findings = cited.map((l) => l.label);
      for (const l of cited) {
        for (const p of passagesOf(await traced(l.citedId))) {
          // One passage, or the same words said by several people, is quoted once.
          if (quoted.has(p.excerptId) || quoted.has(p.quote)) continue;
          quoted.add(p.excerptId).add(p.quote);
          const excerpt = (await store.excerpts.byId(p.excerptId))!;
          const why = quoteWithheld({ quote: p.quote, role: p.role, shareable: excerpt.shareable_at !== null }, people.count(p.role), minimum, identifying);
          if (!why) found.quotes.push({ text: p.quote, attribution: attribution(p.role) });
          else if (excerpt.shareable_at !== null) withheld.push(`Quote withheld (${why}): “${p.quote}”`);
        }
      }
      if (element.kind === 'support') {
        found.supports.push({
          description: `${element.description} (${names.get(element.supportType) ?? element.supportType})`,
          verdict: (imp.verdict && SUPPORT_VERDICT_LABELS[imp.verdict]) ?? imp.verdict ?? '',
          frequency: imp.frequency ?? '',
          focus: imp.focus ?? '',
          text: imp.text,
          findings,
        });
      } else if (element.kind === 'practice') {
        found.practices.push({
          role: rolePlural(element.role),
          description: element.description,
          change: `frequency ${imp.frequency_change}, quality ${imp.quality_change}`,
          comparison: people.comparison(element.role),
          text: imp.text,
          findings,
        });
      }
    }
    const assessments: string[] = [];
    for (const e of explanations.filter((x) => x.strategy_id === strategy.id)) {
      dates.push(e.updated_at);
      const cited = live(links.get(e.id), 'finding');
      for (const l of cited) await traced(l.citedId);
      found.explanations.push({
        learningOpportunities: e.learning_opportunities,
        press: e.press,
        text: e.text,
        framework: frameworkRefsOf(e).map((k) => names.get(k) ?? k),
        findings: cited.map((l) => l.label),
      });
      assessments.push(...live(links.get(e.id), 'assessment').map((l) => l.label));
    }
    const conjectures: string[][] = [];
    for (const r of recommendations.filter((x) => x.strategy_id === strategy.id)) {
      dates.push(r.updated_at);
      found.recommendations.push({ text: r.text, rationale: r.rationale });
      conjectures.push(live(links.get(r.id), 'conjecture').map((l) => l.label));
    }
    out.push(found);
    inHouse.strategies.set(strategy.id, { assessments, conjectures, withheldQuotes: withheld });
  }
  for (const [, root] of [...traces.entries()].sort(([a], [b]) => a.localeCompare(b)))
    inHouse.appendix.push({ finding: oneLine(root.text), lines: traceLines(root).slice(1) });

  const sent = (await store.feedback.reports(req.partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id })).at(-1);
  const date = req.sending?.sentOn ?? [...dates].sort().at(-1)!.slice(0, 10);
  const doc = buildFeedbackReport({
    partnership: partnership.name,
    district: scope.district.name,
    cycle: scope.cycle.label,
    date,
    strategies: out,
    sent: req.sending
      ? `Version ${req.sending.number}, sent to the district on ${req.sending.sentOn}`
      : sent
        ? `Draft of version ${sent.number + 1}: version ${sent.number} was sent to the district on ${sent.sent_on}`
        : 'Draft: not yet sent to the district',
    inHouse: team ? inHouse : undefined,
  });
  // A last guard on what partners read, whatever an analyst typed into a finding or recommendation.
  if (!team) refuseNaming(identifying, textsOf(doc), 'the partner version');
  return doc;
}
