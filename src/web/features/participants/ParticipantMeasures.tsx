import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { figure } from '../../components/figures';
import { Empty, ErrorState, Loading } from '../../components/states';

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${figure(Math.abs(x), 2)}`;

/** A participant's measures across the years: per instrument, each scale and item in every cycle they responded in, with the change since the one before. */
export function ParticipantMeasures({ participantId }: { participantId: string }) {
  const q = useQuery({
    queryKey: ['participant-measures', participantId],
    queryFn: () => answer(api.GET('/api/participants/{id}/measures', { params: { path: { id: participantId } } })),
  });
  return (
    <section aria-labelledby="measures-heading">
      <h2 id="measures-heading">Measures across the years</h2>
      {q.isPending && <Loading what="the measures" />}
      {q.isError && <ErrorState error={q.error} />}
      {q.data?.instruments.length === 0 && <Empty>No response to any instrument yet.</Empty>}
      {q.data?.instruments.map((i) => (
        <table key={i.id}>
          <caption>
            <Link to={`/instruments/${i.id}`}>{i.name}</Link> ({i.kind}): the value in each cycle, and the change since the previous response
          </caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {i.cycles.map((c) => (
                <th scope="col" key={c} className="number">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {i.measures.map((m) => (
              <tr key={m.name}>
                <th scope="row">
                  {m.name}
                  {m.kind === 'scale' && <span className="muted"> (scale)</span>}
                </th>
                {m.values.map((v) => (
                  <td key={v.cycle} className="number">
                    {figure(v.value, 2)}
                    {v.change !== null && <span className="muted"> ({signed(v.change)})</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
