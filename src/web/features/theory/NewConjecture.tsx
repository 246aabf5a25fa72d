import { type FormEvent, useId, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { TheoryComponent } from '../../api/types';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { ChosenWarrant } from './ChosenWarrant';
import { type ChosenEvidence, EvidenceChooser } from './EvidenceChooser';
import { useRefreshTheory } from './theory';
import { FormActions } from '../../components/FormActions';

/** Stating a new conjecture in a component, with the evidence its first version rests on. */
export function NewConjecture({ component, onStated }: { component: TheoryComponent; onStated: (text: string) => void }) {
  const { partnership } = useSession();
  const id = useId();
  const refresh = useRefreshTheory();
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [warrant, setWarrant] = useState<ChosenEvidence[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useUnsavedChanges(text.trim() !== '' || reason.trim() !== '' || warrant.length > 0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const stated = await answer(
        api.POST('/api/partnerships/{partnershipId}/conjectures', {
          params: { path: { partnershipId: partnership!.id } },
          body: {
            component: component.id,
            text,
            ...(reason.trim() && { reason: reason.trim() }),
            warrant: warrant.map((w) => ({ id: w.id, bearing: w.bearing, ...(w.note && { note: w.note }) })),
          },
        }),
      );
      setText('');
      setReason('');
      setWarrant([]);
      await refresh();
      onStated(stated.text);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="new">
      <summary>
        State a conjecture<span className="visually-hidden"> in {component.name}</span>
      </summary>
      <form className="new-conjecture" aria-label={`State a conjecture in ${component.name}`} onSubmit={(e) => void submit(e)}>
        <span className="field">
          <label htmlFor={`${id}-text`}>Conjecture</label>
          <textarea id={`${id}-text`} rows={3} required value={text} onChange={(e) => setText(e.target.value)} />
        </span>
        <span className="field">
          <label htmlFor={`${id}-reason`}>Where it comes from (optional)</label>
          <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
        </span>
        <ChosenWarrant title="Warrant of its first version" warrant={warrant} onRemove={(gone) => setWarrant(warrant.filter((w) => w.id !== gone))} />
        <EvidenceChooser
          action="Add to its warrant"
          exclude={new Set(warrant.map((w) => w.id))}
          onChoose={(w) => {
            setWarrant([...warrant, w]);
            return true;
          }}
        />
        <FormActions submit="State the conjecture" busy={busy} nothingToSave={!text.trim()} />
        {error !== null && <ErrorState error={error} />}
      </form>
    </details>
  );
}
