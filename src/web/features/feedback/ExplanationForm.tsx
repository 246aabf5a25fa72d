import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Explanation } from '../../api/types';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { FindingChoices } from './FindingChoices';
import { supportTypeName, valueIn } from './labels';
import { useRefreshFeedback } from './queries';
import { useFeedbackScope } from './scope';
import { ChangeReason } from '../../components/ChangeReason';
import { FormActions } from '../../components/FormActions';

interface Why {
  text: string;
  learningOpportunities: string;
  press: string;
  frameworkRefs: string[];
}

const whyOf = (values: Record<string, unknown> | undefined): Why => ({
  text: values ? valueIn(values, 'text') : '',
  learningOpportunities: values ? valueIn(values, 'learningOpportunities') : '',
  press: values ? valueIn(values, 'press') : '',
  frameworkRefs: values ? valueIn(values, 'frameworkRefs').split(',').filter(Boolean) : [],
});

const sameRefs = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
const sameWhy = (a: Why, b: Why) =>
  a.text === b.text && a.learningOpportunities === b.learningOpportunities && a.press === b.press && sameRefs(a.frameworkRefs, b.frameworkRefs);

export const WHY_LABELS = {
  text: 'Explanation',
  learningOpportunities: 'Learning opportunities the supports afforded',
  press: 'Press the accountability relations afforded',
  frameworkRefs: 'Types of support (interpretive framework)',
} as const;

/** `onDone` closes the form; after a save, with what the server warned of. */
type Props =
  | { strategyId: string; explanation?: undefined; onDone: (warnings?: readonly string[]) => void }
  | { strategyId?: undefined; explanation: Explanation; onDone: (warnings?: readonly string[]) => void };

/**
 * Adds an explanation of why a strategy's supports and accountability worked as they did, or
 * revises one (a new version, on the version it was made on); either way citing findings.
 */
export function ExplanationForm({ strategyId, explanation, onDone }: Props) {
  const { supportTypes } = useFeedbackScope();
  const refresh = useRefreshFeedback();
  const {
    busy,
    error,
    conflict,
    base,
    draft,
    setDraft,
    save: saveDraft,
    takeTheirs,
  } = useVersionedDraft<Why>(() => ({ values: whyOf(explanation), version: explanation?.version }), { read: whyOf, refresh });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const cited = new Set((explanation?.evidence ?? []).filter((l) => l.kind === 'finding').map((l) => l.citedId));
  const changed = !sameWhy(draft, base.values);
  const dirty = changed || chosen.size > 0;
  useUnsavedChanges(dirty);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('textarea')?.focus(), []);
  const set = (field: 'text' | 'learningOpportunities' | 'press', value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const toggleRef = (key: string, on: boolean) =>
    setDraft((d) => ({ ...d, frameworkRefs: on ? [...d.frameworkRefs, key] : d.frameworkRefs.filter((r) => r !== key) }));

  const save = async (version: number | undefined) => {
    let warnings: readonly string[] = [];
    const ok = await saveDraft(version, async () => {
      if (explanation) {
        if (changed || version !== base.version) {
          ({ warnings } = await answer(
            api.PATCH('/api/explanations/{id}', {
              params: { path: { id: explanation.id } },
              body: { ...draft, ...(version !== undefined && { expectedVersion: version }), ...(reason.trim() && { reason: reason.trim() }) },
            }),
          ));
        }
        // Further findings are cited one by one: a revision does not take citations.
        for (const citedId of chosen) await answer(api.POST('/api/evidence-links', { body: { citingId: explanation.id, citedId } }));
      } else {
        ({ warnings } = await answer(
          api.POST('/api/strategies/{id}/explanations', { params: { path: { id: strategyId } }, body: { ...draft, cites: [...chosen] } }),
        ));
      }
    });
    if (ok) {
      setChosen(new Set());
      onDone(warnings);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  const area = (field: 'text' | 'learningOpportunities' | 'press', rows: number) => (
    <span className="field wide">
      <label htmlFor={`${id}-${field}`}>{WHY_LABELS[field]}</label>
      <textarea id={`${id}-${field}`} rows={rows} value={draft[field]} onChange={(e) => set(field, e.target.value)} />
    </span>
  );
  const theirs = conflict && whyOf(conflict.current);

  return (
    <form ref={form} className="feedback-form" onSubmit={submit} aria-label={explanation ? 'Revise the explanation' : 'Add an explanation'}>
      {area('text', 3)}
      {area('learningOpportunities', 2)}
      {area('press', 2)}
      <fieldset className="framework-refs">
        <legend>{WHY_LABELS.frameworkRefs}</legend>
        {supportTypes
          .filter((t) => !t.retired || draft.frameworkRefs.includes(t.key))
          .map((t) => (
            <label key={t.key} className="check">
              <input type="checkbox" checked={draft.frameworkRefs.includes(t.key)} onChange={(e) => toggleRef(t.key, e.target.checked)} /> {t.name}
            </label>
          ))}
      </fieldset>
      <FindingChoices cited={cited} chosen={chosen} onChange={setChosen} />
      {explanation && <ChangeReason id={id} value={reason} onChange={setReason} />}
      <FormActions
        submit={explanation ? 'Save the explanation' : 'Add the explanation'}
        busy={busy}
        nothingToSave={explanation !== undefined && !dirty}
        onCancel={onDone}
      />
      {theirs && conflict && (
        <ConflictValues
          busy={busy}
          values={[
            [WHY_LABELS.text, theirs.text],
            [WHY_LABELS.learningOpportunities, theirs.learningOpportunities],
            [WHY_LABELS.press, theirs.press],
            [WHY_LABELS.frameworkRefs, theirs.frameworkRefs.map((r) => supportTypeName(supportTypes, r)).join(', ')],
          ]}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
