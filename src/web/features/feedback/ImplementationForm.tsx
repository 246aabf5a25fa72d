import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Implementation, StrategyElement } from '../../api/types';
import type { paths } from '../../api/openapi';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { FindingChoices } from './FindingChoices';
import { PRACTICE_CHANGES, QUALITY_CHANGES, SUPPORT_VERDICTS, valueIn, verdictLabel } from './labels';
import { useRefreshFeedback } from './queries';
import { useDirectory } from '../../api/queries';
import { useFeedbackScope } from './scope';
import { ChangeReason } from '../../components/ChangeReason';
import { FormActions } from '../../components/FormActions';

/** An implementation assessment as its form holds it. */
/** What the API takes: the form's selects offer only these values (or none). */
type Assessment = paths['/api/strategy-elements/{id}/implementation']['put']['requestBody']['content']['application/json'];

interface Assessed {
  verdict: string;
  frequency: string;
  focus: string;
  frequencyChange: string;
  qualityChange: string;
  text: string;
}

const FIELDS = ['verdict', 'frequency', 'focus', 'frequencyChange', 'qualityChange', 'text'] as const;

/** The values of a saved assessment, or of the one a conflict reports (its fields in snake_case). */
const assessedOf = (values: Record<string, unknown> | undefined): Assessed =>
  Object.fromEntries(FIELDS.map((f) => [f, values ? valueIn(values, f) : ''])) as unknown as Assessed;

const sameAssessed = (a: Assessed, b: Assessed) => FIELDS.every((f) => a[f] === b[f]);

export const SUPPORT_LABELS = { verdict: 'Implemented', frequency: 'How often it happened', focus: 'Its focus', text: 'What was found' } as const;
export const PRACTICE_LABELS = {
  frequencyChange: 'Change in frequency since last year',
  qualityChange: 'Change in quality since last year',
  text: 'What was found',
} as const;

interface Props {
  element: StrategyElement;
  implementation: Implementation | undefined;
  /** What the element is, as its heading names it ("the intended support"). */
  what: string;
  /** Closes the form; after a save, with what the server warned of. */
  onDone: (warnings?: readonly string[]) => void;
}

/**
 * Writes how an intended support (did it happen, how often, with what focus) or an envisioned
 * practice (did it change in frequency and quality) was implemented, citing the district's findings.
 * A revision names the version it was made on; a newer one saved meanwhile is shown, not overwritten.
 */
export function ImplementationForm({ element, implementation, what, onDone }: Props) {
  const { place } = useFeedbackScope();
  const { cycles } = useDirectory();
  const refresh = useRefreshFeedback();
  const support = element.kind === 'support';
  // The partnership's first year has no last year to compare a practice with (cycles come oldest first).
  const firstYear = cycles.length > 0 && cycles[0]!.label === place.cycle;
  const {
    busy,
    error,
    conflict,
    base,
    draft,
    setDraft,
    save: saveDraft,
    takeTheirs,
  } = useVersionedDraft<Assessed>(() => ({ values: assessedOf(implementation), version: implementation?.version }), { read: assessedOf, refresh });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const cited = new Set((implementation?.evidence ?? []).filter((l) => l.kind === 'finding').map((l) => l.citedId));
  const dirty = !sameAssessed(draft, base.values) || chosen.size > 0;
  useUnsavedChanges(dirty);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('select, input, textarea')?.focus(), []);
  const set = (field: keyof Assessed, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const save = async (version: number | undefined) => {
    const values = support
      ? { ...(draft.verdict && { verdict: draft.verdict as Assessment['verdict'] }), frequency: draft.frequency, focus: draft.focus }
      : {
          ...(draft.frequencyChange && { frequencyChange: draft.frequencyChange as Assessment['frequencyChange'] }),
          ...(draft.qualityChange && { qualityChange: draft.qualityChange as Assessment['qualityChange'] }),
        };
    let warnings: readonly string[] = [];
    const ok = await saveDraft(version, async () => {
      ({ warnings } = await answer(
        api.PUT('/api/strategy-elements/{id}/implementation', {
          params: { path: { id: element.id } },
          body: {
            cycle: place.cycle,
            ...values,
            text: draft.text,
            findings: [...chosen],
            ...(version !== undefined && { expectedVersion: version }),
            ...(reason.trim() && { reason: reason.trim() }),
          },
        }),
      ));
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

  const choice = (
    field: 'verdict' | 'frequencyChange' | 'qualityChange',
    label: string,
    options: readonly string[],
    shown: (v: string) => string = (v) => v,
  ) => (
    <span className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <select id={`${id}-${field}`} value={draft[field]} onChange={(e) => set(field, e.target.value)}>
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {shown(o)}
          </option>
        ))}
      </select>
    </span>
  );
  const line = (field: 'frequency' | 'focus', label: string) => (
    <span className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input id={`${id}-${field}`} value={draft[field]} onChange={(e) => set(field, e.target.value)} />
    </span>
  );
  const theirs = conflict && assessedOf(conflict.current);

  return (
    <form ref={form} className="feedback-form" onSubmit={submit} aria-label={`${implementation ? 'Revise the assessment of' : 'Assess'} ${what}`}>
      {support ? (
        <>
          {choice('verdict', SUPPORT_LABELS.verdict, SUPPORT_VERDICTS, verdictLabel)}
          {line('frequency', SUPPORT_LABELS.frequency)}
          {line('focus', SUPPORT_LABELS.focus)}
        </>
      ) : (
        <>
          {firstYear ? (
            <p className="field wide hint">{place.cycle} is the partnership’s first year: there is no change since last year to record.</p>
          ) : (
            <>
              {choice('frequencyChange', PRACTICE_LABELS.frequencyChange, PRACTICE_CHANGES)}
              {choice('qualityChange', PRACTICE_LABELS.qualityChange, QUALITY_CHANGES)}
            </>
          )}
        </>
      )}
      <span className="field wide">
        <label htmlFor={`${id}-text`}>{SUPPORT_LABELS.text}</label>
        <textarea id={`${id}-text`} rows={3} value={draft.text} onChange={(e) => set('text', e.target.value)} />
      </span>
      <FindingChoices cited={cited} chosen={chosen} onChange={setChosen} />
      {implementation && <ChangeReason id={id} value={reason} onChange={setReason} />}
      <FormActions submit="Save the assessment" busy={busy} nothingToSave={implementation !== undefined && !dirty} onCancel={onDone} />
      {theirs && conflict && (
        <ConflictValues
          busy={busy}
          values={
            support
              ? [
                  [SUPPORT_LABELS.verdict, verdictLabel(theirs.verdict)],
                  [SUPPORT_LABELS.frequency, theirs.frequency],
                  [SUPPORT_LABELS.focus, theirs.focus],
                  [SUPPORT_LABELS.text, theirs.text],
                ]
              : [
                  [PRACTICE_LABELS.frequencyChange, theirs.frequencyChange],
                  [PRACTICE_LABELS.qualityChange, theirs.qualityChange],
                  [PRACTICE_LABELS.text, theirs.text],
                ]
          }
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
