import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { answer, api } from '../../api/client';
import type { SupportType } from '../../api/types';

/** The district and cycle whose strategies the page shows, and the framework's types of support. */
export interface StrategyScope {
  partnershipId: string;
  district: string;
  cycle: string;
  supportTypes: readonly SupportType[];
}

const ScopeContext = createContext<StrategyScope | null>(null);

export function ScopeProvider({ scope, children }: { scope: StrategyScope; children: ReactNode }) {
  return <ScopeContext.Provider value={scope}>{children}</ScopeContext.Provider>;
}

export function useScope(): StrategyScope {
  const scope = useContext(ScopeContext);
  if (!scope) throw new Error('useScope outside the strategies page');
  return scope;
}

type Place = { partnershipId: string; district: string; cycle: string };

const keys = {
  strategies: (s: Place) => ['strategies', s.partnershipId, s.district, s.cycle],
  assessments: (s: Place) => ['assessments', s.partnershipId, s.district, s.cycle],
};

export function useStrategies(s: Place, enabled: boolean) {
  return useQuery({
    queryKey: keys.strategies(s),
    queryFn: () =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/strategies', {
          params: { path: { partnershipId: s.partnershipId }, query: { district: s.district, cycle: s.cycle } },
        }),
      ),
    enabled,
  });
}

export function useAssessments(s: Place, enabled: boolean) {
  return useQuery({
    queryKey: keys.assessments(s),
    queryFn: () =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/assessments', {
          params: { path: { partnershipId: s.partnershipId }, query: { district: s.district, cycle: s.cycle } },
        }),
      ),
    enabled,
  });
}

export function useSupportTypes(partnershipId: string | undefined) {
  return useQuery({
    queryKey: ['support-types', partnershipId],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/support-types', { params: { path: { partnershipId: partnershipId! } } })),
    enabled: Boolean(partnershipId),
  });
}

export function useArtifacts(s: Place, enabled: boolean) {
  return useQuery({
    queryKey: ['artifacts', s.partnershipId, s.district, s.cycle],
    queryFn: () =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/artifacts', {
          params: { path: { partnershipId: s.partnershipId }, query: { district: s.district, cycle: s.cycle } },
        }),
      ),
    enabled,
  });
}

/** Strategies are documented from the October interviews with the district's leaders. */
export function useLeaderInterviews(s: Place, enabled: boolean) {
  return useQuery({
    queryKey: ['interviews', s.partnershipId, { district: s.district, cycle: s.cycle, role: 'district_leader' }],
    queryFn: () =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/interviews', {
          params: { path: { partnershipId: s.partnershipId }, query: { district: s.district, cycle: s.cycle, role: 'district_leader' } },
        }),
      ),
    enabled,
  });
}

export function useTranscript(interviewId: string) {
  return useQuery({
    queryKey: ['transcript', interviewId],
    queryFn: () => answer(api.GET('/api/interviews/{id}/transcript', { params: { path: { id: interviewId } } })),
    enabled: Boolean(interviewId),
  });
}

/** Reloads the strategies (and their evidence) of the page's district and cycle. */
export function useRefreshStrategies() {
  const client = useQueryClient();
  const scope = useScope();
  return () => client.invalidateQueries({ queryKey: keys.strategies(scope) });
}

export function useRefreshAssessments() {
  const client = useQueryClient();
  const scope = useScope();
  return () => client.invalidateQueries({ queryKey: keys.assessments(scope) });
}
