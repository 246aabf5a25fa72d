import { type ChainIssue, type CitedEvidenceState, checkChains } from '../domain/chain-check.js';
import { oneLine } from '../domain/text.js';
import type { ServiceContext } from './context.js';

const label = (text: string) => {
  const line = oneLine(text);
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
};

/**
 * `warrant check`: every ISF entry, claim and finding of the partnership whose chain down to the
 * transcripts is broken, and those resting on passages of transcripts corrected since.
 */
export async function checkPartnership(ctx: ServiceContext, partnershipId: string): Promise<ChainIssue[]> {
  const { store } = ctx;
  const [entries, claims, findings, excerpts, citations] = await Promise.all([
    store.isfs.entryStates(partnershipId),
    store.summaries.claimStates(partnershipId),
    store.findings.list(partnershipId),
    store.excerpts.states(partnershipId),
    store.citations.live(partnershipId),
  ]);
  const evidence = new Map<string, CitedEvidenceState>();
  for (const e of excerpts) evidence.set(e.id, { retired: e.retired_at !== null, superseded: e.superseded_at !== null });
  for (const e of entries) evidence.set(e.id, { retired: e.retired_at !== null });
  for (const c of claims) evidence.set(c.id, { retired: c.retired_at !== null });
  return checkChains({
    items: [
      ...entries.filter((e) => !e.retired_at).map((e) => ({ id: e.id, kind: 'isfEntry' as const, label: `${e.interview_code}: ${label(e.text)}` })),
      ...claims.filter((c) => !c.retired_at).map((c) => ({ id: c.id, kind: 'claim' as const, label: label(c.text) })),
      ...findings.filter((f) => !f.retired_at).map((f) => ({ id: f.id, kind: 'finding' as const, label: label(f.text) })),
    ],
    links: citations.map((c) => ({ citingId: c.citing_id, citedId: c.cited_id })),
    evidence,
  });
}
