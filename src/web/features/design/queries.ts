import type { ReportFormat } from '../../components/ReportDownloads';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { type Answer, answer, api, qs } from '../../api/client';
import type { MemberCheck } from '../../api/types';
import { useSession } from '../../api/session';
import { formatDate } from '../../components/dates';

/** A member check with the version it concerns, as the API answers it. */
export type CheckWithVersion = Answer<'/api/member-checks/{id}'>;

export const designDocumentKey = (districtId: string, cycle: string) => ['design-document', districtId, cycle] as const;

/** A district's design document for a cycle (label or ID; empty: the latest cycle). */
export function useDesignDocument(districtId: string | null | undefined, cycle = '', enabled = true) {
  return useQuery({
    queryKey: designDocumentKey(districtId ?? '', cycle),
    queryFn: () => answer(api.GET('/api/districts/{id}/design-document', { params: { path: { id: districtId! }, query: { cycle } } })),
    enabled: enabled && Boolean(districtId),
  });
}

export function useMemberCheck(id: string) {
  return useQuery({ queryKey: ['member-check', id], queryFn: () => answer(api.GET('/api/member-checks/{id}', { params: { path: { id } } })) });
}

/** The member checks sent to the signed-in account, newest first. */
export function useMyMemberChecks(enabled = true) {
  return useQuery({ queryKey: ['member-checks'], queryFn: () => answer(api.GET('/api/member-checks')), enabled });
}

/** What was shared with a district, cycle by cycle, newest first. */
export type SharedWithDistrict = Answer<'/api/districts/{id}/shared'>;
export type SharedInCycle = SharedWithDistrict['cycles'][number];

/** What was shared with a district (a partner leader's own, or any for the team), cycle by cycle. */
export function useSharedWithDistrict(districtId: string | null | undefined) {
  return useQuery({
    queryKey: ['shared', districtId ?? ''],
    queryFn: () => answer(api.GET('/api/districts/{id}/shared', { params: { path: { id: districtId! } } })),
    enabled: Boolean(districtId),
  });
}

/** After a version is issued, a check sent or a response given: everything that shows them is read again. */
export async function refreshDesign(client: QueryClient): Promise<void> {
  await Promise.all(['design-document', 'member-check', 'member-checks', 'progress', 'shared'].map((key) => client.invalidateQueries({ queryKey: [key] })));
}

/** The district a partner leader leads in the current partnership, if the signed-in account is one. */
export function usePartnerDistrict(): string | null {
  const { me, partnership, role } = useSession();
  if (role !== 'partner') return null;
  return me.memberships.find((m) => m.partnershipId === partnership?.id && m.role === 'partner')?.districtId ?? null;
}

/** The address of the design document as a file. */
export function reportUrl(districtId: string, options: { cycle: string; format: ReportFormat; audience: 'partner' | 'team'; draft?: boolean }): string {
  return `/api/districts/${encodeURIComponent(districtId)}/design-document/report${qs({ cycle: options.cycle, format: options.format, audience: options.audience, draft: options.draft ? 'true' : undefined })}`;
}

export const RESPONSE_LABELS: Record<MemberCheck['responses'][number]['response'], string> = {
  confirm: 'Confirmed',
  correct: 'Correction',
  comment: 'Comment',
};

export const when = formatDate;

/** A day (YYYY-MM-DD), read at local noon so that no time zone moves it to the day before. */
export const onDate = (day: string) => when(`${day}T12:00:00`);

/** Whether a partner leader still has to answer a member check: sent to them, of the latest version, and some strategy not answered by them. */
export function awaitsResponse({ check, version }: CheckWithVersion, accountId: string): boolean {
  if (!check.recipients.some((r) => r.accountId === accountId) || check.superseded) return false;
  return version.sections.some((s) => !check.responses.some((r) => r.accountId === accountId && r.section === s.key));
}
