import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { SupportType } from '../../api/types';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { keyFor, useRefreshFramework } from './supportTypes';
import { FormActions } from '../../components/FormActions';

const EMPTY = { key: '', name: '', category: '', description: '' };

/** Adding a type of support to the framework (lead researchers), e.g. lesson study as a learning event. */
export function NewSupportType({ categories, onAdded }: { categories: readonly string[]; onAdded: (type: SupportType) => void }) {
  const { partnership } = useSession();
  const refresh = useRefreshFramework();
  const [draft, setDraft] = useState(EMPTY);
  // The key follows the name until the lead researcher writes one.
  const [keyWritten, setKeyWritten] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useUnsavedChanges(Boolean(draft.name.trim() || draft.description.trim()));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await answer(
        api.POST('/api/partnerships/{partnershipId}/support-types', {
          params: { path: { partnershipId: partnership!.id } },
          body: { key: draft.key, name: draft.name, description: draft.description, ...(draft.category.trim() && { category: draft.category }) },
        }),
      );
      setDraft(EMPTY);
      setKeyWritten(false);
      await refresh();
      onAdded(added);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="new">
      <summary>Add a type of support</summary>
      <form className="new-support-type" aria-label="Add a type of support" onSubmit={(e) => void submit(e)}>
        <span className="field">
          <label htmlFor="new-type-name">Name</label>
          <input
            id="new-type-name"
            required
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value, ...(!keyWritten && { key: keyFor(e.target.value) }) })}
          />
        </span>
        <span className="field">
          <label htmlFor="new-type-key">Key</label>
          <input
            id="new-type-key"
            required
            aria-describedby="new-type-key-hint"
            value={draft.key}
            onChange={(e) => {
              setKeyWritten(true);
              setDraft({ ...draft, key: e.target.value });
            }}
          />
          <span id="new-type-key-hint" className="hint">
            Lower-case letters, digits and underscores, e.g. lesson_study; it names the type in commands and exports and does not change.
          </span>
        </span>
        <span className="field">
          <label htmlFor="new-type-category">Category</label>
          <input
            id="new-type-category"
            list="new-type-categories"
            aria-describedby="new-type-category-hint"
            value={draft.category}
            onChange={(e) => setDraft({ ...draft, category: e.target.value })}
          />
          <datalist id="new-type-categories">
            {categories.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <span id="new-type-category-hint" className="hint">
            One of the general types (e.g. Learning event), or empty for a category of its own.
          </span>
        </span>
        <span className="field">
          <label htmlFor="new-type-description">Description</label>
          <textarea
            id="new-type-description"
            required
            rows={3}
            aria-describedby="new-type-description-hint"
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.target.value })}
          />
          <span id="new-type-description-hint" className="hint">
            Its potential to support learning that reorganizes (rather than extends) practice, and whether it involves co-participation with someone more
            expert.
          </span>
        </span>
        <FormActions submit="Add the type" busy={busy} />
        {error !== null && <ErrorState error={error} />}
      </form>
    </details>
  );
}
