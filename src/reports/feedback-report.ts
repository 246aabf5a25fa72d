import type { DesignSection } from '../domain/design-document.js';
import type { PracticeChange, QualityChange, SupportVerdict } from '../domain/implementation.js';
import { holds } from '../domain/strategy.js';
import type { Block, ReportDocument } from './document.js';
import { strategyBlocks } from './design-document.js';

/**
 * The District Feedback and Recommendations Report. It opens with the summary the team wrote and
 * an overview of what was intended and what was found, element by element; then, for each of the
 * district's strategies, a brief reminder of its design, what was found (each finding stated once,
 * numbered, and referred to by its number), why, and the recommendations. Quotes stand under the
 * support or practice they illustrate, each quoted once. The design's tables may follow in an
 * appendix. The partner version is built from what is shared; only the team version is given the
 * in-house part and the evidence appendix, with the stance of every citation in it.
 */
export interface PlacedQuote {
  text: string;
  attribution: string;
}

export interface FoundSupport {
  description: string;
  /** The type of support, as the interpretive framework names it. */
  type: string;
  /** What the design intended: how often, for whom. */
  intended: string;
  verdict: SupportVerdict | null;
  frequency: string;
  focus: string;
  text: string;
  /** The numbers of the findings it rests on. */
  findings: number[];
  quotes: PlacedQuote[];
}

export interface FoundPractice {
  /** The role group, plural ("School leaders"). */
  role: string;
  description: string;
  target: string;
  frequencyChange: PracticeChange | null;
  qualityChange: QualityChange | null;
  /** How the change was compared (e.g. "compared for the 6 teachers interviewed in both cycles"); null in the first year looked at. */
  comparison: string | null;
  text: string;
  findings: number[];
  quotes: PlacedQuote[];
}

export interface ReportFinding {
  number: number;
  text: string;
}

export interface FeedbackStrategy {
  section: DesignSection;
  /** What the team wrote about this strategy; '' when nothing. */
  narrative: string;
  /** The findings stated under this strategy: those it is the first to rest on. */
  findings: ReportFinding[];
  supports: FoundSupport[];
  practices: FoundPractice[];
  explanations: { learningOpportunities: string; press: string; text: string; framework: string[]; findings: number[] }[];
  recommendations: { text: string; rationale: string }[];
  /** Quotes under this strategy's findings from a role group none of its assessed supports or practices concern. */
  otherQuotes: PlacedQuote[];
}

export interface InHouseFeedback {
  /** By strategy key: the in-house assessment the explanations drew on, and the conjectures behind each recommendation. */
  strategies: Map<string, { assessments: string[]; conjectures: string[][]; withheldQuotes: string[] }>;
  /** Each finding cited, traced down to its passages (each line saying whether it supports or contradicts the one above), as lines of an outline. */
  appendix: { number: number; finding: string; lines: string[] }[];
}

export interface FeedbackReportInput {
  partnership: string;
  district: string;
  cycle: string;
  date: string;
  strategies: FeedbackStrategy[];
  /** When the report was sent, as the report says it ("sent to the district on 2011-05-20"); '' in a draft. */
  sent: string;
  /** Which version this is, as the cover says it ("Version 1, sent to the district on 2011-05-20", or a draft's). */
  version: string;
  /** The sections the team wrote; '' when not written. */
  narratives: { summary: string; introduction: string; closing: string };
  withDesignAppendix?: boolean;
  inHouse?: InHouseFeedback | undefined;
}

const VERDICT_SENTENCES: Record<SupportVerdict, string> = {
  'as intended': 'was implemented as intended',
  partly: 'was partly implemented',
  differently: 'was implemented, but differently from what was intended',
  not: 'was not implemented',
};

const VERDICT_SHORT: Record<SupportVerdict, string> = {
  'as intended': 'Implemented as intended',
  partly: 'Partly implemented',
  differently: 'Implemented differently from what was intended',
  not: 'Not implemented',
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** "Finding 2", "Findings 1 and 3", "Findings 1, 2 and 4". */
export function findingsRef(numbers: readonly number[]): string {
  const n = [...new Set(numbers)].sort((a, b) => a - b);
  if (n.length === 1) return `Finding ${n[0]}`;
  return `Findings ${n.slice(0, -1).join(', ')} and ${n.at(-1)}`;
}

/** How an intended support was implemented, as a sentence. */
export function supportSentence(x: Pick<FoundSupport, 'verdict' | 'frequency' | 'focus'>): string {
  if (!x.verdict) return 'Whether this support was implemented has not been assessed yet.';
  // What did not happen has no frequency or focus to tell.
  if (x.verdict === 'not') return `This support ${VERDICT_SENTENCES.not}.`;
  const often = x.frequency.trim() ? ` (${x.frequency.trim()})` : '';
  const focus = x.focus.trim() ? `, with a focus on ${x.focus.trim()}` : '';
  return `This support ${VERDICT_SENTENCES[x.verdict]}${often}${focus}.`;
}

const OFTEN: Record<PracticeChange, string | null> = {
  increased: 'more often than last year',
  unchanged: 'as often as last year',
  decreased: 'less often than last year',
  'not known': null,
};
const QUALITY: Record<QualityChange, string | null> = {
  improved: 'the quality of this practice improved',
  unchanged: 'its quality did not change',
  declined: 'its quality declined',
  'not known': null,
};

/** How an envisioned practice changed since last year, as a sentence; or that this is the first year it was looked at. */
export function practiceSentence(p: Pick<FoundPractice, 'role' | 'frequencyChange' | 'qualityChange' | 'comparison'>): string {
  if (p.comparison === null || (p.frequencyChange === null && p.qualityChange === null)) return 'This is the first year we looked at this practice.';
  const often = p.frequencyChange && OFTEN[p.frequencyChange];
  const quality = p.qualityChange && QUALITY[p.qualityChange];
  const compared = p.comparison ? ` (${p.comparison})` : '';
  if (!often && !quality) return `We could not tell whether this practice changed since last year, either in how often or in how well it is done${compared}.`;
  if (often && quality) return `${p.role} do this ${often}, and ${quality}${compared}.`;
  if (often) return `${p.role} do this ${often}; we could not tell whether its quality changed${compared}.`;
  return `We could not tell whether ${p.role.toLowerCase()} do this more or less often than last year, but ${quality}${compared}.`;
}

function practiceShort(p: FoundPractice): string {
  if (p.comparison === null || (p.frequencyChange === null && p.qualityChange === null)) return 'First year looked at';
  const often = p.frequencyChange && OFTEN[p.frequencyChange];
  const quality = p.qualityChange && QUALITY[p.qualityChange];
  return capitalised([often ? `done ${often}` : 'change in frequency not known', quality ?? 'change in quality not known'].join('; '));
}

/** One table across the strategies: each intended support and envisioned practice, what was intended and what was found. */
function overviewBlocks(input: FeedbackReportInput): Block[] {
  const rows: string[][] = [];
  for (const s of input.strategies) {
    const name = `${s.section.number}. ${s.section.name}`;
    const assessedSupports = new Set(s.supports.map((x) => x.description));
    const assessedPractices = new Set(s.practices.map((p) => `${p.role}\n${p.description}`));
    for (const x of s.supports) rows.push([name, `Support: ${x.description}`, x.intended, x.verdict ? VERDICT_SHORT[x.verdict] : 'Not yet assessed']);
    for (const x of s.section.supports)
      if (!assessedSupports.has(x.description)) rows.push([name, `Support: ${x.description}`, intendedOf(x), 'Not yet assessed']);
    for (const p of s.practices) rows.push([name, `${p.role}: ${p.description}`, p.target || 'No target stated', practiceShort(p)]);
    for (const p of s.section.practices)
      if (!assessedPractices.has(`${p.role}\n${p.description}`))
        rows.push([name, `${p.role}: ${p.description}`, p.target || 'No target stated', 'Not yet assessed']);
  }
  if (rows.length === 0) return [{ kind: 'paragraph', text: 'No supports or practices are documented yet.', emphasis: 'note' }];
  return [
    {
      kind: 'table',
      caption: 'Intended and implemented: each support and envisioned practice',
      columns: ['Strategy', 'Support or practice', 'Intended', 'What we found'],
      rows,
    },
  ];
}

/** "monthly, for school leaders". */
export function intendedOf(x: DesignSection['supports'][number]): string {
  const who = x.rolesServed.length ? `for ${x.rolesServed.join(', ').toLowerCase()}` : '';
  return capitalised([x.frequency, who].filter(Boolean).join(', ') || 'No frequency stated');
}

/** The strategy's design in brief: its goal and one line for each element, the full tables being the design document's (or the appendix). */
function designReminder(s: DesignSection, appendix: boolean): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'The strategy in brief' },
    { kind: 'paragraph', text: `The goal of this strategy: ${sentence(s.goal.charAt(0).toLowerCase() + s.goal.slice(1))}` },
  ];
  if (s.practices.length) {
    blocks.push({ kind: 'paragraph', text: 'What each role group was to come to do:' });
    blocks.push({
      kind: 'list',
      ordered: false,
      items: s.practices.map((p) => `${p.role}: ${sentence(p.description.charAt(0).toLowerCase() + p.description.slice(1))}`),
    });
  }
  if (s.supports.length) {
    blocks.push({ kind: 'paragraph', text: 'The supports the district intended:' });
    blocks.push({ kind: 'list', ordered: false, items: s.supports.map((x) => sentence(x.description)) });
  }
  if (s.accountability.length) {
    blocks.push({ kind: 'paragraph', text: 'Who holds whom accountable:' });
    blocks.push({
      kind: 'list',
      ordered: false,
      items: s.accountability.map((a) => sentence(`${holds(a.holder)} ${a.held} accountable for ${a.description}`)),
    });
  }
  if (appendix) blocks.push({ kind: 'paragraph', text: 'The design document’s tables for this strategy are in the appendix.', emphasis: 'note' });
  return blocks;
}

const quoteBlocks = (quotes: readonly PlacedQuote[]): Block[] => quotes.map((q) => ({ kind: 'quote', text: q.text, attribution: q.attribution }));

function foundBlocks(s: FeedbackStrategy): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'What we found' }];
  if (s.supports.length === 0 && s.practices.length === 0 && s.findings.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'We have not yet assessed how this strategy was implemented.', emphasis: 'note' });
    return blocks;
  }
  if (s.findings.length) blocks.push({ kind: 'list', ordered: false, items: s.findings.map((f) => `Finding ${f.number}. ${sentence(f.text)}`) });
  const seeAlso = (numbers: number[]): Block[] => (numbers.length ? [{ kind: 'paragraph', text: `See ${findingsRef(numbers)}.`, emphasis: 'note' }] : []);
  for (const x of s.supports) {
    blocks.push({ kind: 'heading', level: 3, text: `${x.description} (${x.type.toLowerCase()})` });
    blocks.push({ kind: 'paragraph', text: `${supportSentence(x)} ${sentence(x.text)}` });
    blocks.push(...seeAlso(x.findings), ...quoteBlocks(x.quotes));
  }
  for (const p of s.practices) {
    blocks.push({ kind: 'heading', level: 3, text: `${p.role}: ${p.description}` });
    blocks.push({ kind: 'paragraph', text: `${practiceSentence(p)} ${sentence(p.text)}` });
    blocks.push(...seeAlso(p.findings), ...quoteBlocks(p.quotes));
  }
  if (s.otherQuotes.length) {
    blocks.push({ kind: 'heading', level: 3, text: 'What others told us' });
    blocks.push(...quoteBlocks(s.otherQuotes));
  }
  return blocks;
}

function whyBlocks(s: FeedbackStrategy): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Why' }];
  if (s.explanations.length === 0) blocks.push({ kind: 'paragraph', text: 'We have not yet written why.', emphasis: 'note' });
  for (const e of s.explanations) {
    blocks.push({ kind: 'paragraph', text: sentence(e.text) });
    if (e.learningOpportunities)
      blocks.push({ kind: 'field', label: 'The opportunities to learn the supports offered', text: sentence(e.learningOpportunities) });
    if (e.press) blocks.push({ kind: 'field', label: 'The press the supports and accountability exerted', text: sentence(e.press) });
    const types = e.framework.map((t) => t.toLowerCase());
    if (types.length)
      blocks.push({
        kind: 'paragraph',
        text: `In the terms of the interpretive framework, this concerns ${types.length === 1 ? types[0] : `${types.slice(0, -1).join(', ')} and ${types.at(-1)}`}.`,
      });
    if (e.findings.length) blocks.push({ kind: 'paragraph', text: `This rests on ${findingsRef(e.findings)}.`, emphasis: 'note' });
  }
  return blocks;
}

/** Headings of the design tables one level down, so that they sit under the appendix. */
const inAppendix = (blocks: Block[]): Block[] => blocks.map((b) => (b.kind === 'heading' ? { ...b, level: b.level === 1 ? 2 : 3 } : b));

export function buildFeedbackReport(input: FeedbackReportInput): ReportDocument {
  const team = input.inHouse !== undefined;
  const { narratives } = input;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: 'Summary' }];
  if (narratives.summary) blocks.push(...paragraphs(narratives.summary));
  else if (team) blocks.push({ kind: 'paragraph', text: 'The team has not written the summary yet.', emphasis: 'note' });
  blocks.push({ kind: 'heading', level: 2, text: 'At a glance: what was intended and what we found' }, ...overviewBlocks(input));

  blocks.push({ kind: 'heading', level: 1, text: 'About this report' });
  if (narratives.introduction) blocks.push(...paragraphs(narratives.introduction));
  blocks.push({
    kind: 'paragraph',
    text: `This report gives ${input.district} the research team's feedback for ${input.cycle}, organised by the district's own strategies. For each strategy it recalls the design briefly, then says what the interviews found about how the supports were implemented and how practice changed since the previous year, why, in terms of the learning opportunities and press the supports afforded, and what we recommend. Each finding is stated once, numbered, and referred to by its number. The recommendations are proposals for discussion: the district decides what to do.`,
  });
  if (input.sent) blocks.push({ kind: 'paragraph', text: `This report was ${input.sent}.` });

  for (const s of input.strategies) {
    blocks.push({ kind: 'heading', level: 1, text: `${s.section.number}. ${s.section.name}` });
    if (s.narrative) blocks.push(...paragraphs(s.narrative));
    blocks.push(...designReminder(s.section, input.withDesignAppendix === true), ...foundBlocks(s), ...whyBlocks(s));
    blocks.push({ kind: 'heading', level: 2, text: 'Recommendations' });
    if (s.recommendations.length === 0) blocks.push({ kind: 'paragraph', text: 'We make no recommendations for this strategy this year.', emphasis: 'note' });
    else
      blocks.push({
        kind: 'list',
        ordered: true,
        items: s.recommendations.map((r) => (r.rationale ? `${sentence(r.text)} Why: ${sentence(r.rationale)}` : r.text)),
      });
    const mine = input.inHouse?.strategies.get(s.section.key);
    if (mine) {
      blocks.push({ kind: 'heading', level: 2, text: 'In-house: the basis of the explanations and recommendations' });
      blocks.push({ kind: 'paragraph', text: 'In-house: never shared with the district.', emphasis: 'note' });
      if (mine.assessments.length) blocks.push({ kind: 'field', label: 'Autumn assessment drawn on', text: mine.assessments.join(' ') });
      mine.conjectures.forEach((c, i) =>
        blocks.push({ kind: 'field', label: `Recommendation ${i + 1} rests on`, text: c.length ? c.join(' | ') : 'no conjecture' }),
      );
      if (mine.withheldQuotes.length) blocks.push({ kind: 'list', ordered: false, items: mine.withheldQuotes });
    }
  }
  if (narratives.closing) blocks.push({ kind: 'heading', level: 1, text: 'Closing' }, ...paragraphs(narratives.closing));

  if (input.withDesignAppendix) {
    blocks.push({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: 'Appendix: the design of each strategy' });
    blocks.push({
      kind: 'paragraph',
      text: 'The envisioned practices, intended supports and accountability relations of each strategy, as the design document sets them out.',
      emphasis: 'note',
    });
    for (const s of input.strategies) blocks.push(...inAppendix(strategyBlocks(s.section)));
  }
  if (input.inHouse) {
    blocks.push({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: 'Evidence appendix (in-house)' });
    blocks.push({
      kind: 'paragraph',
      text: 'Each finding the report rests on, traced through the claims and interview summary forms to the transcript passages. Each line says whether it supports or contradicts the line above it.',
      emphasis: 'note',
    });
    if (input.inHouse.appendix.length === 0) blocks.push({ kind: 'paragraph', text: 'No findings cited.', emphasis: 'note' });
    for (const a of input.inHouse.appendix) {
      blocks.push({ kind: 'heading', level: 2, text: `Finding ${a.number}. ${a.finding}` });
      blocks.push({ kind: 'list', ordered: false, items: a.lines });
    }
  }
  return {
    title: 'District Feedback and Recommendations Report',
    subtitle: `${input.district}, ${input.cycle}`,
    partnership: input.partnership,
    date: input.date,
    audience: team ? 'team' : 'partner',
    notice: team ? 'In-house: includes the evidence appendix and the team’s assessment; not for distribution' : `Shared with ${input.district}`,
    version: input.version,
    blocks,
  };
}

/** A narrative as the team wrote it: one paragraph for each run of lines between blank lines. */
function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', text: p }));
}
