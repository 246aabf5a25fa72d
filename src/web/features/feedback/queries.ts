import type { ReportFormat } from '../../components/ReportDownloads';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api, ApiError, qs } from '../../api/client';
import type { ApiErrorBody } from '../../api/types';
import { formatDate } from '../../components/dates';

/** The district and cycle whose feedback the page shows. */
export interface FeedbackPlace {
  partnershipId: string;
  districtId: string;
  district: string;
  cycle: string;
}

const feedbackKey = (districtId: string, cycle: string) => ['feedback', districtId, cycle] as const;

/** The team's working view of a district's feedback: implementation, explanations, recommendations, report sent, meeting. */
export function useFeedback(p: FeedbackPlace, enabled: boolean) {
  return useQuery({
    queryKey: feedbackKey(p.districtId, p.cycle),
    queryFn: () => answer(api.GET('/api/districts/{id}/feedback', { params: { path: { id: p.districtId }, query: { cycle: p.cycle } } })),
    enabled,
  });
}

/** The narratives the team wrote for the district's report of the cycle; read again with the rest of the feedback. */
export function useNarratives(p: FeedbackPlace, enabled: boolean) {
  return useQuery({
    queryKey: [...feedbackKey(p.districtId, p.cycle), 'narratives'],
    queryFn: () => answer(api.GET('/api/districts/{id}/feedback-narratives', { params: { path: { id: p.districtId }, query: { cycle: p.cycle } } })),
    enabled,
  });
}

/** The district's strategies of the cycle, with their practices, supports and accountability relations. */
export function useStrategiesOf(p: FeedbackPlace, enabled: boolean) {
  return useQuery({
    queryKey: ['strategies', p.partnershipId, p.district, p.cycle],
    queryFn: () =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/strategies', {
          params: { path: { partnershipId: p.partnershipId }, query: { district: p.district, cycle: p.cycle } },
        }),
      ),
    enabled,
  });
}

/** The district's findings of the cycle: what implementation assessments and explanations cite. */
export function useFindingsOf(p: FeedbackPlace, enabled: boolean) {
  return useQuery({
    queryKey: ['feedback-findings', p.partnershipId, { district: p.district, cycle: p.cycle }],
    queryFn: () =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/findings', {
          params: { path: { partnershipId: p.partnershipId }, query: { district: p.district, cycle: p.cycle } },
        }),
      ),
    enabled,
  });
}

/** The theory of action: the conjectures recommendations are based on. */
export function useTheoryOf(partnershipId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['feedback-theory', partnershipId],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/theory', { params: { path: { partnershipId } } })),
    enabled: enabled && Boolean(partnershipId),
  });
}

/** The interpretive framework's types of support, which explanations refer to. */
export function useFrameworkTypes(partnershipId: string) {
  return useQuery({
    queryKey: ['support-types', partnershipId],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/support-types', { params: { path: { partnershipId } } })),
    enabled: Boolean(partnershipId),
  });
}

/** After a change: the feedback of every district and cycle is read again. */
export function useRefreshFeedback() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['feedback'] });
}

export type Audience = 'partner' | 'team';

/** The address of the District Feedback and Recommendations Report as a file (no cycle: the latest). */
export function feedbackReportUrl(
  districtId: string,
  options: { cycle?: string; format: ReportFormat; audience: Audience; version?: number; draft?: boolean; designAppendix?: boolean },
): string {
  const { cycle, format, audience, version, draft, designAppendix } = options;
  return `/api/districts/${encodeURIComponent(districtId)}/feedback-report/report${qs({
    cycle,
    format,
    audience,
    version: version === undefined ? undefined : String(version),
    draft: draft ? 'true' : undefined,
    designAppendix: designAppendix ? 'true' : undefined,
  })}`;
}

/** What the partner version of the report says of itself: whose it is, and when it was sent. */
export interface ReportCover {
  /** "District, cycle", as the report names itself. */
  subtitle: string;
  /** The date it was sent to the district (YYYY-MM-DD), or null when it has not been sent. */
  sentOn: string | null;
  /** Which version was sent, when the report says. */
  version: number | null;
}

/** The cover of a report read from its Markdown: the line after the title, and the line that says when it was sent. */
export function coverOf(markdown: string): ReportCover {
  const lines = markdown
    .split('\n')
    .map((l) => l.replace(/\\(.)/g, '$1').trim())
    .filter(Boolean);
  const title = lines.findIndex((l) => l.startsWith('# '));
  const sent = lines.map((l) => /^(?:Version (\d+), )?sent to the district on (\d{4}-\d{2}-\d{2})$/i.exec(l)).find(Boolean);
  return { subtitle: lines[title + 1] ?? '', sentOn: sent?.[2] ?? null, version: sent?.[1] ? Number(sent[1]) : null };
}

/**
 * The partner version of a district's report of a cycle, read as Markdown to learn whether the
 * server can produce it and when it was sent; the files themselves are downloaded from their links.
 */
export function usePartnerReport(districtId: string | null, cycle: string, enabled = true) {
  return useQuery({
    queryKey: ['feedback-report', districtId, cycle, 'partner'],
    queryFn: async () => {
      const res = await fetch(feedbackReportUrl(districtId!, { cycle, format: 'md', audience: 'partner' }), { credentials: 'same-origin' });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as ApiErrorBody | null;
        throw new ApiError(res.status, body?.error.code ?? 'internal', body?.error.message ?? `the server answered ${res.status}`, body?.error.details);
      }
      return coverOf(await res.text());
    },
    enabled: enabled && Boolean(districtId && cycle),
    retry: false,
  });
}

/** A calendar date (YYYY-MM-DD) as people read it in the browser's locale. */
export const onDay = formatDate;
