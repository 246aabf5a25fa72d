import { type FormEvent, useId, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { useRefreshTheory } from './theory';
import { FormActions } from '../../components/FormActions';

/** A key as the team would write it for a name: "Student assessment" → "student_assessment". */
const keyFor = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 60);

/** Adding a component to the theory of action (lead researchers). */
export function NewComponent({ onAdded }: { onAdded: (name: string) => void }) {
  const { partnership } = useSession();
  const id = useId();
  const refresh = useRefreshTheory();
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyWritten, setKeyWritten] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useUnsavedChanges(name.trim() !== '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await answer(
        api.POST('/api/partnerships/{partnershipId}/theory/components', { params: { path: { partnershipId: partnership!.id } }, body: { key, name } }),
      );
      setName('');
      setKey('');
      setKeyWritten(false);
      await refresh();
      onAdded(name.trim());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="new">
      <summary>Add a component</summary>
      <form className="new-component" aria-label="Add a component" onSubmit={(e) => void submit(e)}>
        <span className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            required
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              if (!keyWritten) setKey(keyFor(e.target.value));
            }}
          />
        </span>
        <span className="field">
          <label htmlFor={`${id}-key`}>Key</label>
          <input
            id={`${id}-key`}
            required
            aria-describedby={`${id}-key-hint`}
            value={key}
            onChange={(e) => {
              setKeyWritten(true);
              setKey(e.target.value);
            }}
          />
          <span id={`${id}-key-hint`} className="hint">
            Lower-case letters, digits and underscores, e.g. student_assessment; it names the component in commands and does not change.
          </span>
        </span>
        <FormActions submit="Add the component" busy={busy} />
        {error !== null && <ErrorState error={error} />}
      </form>
    </details>
  );
}
