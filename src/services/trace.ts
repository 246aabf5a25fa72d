import { type ChainIssue, type ChainItem, type CitedEvidenceState, checkChains } from '../domain/chain-check.js';
import { invalid, notFound } from '../domain/errors.js';
import { type CitingKind, isCitingKind, type Stance } from '../domain/evidence.js';
import { kindOfId } from '../domain/ids.js';
import type { CitationRow } from '../storage/repositories/citation.repository.js';
import type { ExcerptInContext } from '../storage/repositories/excerpt.repository.js';
import type { ServiceContext } from './context.js';

/** A transcript passage at the bottom of a chain, with who said it and where. */
export interface TracePassage {
  excerptId: string;
  interviewId: string;
  interviewCode: string;
  interviewDate: string;
  cycle: string;
  district: string;
  school: string;
  role: string;
  pseudonym: string;
  transcriptId: string;
  transcriptVersion: number;
  start: number;
  end: number;
  quote: string;
  /** The transcript was corrected after this passage was cited; the quote shows the words as cited. */
  transcriptCorrected: boolean;
  retired: boolean;
}

export interface TraceNode {
  kind: CitingKind | 'excerpt';
  id: string;
  text: string;
  /** How this node bears on the node above it. */
  stance?: Stance;
  retired: boolean;
  /** For ISF entries: the form's field and interview; for claims: the summary. */
  context?: string;
  passage?: TracePassage;
  children: TraceNode[];
}

export interface Trace {
  root: TraceNode;
  /** The distinct passages the root rests on, in the order the trace reaches them. */
  passages: TracePassage[];
  /** Broken links and passages to review within this chain. */
  issues: ChainIssue[];
}

interface Described {
  text: string;
  retired: boolean;
  context?: string;
}

function passageOf(e: ExcerptInContext): TracePassage {
  return {
    excerptId: e.id,
    interviewId: e.interview_id,
    interviewCode: e.interview_code,
    interviewDate: e.interview_date,
    cycle: e.cycle_label,
    district: e.district_name,
    school: e.organization_name,
    role: e.role,
    pseudonym: e.pseudonym,
    transcriptId: e.transcript_id,
    transcriptVersion: e.transcript_version,
    start: e.start_offset,
    end: e.end_offset,
    quote: e.quote,
    transcriptCorrected: e.transcript_superseded_at !== null,
    retired: e.retired_at !== null,
  };
}

/** Loads one level of the chain: the items with these IDs, described for reading. */
async function describe(ctx: ServiceContext, kind: CitingKind | 'excerpt', ids: string[]): Promise<Map<string, Described & { passage?: TracePassage }>> {
  const { store } = ctx;
  const out = new Map<string, Described & { passage?: TracePassage }>();
  if (kind === 'finding') {
    for (const id of ids) {
      const f = await store.findings.byId(id);
      if (f) out.set(id, { text: f.text, retired: f.retired_at !== null });
    }
  } else if (kind === 'claim') {
    for (const c of await store.summaries.claimsInContext(ids)) out.set(c.id, { text: c.text, retired: c.retired_at !== null, context: c.summary_title });
  } else if (kind === 'isfEntry') {
    for (const e of await store.isfs.entriesInContext(ids)) {
      out.set(e.id, { text: e.text, retired: e.retired_at !== null, context: `${e.field_label} — ISF of interview ${e.interview_code} (${e.pseudonym}, ${e.role.replace('_', ' ')}, ${e.organization_name})` });
    }
  } else {
    for (const e of await store.excerpts.inContext(ids)) out.set(e.id, { text: e.quote, retired: e.retired_at !== null, passage: passageOf(e) });
  }
  return out;
}

const BELOW: Record<CitingKind | 'excerpt', CitingKind | 'excerpt' | null> = { finding: 'claim', claim: 'isfEntry', isfEntry: 'excerpt', excerpt: null };

/**
 * Backtracks a finding, claim or ISF entry to the transcript passages it rests on: finding →
 * claims → ISF entries → passages, with the interview, role group and pseudonym of each passage.
 */
export async function trace(ctx: ServiceContext, id: string): Promise<Trace> {
  const rootKind = kindOfId(id);
  if (!isCitingKind(rootKind)) throw invalid(`${id} is not a finding, claim or ISF entry; only those rest on evidence to trace`, { field: 'id' });
  const rootInfo = (await describe(ctx, rootKind, [id])).get(id);
  if (!rootInfo) throw notFound(rootKind === 'isfEntry' ? 'ISF entry' : rootKind, id);

  const root: TraceNode = { kind: rootKind, id, ...rootInfo, children: [] };
  const items = new Map<string, ChainItem>();
  const links: { citingId: string; citedId: string }[] = [];
  const evidence = new Map<string, CitedEvidenceState>();

  let level: TraceNode[] = [root];
  while (level.length) {
    const kind = level[0]!.kind;
    const below = BELOW[kind];
    if (!below) break;
    const live = level.filter((n) => !n.retired);
    for (const n of live) items.set(n.id, { id: n.id, kind: n.kind as CitingKind, label: n.text });
    const citations: CitationRow[] = await ctx.store.citations.from(live.map((n) => n.id));
    const described = await describe(ctx, below, [...new Set(citations.map((c) => c.cited_id))]);
    const next: TraceNode[] = [];
    for (const c of citations) {
      links.push({ citingId: c.citing_id, citedId: c.cited_id });
      const info = described.get(c.cited_id);
      if (!info) continue;
      evidence.set(c.cited_id, { retired: info.retired, superseded: info.passage?.transcriptCorrected ?? false });
      const node: TraceNode = { kind: below, id: c.cited_id, ...info, stance: c.stance as Stance, children: [] };
      for (const parent of level) if (parent.id === c.citing_id) parent.children.push(node);
      next.push(node);
    }
    level = next;
  }
  return { root, passages: passagesInOrder(root), issues: checkChains({ items: [...items.values()], links, evidence }) };
}

/** The distinct passages under a node, depth first, as a reader meets them in the outline. */
function passagesInOrder(root: TraceNode): TracePassage[] {
  const found = new Map<string, TracePassage>();
  const visit = (n: TraceNode) => {
    if (n.passage && !found.has(n.id)) found.set(n.id, n.passage);
    n.children.forEach(visit);
  };
  visit(root);
  return [...found.values()];
}
