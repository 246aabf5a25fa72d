import { useId, useState } from 'react';
import { History } from '../history/History';
import { holds } from '../../../domain/strategy.js';
import type { Implementation, StrategyElement } from '../../api/types';
import { SavedWarnings, useSavedWarnings } from '../../components/SavedWarnings';
import { CitedList } from './CitedList';
import { ImplementationForm, PRACTICE_LABELS, SUPPORT_LABELS } from './ImplementationForm';
import { rolePlural, supportTypeName, verdictLabel } from './labels';
import { useFeedbackScope } from './scope';

const WHAT = { support: 'the intended support', practice: 'the envisioned practice' } as const;

/** An intended support or envisioned practice: what was intended, and how it was implemented. */
export function ElementFeedback({ element }: { element: StrategyElement & { kind: 'support' | 'practice' } }) {
  const { feedback, canWrite } = useFeedbackScope();
  const [editing, setEditing] = useState(false);
  const saved = useSavedWarnings();
  const statementId = useId();
  const implementation = feedback.implementations.find((i) => i.elementId === element.id);
  const what = WHAT[element.kind];
  return (
    <li className={`element ${element.kind}`}>
      <Intended id={statementId} element={element} />
      <History id={element.id} />
      <div className="implementation">
        {implementation ? <Implemented implementation={implementation} what={what} /> : <p className="muted">Implementation not assessed yet.</p>}
      </div>
      {canWrite && !editing && (
        <p className="actions">
          <button type="button" className="secondary" aria-describedby={statementId} onClick={() => setEditing(true)}>
            {implementation ? 'Revise the assessment' : 'Assess the implementation'}
          </button>
        </p>
      )}
      {editing && (
        <ImplementationForm
          element={element}
          implementation={implementation}
          what={what}
          onDone={(warnings) => {
            setEditing(false);
            saved.heed(warnings);
          }}
        />
      )}
      <SavedWarnings warnings={saved.warnings} />
    </li>
  );
}

function Intended({ id, element: e }: { id: string; element: StrategyElement }) {
  const { supportTypes } = useFeedbackScope();
  if (e.kind === 'practice') {
    return (
      <p id={id} className="statement">
        <strong>{rolePlural(e.role)}</strong>: {e.description}
        {e.target && <span className="muted"> (target: {e.target})</span>}
      </p>
    );
  }
  return (
    <p id={id} className="statement">
      <strong>{e.description}</strong>{' '}
      <span className="muted">({[supportTypeName(supportTypes, e.supportType), e.frequency && `intended ${e.frequency}`].filter(Boolean).join(', ')})</span>
    </p>
  );
}

function Implemented({ implementation: i, what }: { implementation: Implementation; what: string }) {
  return (
    <>
      <dl className="facts">
        {i.kind === 'support' ? (
          <>
            <dt>{SUPPORT_LABELS.verdict}</dt>
            <dd className={`verdict ${(i.verdict ?? '').replace(/ /g, '-')}`}>{verdictLabel(i.verdict)}</dd>
            <dt>{SUPPORT_LABELS.frequency}</dt>
            <dd>{i.frequency || <span className="muted">not stated</span>}</dd>
            <dt>{SUPPORT_LABELS.focus}</dt>
            <dd>{i.focus || <span className="muted">not stated</span>}</dd>
          </>
        ) : (
          <>
            <dt>{PRACTICE_LABELS.frequencyChange}</dt>
            <dd>{i.frequencyChange}</dd>
            <dt>{PRACTICE_LABELS.qualityChange}</dt>
            <dd>{i.qualityChange}</dd>
          </>
        )}
        <dt>{SUPPORT_LABELS.text}</dt>
        <dd className="text">{i.text}</dd>
      </dl>
      <CitedList links={i.evidence} label={`Findings cited for ${what}`} none="No findings cited." />
      <p className="version muted">
        Version {i.version}, by {i.updatedBy}
      </p>
    </>
  );
}

/** Who holds whom accountable, and for what. */
export function AccountabilityRelation({ element: e }: { element: StrategyElement }) {
  return (
    <li className="element accountability">
      <strong>{holds(e.holder ?? '')}</strong> {e.held} accountable for {e.description}
      <History id={e.id} />
    </li>
  );
}
