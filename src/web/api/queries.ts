import { useQuery } from '@tanstack/react-query';
import { answer, api } from './client';
import { useSession } from './session';

/** Districts, schools and cycles of the current partnership, for filters. */
export function useDirectory() {
  const { partnership } = useSession();
  const pid = partnership?.id;
  const organizations = useQuery({
    queryKey: ['organizations', pid],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/organizations', { params: { path: { partnershipId: pid! } } })),
    enabled: Boolean(pid),
  });
  const cycles = useQuery({
    queryKey: ['cycles', pid],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/cycles', { params: { path: { partnershipId: pid! } } })),
    enabled: Boolean(pid),
  });
  const all = organizations.data ?? [];
  return {
    districts: all.filter((o) => o.kind === 'district'),
    schools: all.filter((o) => o.kind === 'school'),
    cycles: cycles.data ?? [],
    /** Why the directory could not be read, if it could not: pages built on it say so. */
    error: organizations.error ?? cycles.error,
  };
}
