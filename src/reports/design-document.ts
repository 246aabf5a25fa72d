import { ASSESSMENT_LABELS, ASSESSMENT_QUESTIONS, type AssessmentAspect } from '../domain/assessment.js';
import type { DesignContent, DesignSection } from '../domain/design-document.js';
import type { MemberCheckStatus } from '../domain/member-check.js';
import type { Block, ReportDocument } from './document.js';

/**
 * The District Design Document as a report: each strategy with its envisioned practices, intended
 * supports and accountability relations, in the district's own terms. The partner version is built
 * from the design content alone; only the team version is given (and shows) the in-house part.
 */
export interface Judgement {
  judgement: string;
  rationale: string;
  /** The framework's support types the rationale refers to. */
  frameworkRefs: { name: string; description: string }[];
}

export interface InHouse {
  coherence: Judgement | null;
  /** By section key (strategy ID). */
  strategies: Map<string, { instruction: Judgement | null; enablement: Judgement | null; evidence: string[] }>;
  /** What partner leaders said in the member check, by section key. */
  memberCheck: Map<string, string[]>;
}

export interface DesignReportInput {
  partnership: string;
  /** ISO date the document speaks for. */
  date: string;
  content: DesignContent;
  version: string;
  memberCheck: MemberCheckStatus;
  inHouse?: InHouse;
}

/** Where the member check stands, in the words of a reader of the document. */
export function memberCheckSentence(status: MemberCheckStatus): string {
  const responded = `${status.respondedFully} of ${status.recipients} responded`;
  switch (status.state) {
    case 'not sent':
      return "Not yet sent to the district's leaders to check.";
    case 'awaiting responses':
      return `Sent to the district's leaders to check; waiting for their responses (${responded}).`;
    case 'corrections to apply':
      return `Checked by the district's leaders; ${status.openCorrections === 1 ? 'one of their corrections is' : `${status.openCorrections} of their corrections are`} still to be made (${responded}).`;
    case 'confirmed':
      return `Checked and confirmed by the district's leaders (${responded}).`;
    case 'corrected':
      return `Checked by the district's leaders; their corrections are included (${responded}).`;
  }
}

/** "Riverton's", "Lakeside Public Schools'". */
const possessive = (name: string) => (/s$/.test(name) ? `${name}'` : `${name}'s`);

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** "quarterly in every school, by Leadership (supervisors)". */
const howOftenByWhom = (x: { frequency: string; provider: string }) => [x.frequency, x.provider && `by ${x.provider}`].filter(Boolean).join(', ') || '—';

/** A strategy as a district's documents show it: its goal, envisioned practices, intended supports and accountability relations. */
export function strategyBlocks(s: DesignSection): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: `${s.number}. ${s.name}` },
    { kind: 'field', label: 'Goal', text: s.goal },
  ];
  blocks.push({ kind: 'heading', level: 2, text: 'Envisioned practices' });
  blocks.push(
    s.practices.length
      ? {
          kind: 'table',
          caption: `Envisioned practices: ${s.name}`,
          columns: ['Role group', 'Practice', 'Target'],
          rows: s.practices.map((p) => [p.role, p.description, p.target || '—']),
        }
      : { kind: 'paragraph', text: 'No envisioned practices documented.', emphasis: 'note' },
  );
  blocks.push({ kind: 'heading', level: 2, text: 'Intended supports' });
  blocks.push(
    s.supports.length
      ? {
          kind: 'table',
          caption: `Intended supports: ${s.name}`,
          // Five columns at most, so that each is as wide as its longest word on a portrait page.
          columns: ['Support', 'Type', 'For', 'How often, by whom', 'With someone more expert'],
          rows: s.supports.map((x) => [x.description, x.type, x.rolesServed.join(', '), howOftenByWhom(x), yesNo(x.coParticipation)]),
        }
      : { kind: 'paragraph', text: 'No intended supports documented.', emphasis: 'note' },
  );
  blocks.push({ kind: 'heading', level: 2, text: 'Accountability relations' });
  blocks.push(
    s.accountability.length
      ? {
          kind: 'table',
          caption: `Accountability relations: ${s.name}`,
          columns: ['Who', 'Holds accountable', 'For'],
          rows: s.accountability.map((a) => [a.holder, a.held, a.description]),
        }
      : { kind: 'paragraph', text: 'No accountability relations documented.', emphasis: 'note' },
  );
  return blocks;
}

function judgementBlocks(aspect: AssessmentAspect, j: Judgement | null): Block[] {
  const question: Block = { kind: 'paragraph', text: ASSESSMENT_QUESTIONS[aspect], emphasis: 'note' };
  if (!j) return [question, { kind: 'field', label: ASSESSMENT_LABELS[aspect], text: 'not yet assessed' }];
  const blocks: Block[] = [question, { kind: 'field', label: ASSESSMENT_LABELS[aspect], text: j.judgement }, { kind: 'paragraph', text: j.rationale }];
  if (j.frameworkRefs.length) blocks.push({ kind: 'list', ordered: false, items: j.frameworkRefs.map((r) => `Framework: ${r.name}. ${r.description}`) });
  return blocks;
}

export function buildDesignDocument(input: DesignReportInput): ReportDocument {
  const { content, inHouse } = input;
  const team = inHouse !== undefined;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'About this document' },
    {
      kind: 'paragraph',
      text: `This document sets out ${possessive(content.district)} improvement strategies for ${content.cycle} as the research team understood them from conversations with district leaders and from district documents: for each strategy, what each role group is expected to come to do (envisioned practices), the supports the district intends to provide, and who holds whom accountable, for what. It is written in the district's own terms so that district leaders can confirm or correct it.`,
    },
    { kind: 'field', label: 'Member check', text: memberCheckSentence(input.memberCheck) },
  ];
  if (team) {
    blocks.push({ kind: 'heading', level: 1, text: 'In-house assessment: coherence of the strategies' });
    blocks.push({ kind: 'paragraph', text: 'In-house: the team’s assessment below is never shared with the district.', emphasis: 'note' });
    blocks.push(...judgementBlocks('coherence', inHouse.coherence));
  }
  if (content.sections.length === 0) blocks.push({ kind: 'paragraph', text: 'No strategies are documented yet.', emphasis: 'note' });
  for (const section of content.sections) {
    blocks.push(...strategyBlocks(section));
    if (!team) continue;
    const mine = inHouse.strategies.get(section.key);
    blocks.push({ kind: 'heading', level: 2, text: 'In-house assessment' });
    blocks.push(...judgementBlocks('instruction', mine?.instruction ?? null), ...judgementBlocks('enablement', mine?.enablement ?? null));
    blocks.push({ kind: 'heading', level: 3, text: 'Evidence' });
    blocks.push(
      mine?.evidence.length ? { kind: 'list', ordered: false, items: mine.evidence } : { kind: 'paragraph', text: 'No evidence cited.', emphasis: 'note' },
    );
    const said = inHouse.memberCheck.get(section.key);
    if (said?.length) {
      blocks.push({ kind: 'heading', level: 3, text: 'Member check responses' });
      blocks.push({ kind: 'list', ordered: false, items: said });
    }
  }
  return {
    title: 'District Design Document',
    subtitle: `${content.district}, ${content.cycle}`,
    partnership: input.partnership,
    date: input.date,
    audience: team ? 'team' : 'partner',
    notice: team ? 'In-house: includes the research team’s assessment; not for distribution' : `Shared with ${content.district}`,
    version: input.version,
    blocks,
  };
}
