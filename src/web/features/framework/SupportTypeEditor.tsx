import { type FormEvent, useState } from 'react';
import { answer, api, ApiError } from '../../api/client';
import type { SupportType } from '../../api/types';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { useRefreshFramework } from './supportTypes';

interface Values {
  name: string;
  category: string;
  description: string;
}

const valuesOf = (t: Values): Values => ({ name: t.name, category: t.category, description: t.description });
const same = (a: Values, b: Values) =>
  a.name.trim() === b.name.trim() && a.category.trim() === b.category.trim() && a.description.trim() === b.description.trim();

/** The values the server answered a stale edit with (409). */
const theirsOf = (current: Record<string, unknown>): Values => ({
  name: String(current.name ?? ''),
  category: String(current.category ?? ''),
  description: String(current.description ?? ''),
});

/** Whether the server refused the edit for its reason (missing or too long). */
function aboutReason(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 400) return false;
  const issues = error.details?.issues as { path?: string }[] | undefined;
  return error.details?.field === 'reason' || Boolean(issues?.some((i) => i.path === 'reason'));
}

/**
 * Refining a type of support: a new version of its name, category or description, made on the
 * version one read and with the reason the framework changes (the server refuses an edit without it).
 */
export function SupportTypeEditor({ type, categories, onClose }: { type: SupportType; categories: readonly string[]; onClose: () => void }) {
  const refresh = useRefreshFramework();
  const { busy, error, conflict, run, base, draft, setDraft, takeTheirs } = useVersionedDraft<Values, number>(
    () => ({ values: valuesOf(type), version: type.version }),
    { read: theirsOf, refresh: () => refresh(type.id) },
  );
  const [reason, setReason] = useState('');
  const changed = !same(draft, base.values);
  useUnsavedChanges(changed);
  const id = (field: string) => `edit-${field}-${type.id}`;
  const edit = (field: keyof Values) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });

  const save = (expectedVersion: number) =>
    run(async () => {
      // The reason goes as written: the server says what it needs if it is missing.
      await answer(api.PATCH('/api/support-types/{id}', { params: { path: { id: type.id } }, body: { ...draft, expectedVersion, reason } }));
      await refresh(type.id);
      onClose();
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };

  return (
    <form className="support-type-editor" aria-label={`Refine ${type.name}`} onSubmit={submit}>
      <span className="field">
        <label htmlFor={id('name')}>Name</label>
        <input id={id('name')} required value={draft.name} onChange={edit('name')} />
      </span>
      <span className="field">
        <label htmlFor={id('category')}>Category</label>
        <input id={id('category')} list={id('categories')} required value={draft.category} onChange={edit('category')} />
        <datalist id={id('categories')}>
          {categories.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
      </span>
      <span className="field">
        <label htmlFor={id('description')}>Description</label>
        <textarea id={id('description')} required rows={4} value={draft.description} onChange={edit('description')} />
      </span>
      <ChangeReason id={`edit-${type.id}`} label="Why the framework changes (kept in the history)" value={reason} onChange={setReason} className="field" />
      <FormActions submit={`Save version ${base.version + 1}`} busy={busy} nothingToSave={!changed} onCancel={onClose} />
      {conflict && (
        <ConflictValues
          values={Object.entries(theirsOf(conflict.current)).map(([field, value]) => [field.charAt(0).toUpperCase() + field.slice(1), value] as const)}
          busy={busy}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && (
        <ErrorState error={error}>
          {aboutReason(error) && <p>Say why the framework changes: the reason is kept with the new version, in the type’s history.</p>}
        </ErrorState>
      )}
    </form>
  );
}
