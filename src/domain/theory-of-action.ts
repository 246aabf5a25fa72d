import { invalid } from './errors.js';

/**
 * The theory of action: conjectures about the supports and accountability relations that lead to
 * instructional improvement, grouped in components, revised every year on evidence. Each revision
 * keeps its warrant; the dated iterations of the whole theory are a research product themselves.
 */
export const DEFAULT_COMPONENTS: readonly { key: string; name: string }[] = [
  { key: 'curriculum', name: 'Curriculum materials and instructional guidance' },
  { key: 'professional_development', name: 'Pull-out PD and school-based teacher collaborative meetings' },
  { key: 'coaches', name: "Coaches' practices" },
  { key: 'school_leaders', name: "School leaders' practices as instructional leaders" },
  { key: 'district_leaders', name: "District leaders' practices in building school capacity" },
];

/** The kinds of evidence a conjecture's revision rests on, and how each bears on it. */
export const WARRANT_KINDS = ['finding', 'literature', 'retrospective', 'district', 'uptake'] as const;
export type WarrantKind = (typeof WARRANT_KINDS)[number];

export const BEARINGS: Record<WarrantKind, readonly string[]> = {
  finding: ['supports', 'contradicts'],
  literature: ['supports', 'contradicts'],
  retrospective: ['supports', 'contradicts'],
  district: ['borne out', 'not borne out'],
  uptake: ['supports', 'contradicts'],
};

export function checkBearing(kind: WarrantKind, bearing: string | undefined): string {
  const b = bearing?.trim() || BEARINGS[kind][0]!;
  if (!BEARINGS[kind].includes(b)) throw invalid(`bearing of ${kind} evidence is one of: ${BEARINGS[kind].join(', ')}`, { field: 'bearing' });
  return b;
}

/** What the address of a literature reference may be: it becomes a link in the web app. */
export const LITERATURE_ADDRESS_RULE = 'the address of a reference is an http or https address, or a DOI (10.…)';

const DOI = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i;

/**
 * The address of a literature reference as it is kept and linked: an http or https URL, or a DOI
 * (10.1086/…, doi:10.…) as its https://doi.org/ address; undefined for anything else, such as a
 * javascript: or data: URL, which a link must never carry.
 */
export function literatureAddress(value: string): string | undefined {
  const v = value.trim();
  const doi = DOI.exec(v);
  if (doi) return `https://doi.org/${doi[1]}`;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return undefined;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : undefined;
}

/** One conjecture as an iteration freezes it: its text at that time and the warrant of that revision. */
export interface IterationConjecture {
  id: string;
  version: number;
  text: string;
  reason: string;
  warrant: { kind: string; id: string; label: string; bearing: string; note: string }[];
}

export interface IterationContent {
  components: { key: string; name: string; conjectures: IterationConjecture[] }[];
}

export interface IterationChange {
  component: string;
  conjectureId: string;
  status: 'added' | 'revised' | 'dropped' | 'unchanged';
  before: string | null;
  after: string | null;
  /** Why it changed: the later revision's reason and warrant. */
  reason: string;
  warrant: IterationConjecture['warrant'];
}

/** What changed in the theory between two iterations, conjecture by conjecture. */
export function diffIterations(from: IterationContent, to: IterationContent): IterationChange[] {
  const all = (c: IterationContent) => new Map(c.components.flatMap((k) => k.conjectures.map((j) => [j.id, { component: k.name, ...j }] as const)));
  const before = all(from);
  const after = all(to);
  const out: IterationChange[] = [];
  for (const [id, b] of after) {
    const a = before.get(id);
    const status = !a ? 'added' : a.version !== b.version || a.text !== b.text ? 'revised' : 'unchanged';
    out.push({
      component: b.component,
      conjectureId: id,
      status,
      before: a?.text ?? null,
      after: b.text,
      reason: status === 'unchanged' ? '' : b.reason,
      warrant: status === 'unchanged' ? [] : b.warrant,
    });
  }
  for (const [id, a] of before)
    if (!after.has(id)) out.push({ component: a.component, conjectureId: id, status: 'dropped', before: a.text, after: null, reason: '', warrant: [] });
  return out;
}

export const UPTAKE_STATUSES = ['fully', 'partly', 'not'] as const;
export type UptakeStatus = (typeof UPTAKE_STATUSES)[number];
export const isUptakeStatus = (value: string): value is UptakeStatus => (UPTAKE_STATUSES as readonly string[]).includes(value);
export const UPTAKE_LABELS: Record<UptakeStatus, string> = { fully: 'acted on fully', partly: 'acted on partly', not: 'not acted on' };
