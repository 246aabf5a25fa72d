import { useId, useState } from 'react';
import { holds } from '../../../domain/strategy.js';
import type { StrategyElement } from '../../api/types';
import { SavedWarnings, useSavedWarnings } from '../../components/SavedWarnings';
import { ElementForm } from './ElementForm';
import { KIND_LABELS, rolePlural, supportTypeName } from './elements';
import { EvidenceList } from './EvidenceList';
import { EvidencePicker } from './EvidencePicker';
import { History } from '../history/History';
import { RetireForm } from './RetireForm';
import { useScope } from './scope';

/** One envisioned practice, intended support or accountability relation, with its evidence. */
export function ElementItem({ element, canWrite }: { element: StrategyElement; canWrite: boolean }) {
  const [mode, setMode] = useState<'read' | 'edit' | 'retire'>('read');
  const saved = useSavedWarnings();
  const statementId = useId();
  const what = KIND_LABELS[element.kind].toLowerCase();
  return (
    <li className={`element ${element.kind}`}>
      <Statement id={statementId} element={element} />
      <EvidenceList evidence={element.evidence} label={`Evidence for the ${what}`} canWrite={canWrite} />
      <History id={element.id} />
      {canWrite && mode === 'read' && (
        <div className="actions">
          <button type="button" className="secondary" aria-describedby={statementId} onClick={() => setMode('edit')}>
            Edit
          </button>
          <button type="button" className="secondary" aria-describedby={statementId} onClick={() => setMode('retire')}>
            Retire
          </button>
          <EvidencePicker citingId={element.id} what={`the ${what}`} evidence={element.evidence} />
        </div>
      )}
      {mode === 'edit' && (
        <ElementForm
          element={element}
          onDone={(warnings) => {
            setMode('read');
            saved.heed(warnings);
          }}
        />
      )}
      <SavedWarnings warnings={saved.warnings} />
      {mode === 'retire' && <RetireForm id={element.id} what={what} onDone={() => setMode('read')} />}
    </li>
  );
}

function Statement({ id, element: e }: { id: string; element: StrategyElement }) {
  const { supportTypes } = useScope();
  switch (e.kind) {
    case 'practice':
      return (
        <div id={id}>
          <p className="statement">
            <strong>{rolePlural(e.role ?? '')}</strong>: {e.description}
          </p>
          <dl className="facts">
            <dt>Measurable target</dt>
            <dd>{e.target || <span className="muted">none stated</span>}</dd>
          </dl>
        </div>
      );
    case 'support':
      return (
        <div id={id}>
          <p className="statement">
            <strong>{e.description}</strong>
          </p>
          <dl className="facts">
            <dt>Type of support</dt>
            <dd>{supportTypeName(supportTypes, e.supportType)}</dd>
            <dt>Role groups served</dt>
            <dd>{e.rolesServed.map(rolePlural).join(', ')}</dd>
            <dt>Frequency</dt>
            <dd>{e.frequency || <span className="muted">not stated</span>}</dd>
            <dt>Provider</dt>
            <dd>{e.provider || <span className="muted">not stated</span>}</dd>
            <dt>Co-participation with someone more expert</dt>
            <dd>{e.coParticipation ? 'Yes' : 'No'}</dd>
          </dl>
        </div>
      );
    case 'accountability':
      return (
        <div id={id}>
          <p className="statement">
            <strong>{holds(e.holder ?? '')}</strong> {e.held} accountable for {e.description}
          </p>
        </div>
      );
  }
}
