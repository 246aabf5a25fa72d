import { useQuery } from '@tanstack/react-query';
import { type Answer, answer, api } from '../../api/client';
import { useSession } from '../../api/session';

export type Rubric = Answer<'/api/partnerships/{partnershipId}/rubrics'>[number];
export type Distributions = Answer<'/api/partnerships/{partnershipId}/score-distributions'>;
export type InterviewScores = Answer<'/api/interviews/{id}/scores'>;
export type Score = InterviewScores['rubrics'][number]['scores'][number];
export type Trajectory = Answer<'/api/participants/{id}/trajectory'>;
export type Grouping = 'role' | 'district' | 'cycle';

export function useRubrics() {
  const { partnership } = useSession();
  return useQuery({
    queryKey: ['rubrics', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/rubrics', { params: { path: { partnershipId: partnership!.id } } })),
    enabled: Boolean(partnership),
  });
}

export function useDistributions(rubric: string | undefined, by: Grouping) {
  const { partnership } = useSession();
  return useQuery({
    queryKey: ['score-distributions', partnership?.id, rubric, by],
    queryFn: () =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/score-distributions', {
          params: { path: { partnershipId: partnership!.id }, query: { by, ...(rubric && { rubric }) } },
        }),
      ),
    enabled: Boolean(partnership && rubric),
  });
}

export function useInterviewScores(id: string) {
  return useQuery({ queryKey: ['scores', id], queryFn: () => answer(api.GET('/api/interviews/{id}/scores', { params: { path: { id } } })) });
}

export function useTrajectory(id: string, rubric: string | undefined) {
  return useQuery({
    queryKey: ['trajectory', id, rubric],
    queryFn: () => answer(api.GET('/api/participants/{id}/trajectory', { params: { path: { id }, query: { ...(rubric && { rubric }) } } })),
  });
}

/** "+1", "−1", "0", or nothing when there is no change to tell. */
export const signed = (n: number | null | undefined): string => (n === null || n === undefined ? '' : n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
