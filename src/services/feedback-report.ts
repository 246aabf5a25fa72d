import { frameworkRefsOf } from '../domain/framework.js';
import { invalid } from '../domain/errors.js';
import { attribution, quoteWithheld } from '../domain/quotes.js';
import { rolePlural } from '../domain/strategy.js';
import { oneLine } from '../domain/text.js';
import { currentDesign, designScope } from '../services/design-documents.js';
import type { Audience, ReportDocument } from '../reports/document.js';
import { textsOf } from '../reports/document.js';
import { buildFeedbackReport, type FeedbackStrategy, type InHouseFeedback, intendedOf, type PlacedQuote } from '../reports/feedback-report.js';
import { type ServiceContext } from './context.js';
import { type LinkView, linkViews } from './evidence-links.js';
import { supportTypeNames } from './framework.js';
import { identifyingDetailsOf, refuseNaming } from './identifying.js';
import { NO_PREVIOUS_CYCLE, participation } from './participation.js';
import { listStrategies } from './strategies.js';
import { passagesOf, type TraceNode, type TracePassage, trace, withoutRetired } from './trace.js';

export interface FeedbackReportRequest {
  partnershipId: string;
  district: string;
  cycle?: string;
  audience: Audience;
  /** The version being sent, when the report is produced to be frozen as sent. */
  sending?: { number: number; sentOn: string };
  /** With the design's tables (practices, supports, accountability) in an appendix. */
  withDesignAppendix?: boolean;
}

const STANCE_WORDS: Record<string, string> = { supports: 'supports', contradicts: 'contradicts' };

/** Every passage under a traced finding, with the ISF entry and claim above it, as outline lines, each saying how it bears on the line above. */
function traceLines(node: TraceNode, depth = 0): string[] {
  const pad = '› '.repeat(depth);
  const stance = node.stance ? ` (${STANCE_WORDS[node.stance] ?? node.stance})` : '';
  const line =
    node.kind === 'excerpt' && node.passage
      ? `${pad}Passage [${node.passage.interviewCode}, ${node.passage.role.replace('_', ' ')}, ${node.passage.school}]${stance}: “${node.passage.quote}”`
      : `${pad}${node.kind === 'claim' ? 'Claim' : node.kind === 'isfEntry' ? 'ISF entry' : 'Finding'}${node.context ? ` (${node.context})` : ''}${stance}: ${oneLine(node.text)}`;
  return [line, ...node.children.flatMap((c) => traceLines(c, depth + 1))];
}

/** What a statement cites, once what was retired since is left out. */
const live = (links: readonly LinkView[] | undefined, kind: string) => (links ?? []).filter((l) => l.kind === kind && !l.retired);

/** The words of a text that say what it is about: lower-cased, four letters or more, without a plural s. */
const wordsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4)
      .map((w) => w.replace(/s$/, '')),
  );
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

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
  const narratives = new Map((await store.feedback.narratives(scope.district.id, scope.cycle.id)).map((n) => [n.section, n]));
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
  // Each finding is numbered where it is first stated, and referred to by its number afterwards.
  const numbers = new Map<string, number>();
  const numberOf = (id: string) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    return numbers.get(id)!;
  };
  // One passage, or the same words said by several people, is quoted once in the whole report.
  const quoted = new Set<string>();
  const dates: string[] = [scope.cycle.created_at];
  for (const n of narratives.values()) dates.push(n.updated_at);
  const inHouse: InHouseFeedback = { strategies: new Map(), appendix: [] };
  const out: FeedbackStrategy[] = [];
  for (const { strategy, elements } of strategies) {
    const section = design.sections.find((s) => s.key === strategy.id)!;
    const found: FeedbackStrategy = {
      section,
      narrative: narratives.get(`strategy:${strategy.id}`)?.text ?? '',
      findings: [],
      supports: [],
      practices: [],
      explanations: [],
      recommendations: [],
      otherQuotes: [],
    };
    const withheld: string[] = [];
    const state = (id: string, text: string) => {
      const known = numbers.has(id);
      const number = numberOf(id);
      if (!known) found.findings.push({ number, text: oneLine(text) });
      return number;
    };
    /** The passages under the findings an element rests on, with the element they may illustrate. */
    const candidates: { passage: TracePassage; roles: readonly string[]; words: Set<string>; quotes: PlacedQuote[] }[] = [];
    const placed: { roles: readonly string[]; words: Set<string>; quotes: PlacedQuote[] }[] = [];
    for (const { row, element } of elements) {
      const imp = implementations.find((i) => i.element_id === row.id);
      if (!imp) continue;
      dates.push(imp.updated_at);
      const cited = live(links.get(imp.id), 'finding');
      const findings = cited.map((l) => state(l.citedId, l.label));
      const quotes: PlacedQuote[] = [];
      const roles = element.kind === 'support' ? element.rolesServed : element.kind === 'practice' ? [element.role] : [];
      const words = wordsOf(`${element.description} ${imp.text} ${imp.focus ?? ''}`);
      placed.push({ roles, words, quotes });
      for (const l of cited) for (const passage of passagesOf(await traced(l.citedId))) candidates.push({ passage, roles, words, quotes });
      if (element.kind === 'support') {
        const designed = section.supports.find((x) => x.description === element.description);
        found.supports.push({
          description: element.description,
          type: names.get(element.supportType) ?? element.supportType,
          intended: designed ? intendedOf(designed) : '',
          verdict: imp.verdict,
          frequency: imp.frequency ?? '',
          focus: imp.focus ?? '',
          text: imp.text,
          findings,
          quotes,
        });
      } else if (element.kind === 'practice') {
        const comparison = people.comparison(element.role);
        found.practices.push({
          role: rolePlural(element.role),
          description: element.description,
          target: element.target,
          frequencyChange: imp.frequency_change,
          qualityChange: imp.quality_change,
          comparison: comparison === NO_PREVIOUS_CYCLE ? null : comparison,
          text: imp.text,
          findings,
          quotes,
        });
      }
    }
    // A passage is quoted under the support or practice of its speaker's role group whose words it
    // shares most (a school leader's words never under the teachers' practice); failing one, apart.
    for (const { passage: p } of candidates) {
      if (quoted.has(p.excerptId) || quoted.has(p.quote)) continue;
      quoted.add(p.excerptId).add(p.quote);
      const excerpt = (await store.excerpts.byId(p.excerptId))!;
      const why = quoteWithheld({ quote: p.quote, role: p.role, shareable: excerpt.shareable_at !== null }, people.count(p.role), minimum, identifying);
      if (why) {
        if (excerpt.shareable_at !== null) withheld.push(`Quote withheld (${why}): “${p.quote}”`);
        continue;
      }
      const quote = { text: p.quote, attribution: attribution(p.role) };
      const words = wordsOf(p.quote);
      const mine = candidates.filter((c) => c.passage.excerptId === p.excerptId || c.passage.quote === p.quote).filter((c) => c.roles.includes(p.role));
      const best = [...new Set(mine.map((c) => placed.find((x) => x.quotes === c.quotes)!))].sort(
        (a, b) => overlap(b.words, words) - overlap(a.words, words),
      )[0];
      (best ? best.quotes : found.otherQuotes).push(quote);
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
        findings: cited.map((l) => state(l.citedId, l.label)),
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
  for (const [id, root] of [...traces.entries()].sort(([a], [b]) => numberOf(a) - numberOf(b)))
    inHouse.appendix.push({ number: numberOf(id), finding: oneLine(root.text), lines: traceLines(root).slice(1) });

  const sent = (await store.feedback.reports(req.partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id })).at(-1);
  const date = req.sending?.sentOn ?? [...dates].sort().at(-1)!.slice(0, 10);
  const text = (section: string) => narratives.get(section)?.text ?? '';
  const doc = buildFeedbackReport({
    partnership: partnership.name,
    district: scope.district.name,
    cycle: scope.cycle.label,
    date,
    strategies: out,
    sent: req.sending ? `sent to the district on ${req.sending.sentOn}` : '',
    version: req.sending
      ? `Version ${req.sending.number}, sent to the district on ${req.sending.sentOn}`
      : sent
        ? `Draft of version ${sent.number + 1}: version ${sent.number} was sent to the district on ${sent.sent_on}`
        : 'Draft: not yet sent to the district',
    narratives: { summary: text('summary'), introduction: text('introduction'), closing: text('closing') },
    withDesignAppendix: req.withDesignAppendix === true,
    inHouse: team ? inHouse : undefined,
  });
  // A last guard on what partners read, whatever an analyst typed into a finding, recommendation or narrative.
  if (!team) refuseNaming(identifying, textsOf(doc), 'the partner version');
  return doc;
}
