import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useSession } from '../../api/session';
import { Empty, ErrorState, Loading } from '../../components/states';

interface DistrictProgress {
  districtId: string;
  district: string;
  schools: number;
  cycles: { cycle: string; interviews: number; isfsComplete: number; isfsDraft: number; isfsToDo: number; summaries: number; claims: number; findings: number }[];
}

/** Where the analysis stands: for each district and cycle, interviews, ISFs done and to do, summaries, findings. */
export function HomePage() {
  const { partnership, can } = useSession();
  const progress = useQuery({
    queryKey: ['progress', partnership?.id],
    queryFn: () => api<DistrictProgress[]>(`/api/partnerships/${partnership!.id}/progress`),
    enabled: Boolean(partnership && can.read),
  });
  if (!partnership) return <Empty>You do not take part in a partnership yet. Ask its lead researcher for an invitation.</Empty>;
  if (!can.read) {
    return (
      <>
        <h1>{partnership.name}</h1>
        <Empty>Nothing has been shared with your district yet. The district design document and the feedback report will appear here once the team shares them.</Empty>
      </>
    );
  }
  return (
    <>
      <h1>{partnership.name}</h1>
      {progress.isPending && <Loading what="the partnership's progress" />}
      {progress.isError && <ErrorState error={progress.error} />}
      {progress.data?.length === 0 && <Empty>No interviews yet: import a bundle with <code>warrant import</code>.</Empty>}
      {progress.data?.map((d) => (
        <section key={d.districtId} className="district" aria-labelledby={`d-${d.districtId}`}>
          <h2 id={`d-${d.districtId}`}>
            {d.district} <span className="muted">· {d.schools} schools</span>
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Cycle</th>
                <th scope="col">Interviews</th>
                <th scope="col">ISFs complete</th>
                <th scope="col">ISFs in draft</th>
                <th scope="col">ISFs to do</th>
                <th scope="col">Summaries</th>
                <th scope="col">Claims</th>
                <th scope="col">Findings</th>
              </tr>
            </thead>
            <tbody>
              {d.cycles.map((c) => (
                <tr key={c.cycle}>
                  <th scope="row">{c.cycle}</th>
                  <td>
                    <Link to={`/interviews?district=${encodeURIComponent(d.district)}&cycle=${c.cycle}`}>{c.interviews}</Link>
                  </td>
                  <td>{c.isfsComplete}</td>
                  <td>{c.isfsDraft}</td>
                  <td>{c.isfsToDo}</td>
                  <td>{c.summaries}</td>
                  <td>{c.claims}</td>
                  <td>{c.findings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
