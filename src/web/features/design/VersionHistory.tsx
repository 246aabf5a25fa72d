import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { answer, api } from '../../api/client';
import type { DesignVersion, SectionDiff } from '../../api/types';
import { ErrorState, Loading } from '../../components/states';
import { onDate } from './queries';

/** The issued versions, newest first, each with why it was issued and what changed from the one before. */
export function VersionHistory({ versions }: { versions: readonly DesignVersion[] }) {
  const headingId = useId();
  return (
    <section className="ddd-versions" aria-labelledby={headingId}>
      <h2 id={headingId}>Versions</h2>
      <ul className="ddd-version-list">
        {[...versions].reverse().map((v) => (
          <VersionEntry key={v.id} version={v} />
        ))}
      </ul>
    </section>
  );
}

function VersionEntry({ version: v }: { version: DesignVersion }) {
  const [open, setOpen] = useState(false);
  const diffId = useId();
  return (
    <li className="ddd-version">
      <p>
        <strong>Version {v.number}</strong>, issued <time dateTime={v.issuedOn}>{onDate(v.issuedOn)}</time> by {v.createdBy} · {v.sections.length}{' '}
        {v.sections.length === 1 ? 'strategy' : 'strategies'}
        <br />
        <span className="muted">Why: {v.reason}</span>
      </p>
      {v.basedOnId && (
        <button type="button" className="secondary" aria-expanded={open} aria-controls={diffId} onClick={() => setOpen(!open)}>
          {open ? 'Hide the comparison' : `Compare version ${v.number} with the previous version`}
        </button>
      )}
      <div id={diffId}>{open && <VersionComparison versionId={v.id} />}</div>
    </li>
  );
}

/** What changed from the version a version was based on, section by section: removed and added lines marked in words and signs, not colour alone. */
function VersionComparison({ versionId }: { versionId: string }) {
  const diff = useQuery({
    queryKey: ['ddd-diff', versionId],
    queryFn: () => answer(api.GET('/api/ddd-versions/{id}/diff', { params: { path: { id: versionId } } })),
  });
  if (diff.isPending) return <Loading what="the comparison" />;
  if (diff.isError) return <ErrorState error={diff.error} />;
  const { from, to, sections } = diff.data;
  const changed = sections.filter((s) => s.status !== 'unchanged');
  return (
    <div className="ddd-diff">
      <p>
        From version {from.number} to version {to.number}:{' '}
        {changed.length === 0
          ? 'no strategy changed.'
          : `${changed.length} of ${sections.length} ${sections.length === 1 ? 'strategy' : 'strategies'} changed.`}
      </p>
      {sections.map((s) => (
        <SectionComparison key={s.key} section={s} />
      ))}
    </div>
  );
}

const STATUS_TEXT: Record<SectionDiff['status'], string> = { added: 'added', removed: 'removed', changed: 'changed', unchanged: 'unchanged' };

function SectionComparison({ section: s }: { section: SectionDiff }) {
  return (
    <div className={`ddd-diff-section ${s.status}`}>
      <h4>
        {s.title} <span className="muted">({STATUS_TEXT[s.status]})</span>
      </h4>
      {s.status !== 'unchanged' && (
        <ul className="ddd-diff-lines">
          {s.lines.map((line, i) => (
            <li key={i} className={`diff-line ${line.op}`}>
              {line.op === 'added' && (
                <ins>
                  <span className="diff-op">+ Added:</span> {line.text}
                </ins>
              )}
              {line.op === 'removed' && (
                <del>
                  <span className="diff-op">− Removed:</span> {line.text}
                </del>
              )}
              {line.op === 'changed' && (
                <span className="diff-changed">
                  <span className="diff-op">~ Changed:</span>{' '}
                  {line.words.map((w, j) =>
                    w.op === 'added' ? <ins key={j}>{w.text}</ins> : w.op === 'removed' ? <del key={j}>{w.text}</del> : <span key={j}>{w.text}</span>,
                  )}
                </span>
              )}
              {line.op === 'same' && (
                <span className="diff-same">
                  <span className="visually-hidden">Unchanged: </span>
                  {line.text}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
