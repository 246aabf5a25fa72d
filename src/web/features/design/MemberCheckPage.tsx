import { Link, useParams } from 'react-router';
import { useSession } from '../../api/session';
import { ErrorState, Loading } from '../../components/states';
import { MemberCheckResponses } from './MemberCheckResponses';
import { onDate, useDesignDocument, useMemberCheck } from './queries';
import './design.css';

/**
 * One member check: the version sent, strategy by strategy, with the responses given; a partner
 * leader to whom it was sent answers each strategy here while it concerns the latest version.
 */
export function MemberCheckPage() {
  const { id = '' } = useParams();
  const { me, can } = useSession();
  const found = useMemberCheck(id);
  // The design document names the latest version and leads back to it.
  const doc = useDesignDocument(found.data?.version.districtId, found.data?.version.cycleId ?? '');
  if (found.isPending) return <Loading what="the member check" />;
  if (found.isError) return <ErrorState error={found.error} />;
  const { version } = found.data;
  const { check } = found.data;
  const latest = doc.data?.versions.at(-1);
  const superseded = check.superseded;
  const recipient = check.recipients.some((r) => r.accountId === me.account.id);
  const respond = recipient && !superseded;
  // Back to the design document of this member check's year (a partner leader's page knows the district).
  const back = !doc.data
    ? '/design'
    : can.read
      ? `/design?district=${encodeURIComponent(doc.data.district.name)}&cycle=${encodeURIComponent(doc.data.cycle.label)}`
      : `/design?cycle=${encodeURIComponent(doc.data.cycle.label)}`;
  return (
    <>
      <p className="breadcrumb">
        <Link to={back}>District Design Document</Link> › Member check of version {check.versionNumber}
      </p>
      <h1>
        Member check of version {check.versionNumber}
        {doc.data && (
          <span className="muted">
            {' '}
            · {doc.data.district.name}, {doc.data.cycle.label}
          </span>
        )}
      </h1>
      {doc.isError && <ErrorState error={doc.error} />}
      <dl className="facts ddd-status">
        <dt>Sent</dt>
        <dd>
          <time dateTime={check.sentOn}>{onDate(check.sentOn)}</time> by {check.sentBy}
        </dd>
        <dt>To</dt>
        <dd>{check.recipients.map((r) => (r.accountId === me.account.id ? `${r.name} (you)` : r.name)).join(', ')}</dd>
        <dt>Status</dt>
        <dd className={`ddd-state ${check.status.state.replace(/ /g, '-')}`}>{check.status.label}</dd>
      </dl>
      {check.message && <blockquote className="mc-message">{check.message}</blockquote>}
      {superseded && latest && (
        <p className="ddd-note">
          Version {version.number} has since been superseded by version {latest.number}: this member check is kept as the record, and responses now go to the
          latest version. <Link to={back}>Read the latest version</Link>
        </p>
      )}
      {respond && <p>For each strategy below, confirm it, correct it (saying what) or comment. A later response replaces an earlier one.</p>}
      <section aria-labelledby="sent-version">
        <h2 id="sent-version">
          Version {version.number} as sent <span className="muted">(issued {onDate(version.issuedOn)})</span>
        </h2>
        <MemberCheckResponses check={check} version={version} respond={respond} />
      </section>
    </>
  );
}
