import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { ChangeReason } from '../../components/ChangeReason';
import { useEditing } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import type { Rubric } from './scoring';

interface LevelDraft {
  value: string;
  label: string;
  descriptor: string;
}
interface DimensionDraft {
  /** The dimension's ID when it is already in the rubric (it keeps its scores); a new one has none. */
  id?: string;
  /** A key for the page while the dimension has no ID. */
  key: string;
  name: string;
  description: string;
  levels: LevelDraft[];
}
interface Draft {
  name: string;
  description: string;
  dimensions: DimensionDraft[];
}

let drafted = 0;
const newKey = () => `new-${++drafted}`;
const emptyLevels = (): LevelDraft[] => [1, 2, 3, 4].map((v) => ({ value: String(v), label: '', descriptor: '' }));
const draftOf = (r: Rubric | null): Draft =>
  r
    ? {
        name: r.name,
        description: r.description,
        dimensions: r.dimensions.map((d) => ({
          id: d.id,
          key: d.id,
          name: d.name,
          description: d.description,
          levels: d.levels.map((l) => ({ value: String(l.value), label: l.label, descriptor: l.descriptor })),
        })),
      }
    : { name: '', description: '', dimensions: [{ key: newKey(), name: '', description: '', levels: emptyLevels() }] };
/** The draft as the API takes it (a level's value a whole number; the server checks the rest and says what is wrong). */
const bodyOf = (d: Draft) => ({
  name: d.name,
  description: d.description,
  dimensions: d.dimensions.map((dim) => ({
    ...(dim.id && { id: dim.id }),
    name: dim.name,
    description: dim.description,
    levels: dim.levels.map((l) => ({ value: Number(l.value), label: l.label, descriptor: l.descriptor })),
  })),
});

/**
 * Defining a rubric, or editing one as its next version with the reason: its name, its dimensions
 * in order, and each dimension's levels (a whole-number value, a label, a descriptor). A dimension
 * or level scores were given on stays in the rubric even when taken out here (the server says so).
 */
export function RubricEditor({ rubric, onDone }: { rubric: Rubric | null; onDone: (saved: Rubric | null) => void }) {
  const { partnership } = useSession();
  const client = useQueryClient();
  const { busy, error, conflict, run } = useEditing();
  const [draft, setDraft] = useState<Draft>(() => draftOf(rubric));
  const [reason, setReason] = useState('');
  const changed = JSON.stringify(bodyOf(draft)) !== JSON.stringify(bodyOf(draftOf(rubric)));
  useUnsavedChanges(changed);
  const formId = rubric ? `rubric-edit-${rubric.id}` : 'rubric-new';

  const setDimension = (i: number, change: Partial<DimensionDraft>) =>
    setDraft({ ...draft, dimensions: draft.dimensions.map((d, j) => (j === i ? { ...d, ...change } : d)) });
  const setLevel = (i: number, k: number, change: Partial<LevelDraft>) =>
    setDimension(i, { levels: draft.dimensions[i]!.levels.map((l, j) => (j === k ? { ...l, ...change } : l)) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const saved = rubric
        ? await answer(
            api.PATCH('/api/rubrics/{id}', { params: { path: { id: rubric.id } }, body: { ...bodyOf(draft), reason, expectedVersion: rubric.version } }),
          )
        : await answer(api.POST('/api/partnerships/{partnershipId}/rubrics', { params: { path: { partnershipId: partnership!.id } }, body: bodyOf(draft) }));
      await client.invalidateQueries({ queryKey: ['rubrics'] });
      onDone(saved);
    });
  };

  return (
    <form className="rubric-editor" aria-label={rubric ? `Edit the rubric ${rubric.name}` : 'New rubric'} onSubmit={submit}>
      <span className="field wide">
        <label htmlFor={`${formId}-name`}>Rubric name</label>
        <input id={`${formId}-name`} required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </span>
      <span className="field wide">
        <label htmlFor={`${formId}-description`}>What it scores</label>
        <textarea id={`${formId}-description`} rows={2} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      </span>
      {draft.dimensions.map((d, i) => {
        const id = `${formId}-${d.key}`;
        const title = d.name.trim() || `Dimension ${i + 1}`;
        return (
          <fieldset key={d.key} className="rubric-dimension">
            <legend>{title}</legend>
            <span className="field">
              <label htmlFor={`${id}-name`}>Dimension name</label>
              <input id={`${id}-name`} required value={d.name} onChange={(e) => setDimension(i, { name: e.target.value })} />
            </span>
            <span className="field wide">
              <label htmlFor={`${id}-description`}>Description of {title}</label>
              <input id={`${id}-description`} value={d.description} onChange={(e) => setDimension(i, { description: e.target.value })} />
            </span>
            <table className="rubric-level-rows">
              <caption className="visually-hidden">Levels of {title}</caption>
              <thead>
                <tr>
                  <th scope="col">Value</th>
                  <th scope="col">Label</th>
                  <th scope="col">Descriptor</th>
                  <th scope="col">
                    <span className="visually-hidden">Take out</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.levels.map((l, k) => (
                  <tr key={k}>
                    <td>
                      <input
                        type="number"
                        step={1}
                        required
                        aria-label={`${title}, level ${k + 1}: value`}
                        value={l.value}
                        onChange={(e) => setLevel(i, k, { value: e.target.value })}
                      />
                    </td>
                    <td>
                      <input aria-label={`${title}, level ${k + 1}: label`} value={l.label} onChange={(e) => setLevel(i, k, { label: e.target.value })} />
                    </td>
                    <td>
                      <textarea
                        rows={2}
                        aria-label={`${title}, level ${k + 1}: descriptor`}
                        value={l.descriptor}
                        onChange={(e) => setLevel(i, k, { descriptor: e.target.value })}
                      />
                    </td>
                    <td>
                      <button type="button" className="secondary" onClick={() => setDimension(i, { levels: d.levels.filter((_, j) => j !== k) })}>
                        Take out level {k + 1}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="actions">
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  const top = Math.max(0, ...d.levels.map((l) => Number(l.value) || 0));
                  setDimension(i, { levels: [...d.levels, { value: String(top + 1), label: '', descriptor: '' }] });
                }}
              >
                Add a level to {title}
              </button>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => setDraft({ ...draft, dimensions: draft.dimensions.filter((_, j) => j !== i) })}
                disabled={draft.dimensions.length === 1}
              >
                Take out {title}
              </button>
            </p>
          </fieldset>
        );
      })}
      <p className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => setDraft({ ...draft, dimensions: [...draft.dimensions, { key: newKey(), name: '', description: '', levels: emptyLevels() }] })}
        >
          Add a dimension
        </button>
      </p>
      {rubric && <ChangeReason id={formId} label="Why the rubric changes (kept in its history)" required="form" value={reason} onChange={setReason} />}
      <FormActions
        submit={rubric ? `Save version ${rubric.version + 1}` : 'Define the rubric'}
        busy={busy}
        nothingToSave={!changed}
        onCancel={() => onDone(null)}
      />
      {conflict && (
        <p role="alert" className="conflict">
          Someone else changed this rubric since you opened it (now version {conflict.version}). Cancel and open it again to see theirs.
        </p>
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
