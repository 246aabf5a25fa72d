import type { ConjectureRevision } from '../../api/types';
import { day } from './theory';
import { WarrantList } from './WarrantList';

/** The versions before the current one, newest first, each with its text, author, date, reason and warrant. */
export function EarlierVersions({ revisions }: { revisions: readonly ConjectureRevision[] }) {
  if (revisions.length === 0) return <p className="muted history-note">No earlier version: the conjecture is as first stated.</p>;
  return (
    <details className="earlier-versions">
      <summary>
        Revision history: {revisions.length} earlier {revisions.length === 1 ? 'version' : 'versions'}
      </summary>
      <ol reversed className="revisions">
        {[...revisions].reverse().map((r) => (
          <li key={r.id} className="revision">
            <p className="version-line">
              Version {r.version}, {r.version === 1 ? 'stated' : 'revised'} by {r.createdBy} on <time dateTime={r.createdAt}>{day(r.createdAt)}</time>
            </p>
            <p className="revision-text">{r.text}</p>
            <p className="reason">
              <span className="why">Why:</span> {r.reason}
            </p>
            <WarrantList warrant={r.warrant} label={`Warrant of version ${r.version}`} />
          </li>
        ))}
      </ol>
    </details>
  );
}
