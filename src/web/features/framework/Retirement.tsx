import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/client';
import { ErrorState } from '../../components/states';
import './retirement.css';

interface Props {
  /** The record to retire (a support type, an artifact). */
  id: string;
  /** What the buttons call it: "the type", "the artifact". */
  what: string;
  /** What the record is, for the reason's label: the type's name, the artifact's title. */
  name: string;
  /** After the server retired it: refresh what listed it. */
  onRetired: () => Promise<void> | void;
}

/**
 * Retiring a record with the reason kept in its history: nothing is deleted, the record only
 * leaves the lists. Two steps, so that one click does not retire anything.
 */
export function Retirement({ id, what, name, onRetired }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const field = useId();

  const close = () => {
    setOpen(false);
    setReason('');
    setError(null);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('/api/retirements', { method: 'POST', body: { id, reason } });
      close();
      await onRetired();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Retire {what}
      </button>
    );
  }
  return (
    <form className="retirement" onSubmit={(e) => void submit(e)}>
      <label htmlFor={field}>Why retire “{name}” (kept in the history)</label>
      <input id={field} required value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      <p className="actions">
        <button type="submit" disabled={busy || !reason.trim()}>
          Retire {what}
        </button>
        <button type="button" className="secondary" onClick={close}>
          Cancel
        </button>
      </p>
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
