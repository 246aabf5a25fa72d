import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Answer, answer, api } from '../../api/client';
import { ErrorState, Loading } from '../../components/states';
import { useFeedbackScope } from './scope';

type Candidate = Answer<'/api/districts/{id}/quote-candidates'>[number];

/**
 * The passages under the findings the report rests on, which an analyst may mark shareable: the
 * partner version then quotes them, attributed to their role group only, unless the rule withholds them.
 */
export function QuoteCandidates() {
  const { place, canWrite } = useFeedbackScope();
  const client = useQueryClient();
  const key = ['quote-candidates', place.districtId, place.cycle];
  const candidates = useQuery({
    queryKey: key,
    queryFn: () => answer(api.GET('/api/districts/{id}/quote-candidates', { params: { path: { id: place.districtId }, query: { cycle: place.cycle } } })),
  });
  const [error, setError] = useState<unknown>(null);
  const toggle = async (c: Candidate) => {
    setError(null);
    // The box follows the click at once; the list is read again from the server either way.
    client.setQueryData<Candidate[]>(key, (all) => all?.map((x) => (x.excerptId === c.excerptId ? { ...x, shareable: !c.shareable } : x)));
    try {
      await answer(api.PUT('/api/excerpts/{id}/shareable', { params: { path: { id: c.excerptId } }, body: { shareable: !c.shareable } }));
    } catch (e) {
      setError(e);
    } finally {
      await client.invalidateQueries({ queryKey: key });
    }
  };
  return (
    <section className="quote-candidates" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Illustrative quotes</h2>
      <p className="hint">
        Passages under the findings this report rests on. Marked shareable, a passage is quoted in the partner version, attributed to its role group only; it is
        withheld when its role group is small in the district or when it names someone.
      </p>
      {candidates.isPending && <Loading what="the passages" />}
      {candidates.isError && <ErrorState error={candidates.error} />}
      {error !== null && <ErrorState error={error} />}
      {candidates.data?.length === 0 && <p>No passages yet: cite findings in the implementation assessments first.</p>}
      {candidates.data && candidates.data.length > 0 && (
        <ul>
          {candidates.data.map((c) => (
            <li key={c.excerptId} className={c.shareable ? 'shareable' : undefined}>
              <blockquote>{c.quote}</blockquote>
              <p className="muted">
                {c.attribution} ·{' '}
                {c.shareable ? (c.withheld ? `marked shareable, but withheld: ${c.withheld}` : 'quoted in the partner version') : 'not shared'}
              </p>
              {canWrite && (
                <label>
                  <input type="checkbox" checked={c.shareable} onChange={() => void toggle(c)} /> Shareable with the district
                </label>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
