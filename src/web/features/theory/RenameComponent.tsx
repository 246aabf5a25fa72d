import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Theory } from '../../api/types';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';

type Component = Theory[number]['component'];

/** Lead researchers rename a component: a new version, with the reason kept in its history. */
export function RenameComponent({ component }: { component: Component }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['theory'] });
    await client.invalidateQueries({ queryKey: ['feedback-theory'] });
  };
  const {
    busy,
    error,
    conflict,
    run,
    reset,
    base,
    draft: name,
    setDraft: setName,
    takeTheirs,
  } = useVersionedDraft<string, number>(() => ({ values: component.name, version: component.version }), {
    read: (current) => String(current.name ?? ''),
    refresh,
  });
  const [reason, setReason] = useState('');
  const id = useId();
  useUnsavedChanges(open && name.trim() !== component.name);
  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        Rename the component
      </button>
    );
  }
  const save = (expectedVersion: number) =>
    run(async () => {
      await answer(api.PATCH('/api/theory-components/{id}', { params: { path: { id: component.id } }, body: { name, expectedVersion, reason } }));
      await refresh();
      setOpen(false);
      setReason('');
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  return (
    <form className="rename-component" onSubmit={submit}>
      <label htmlFor={`${id}-name`}>New name of “{component.name}”</label>
      <input id={`${id}-name`} required value={name} onChange={(e) => setName(e.target.value)} />
      <ChangeReason id={id} label="Why (kept in the history)" value={reason} onChange={setReason} className="" />
      <FormActions
        submit="Rename"
        busy={busy}
        nothingToSave={!name.trim() || name.trim() === component.name}
        onCancel={() => {
          setOpen(false);
          setName(component.name);
          reset();
        }}
      />
      {conflict && (
        <ConflictValues
          values={[['Name', String(conflict.current.name ?? '')]]}
          busy={busy}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
