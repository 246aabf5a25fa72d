import { useQuery, useQueryClient } from '@tanstack/react-query';
import { BEARINGS, type WarrantKind } from '../../../domain/theory-of-action.js';
import { type Answer, answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { WarrantLink } from '../../api/types';
import { formatDate } from '../../components/dates';

/** What a conjecture may rest on, as the API lists it. */
export type TheorySources = Answer<'/api/partnerships/{partnershipId}/theory/sources'>;

/** The partnership's ID as a path parameter (the queries wait for a partnership). */
const inPartnership = (pid: string | undefined) => ({ params: { path: { partnershipId: pid! } } });

/** The theory as it stands: components in order, each with its live conjectures. */
export function useTheory() {
  const { partnership } = useSession();
  return useQuery({
    queryKey: ['theory', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/theory', inPartnership(partnership?.id))),
    enabled: Boolean(partnership),
  });
}

export function useTheorySources(enabled = true) {
  const { partnership } = useSession();
  return useQuery({
    queryKey: ['theory-sources', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/theory/sources', inPartnership(partnership?.id))),
    enabled: enabled && Boolean(partnership),
  });
}

export function useIterations() {
  const { partnership } = useSession();
  return useQuery({
    queryKey: ['theory-iterations', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/theory/iterations', inPartnership(partnership?.id))),
    enabled: Boolean(partnership),
  });
}

/** Every recommendation across districts and years, and whether it was acted on. */
export function useUptake(enabled = true) {
  const { partnership } = useSession();
  return useQuery({
    queryKey: ['uptake', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/uptake', inPartnership(partnership?.id))),
    enabled: enabled && Boolean(partnership),
  });
}

/** The partnership's findings, of every district and cycle: a conjecture's warrant may cite any of them. */
export function useAllFindings(enabled = true) {
  const { partnership } = useSession();
  return useQuery({
    queryKey: ['findings', partnership?.id, 'all'],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/findings', inPartnership(partnership?.id))),
    enabled: enabled && Boolean(partnership),
  });
}

/** After a change to the theory: everything that shows it is read again. */
export function useRefreshTheory() {
  const client = useQueryClient();
  return () => Promise.all(['theory', 'theory-sources', 'theory-iterations'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}

/** The kinds of evidence, in the order a warrant lists them, as the API names them. */
export const WARRANT_ORDER = ['finding', 'literature', 'retrospective', 'organization', 'uptake'] as const;
export type LinkKind = (typeof WARRANT_ORDER)[number];

export const KIND_LABEL: Record<LinkKind, string> = {
  finding: 'Finding',
  literature: 'Literature',
  retrospective: 'Retrospective analysis',
  organization: 'District',
  uptake: 'Uptake',
};

export const KIND_PLURAL: Record<LinkKind, string> = {
  finding: 'Findings',
  literature: 'Literature',
  retrospective: 'Retrospective analyses',
  organization: 'Districts',
  uptake: 'Uptake of recommendations',
};

const warrantKind = (kind: LinkKind): WarrantKind => (kind === 'organization' ? 'district' : kind);

/** How evidence of a kind may bear on a conjecture, the default first. */
export const bearingsOf = (kind: LinkKind): readonly string[] => BEARINGS[warrantKind(kind)];

/** A revision's warrant grouped by kind, in the order of WARRANT_ORDER. */
export function byKind(warrant: readonly WarrantLink[]): { kind: LinkKind; links: WarrantLink[] }[] {
  return WARRANT_ORDER.map((kind) => ({ kind, links: warrant.filter((w) => w.kind === kind) })).filter((g) => g.links.length > 0);
}

/** Evidence against the conjecture (shown in its own colour, never as an error). */
export const against = (bearing: string) => bearing === 'contradicts' || bearing === 'not borne out';

export const day = formatDate;

/** A long text cut to fit a choice's line. */
export const clip = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export const DOCUMENT_FORMATS = [
  ['md', 'Markdown'],
  ['docx', 'Word'],
] as const;

/** The address of an iteration as a file, or (with `compare`) of what changed since an earlier one. */
export const iterationUrl = (id: string, format: string, compare?: string) =>
  `/api/theory-iterations/${encodeURIComponent(id)}/document?format=${format}${compare ? `&compare=${encodeURIComponent(compare)}` : ''}`;
