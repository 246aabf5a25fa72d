import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { answer, api, qs } from '../../api/client';
import { useSession } from '../../api/session';
import type { CheckIssue as Issue } from '../../api/types';
import { ErrorState, Loading } from '../../components/states';
import { PassagesToReview } from './PassagesToReview';

const KIND: Record<Issue['kind'], string> = {
  finding: 'Finding',
  claim: 'Claim',
  isfEntry: 'ISF entry',
  strategy: 'Strategy',
  strategyElement: 'Element of a strategy',
  implementation: 'Sent report, implementation',
  explanation: 'Sent report, explanation',
  recommendation: 'Sent report, recommendation',
};

/** Where an issue is mended: the interview, the strategies, the district's feedback, or the trace. */
const placeOf = (i: Issue) =>
  i.interviewId
    ? `/interviews/${i.interviewId}`
    : i.kind === 'strategy' || i.kind === 'strategyElement'
      ? '/strategies'
      : i.district
        ? `/feedback${qs({ district: i.district, cycle: i.cycle })}`
        : `/trace/${i.id}`;

/** Where a reason is mended: an ISF entry or passage on its interview's page, a claim or finding on its trace. */
const mendPlace = (m: NonNullable<Issue['why']>[number]['mendAt'] & object) => (m.interviewId ? `/interviews/${m.interviewId}` : `/trace/${m.id}`);

/** Every chain that does not reach the transcripts (the web face of `warrant check`). */
export function CheckPage() {
  const { partnership } = useSession();
  const check = useQuery({
    queryKey: ['check', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/check', { params: { path: { partnershipId: partnership!.id } } })),
    enabled: Boolean(partnership),
  });
  if (check.isPending) return <Loading what="the chains" />;
  if (check.isError) return <ErrorState error={check.error} />;
  const { issues } = check.data;
  return (
    <>
      <h1>Broken chains</h1>
      <PassagesToReview />
      {issues.length === 0 ? (
        <p className="done" role="status">
          Every ISF entry, claim and finding traces to transcript passages.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">What</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i) => (
              <tr key={i.id} className={i.severity}>
                <td>{i.severity === 'broken' ? 'Broken' : 'To review'}</td>
                <th scope="row">
                  {KIND[i.kind]}: <Link to={placeOf(i)}>{i.label}</Link>
                </th>
                <td className="why">
                  {i.why ? (
                    <ul>
                      {i.why.map((w, n) => (
                        <li key={n}>{w.mendAt ? <Link to={mendPlace(w.mendAt)}>{w.text}</Link> : w.text}</li>
                      ))}
                    </ul>
                  ) : (
                    i.reasons.join('; ')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
