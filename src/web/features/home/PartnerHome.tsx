import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { useSession } from '../../api/session';
import type { DesignDocument } from '../../api/types';
import { Empty, ErrorState, Loading } from '../../components/states';
import { awaitsResponse, type CheckWithVersion, useDesignDocument, useMyMemberChecks, usePartnerDistrict, when } from '../design/queries';
import './home.css';

const NOTHING_SHARED =
  'Nothing has been shared with your district yet. The district design document and the feedback report will appear here once the team shares them.';

/**
 * A partner leader's home: where their district's design document stands, and the member checks
 * that wait for their response. What the team has not shared does not appear.
 */
export function PartnerHome({ partnershipName }: { partnershipName: string }) {
  const districtId = usePartnerDistrict();
  const doc = useDesignDocument(districtId);
  const checks = useMyMemberChecks(Boolean(districtId));
  // A refusal (no cycle yet, no such district) means nothing has been shared: said plainly, not as an error.
  const refused = doc.error instanceof ApiError && doc.error.status < 500;
  const shared = doc.data && doc.data.versions.length > 0;
  return (
    <div className="partner-home">
      <h1>{partnershipName}</h1>
      {districtId && doc.isPending && <Loading what="your district's design document" />}
      {doc.isError && !refused && <ErrorState error={doc.error} />}
      {(!districtId || refused || (doc.data && !shared)) && <Empty>{NOTHING_SHARED}</Empty>}
      {shared && <DesignDocumentStatus doc={doc.data} />}
      {checks.isError && <ErrorState error={checks.error} />}
      {checks.data && checks.data.length > 0 && <AwaitingResponse checks={checks.data} />}
    </div>
  );
}

function DesignDocumentStatus({ doc }: { doc: DesignDocument }) {
  const latest = doc.versions.at(-1)!;
  return (
    <section aria-labelledby="home-ddd">
      <h2 id="home-ddd">Your district's design document</h2>
      <p>
        {doc.district.name}, {doc.cycle.label}: version {latest.number}, issued {when(latest.createdAt)}.
        <br />
        Status: <strong>{doc.status.label}</strong>
      </p>
      <p>
        <Link to="/design">Read the design document</Link>
      </p>
    </section>
  );
}

/** Member checks sent to the partner leader that still wait for a response to some strategy. */
function AwaitingResponse({ checks }: { checks: readonly CheckWithVersion[] }) {
  const { me } = useSession();
  const awaiting = checks.filter((c) => awaitsResponse(c, me.account.id));
  return (
    <section aria-labelledby="home-awaiting">
      <h2 id="home-awaiting">Member checks awaiting your response</h2>
      {awaiting.length === 0 ? (
        <Empty>No member check waits for your response.</Empty>
      ) : (
        <ul className="awaiting">
          {awaiting.map(({ check, version }) => {
            const answered = version.sections.filter((s) => check.responses.some((r) => r.accountId === me.account.id && r.section === s.key)).length;
            return (
              <li key={check.id}>
                <Link to={`/member-checks/${check.id}`}>
                  Design document, version {version.number}: member check sent {when(check.sentAt)}
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
