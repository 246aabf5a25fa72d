import { type ChainIssue, type ChainItem, type CitedEvidenceState, checkChains } from '../domain/chain-check.js';
import { invalid, notFound } from '../domain/errors.js';
import { type CitingKind, isCitingKind, type Stance } from '../domain/evidence.js';
import { kindOfId } from '../domain/ids.js';
import type { ChainRow } from '../storage/repositories/trace.repository.js';
import { codesOnPassages } from './codings.js';
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
  /** The live codes on the passage the viewer may see (the blind rule holds): code name, colour and coder. */
  codes: PassageCode[];
}

/** A code applied to a passage, as the trace shows it. */
export interface PassageCode {
  codingId: string;
  code: string;
  colour: string;
  coder: string;
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

const ROLE_LABEL = (role: string | null) => (role ?? '').replace('_', ' ');

function passageOf(r: ChainRow): TracePassage {
  return {
    excerptId: r.cited_id,
    interviewId: r.interview_id!,
    interviewCode: r.interview_code!,
    interviewDate: r.interview_date!,
    cycle: r.cycle!,
    district: r.district!,
    school: r.school!,
    role: r.role!,
    pseudonym: r.pseudonym!,
    transcriptId: r.transcript_id!,
    transcriptVersion: r.transcript_version!,
    start: r.start_offset!,
    end: r.end_offset!,
    quote: r.text!,
    transcriptCorrected: r.transcript_superseded_at !== null,
    retired: r.retired_at !== null,
    codes: [],
  };
}

function nodeOf(r: ChainRow): TraceNode {
  const kind = r.cited_kind as TraceNode['kind'];
  const node: TraceNode = { kind, id: r.cited_id, text: r.text ?? '', stance: r.stance as Stance, retired: r.retired_at !== null, children: [] };
  if (kind === 'claim') node.context = r.summary_title ?? '';
  if (kind === 'isfEntry') node.context = `${r.field_label} — ISF of interview ${r.interview_code} (${r.pseudonym}, ${ROLE_LABEL(r.role)}, ${r.school})`;
  if (kind === 'excerpt') node.passage = passageOf(r);
  return node;
}

async function describeRoot(ctx: ServiceContext, kind: CitingKind, id: string): Promise<TraceNode | undefined> {
  const { store } = ctx;
  if (kind === 'finding') {
    const f = await store.findings.byId(id);
    return f && { kind, id, text: f.text, retired: f.retired_at !== null, children: [] };
  }
  if (kind === 'claim') {
    const [c] = await store.summaries.claimsInContext([id]);
    return c && { kind, id, text: c.text, retired: c.retired_at !== null, context: c.summary_title, children: [] };
  }
  const [e] = await store.isfs.entriesInContext([id]);
  return (
    e && {
      kind,
      id,
      text: e.text,
      retired: e.retired_at !== null,
      context: `${e.field_label} — ISF of interview ${e.interview_code} (${e.pseudonym}, ${ROLE_LABEL(e.role)}, ${e.organization_name})`,
      children: [],
    }
  );
}

/**
 * Backtracks a finding, claim or ISF entry to the transcript passages it rests on: finding →
 * claims → ISF entries → passages, with the interview, role group and pseudonym of each passage.
 * The chain below the root comes from one recursive query; nothing under a retired item is followed.
 */
export async function trace(ctx: ServiceContext, id: string): Promise<Trace> {
  const rootKind = kindOfId(id);
  if (!isCitingKind(rootKind)) throw invalid(`${id} is not a finding, claim or ISF entry; only those rest on evidence to trace`, { field: 'id' });
  const root = await describeRoot(ctx, rootKind, id);
  if (!root) throw notFound(rootKind === 'isfEntry' ? 'ISF entry' : rootKind, id);

  const rows = await ctx.store.trace.chain(id);
  // A passage whose words the team kept as they were said, though its transcript was corrected, needs no review.
  const corrected = rows.filter((r) => r.cited_kind === 'excerpt' && r.transcript_superseded_at !== null).map((r) => r.cited_id);
  const accepted = new Set(corrected.length ? await ctx.store.excerpts.correctionsAccepted(corrected) : []);
  const below = new Map<string, ChainRow[]>();
  const seen = new Set<string>();
  for (const r of rows) {
    // An item cited from two places is reached twice by the recursion; its citations count once.
    const key = `${r.citing_id} ${r.cited_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = below.get(r.citing_id);
    if (list) list.push(r);
    else below.set(r.citing_id, [r]);
  }
  const items = new Map<string, ChainItem>();
  const links: { citingId: string; citedId: string }[] = [];
  const evidence = new Map<string, CitedEvidenceState>();
  const linked = new Set<string>();
  const grow = (node: TraceNode, depth: number) => {
    if (node.retired || node.kind === 'excerpt') return;
    items.set(node.id, { id: node.id, kind: node.kind, label: node.text });
    for (const r of below.get(node.id) ?? []) {
      if (r.level !== depth) continue;
      // An item cited from two places appears under both, but its links are judged once.
      const key = `${r.citing_id} ${r.cited_id}`;
      if (!linked.has(key)) links.push({ citingId: r.citing_id, citedId: r.cited_id });
      linked.add(key);
      if (r.text === null) continue; // cites something that does not exist: reported by the check
      const child = nodeOf(r);
      evidence.set(child.id, { retired: child.retired, superseded: (child.passage?.transcriptCorrected ?? false) && !accepted.has(child.id) });
      node.children.push(child);
      grow(child, depth + 1);
    }
  };
  grow(root, 1);
  const passages = passagesInOrder(root);
  const codes = await codesOnPassages(ctx, [...new Set(passages.map((p) => p.excerptId))]);
  const label = (p: TracePassage) => {
    p.codes = (codes.get(p.excerptId) ?? []).map((c) => ({ codingId: c.id, code: c.codeName, colour: c.colour, coder: c.coderName }));
  };
  const visit = (n: TraceNode) => {
    if (n.passage) label(n.passage);
    n.children.forEach(visit);
  };
  visit(root);
  return { root, passages, issues: checkChains({ items: [...items.values()], links, evidence }) };
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

/** Every passage under a traced record. */
export function passagesOf(node: TraceNode): NonNullable<TraceNode['passage']>[] {
  return [...(node.passage ? [node.passage] : []), ...node.children.flatMap(passagesOf)];
}

/** The chain below a record as it stands: what was retired (a claim, ISF entry or passage) is left out, with all that lay under it. */
export function withoutRetired(node: TraceNode): TraceNode {
  return { ...node, children: node.children.filter((c) => !c.retired).map(withoutRetired) };
}
