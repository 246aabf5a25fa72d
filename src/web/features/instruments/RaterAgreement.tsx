import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { figure } from '../../components/figures';
import { ErrorState, Loading } from '../../components/states';
import type { InstrumentDetail } from './InstrumentPage';

const share = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** An observation rubric's agreement between raters on the lessons two of them scored, per dimension and pooled, in a cycle or all. */
export function RaterAgreement({ instrument }: { instrument: InstrumentDetail }) {
  const { cycles } = useDirectory();
  const [cycle, setCycle] = useState('');
  const agreement = useQuery({
    queryKey: ['agreement', instrument.id, instrument.version, cycle],
    queryFn: () => answer(api.GET('/api/instruments/{id}/agreement', { params: { path: { id: instrument.id }, query: { ...(cycle && { cycle }) } } })),
  });
  const scored = cycles.filter((c) => instrument.responses.some((r) => r.cycle === c.label));
  return (
    <section aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement between raters</h2>
      <form aria-label="Agreement in a cycle" onSubmit={(e) => e.preventDefault()}>
        <label>
          Cycle{' '}
          <select value={cycle} onChange={(e) => setCycle(e.target.value)}>
            <option value="">All cycles</option>
            {scored.map((c) => (
              <option key={c.id} value={c.label}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </form>
      {agreement.isPending && <Loading what="the agreement" />}
      {agreement.isError && <ErrorState error={agreement.error} />}
      {agreement.data && (
        <>
          <p>
            {agreement.data.doubleRated} of {agreement.data.lessons} lessons scored by two raters or more
            {agreement.data.raters.length ? ` (raters: ${agreement.data.raters.join(', ')})` : ''}. Krippendorff's α treats the levels as ordered; exact and
            within-one agreement count the pairs of raters' levels on the same lesson.
          </p>
          <table>
            <caption>
              Agreement between the raters of {instrument.name}
              {agreement.data.cycle ? `, ${agreement.data.cycle}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col" className="number">
                  Double-rated lessons
                </th>
                <th scope="col" className="number">
                  Ordinal α
                </th>
                <th scope="col" className="number">
                  Exact
                </th>
                <th scope="col" className="number">
                  Within one level
                </th>
              </tr>
            </thead>
            <tbody>
              {[...agreement.data.dimensions, agreement.data.pooled].map((d) => (
                <tr key={d.dimension ?? ''}>
                  <th scope="row">{d.dimension ?? 'All dimensions'}</th>
                  <td className="number">{d.doubleRated}</td>
                  <td className="number">{figure(d.alpha.alpha)}</td>
                  <td className="number">{share(d.exact)}</td>
                  <td className="number">{share(d.adjacent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
