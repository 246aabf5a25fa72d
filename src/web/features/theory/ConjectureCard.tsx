import { useId, useState } from 'react';
import { useSession } from '../../api/session';
import type { Conjecture } from '../../api/types';
import { RetireForm } from '../../components/RetireForm';
import { AddWarrant } from './AddWarrant';
import { ConjectureUptake } from './ConjectureUptake';
import { EarlierVersions } from './EarlierVersions';
import { ReviseConjecture } from './ReviseConjecture';
import { day, useRefreshTheory } from './theory';
import { WarrantList } from './WarrantList';

/**
 * One conjecture: its current text and version with the reason and warrant of that version, the
 * uptake of the recommendations based on it (evidence from practice), and its earlier versions.
 * Writers revise it, add evidence to its warrant, or retire it.
 */
export function ConjectureCard({ conjecture, number, onSaid }: { conjecture: Conjecture; number: string; onSaid: (said: string) => void }) {
  const { can } = useSession();
  const refresh = useRefreshTheory();
  const [mode, setMode] = useState<'read' | 'evidence' | 'revise' | 'retire'>('read');
  const evidencePanel = useId();
  const current = conjecture.revisions.at(-1);
  const heading = `conjecture-${conjecture.id}`;
  return (
    <article id={conjecture.id} className="conjecture" aria-labelledby={heading} tabIndex={-1}>
      <h3 id={heading}>
        Conjecture {number} <span className="muted">· version {conjecture.version}</span>
      </h3>
      <p className="conjecture-text">{conjecture.text}</p>
      {current && (
        <>
          <p className="version-line">
            Version {current.version}, {current.version === 1 ? 'stated' : 'revised'} by {current.createdBy} on{' '}
            <time dateTime={current.createdAt}>{day(current.createdAt)}</time>
          </p>
          <p className="reason">
            <span className="why">Why:</span> {current.reason}
          </p>
          <h4>Warrant of version {current.version}</h4>
          <WarrantList warrant={current.warrant} label={`Warrant of version ${current.version}`} />
        </>
      )}
      <ConjectureUptake uptake={conjecture.uptake} />
      <EarlierVersions revisions={conjecture.revisions.slice(0, -1)} />
      {can.write && (mode === 'read' || mode === 'evidence') && (
        <div className="actions">
          <button type="button" onClick={() => setMode('revise')}>
            Revise the conjecture
          </button>
          <button
            type="button"
            className="secondary"
            aria-expanded={mode === 'evidence'}
            aria-controls={evidencePanel}
            onClick={() => setMode(mode === 'evidence' ? 'read' : 'evidence')}
          >
            {mode === 'evidence' ? 'Close the evidence' : 'Add evidence'}
          </button>
          <button type="button" className="secondary" onClick={() => setMode('retire')}>
            Retire the conjecture
          </button>
        </div>
      )}
      {can.write && <div id={evidencePanel}>{mode === 'evidence' && <AddWarrant conjecture={conjecture} />}</div>}
      {can.write && mode === 'revise' && (
        <ReviseConjecture
          conjecture={conjecture}
          onClose={() => setMode('read')}
          onRevised={(v) => onSaid(`Conjecture ${number} revised: version ${v} saved with its reason and warrant.`)}
        />
      )}
      {can.write && mode === 'retire' && (
        <RetireForm
          id={conjecture.id}
          label={`Why retire conjecture ${number} (kept in the history; earlier iterations keep it)`}
          action="Retire the conjecture"
          onRetired={async () => {
            onSaid(`Conjecture ${number} retired: the iterations that hold it keep it.`);
            await refresh();
          }}
          onCancel={() => setMode('read')}
        />
      )}
    </article>
  );
}
