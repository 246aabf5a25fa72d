import { type FormEvent, useId, useState } from 'react';
import { LITERATURE_ADDRESS_RULE, literatureAddress } from '../../../domain/theory-of-action.js';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { useRefreshTheory } from './theory';
import { FormActions } from '../../components/FormActions';

const EMPTY = { authors: '', year: '', title: '', source: '', url: '', summary: '' };

/** Adding a literature reference or a retrospective analysis for conjectures to rest on. */
export function NewSource({ kind, onAdded }: { kind: 'literature' | 'retrospective'; onAdded: (title: string) => void }) {
  const { partnership } = useSession();
  const id = useId();
  const refresh = useRefreshTheory();
  const [draft, setDraft] = useState(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useUnsavedChanges(Object.values(draft).some((v) => v.trim() !== ''));
  const field = (name: keyof typeof EMPTY) => ({
    id: `${id}-${name}`,
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
  });
  const literature = kind === 'literature';
  const what = literature ? 'a literature reference' : 'a retrospective analysis';
  const badAddress = literature && draft.url.trim() !== '' && literatureAddress(draft.url) === undefined;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (badAddress) return setError(new Error(`Address: ${LITERATURE_ADDRESS_RULE}. Links of other kinds (such as javascript: or data:) are not kept.`));
    setBusy(true);
    setError(null);
    const year = Number(draft.year.trim());
    try {
      await answer(
        api.POST('/api/partnerships/{partnershipId}/theory/sources', {
          params: { path: { partnershipId: partnership!.id } },
          body: literature
            ? {
                kind,
                authors: draft.authors,
                title: draft.title,
                source: draft.source,
                ...(draft.year.trim() && { year: Number.isInteger(year) ? year : 0 }),
                ...(draft.url.trim() && { url: draft.url.trim() }),
              }
            : { kind, title: draft.title, summary: draft.summary },
        }),
      );
      setDraft(EMPTY);
      await refresh();
      onAdded(draft.title.trim());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="new">
      <summary>Add {what}</summary>
      <form className="new-source" aria-label={`Add ${what}`} onSubmit={(e) => void submit(e)}>
        {literature && (
          <span className="field">
            <label htmlFor={`${id}-authors`}>Authors</label>
            <input required {...field('authors')} />
          </span>
        )}
        {literature && (
          <span className="field">
            <label htmlFor={`${id}-year`}>Year</label>
            <input inputMode="numeric" pattern="[0-9]{4}" className="year" {...field('year')} />
          </span>
        )}
        <span className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input required {...field('title')} />
        </span>
        {literature && (
          <span className="field">
            <label htmlFor={`${id}-source`}>Published in</label>
            <input {...field('source')} />
          </span>
        )}
        {literature && (
          <span className="field">
            <label htmlFor={`${id}-url`}>Address (optional)</label>
            <input type="text" inputMode="url" aria-describedby={`${id}-url-hint`} aria-invalid={badAddress || undefined} {...field('url')} />
            <span id={`${id}-url-hint`} className="hint">
              An http or https address, or a DOI (10.…)
            </span>
          </span>
        )}
        {!literature && (
          <span className="field">
            <label htmlFor={`${id}-summary`}>What it found</label>
            <textarea rows={3} required {...field('summary')} />
          </span>
        )}
        <FormActions submit={`Add ${literature ? 'the reference' : 'the analysis'}`} busy={busy} />
        {error !== null && <ErrorState error={error} />}
      </form>
    </details>
  );
}
