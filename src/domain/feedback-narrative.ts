import { invalid } from './errors.js';

/**
 * The sections of a district's feedback report that the team writes: a summary that opens it, an
 * introduction, a narrative for each strategy, and a closing. The rest of the report is generated.
 */
export const NARRATIVE_KINDS = ['summary', 'introduction', 'strategy', 'closing'] as const;
export type NarrativeKind = (typeof NARRATIVE_KINDS)[number];

export interface NarrativeSection {
  kind: NarrativeKind;
  /** A strategy's narrative names its strategy. */
  strategyId: string | null;
}

export const NARRATIVE_LABELS: Record<NarrativeKind, string> = {
  summary: 'Summary',
  introduction: 'Introduction',
  strategy: 'Strategy narrative',
  closing: 'Closing',
};

/** "summary", "introduction", "closing" or "strategy:stg_…", as the CLI and the API name a section. */
export function parseSection(value: string): NarrativeSection {
  const v = value.trim();
  const strategy = /^strategy:(\S+)$/.exec(v);
  if (strategy) return { kind: 'strategy', strategyId: strategy[1]! };
  if (v === 'summary' || v === 'introduction' || v === 'closing') return { kind: v, strategyId: null };
  throw invalid(`the section is one of: summary, introduction, closing, or strategy: followed by the strategy's ID (got "${v}")`, { field: 'section' });
}

export const sectionKey = (s: NarrativeSection): string => (s.kind === 'strategy' ? `strategy:${s.strategyId}` : s.kind);

export const NARRATIVE_MAX = 20_000;

/** A narrative's text: trimmed; may be empty (the section is then left out of the report), never too long. */
export function checkNarrativeText(text: string): string {
  const t = text.trim();
  if (t.length > NARRATIVE_MAX) throw invalid(`the narrative is longer than ${NARRATIVE_MAX.toLocaleString('en-US')} characters`, { field: 'text' });
  return t;
}
