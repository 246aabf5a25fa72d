import { CITES, type CitingKind } from './evidence.js';
import { KIND_LABELS } from './record-kinds.js';

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

/** Where a reason is mended: the record to open (an ISF entry or passage on its interview's page). */
export interface MendAt {
  kind: CitingKind | 'excerpt';
  id: string;
  interviewId?: string;
}

/** A reason in words, with where it is mended. */
export interface ChainReason {
  text: string;
  mendAt?: MendAt;
}

export interface ChainIssue extends ChainItem {
  severity: ChainSeverity;
  reasons: string[];
  /** The reasons in words (no IDs), each with where it is mended. */
  why?: ChainReason[];
}

/** Statements of a district's feedback report: what the district reads, and what it rests on. */
export type ReportItemKind = 'implementation' | 'explanation' | 'recommendation';

/** What `warrant check` reports: an item of the analysis, of a district's design, or of a feedback report already sent. */
export interface CheckIssue extends Omit<ChainIssue, 'kind'> {
  kind: CitingKind | DesignItemKind | ReportItemKind;
  /** For a statement of a feedback report: the district and cycle whose feedback holds it. */
  district?: string;
  cycle?: string;
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
    const brokenWhy: ChainReason[] = [];
    const reviewWhy: ChainReason[] = [];
    for (const e of evidence.filter((x) => x.citingId === item.id)) {
      const what = e.citedKind === 'excerpt' ? 'passage' : 'artifact';
      const inWords = e.citedKind === 'excerpt' ? 'a passage' : "a district's document";
      if (!e.state) {
        broken.push(`cites ${what} ${e.citedId}, which does not exist`);
        brokenWhy.push({ text: `cites ${inWords} that does not exist: remove it from the strategy and cite another` });
      } else if (e.state.retired) {
        broken.push(`cites ${what} ${e.citedId}, which was retired`);
        brokenWhy.push({ text: `cites ${inWords} that was withdrawn: remove it from the strategy and cite another` });
      } else if (e.state.superseded) {
        review.push(`cites ${what} ${e.citedId}, a passage of a transcript corrected since`);
        reviewWhy.push({ text: 'cites a passage of a transcript corrected since: keep, re-anchor or withdraw the passage (Passages to review, above)' });
      }
    }
    if (broken.length) issues.push({ ...item, severity: 'broken', reasons: broken, why: brokenWhy });
    else if (review.length) issues.push({ ...item, severity: 'review', reasons: review, why: reviewWhy });
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
  /** How cited records are named in words ("a passage of Ms. Rivera's interview (T-014)"), and where they are mended. */
  described?: ReadonlyMap<string, { words: string; interviewId?: string }>;
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
    const citedKind = CITES[item.kind];
    const what = KIND_LABELS[citedKind];
    const self: MendAt = { kind: item.kind, id: item.id, ...(item.interviewId && { interviewId: item.interviewId }) };
    const words = (target: string) => {
      const d = snapshot.described?.get(target);
      const named = items.get(target);
      return d?.words ?? (named ? `the ${what} “${named.label}”` : citedKind === 'excerpt' ? 'a passage' : `${citedKind === 'isfEntry' ? 'an' : 'a'} ${what}`);
    };
    const at = (target: string): MendAt => {
      const d = snapshot.described?.get(target);
      const named = items.get(target);
      const interviewId = d?.interviewId ?? named?.interviewId;
      return { kind: citedKind, id: target, ...(interviewId && { interviewId }) };
    };
    const broken: string[] = [];
    const review: string[] = [];
    const brokenWhy: ChainReason[] = [];
    const reviewWhy: ChainReason[] = [];
    const targets = cited.get(item.id) ?? [];
    if (targets.length === 0) {
      broken.push(`cites no ${what}`);
      brokenWhy.push({ text: `cites no ${citedKind === 'excerpt' ? 'passage' : what}: cite what it rests on`, mendAt: self });
    }
    for (const reason of snapshot.outOfScope?.get(item.id) ?? []) {
      broken.push(reason);
      brokenWhy.push({ text: reason.replace(/ \b[a-z]{3}_[A-Za-z0-9]+\b/g, ''), mendAt: self });
    }
    for (const target of targets) {
      const state = snapshot.evidence.get(target);
      if (!state) {
        broken.push(`cites ${what} ${target}, which does not exist`);
        brokenWhy.push({ text: `cites ${words(target)} that does not exist: cite a new source`, mendAt: self });
      } else if (state.retired) {
        broken.push(`cites ${what} ${target}, which was retired`);
        brokenWhy.push({ text: `cites ${words(target)}, which was withdrawn: it needs a new source`, mendAt: self });
      } else if (state.superseded) {
        review.push(`cites ${what} ${target}, a passage of a transcript corrected since`);
        reviewWhy.push({ text: `cites ${words(target)} whose transcript was corrected since: keep, re-anchor or withdraw the passage`, mendAt: at(target) });
      }
      const below = items.get(target);
      const issue = below && !state?.retired ? visit(below) : null;
      if (issue?.severity === 'broken') {
        broken.push(`rests on ${what} ${target}, whose chain is broken`);
        brokenWhy.push({ text: `rests on ${words(target)}, whose chain is broken`, mendAt: at(target) });
      } else if (issue?.severity === 'review') {
        review.push(`rests on ${what} ${target}, which needs review`);
        reviewWhy.push({ text: `rests on ${words(target)}, which needs review`, mendAt: at(target) });
      }
    }
    const issue: ChainIssue | null = broken.length
      ? { ...item, severity: 'broken', reasons: broken, why: brokenWhy }
      : review.length
        ? { ...item, severity: 'review', reasons: review, why: reviewWhy }
        : null;
    results.set(item.id, issue);
    return issue;
  };

  return snapshot.items
    .map(visit)
    .filter((i): i is ChainIssue => i !== null)
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.id.localeCompare(b.id));
}

/** A feedback report the district has: when it was sent, and the statements it holds (as they stand now). */
export interface SentReport {
  /** From this moment on the district had the report: what was retired since was in it as sent. */
  sentAt: string;
  /** The date the team recorded for the sending. */
  sentOn: string;
  district: string;
  cycle: string;
  statements: readonly { id: string; kind: ReportItemKind; label: string }[];
}

/** That a record rests on another: an evidence link or a citation, and when it was withdrawn, if it was. */
export interface RestingOn {
  citingId: string;
  citedId: string;
  retiredAt: string | null;
}

/** A record a statement may rest on (a finding, claim, ISF entry, passage, conjecture, explanation), and when it was retired. */
export interface WithdrawableRecord {
  what: string;
  retiredAt: string | null;
}

/**
 * From when the district had a report, comparable with the moments records are retired: the
 * sending's day is recorded as a date, the recording of it as a moment. Recorded that day, the
 * report went out by then (a record retired earlier that day was not in it); recorded on another
 * day, the start of the earlier of the two days.
 */
export function sentMoment(sentOn: string, recordedAt: string): string {
  if (recordedAt.startsWith(sentOn)) return recordedAt;
  return sentOn < recordedAt ? sentOn : recordedAt.slice(0, 10);
}

/**
 * The statements of a sent report that have lost evidence since it was sent: something they rest
 * on, however far down (finding › claim › ISF entry › passage), was retired after the sending, or
 * a link on the way was withdrawn after it. The district still has what it was sent; the team is
 * told, so that it can tell the district. What was retired before the sending, or a link withdrawn
 * before it, is not what the report rested on. The change nearest the statement is named, once.
 */
export function lostSinceSent(report: SentReport, links: readonly RestingOn[], records: ReadonlyMap<string, WithdrawableRecord>): CheckIssue[] {
  const below = new Map<string, RestingOn[]>();
  for (const l of links) {
    if (l.retiredAt !== null && l.retiredAt < report.sentAt) continue;
    below.set(l.citingId, [...(below.get(l.citingId) ?? []), l]);
  }
  const after = `after the report was sent on ${report.sentOn}`;
  const issues: CheckIssue[] = [];
  for (const statement of report.statements) {
    const reasons: string[] = [];
    const why: ChainReason[] = [];
    const seen = new Set<string>();
    // The first record below the statement, named in words, is where the team looks: a finding's or claim's trace.
    const visit = (id: string, path: readonly string[], words: readonly string[], top?: { what: string; id: string }) => {
      for (const l of below.get(id) ?? []) {
        const record = records.get(l.citedId);
        if (!record || seen.has(l.citedId)) continue;
        seen.add(l.citedId);
        const step = [...path, `${record.what} ${l.citedId}`];
        const said = [...words, `the ${record.what}`];
        const first = top ?? { what: record.what, id: l.citedId };
        const mendAt = first.what === 'finding' || first.what === 'claim' ? { mendAt: { kind: first.what as CitingKind, id: first.id } } : {};
        if (l.retiredAt !== null) {
          reasons.push(`no longer rests on ${step.join(' › ')}: the link was withdrawn on ${l.retiredAt.slice(0, 10)}, ${after}`);
          why.push({ text: `no longer rests on ${said.join(' › ')}: the link was withdrawn on ${l.retiredAt.slice(0, 10)}, ${after}`, ...mendAt });
        } else if (record.retiredAt === null) visit(l.citedId, step, said, first);
        else if (record.retiredAt >= report.sentAt) {
          reasons.push(`rests on ${step.join(' › ')}, retired on ${record.retiredAt.slice(0, 10)}, ${after}`);
          why.push({
            text: `rests on ${said.join(' › ')}, withdrawn on ${record.retiredAt.slice(0, 10)}, ${after}: tell the district, and send a corrected report`,
            ...mendAt,
          });
        }
      }
    };
    visit(statement.id, [], []);
    if (reasons.length) issues.push({ ...statement, severity: 'review', reasons, why, district: report.district, cycle: report.cycle });
  }
  return issues;
}
