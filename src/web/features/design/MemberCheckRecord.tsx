import { useId } from 'react';
import { Link } from 'react-router';
import type { DesignVersion, MemberCheck } from '../../api/types';
import { Empty } from '../../components/states';
import { onDate, RESPONSE_LABELS, when } from './queries';

/**
 * The member-check record, for the team: to whom each version was sent, who responded what to
 * each section and when, and in which version each correction was applied.
 */
export function MemberCheckRecord({ checks, versions }: { checks: readonly MemberCheck[]; versions: readonly DesignVersion[] }) {
  const headingId = useId();
  return (
    <section className="mc-record" aria-labelledby={headingId}>
      <h2 id={headingId}>Member checks</h2>
      {checks.length === 0 && <Empty>No version has been sent for member check yet.</Empty>}
      {[...checks].reverse().map((c) => (
        <CheckEntry key={c.id} check={c} version={versions.find((v) => v.id === c.versionId)} />
      ))}
    </section>
  );
}

function CheckEntry({ check: c, version }: { check: MemberCheck; version: DesignVersion | undefined }) {
  const headingId = useId();
  const title = (key: string) => {
    const s = version?.sections.find((x) => x.key === key);
    return s ? `${s.number}. ${s.name}` : key;
  };
  const order = (key: string) => version?.sections.find((x) => x.key === key)?.number ?? Number.MAX_SAFE_INTEGER;
  const responses = [...c.responses].sort((a, b) => order(a.section) - order(b.section) || a.createdAt.localeCompare(b.createdAt));
  return (
    <article className="mc-check" aria-labelledby={headingId}>
      <h3 id={headingId}>Member check of version {c.versionNumber}</h3>
      <p>
        Sent <time dateTime={c.sentOn}>{onDate(c.sentOn)}</time> by {c.sentBy} to {c.recipients.map((r) => `${r.name} (${r.email})`).join(', ')} ·{' '}
        <Link to={`/member-checks/${c.id}`}>Open this member check</Link>
      </p>
      {c.message && <blockquote className="mc-message">{c.message}</blockquote>}
      <p>
        <strong>Status:</strong> {c.status.label}
      </p>
      {responses.length === 0 ? (
        <Empty>No response yet.</Empty>
      ) : (
        <table className="mc-table">
          <caption>Responses to version {c.versionNumber}, strategy by strategy</caption>
          <thead>
            <tr>
              <th scope="col">Strategy</th>
              <th scope="col">Who</th>
              <th scope="col">Response</th>
              <th scope="col">What they said</th>
              <th scope="col">When</th>
              <th scope="col">Applied</th>
            </tr>
          </thead>
          <tbody>
            {responses.map((r) => (
              <tr key={r.id}>
                <td>{title(r.section)}</td>
                <td>{r.name}</td>
                <td>{RESPONSE_LABELS[r.response]}</td>
                <td>{r.text || <span className="muted">(nothing added)</span>}</td>
                <td>
                  <time dateTime={r.createdAt}>{when(r.createdAt)}</time>
                </td>
                <td>{r.response !== 'correct' ? <span className="muted">n/a</span> : r.appliedInVersion ? `in version ${r.appliedInVersion}` : 'not yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
