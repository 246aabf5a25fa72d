import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { answer, api } from '../api/client';
import { ErrorState } from './states';
import { useUnsavedChanges } from './unsaved';
import { FormActions } from './FormActions';

interface Props {
  /** The record to retire. */
  id: string;
  /** The reason field's label, e.g. "Why retire it (kept in the history)". */
  label: string;
  /** The button's words, e.g. "Retire the type". */
  action: string;
  /** What retiring does to this kind of record, said before it is done. */
  children?: ReactNode;
  className?: string;
  /** After the server retired it: refresh what listed it. */
  onRetired: () => Promise<void> | void;
  onCancel: () => void;
}

/** Retiring a record with its reason kept in the history: nothing is deleted, it leaves the lists. */
export function RetireForm({ id, label, action, children, className = 'retirement', onRetired, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const field = useId();
  useUnsavedChanges(reason.trim() !== '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await answer(api.POST('/api/retirements', { body: { id, reason } }));
      setReason('');
      await onRetired();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={className} onSubmit={(e) => void submit(e)}>
      {children}
      <label htmlFor={field}>{label}</label>
      <input id={field} required value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      <FormActions submit={action} busy={busy} nothingToSave={!reason.trim()} onCancel={onCancel} />
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
