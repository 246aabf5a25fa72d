import { type FormEvent, useId, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { TheoryIteration } from '../../api/types';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { useRefreshTheory } from './theory';
import { FormActions } from '../../components/FormActions';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Freezing the theory as it stands as the next dated iteration (lead researchers); refused when nothing changed. */
export function IssueIteration({ next, onIssued }: { next: number; onIssued: (iteration: TheoryIteration) => void }) {
  const { partnership } = useSession();
  const id = useId();
  const refresh = useRefreshTheory();
  const [label, setLabel] = useState('');
  const [dated, setDated] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useUnsavedChanges(label.trim() !== '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const issued = await answer(
        api.POST('/api/partnerships/{partnershipId}/theory/iterations', {
          params: { path: { partnershipId: partnership!.id } },
          body: { label: label.trim() || `Iteration ${next}`, dated },
        }),
      );
      setLabel('');
      await refresh();
      onIssued(issued);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="issue-iteration" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)}>
      <h3 id={`${id}-title`}>Issue iteration {next}</h3>
      <p className="hint">Freezes every conjecture as it stands now, with the reason and warrant of its current version.</p>
      <span className="field">
        <label htmlFor={`${id}-label`}>Label</label>
        <input id={`${id}-label`} placeholder={`Iteration ${next}`} value={label} onChange={(e) => setLabel(e.target.value)} />
      </span>
      <span className="field">
        <label htmlFor={`${id}-dated`}>Dated</label>
        <input id={`${id}-dated`} type="date" required value={dated} onChange={(e) => setDated(e.target.value)} />
      </span>
      <FormActions submit={`Issue iteration ${next}`} busy={busy} nothingToSave={!dated} />
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
