import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorState, Loading } from '../../components/states';

/**
 * The audit trail, for administrators: whether its hash chain holds (no entry changed, removed or
 * reordered since it was written), in words, and the whole trail as a CSV file.
 */
export function AuditPage() {
  const { me, roleLabel } = useSession();
  if (!me.account.isAdmin)
    return (
      <>
        <h1>Not open to your role</h1>
        <p>This page is for administrators. Your role in this partnership: {roleLabel}.</p>
        <p>
          <Link to="/">Back to the partnership's home</Link>
        </p>
      </>
    );
  return <AuditTrail />;
}

function AuditTrail() {
  const verify = useQuery({ queryKey: ['audit-verify'], queryFn: () => answer(api.GET('/api/audit/verify')), enabled: false });
  const entries = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'entry' : 'entries'}`;
  return (
    <>
      <h1>Audit trail</h1>
      <p className="hint">
        Every change in Warrant is an entry of the audit trail: who, when, what and why. Each entry carries the hash of the one before it, so a change, removal
        or reordering of an entry after it was written breaks the chain.
      </p>
      <section aria-labelledby="verify-title">
        <h2 id="verify-title">Verify the chain</h2>
        <p className="actions">
          <button type="button" disabled={verify.isFetching} onClick={() => void verify.refetch()}>
            {verify.data ? 'Verify again' : 'Verify the audit trail'}
          </button>
        </p>
        {verify.isFetching && <Loading what="the audit trail's chain" />}
        {verify.isError && <ErrorState error={verify.error} />}
        {verify.data && !verify.isFetching && (
          <p role="status" className={verify.data.ok ? 'verified' : 'warning'}>
            {verify.data.ok
              ? `The audit trail holds: all ${entries(verify.data.entries)} are intact, each chained to the one before it.`
              : `The audit trail is broken at entry ${verify.data.broken?.seq ?? '?'}: ${verify.data.broken?.reason ?? 'the chain does not hold'}. ${entries(verify.data.entries)} were read. Restore the database from a backup made before, and find out who had access to it.`}
          </p>
        )}
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>
          <a href="/api/audit/export.csv" download="warrant-audit-trail.csv">
            Download the audit trail (CSV)
          </a>{' '}
          <span className="muted">— every entry with its hashes, safe to open in a spreadsheet.</span>
        </p>
      </section>
    </>
  );
}
