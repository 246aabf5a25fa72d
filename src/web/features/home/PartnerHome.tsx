import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { Empty, ErrorState, Loading } from '../../components/states';
import {
  awaitsResponse,
  type CheckWithVersion,
  type SharedInCycle,
  type SharedWithDistrict,
  useMyMemberChecks,
  usePartnerDistrict,
  useSharedWithDistrict,
  onDate,
} from '../design/queries';
import { onDay } from '../feedback/queries';
import './home.css';

const NOTHING_SHARED =
  'Nothing has been shared with your district yet. The district design document and the feedback report will appear here once the team shares them.';

const designOf = (cycle: string) => `/design?cycle=${encodeURIComponent(cycle)}`;
const feedbackOf = (cycle: string) => `/feedback?cycle=${encodeURIComponent(cycle)}`;

/**
 * A partner leader's home: where their district's design document stands, the member checks that
 * wait for their response, and everything shared with the district, year by year, newest first.
 * What the team has not shared does not appear.
 */
export function PartnerHome({ partnershipName }: { partnershipName: string }) {
  const districtId = usePartnerDistrict();
  const shared = useSharedWithDistrict(districtId);
  const checks = useMyMemberChecks(Boolean(districtId));
  const years = shared.data?.cycles.filter((c) => c.shared) ?? [];
  return (
    <div className="partner-home">
      <h1>{partnershipName}</h1>
      {districtId && shared.isPending && <Loading what="what was shared with your district" />}
      {shared.isError && <ErrorState error={shared.error} />}
      {(!districtId || (shared.data && years.length === 0)) && <Empty>{NOTHING_SHARED}</Empty>}
      {shared.data && <DesignDocumentStatus shared={shared.data} />}
      {checks.isError && <ErrorState error={checks.error} />}
      {checks.data && checks.data.length > 0 && <AwaitingResponse checks={checks.data} cycles={shared.data?.cycles ?? []} />}
      {shared.data && years.length > 0 && <SharedByYear years={years} />}
    </div>
  );
}

/** The newest design document issued to the district, and where its member check stands. */
function DesignDocumentStatus({ shared }: { shared: SharedWithDistrict }) {
  const year = shared.cycles.find((c) => c.designDocument.versions.length > 0);
  if (!year) return null;
  const latest = year.designDocument.versions.at(-1)!;
  return (
    <section aria-labelledby="home-ddd">
      <h2 id="home-ddd">Your district's design document</h2>
      <p>
        {shared.district.name}, {year.cycle.label}: version {latest.number}, issued {onDate(latest.issuedOn)}.
        <br />
        Status: <strong>{year.designDocument.status.label}</strong>
      </p>
      <p>
        <Link to={designOf(year.cycle.label)}>Read the design document</Link>
      </p>
    </section>
  );
}

/** Member checks sent to the partner leader that still wait for a response to some strategy. */
function AwaitingResponse({ checks, cycles }: { checks: readonly CheckWithVersion[]; cycles: readonly SharedInCycle[] }) {
  const { me } = useSession();
  const awaiting = checks.filter((c) => awaitsResponse(c, me.account.id));
  const yearOf = (cycleId: string) => cycles.find((c) => c.cycle.id === cycleId)?.cycle.label;
  return (
    <section aria-labelledby="home-awaiting">
      <h2 id="home-awaiting">Member checks awaiting your response</h2>
      {awaiting.length === 0 ? (
        <Empty>No member check waits for your response.</Empty>
      ) : (
        <ul className="awaiting">
          {awaiting.map(({ check, version }) => {
            const answered = version.sections.filter((s) => check.responses.some((r) => r.accountId === me.account.id && r.section === s.key)).length;
            const year = yearOf(version.cycleId);
            return (
              <li key={check.id}>
                <Link to={`/member-checks/${check.id}`}>
                  Design document{year && ` ${year}`}, version {version.number}: member check sent {onDate(check.sentOn)}
                </Link>{' '}
                <span className="muted">
                  · by {check.sentBy} · you have answered {answered} of {version.sections.length} {version.sections.length === 1 ? 'strategy' : 'strategies'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

const strategies = (n: number) => `${n} ${n === 1 ? 'strategy' : 'strategies'}`;

/** Where a member check stands for the one reading it. */
function checkState(check: SharedInCycle['memberChecks'][number]): string {
  if (!check.sentToYou) return 'sent to other leaders of your district';
  const all = check.youAnswered >= check.sections;
  if (all) return `you answered all ${strategies(check.sections)}`;
  if (check.superseded) return `superseded by a later version; you answered ${check.youAnswered} of ${strategies(check.sections)}`;
  return `awaiting your response: you have answered ${check.youAnswered} of ${strategies(check.sections)}`;
}

/** Everything shared with the district, one list a year, newest first, each item a link to its year's page. */
function SharedByYear({ years }: { years: readonly SharedInCycle[] }) {
  return (
    <section aria-labelledby="home-shared">
      <h2 id="home-shared">Shared with your district, year by year</h2>
      {years.map((y) => (
        <section key={y.cycle.id} className="shared-year" aria-labelledby={`shared-${y.cycle.id}`}>
          <h3 id={`shared-${y.cycle.id}`}>{y.cycle.label}</h3>
          <ul className="awaiting">
            {y.designDocument.versions.map((v, n) => (
              <li key={v.id}>
                <Link to={designOf(y.cycle.label)}>District Design Document, version {v.number}</Link>{' '}
                <span className="muted">
                  · issued {onDate(v.issuedOn)}
                  {n < y.designDocument.versions.length - 1 ? ' · superseded' : ` · ${y.designDocument.status.label}`}
                </span>
              </li>
            ))}
            {y.memberChecks.map((c) => (
              <li key={c.id}>
                <Link to={`/member-checks/${c.id}`}>Member check of version {c.versionNumber}</Link>{' '}
                <span className="muted">
                  · sent {onDate(c.sentOn)} · {checkState(c)}
                </span>
              </li>
            ))}
            {y.feedbackReports.map((r, n) => (
              <li key={r.number}>
                <Link to={feedbackOf(y.cycle.label)}>District Feedback and Recommendations Report, version {r.number}</Link>{' '}
                <span className="muted">
                  · sent to your district on {onDay(r.sentOn)}
                  {n < y.feedbackReports.length - 1 && ' · superseded'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
