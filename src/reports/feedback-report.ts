import type { DesignSection } from '../domain/design-document.js';
import type { Block, ReportDocument } from './document.js';
import { strategyBlocks } from './design-document.js';

/**
 * The District Feedback and Recommendations Report, organised by the district's own strategies:
 * for each, the envisioned practices, the intended supports and accountability relations, what was
 * found, why, and the recommendations. The partner version is built from what is shared; only the
 * team version is given the in-house part and the evidence appendix.
 */
export interface FoundSupport {
  description: string;
  verdict: string;
  frequency: string;
  focus: string;
  text: string;
  findings: string[];
}

export interface FoundPractice {
  role: string;
  description: string;
  change: string;
  /** e.g. "compared for 6 teachers interviewed in both cycles". */
  comparison: string;
  text: string;
  findings: string[];
}

export interface FeedbackStrategy {
  section: DesignSection;
  supports: FoundSupport[];
  practices: FoundPractice[];
  explanations: { learningOpportunities: string; press: string; text: string; framework: string[]; findings: string[] }[];
  recommendations: { text: string; rationale: string }[];
  quotes: { text: string; attribution: string }[];
}

export interface InHouseFeedback {
  /** By strategy key: the in-house assessment the explanations drew on, and the conjectures behind each recommendation. */
  strategies: Map<string, { assessments: string[]; conjectures: string[][]; withheldQuotes: string[] }>;
  /** Each finding cited, traced down to its passages, as lines of an outline. */
  appendix: { finding: string; lines: string[] }[];
}

export interface FeedbackReportInput {
  partnership: string;
  district: string;
  cycle: string;
  date: string;
  strategies: FeedbackStrategy[];
  sent: string;
  inHouse?: InHouseFeedback | undefined;
}

function foundBlocks(s: FeedbackStrategy): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'What we found' }];
  if (s.supports.length === 0 && s.practices.length === 0) blocks.push({ kind: 'paragraph', text: 'Not yet assessed.', emphasis: 'note' });
  for (const x of s.supports) {
    blocks.push({ kind: 'heading', level: 3, text: x.description });
    blocks.push({ kind: 'field', label: 'Implementation', text: [x.verdict, x.frequency, x.focus && `focus: ${x.focus}`].filter(Boolean).join('; ') });
    blocks.push({ kind: 'paragraph', text: x.text });
    if (x.findings.length) blocks.push({ kind: 'list', ordered: false, items: x.findings });
  }
  for (const p of s.practices) {
    blocks.push({ kind: 'heading', level: 3, text: `${p.role}: ${p.description}` });
    blocks.push({ kind: 'field', label: 'Since last year', text: [p.change, p.comparison].filter(Boolean).join('; ') });
    blocks.push({ kind: 'paragraph', text: p.text });
    if (p.findings.length) blocks.push({ kind: 'list', ordered: false, items: p.findings });
  }
  for (const q of s.quotes) blocks.push({ kind: 'quote', text: q.text, attribution: q.attribution });
  return blocks;
}

function whyBlocks(s: FeedbackStrategy): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: 'Why' }];
  if (s.explanations.length === 0) blocks.push({ kind: 'paragraph', text: 'No explanation written yet.', emphasis: 'note' });
  for (const e of s.explanations) {
    blocks.push({ kind: 'paragraph', text: e.text });
    if (e.learningOpportunities) blocks.push({ kind: 'field', label: 'Learning opportunities afforded', text: e.learningOpportunities });
    if (e.press) blocks.push({ kind: 'field', label: 'Press afforded', text: e.press });
    if (e.framework.length) blocks.push({ kind: 'field', label: 'Types of support (interpretive framework)', text: e.framework.join('; ') });
    if (e.findings.length) blocks.push({ kind: 'field', label: 'Based on the findings', text: e.findings.join(' ') });
  }
  return blocks;
}

export function buildFeedbackReport(input: FeedbackReportInput): ReportDocument {
  const team = input.inHouse !== undefined;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'About this report' },
    {
      kind: 'paragraph',
      text: `This report gives ${input.district} the research team's feedback for ${input.cycle}, organised by the district's own strategies. For each strategy it recalls what each role group was expected to come to do, the supports the district intended and who holds whom accountable; then what the interviews found about how the supports were implemented and how practice changed since the previous year; why, in terms of the learning opportunities and press the supports afforded; and recommendations. The recommendations are proposals for discussion: the district decides what to do.`,
    },
    { kind: 'field', label: 'Sent', text: input.sent },
  ];
  for (const s of input.strategies) {
    blocks.push(...strategyBlocks(s.section), ...foundBlocks(s), ...whyBlocks(s));
    blocks.push({ kind: 'heading', level: 2, text: 'Recommendations' });
    if (s.recommendations.length === 0) blocks.push({ kind: 'paragraph', text: 'No recommendations for this strategy.', emphasis: 'note' });
    else blocks.push({ kind: 'list', ordered: true, items: s.recommendations.map((r) => (r.rationale ? `${r.text} (${r.rationale})` : r.text)) });
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
  if (input.inHouse) {
    blocks.push({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: 'Evidence appendix (in-house)' });
    blocks.push({
      kind: 'paragraph',
      text: 'Each finding the report rests on, traced through the claims and interview summary forms to the transcript passages.',
      emphasis: 'note',
    });
    if (input.inHouse.appendix.length === 0) blocks.push({ kind: 'paragraph', text: 'No findings cited.', emphasis: 'note' });
    for (const a of input.inHouse.appendix) {
      blocks.push({ kind: 'heading', level: 2, text: a.finding });
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
    version: input.sent,
    blocks,
  };
}
