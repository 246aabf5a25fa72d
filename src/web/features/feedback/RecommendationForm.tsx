import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Explanation } from '../../api/types';
import { ErrorState, Loading } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { useRefreshFeedback, useTheoryOf } from './queries';
import { useFeedbackScope } from './scope';
import { FormActions } from '../../components/FormActions';

const toggled = (set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> => {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/**
 * A recommendation for a strategy: a proposal for the district, based on at least one conjecture of
 * the theory of action and, where there are some, on the strategy's explanations.
 */
export function RecommendationForm({
  strategyId,
  explanations,
  onDone,
}: {
  strategyId: string;
  explanations: readonly Explanation[];
  onDone: (warnings?: readonly string[]) => void;
}) {
  const { place } = useFeedbackScope();
  const refresh = useRefreshFeedback();
  const theory = useTheoryOf(place.partnershipId, true);
  const [text, setText] = useState('');
  const [rationale, setRationale] = useState('');
  const [conjectures, setConjectures] = useState<ReadonlySet<string>>(new Set());
  const [basis, setBasis] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useUnsavedChanges(text.trim() !== '' || rationale.trim() !== '' || conjectures.size > 0 || basis.size > 0);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('textarea')?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { warnings } = await answer(
        api.POST('/api/strategies/{id}/recommendations', {
          params: { path: { id: strategyId } },
          body: { text, ...(rationale.trim() && { rationale }), conjectures: [...conjectures], explanations: [...basis] },
        }),
      );
      await refresh();
      setText('');
      setRationale('');
      setConjectures(new Set());
      setBasis(new Set());
      onDone(warnings);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} className="feedback-form" onSubmit={(e) => void submit(e)} aria-label="Add a recommendation">
      <span className="field wide">
        <label htmlFor={`${id}-text`}>Recommendation</label>
        <textarea id={`${id}-text`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </span>
      <span className="field wide">
        <label htmlFor={`${id}-rationale`}>Rationale (optional)</label>
        <textarea id={`${id}-rationale`} rows={2} value={rationale} onChange={(e) => setRationale(e.target.value)} />
      </span>
      <fieldset className="conjecture-choices">
        <legend>Conjectures of the theory of action it is based on (at least one)</legend>
        {theory.isPending && <Loading what="the theory of action" />}
        {theory.isError && <ErrorState error={theory.error} />}
        {theory.data?.every((c) => c.conjectures.length === 0) && <p className="muted">The theory of action has no conjectures yet.</p>}
        {theory.data
          ?.filter((c) => c.conjectures.length > 0)
          .map(({ component, conjectures: list }) => (
            <fieldset key={component.id} className="component">
              <legend>{component.name}</legend>
              {list.map((c) => (
                <label key={c.id} className="check">
                  <input type="checkbox" checked={conjectures.has(c.id)} onChange={(e) => setConjectures(toggled(conjectures, c.id, e.target.checked))} />{' '}
                  <span>{c.text}</span>
                </label>
              ))}
            </fieldset>
          ))}
      </fieldset>
      {explanations.length > 0 && (
        <fieldset className="explanation-choices">
          <legend>Explanations it draws on (optional)</legend>
          {explanations.map((x) => (
            <label key={x.id} className="check">
              <input type="checkbox" checked={basis.has(x.id)} onChange={(e) => setBasis(toggled(basis, x.id, e.target.checked))} /> <span>{x.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      <FormActions submit="Add the recommendation" busy={busy} onCancel={onDone} />
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
