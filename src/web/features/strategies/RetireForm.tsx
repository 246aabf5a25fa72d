import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { useRefreshStrategies } from './scope';

/** Retiring a strategy or an element: kept with its history, no longer part of the district's design. */
export function RetireForm({ id, what, onDone }: { id: string; what: string; onDone: () => void }) {
  const refresh = useRefreshStrategies();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const reasonId = useId();
  useUnsavedChanges(reason.trim() !== '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('/api/retirements', { method: 'POST', body: { id, reason } });
      setReason('');
      await refresh();
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="retire" onSubmit={(e) => void submit(e)}>
      <p>Retiring keeps the {what} and its history; it leaves the district's design and its documents.</p>
      <span className="field">
        <label htmlFor={reasonId}>Why retire it (kept in the history)</label>
        <input id={reasonId} required value={reason} onChange={(e) => setReason(e.target.value)} />
      </span>
      <p className="actions">
        <button type="submit" disabled={busy || !reason.trim()}>
          Retire the {what}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </p>
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
