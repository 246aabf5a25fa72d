import {
  type CheckIssue,
  type CitedEvidenceState,
  checkChains,
  checkDesignEvidence,
  lostSinceSent,
  type RestingOn,
  type SentReport,
  sentMoment,
  type WithdrawableRecord,
} from '../domain/chain-check.js';
import { outOfFindingScope, outOfSummaryScope } from '../domain/evidence.js';
import { oneLine } from '../domain/text.js';
import type { FeedbackReportRow } from '../storage/repositories/feedback.repository.js';
import type { ServiceContext } from './context.js';

const label = (text: string) => {
  const line = oneLine(text);
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * `warrant check`: every ISF entry, claim and finding of the partnership whose chain down to the
 * transcripts is broken (nothing cited, retired evidence, evidence outside its scope), and those
 * resting on passages of transcripts corrected since.
 */
export async function checkPartnership(ctx: ServiceContext, partnershipId: string): Promise<CheckIssue[]> {
  const chain = await chainStates(ctx, partnershipId);
  const { entries, claims, findings, excerpts, citations } = chain;
  const evidence = new Map<string, CitedEvidenceState>();
  for (const e of excerpts) evidence.set(e.id, { retired: e.retired_at !== null, superseded: e.superseded_at !== null && e.correction_accepted_at === null });
  for (const e of entries) evidence.set(e.id, { retired: e.retired_at !== null });
  for (const c of claims) evidence.set(c.id, { retired: c.retired_at !== null });

  // The scope rules are checked again here: the data under a citation can change after it was made.
  const excerptById = new Map(excerpts.map((e) => [e.id, e]));
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const findingById = new Map(findings.map((f) => [f.id, f]));
  const outOfScope = new Map<string, string[]>();
  const flag = (id: string, reason: string | null) => {
    if (reason) outOfScope.set(id, [...(outOfScope.get(id) ?? []), reason]);
  };
  for (const c of citations) {
    if (c.citing_kind === 'isfEntry') {
      const entry = entryById.get(c.citing_id);
      const excerpt = excerptById.get(c.cited_id);
      if (entry && excerpt && excerpt.interview_id !== entry.interview_id) flag(entry.id, `cites excerpt ${excerpt.id}, which is from another interview`);
    } else if (c.citing_kind === 'claim') {
      const claim = claimById.get(c.citing_id);
      const entry = entryById.get(c.cited_id);
      if (claim && entry) {
        const why = outOfSummaryScope(
          { kind: claim.kind, districtId: claim.district_id, cycleId: claim.cycle_id, schoolId: claim.school_id, role: claim.role },
          { districtId: entry.district_id, organizationId: entry.organization_id, cycleId: entry.cycle_id, role: entry.role },
        );
        flag(claim.id, why && `cites ISF entry ${entry.id} outside its summary: ${why}`);
      }
    } else if (c.citing_kind === 'finding') {
      const finding = findingById.get(c.citing_id);
      const claim = claimById.get(c.cited_id);
      if (finding && claim) {
        const why = outOfFindingScope(
          { districtId: finding.district_id, cycleId: finding.cycle_id },
          { districtId: claim.district_id, cycleId: claim.cycle_id },
        );
        flag(finding.id, why && `cites claim ${claim.id} outside its scope: ${why}`);
      }
    }
  }

  const chains = checkChains({
    items: [
      ...entries
        .filter((e) => !e.retired_at)
        .map((e) => ({ id: e.id, kind: 'isfEntry' as const, label: `${e.interview_code}: ${label(e.text)}`, interviewId: e.interview_id })),
      ...claims.filter((c) => !c.retired_at).map((c) => ({ id: c.id, kind: 'claim' as const, label: label(c.text) })),
      ...findings.filter((f) => !f.retired_at).map((f) => ({ id: f.id, kind: 'finding' as const, label: label(f.text) })),
    ],
    links: citations.map((c) => ({ citingId: c.citing_id, citedId: c.cited_id })),
    evidence,
    outOfScope,
    described: new Map(excerpts.map((e) => [e.id, { words: `a passage of ${e.pseudonym}’s interview (${e.interview_code})`, interviewId: e.interview_id }])),
  });
  return [...chains, ...(await checkDesign(ctx, partnershipId, evidence)), ...(await statementsLostSinceSent(ctx, partnershipId, {}, chain))];
}

/**
 * Statements of the feedback reports sent to districts (the latest of each district and cycle, or
 * of the one asked for) whose evidence was retired or unlinked since: the district still reads them
 * as they were sent. `known` is the partnership's evidence chain when the caller has read it already.
 */
export async function statementsLostSinceSent(
  ctx: ServiceContext,
  partnershipId: string,
  only: { districtId?: string; cycleId?: string } = {},
  known?: ChainStates,
): Promise<CheckIssue[]> {
  const { store } = ctx;
  const latest = new Map<string, FeedbackReportRow>();
  for (const r of await store.feedback.reports(partnershipId, only)) latest.set(`${r.district_id} ${r.cycle_id}`, r);
  if (latest.size === 0) return [];
  const { records, links } = await restingOn(ctx, partnershipId, known ?? (await chainStates(ctx, partnershipId)));
  const districts = new Map((await store.organizations.list(partnershipId, 'district')).map((d) => [d.id, d.name]));
  const cycles = new Map((await store.cycles.list(partnershipId)).map((c) => [c.id, c.label]));
  const issues: CheckIssue[] = [];
  for (const sent of latest.values()) {
    const { statements, explanations } = await sentStatements(ctx, partnershipId, sent);
    for (const id of explanations) records.set(id, { what: 'explanation', retiredAt: null });
    const report: SentReport = {
      sentAt: sentMoment(sent.sent_on, sent.created_at),
      sentOn: sent.sent_on,
      district: districts.get(sent.district_id) ?? sent.district_id,
      cycle: cycles.get(sent.cycle_id) ?? sent.cycle_id,
      statements,
    };
    issues.push(...lostSinceSent(report, links, records));
  }
  return issues;
}

/** Every record a report's statements may rest on, with its state, and every link between them, withdrawn ones included. */
async function restingOn(ctx: ServiceContext, partnershipId: string, chain: ChainStates) {
  const { store } = ctx;
  const records = new Map<string, WithdrawableRecord>();
  const add = (rows: readonly RecordState[], what: string) => rows.forEach((r) => records.set(r.id, { what, retiredAt: r.retired_at }));
  add(chain.findings, 'finding');
  add(chain.claims, 'claim');
  add(chain.entries, 'ISF entry');
  add(chain.excerpts, 'passage');
  const [evidenceLinks, citations] = await Promise.all([store.feedback.allLinks(partnershipId), store.citations.all(partnershipId)]);
  add(await store.theory.conjecturesById([...new Set(evidenceLinks.filter((l) => l.cited_kind === 'conjecture').map((l) => l.cited_id))]), 'conjecture');
  // A construct score an implementation assessment cites, withdrawn since the report was sent.
  const scoreIds = [...new Set(evidenceLinks.filter((l) => l.cited_kind === 'score').map((l) => l.cited_id))];
  add(
    (await Promise.all(scoreIds.map((id) => store.scores.byId(id)))).filter((r) => r !== undefined),
    'score',
  );
  const links: RestingOn[] = [...evidenceLinks, ...citations].map((l) => ({ citingId: l.citing_id, citedId: l.cited_id, retiredAt: l.retired_at }));
  return { records, links };
}

/** The statements of a sent report (as they stand now), and which of them are explanations. */
async function sentStatements(ctx: ServiceContext, partnershipId: string, sent: FeedbackReportRow) {
  const { store } = ctx;
  const strategies = await store.strategies.list(partnershipId, { districtId: sent.district_id, cycleId: sent.cycle_id });
  const strategyIds = strategies.map((s) => s.id);
  const elements = new Map((await store.strategies.elements(strategyIds)).map((e) => [e.id, e]));
  const explanations = await store.feedback.explanations(strategyIds);
  const statements: SentReport['statements'] = [
    ...(await store.feedback.implementations(sent.district_id, sent.cycle_id)).map((i) => ({
      id: i.id,
      kind: 'implementation' as const,
      label: `How “${label(elements.get(i.element_id)?.description ?? i.element_id)}” was implemented: ${label(i.text)}`,
    })),
    ...explanations.map((e) => ({ id: e.id, kind: 'explanation' as const, label: label(e.text) })),
    ...(await store.feedback.recommendations(partnershipId, strategyIds)).map((r) => ({ id: r.id, kind: 'recommendation' as const, label: label(r.text) })),
  ];
  return { statements, explanations: explanations.map((e) => e.id) };
}

interface RecordState {
  id: string;
  retired_at: string | null;
}

/** The partnership's evidence chain as `warrant check` reads it, once: every ISF entry, claim, finding and passage with its state, and the live citations. */
async function chainStates(ctx: ServiceContext, partnershipId: string) {
  const { store } = ctx;
  const [entries, claims, findings, excerpts, citations] = await Promise.all([
    store.isfs.entryStates(partnershipId),
    store.summaries.claimStates(partnershipId),
    store.findings.list(partnershipId),
    store.excerpts.states(partnershipId),
    store.citations.live(partnershipId),
  ]);
  return { entries, claims, findings, excerpts, citations };
}

type ChainStates = Awaited<ReturnType<typeof chainStates>>;

/** Strategies and their elements whose cited passages or artifacts were withdrawn or corrected since. */
async function checkDesign(ctx: ServiceContext, partnershipId: string, excerpts: ReadonlyMap<string, CitedEvidenceState>): Promise<CheckIssue[]> {
  const { store } = ctx;
  const strategies = await store.strategies.list(partnershipId);
  const elements = await store.strategies.elements(strategies.map((s) => s.id));
  const links = await store.strategies.evidence([...strategies.map((s) => s.id), ...elements.map((e) => e.id)]);
  const artifacts = new Map<string, CitedEvidenceState>();
  for (const id of new Set(links.filter((l) => l.cited_kind === 'artifact').map((l) => l.cited_id))) {
    const artifact = await store.artifacts.byId(id);
    if (artifact) artifacts.set(id, { retired: artifact.retired_at !== null });
  }
  const name = new Map(strategies.map((s) => [s.id, s.name]));
  return checkDesignEvidence(
    [
      ...strategies.map((s) => ({ id: s.id, kind: 'strategy' as const, label: `Strategy: ${label(s.name)}` })),
      ...elements.map((e) => ({ id: e.id, kind: 'strategyElement' as const, label: `${name.get(e.strategy_id)}: ${label(e.description)}` })),
    ],
    links.map((l) => ({
      citingId: l.citing_id,
      citedKind: l.cited_kind as 'excerpt' | 'artifact',
      citedId: l.cited_id,
      state: (l.cited_kind === 'excerpt' ? excerpts : artifacts).get(l.cited_id),
    })),
  );
}
