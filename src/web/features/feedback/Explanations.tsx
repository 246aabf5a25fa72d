import { useId, useState } from 'react';
import type { Explanation } from '../../api/types';
import { SavedWarnings, useSavedWarnings } from '../../components/SavedWarnings';
import { CitedList } from './CitedList';
import { ExplanationForm, WHY_LABELS } from './ExplanationForm';
import { supportTypeName } from './labels';
import { useFeedbackScope } from './scope';

/** Why the strategy's supports and accountability worked as they did, in the terms of the interpretive framework. */
export function Explanations({ strategyId, explanations }: { strategyId: string; explanations: readonly Explanation[] }) {
  const { canWrite } = useFeedbackScope();
  const [adding, setAdding] = useState(false);
  const saved = useSavedWarnings();
  return (
    <>
      {explanations.length === 0 && <p className="muted">No explanation written yet.</p>}
      {explanations.length > 0 && (
        <ol className="explanations">
          {explanations.map((e, n) => (
            <ExplanationItem key={e.id} explanation={e} number={n + 1} />
          ))}
        </ol>
      )}
      {canWrite && !adding && (
        <p className="actions">
          <button type="button" onClick={() => setAdding(true)}>
            Add an explanation
          </button>
        </p>
      )}
      {adding && (
        <ExplanationForm
          strategyId={strategyId}
          onDone={(warnings) => {
            setAdding(false);
            saved.heed(warnings);
          }}
        />
      )}
      <SavedWarnings warnings={saved.warnings} />
    </>
  );
}

function ExplanationItem({ explanation: e, number }: { explanation: Explanation; number: number }) {
  const { canWrite, supportTypes } = useFeedbackScope();
  const [editing, setEditing] = useState(false);
  const saved = useSavedWarnings();
  const textId = useId();
  return (
    <li className="explanation">
      <p id={textId} className="text">
        {e.text}
      </p>
      <dl className="facts">
        <dt>{WHY_LABELS.learningOpportunities}</dt>
        <dd>{e.learningOpportunities || <span className="muted">not stated</span>}</dd>
        <dt>{WHY_LABELS.press}</dt>
        <dd>{e.press || <span className="muted">not stated</span>}</dd>
        <dt>{WHY_LABELS.frameworkRefs}</dt>
        <dd>{e.frameworkRefs.length ? e.frameworkRefs.map((r) => supportTypeName(supportTypes, r)).join(', ') : <span className="muted">none</span>}</dd>
      </dl>
      <CitedList links={e.evidence} label={`What explanation ${number} cites`} none="No findings cited." />
      <p className="version muted">
        Version {e.version}, by {e.updatedBy}
      </p>
      {canWrite && !editing && (
        <p className="actions">
          <button type="button" className="secondary" aria-describedby={textId} onClick={() => setEditing(true)}>
            Revise the explanation
          </button>
        </p>
      )}
      {editing && (
        <ExplanationForm
          explanation={e}
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
