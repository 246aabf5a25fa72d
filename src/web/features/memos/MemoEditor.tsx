import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Memo } from '../../api/types';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';

interface Values {
  title: string;
  text: string;
}

const theirsOf = (current: Record<string, unknown>): Values => ({ title: String(current.title ?? ''), text: String(current.text ?? '') });

/** Editing a memo: its next version, made on the version one read, with why. */
export function MemoEditor({ memo, onClose, refresh }: { memo: Memo; onClose: () => void; refresh: () => Promise<unknown> }) {
  const { busy, error, conflict, run, base, draft, setDraft, takeTheirs } = useVersionedDraft<Values, number>(
    () => ({ values: { title: memo.title, text: memo.text }, version: memo.version }),
    { read: theirsOf, refresh },
  );
  const [reason, setReason] = useState('');
  const changed = draft.title.trim() !== base.values.title.trim() || draft.text.trimEnd() !== base.values.text.trimEnd();
  useUnsavedChanges(changed);
  const id = (field: string) => `memo-${field}-${memo.id}`;
  const save = (expectedVersion: number) =>
    run(async () => {
      await answer(api.PATCH('/api/memos/{id}', { params: { path: { id: memo.id } }, body: { ...draft, expectedVersion, reason } }));
      await refresh();
      onClose();
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  return (
    <form className="memo-editor" aria-label={`Edit the memo ${memo.title}`} onSubmit={submit}>
      <span className="field wide">
        <label htmlFor={id('title')}>Title</label>
        <input id={id('title')} required value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </span>
      <span className="field wide">
        <label htmlFor={id('text')}>Memo</label>
        <textarea id={id('text')} rows={8} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
      </span>
      <ChangeReason id={`memo-${memo.id}`} value={reason} onChange={setReason} />
      <FormActions submit={`Save version ${base.version + 1}`} busy={busy} nothingToSave={!changed} onCancel={onClose} />
      {conflict && (
        <ConflictValues
          values={Object.entries(theirsOf(conflict.current)).map(([field, value]) => [field === 'title' ? 'Title' : 'Memo', value] as const)}
          busy={busy}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
