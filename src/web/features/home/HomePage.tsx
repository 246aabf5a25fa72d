import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { ROLE_LABELS, ROLE_PLURALS } from '../../api/labels';
import { useSession } from '../../api/session';
import { Empty, ErrorState, Loading } from '../../components/states';
import { Invitations } from '../account/Invitations';
import { CycleCalendar } from './CycleCalendar';
import { PartnerHome } from './PartnerHome';
import { StartPartnership } from '../setup/StartPartnership';

/**
 * Where the analysis stands: for each district, its schools and the people interviewed; for each
 * cycle, interviews, ISFs and summaries done and to do, claims and findings, and the yearly
 * cycle's calendar. A partner leader sees instead what is shared with their district.
 */
export function HomePage() {
  const { partnership, can, me } = useSession();
  const progress = useQuery({
    queryKey: ['progress', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/progress', { params: { path: { partnershipId: partnership!.id } } })),
    enabled: Boolean(partnership && can.read),
  });
  if (!partnership)
    return (
      <>
        <h1>Welcome to Warrant</h1>
        {me.account.isAdmin ? (
          <>
            <Empty>There is no partnership yet: start one, then add its districts, schools and participants, and invite the team.</Empty>
            <StartPartnership />
          </>
        ) : (
          <Empty>You do not take part in a partnership yet. Ask its lead researcher for an invitation.</Empty>
        )}
        <Invitations />
      </>
    );
  if (!can.read) return <PartnerHome partnershipName={partnership.name} />;
  return (
    <>
      <h1>{partnership.name}</h1>
      {progress.isPending && <Loading what="the partnership's progress" />}
      {progress.isError && <ErrorState error={progress.error} />}
      {progress.data?.length === 0 && (
        <Empty>
          No interviews yet:{' '}
          {can.lead ? (
            <>
              <Link to="/setup">set the partnership up</Link> (cycles, districts, schools, participants, the team) or <Link to="/import">import a bundle</Link>
            </>
          ) : (
            <>
              import a bundle with <code>warrant import</code>
            </>
          )}
          .
        </Empty>
      )}
      {progress.data?.map((d) => (
        <section key={d.districtId} className="district" aria-labelledby={`d-${d.districtId}`}>
          <h2 id={`d-${d.districtId}`}>
            {d.district} <span className="muted">· {d.schools} schools</span>
          </h2>
          <p className="muted">
            {d.schoolNames.join(', ')}
            {d.participants.length > 0 &&
              ` · participants: ${d.participants.map((p) => `${p.count} ${p.count === 1 ? (ROLE_LABELS[p.role] ?? p.role).toLowerCase() : (ROLE_PLURALS[p.role] ?? p.role)}`).join(', ')}`}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Cycle</th>
                <th scope="col">Interviews</th>
                <th scope="col">ISFs complete</th>
                <th scope="col">ISFs in draft</th>
                <th scope="col">ISFs to do</th>
                <th scope="col">Summaries written</th>
                <th scope="col">Summaries to do</th>
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
                  <td>
                    <Link to={`/summaries?district=${encodeURIComponent(d.district)}&cycle=${c.cycle}`}>{c.summariesDone}</Link>
                  </td>
                  <td>{c.summariesToDo}</td>
                  <td>{c.claims}</td>
                  <td>{c.findings}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {d.cycles.map((c) => (
            <CycleCalendar key={c.cycle} district={d.district} cycle={c.cycle} steps={c.calendar} />
          ))}
        </section>
      ))}
    </>
  );
}
