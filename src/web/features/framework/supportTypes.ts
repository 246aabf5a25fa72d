import { useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { SupportType } from '../../api/types';
import { formatDate } from '../../components/dates';

/** The interpretive framework's live types of support, in the framework's order. */
export function useSupportTypes() {
  const { partnership } = useSession();
  return useQuery({
    queryKey: ['support-types', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/support-types', { params: { path: { partnershipId: partnership!.id } } })),
    enabled: Boolean(partnership),
  });
}

/** Refreshes the framework (and a type's history) after a change. */
export function useRefreshFramework() {
  const client = useQueryClient();
  return (id?: string) =>
    Promise.all([client.invalidateQueries({ queryKey: ['support-types'] }), ...(id ? [client.invalidateQueries({ queryKey: ['history', id] })] : [])]);
}

export interface Category {
  name: string;
  types: SupportType[];
}

/** Types grouped by category, the categories in the order of their first type. */
export function byCategory(types: readonly SupportType[]): Category[] {
  const groups = new Map<string, SupportType[]>();
  for (const t of [...types].sort((a, b) => a.position - b.position)) {
    const group = groups.get(t.category);
    if (group) group.push(t);
    else groups.set(t.category, [t]);
  }
  return [...groups].map(([name, types]) => ({ name, types }));
}

/** A key as the team would write it for a name: "Lesson study" → "lesson_study". */
export const keyFor = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 60);

export const day = formatDate;
