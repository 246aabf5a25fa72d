import { useQuery } from '@tanstack/react-query';
import { organizationLabels } from '../../domain/directory.js';
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
  const districts = all.filter((o) => o.kind === 'district');
  const schools = all.filter((o) => o.kind === 'school');
  const units = all.filter((o) => o.kind === 'unit');
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const labels = new Map([
    ...organizationLabels(schools, (id) => districtName.get(id)),
    ...organizationLabels(units, (id) => districtName.get(id)),
    ...districts.map((d) => [d.id, d.name] as const),
  ]);
  return {
    districts,
    schools,
    units,
    /** What each district, school or unit is called in a list: a school with its district's name where two schools share theirs ("Oak Ridge Middle School (Riverton)"). */
    labelOf: (id: string | null | undefined) => (id ? (labels.get(id) ?? id) : ''),
    cycles: cycles.data ?? [],
    /** Why the directory could not be read, if it could not: pages built on it say so. */
    error: organizations.error ?? cycles.error,
  };
}
