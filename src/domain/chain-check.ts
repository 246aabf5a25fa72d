import { CITES, type CitingKind, KIND_LABELS } from './evidence.js';

/**
 * Trackability: a finding stands only if it can be followed down, through claims and ISF entries,
 * to transcript passages. This finds every item whose chain is broken (it cites nothing, or rests
 * on retired or broken evidence) and every item to review (it rests on a passage of a transcript
 * that has since been corrected).
 */
export interface ChainItem {
  id: string;
  kind: CitingKind;
  label: string;
  /** For an ISF entry: the interview whose form holds it, where it is mended. */
  interviewId?: string;
}

export interface ChainLink {
  citingId: string;
  citedId: string;
}

export interface CitedEvidenceState {
  retired: boolean;
  /** For excerpts: the transcript was corrected after the passage was cited. */
  superseded?: boolean;
}

export type ChainSeverity = 'broken' | 'review';

/** What a district's design rests on is checked too: strategies and their elements cite passages and artifacts. */
export type DesignItemKind = 'strategy' | 'strategyElement';

export interface ChainIssue extends ChainItem {
  severity: ChainSeverity;
  reasons: string[];
}

/** What `warrant check` reports: an item of the analysis, or of a district's design. */
export interface CheckIssue extends Omit<ChainIssue, 'kind'> {
  kind: CitingKind | DesignItemKind;
}

export interface DesignEvidence {
  citingId: string;
  citedKind: 'excerpt' | 'artifact';
  citedId: string;
  /** Undefined when the cited record does not exist. */
  state: CitedEvidenceState | undefined;
}

/**
 * Strategies and elements resting on evidence withdrawn since (a retired passage or artifact) are
 * broken; those resting on a passage of a transcript corrected since are to review.
 */
export function checkDesignEvidence(items: readonly { id: string; kind: DesignItemKind; label: string }[], evidence: readonly DesignEvidence[]): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const item of items) {
    const broken: string[] = [];
    const review: string[] = [];
    for (const e of evidence.filter((x) => x.citingId === item.id)) {
      const what = e.citedKind === 'excerpt' ? 'passage' : 'artifact';
      if (!e.state) broken.push(`cites ${what} ${e.citedId}, which does not exist`);
      else if (e.state.retired) broken.push(`cites ${what} ${e.citedId}, which was retired`);
      else if (e.state.superseded) review.push(`cites ${what} ${e.citedId}, a passage of a transcript corrected since`);
    }
    if (broken.length) issues.push({ ...item, severity: 'broken', reasons: broken });
    else if (review.length) issues.push({ ...item, severity: 'review', reasons: review });
  }
  return issues;
}

export interface ChainSnapshot {
  /** Live (not retired) ISF entries, claims and findings. */
  items: readonly ChainItem[];
  /** Live citations. */
  links: readonly ChainLink[];
  /** Retirement state of everything that can be cited (excerpts, entries, claims), live or not. */
  evidence: ReadonlyMap<string, CitedEvidenceState>;
  /** Citations that break the chain's scope rules (evidence from another school, cycle, …), by citing item. */
  outOfScope?: ReadonlyMap<string, string[]>;
}

const ORDER: Record<CitingKind, number> = { finding: 0, claim: 1, isfEntry: 2 };

export function checkChains(snapshot: ChainSnapshot): ChainIssue[] {
  const cited = new Map<string, string[]>();
  for (const l of snapshot.links) {
    const list = cited.get(l.citingId) ?? [];
    list.push(l.citedId);
    cited.set(l.citingId, list);
  }
  const items = new Map(snapshot.items.map((i) => [i.id, i]));
  const results = new Map<string, ChainIssue | null>();

  const visit = (item: ChainItem): ChainIssue | null => {
    if (results.has(item.id)) return results.get(item.id)!;
    const what = KIND_LABELS[CITES[item.kind]]!;
    const broken: string[] = [];
    const review: string[] = [];
    const targets = cited.get(item.id) ?? [];
    if (targets.length === 0) broken.push(`cites no ${what}`);
    broken.push(...(snapshot.outOfScope?.get(item.id) ?? []));
    for (const target of targets) {
      const state = snapshot.evidence.get(target);
      if (!state) broken.push(`cites ${what} ${target}, which does not exist`);
      else if (state.retired) broken.push(`cites ${what} ${target}, which was retired`);
      else if (state.superseded) review.push(`cites ${what} ${target}, a passage of a transcript corrected since`);
      const below = items.get(target);
      const issue = below && !state?.retired ? visit(below) : null;
      if (issue?.severity === 'broken') broken.push(`rests on ${what} ${target}, whose chain is broken`);
      else if (issue?.severity === 'review') review.push(`rests on ${what} ${target}, which needs review`);
    }
    const issue: ChainIssue | null = broken.length
      ? { ...item, severity: 'broken', reasons: broken }
      : review.length
        ? { ...item, severity: 'review', reasons: review }
        : null;
    results.set(item.id, issue);
    return issue;
  };

  return snapshot.items
    .map(visit)
    .filter((i): i is ChainIssue => i !== null)
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.id.localeCompare(b.id));
}
