import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Explanation, Recommendation } from '../../api/types';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { SavedWarnings, useSavedWarnings } from '../../components/SavedWarnings';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { CitedList } from './CitedList';
import { History } from '../history/History';
import { valueIn } from './labels';
import { useRefreshFeedback } from './queries';
import { RecommendationForm } from './RecommendationForm';
import { useFeedbackScope } from './scope';
import { ChangeReason } from '../../components/ChangeReason';
import { FormActions } from '../../components/FormActions';
import { UptakeRecord } from './UptakeRecord';

/** The strategy's recommendations: proposals for the district, each with what it is based on. */
export function Recommendations({
  strategyId,
  recommendations,
  explanations,
}: {
  strategyId: string;
  recommendations: readonly Recommendation[];
  explanations: readonly Explanation[];
}) {
  const { canWrite } = useFeedbackScope();
  const [adding, setAdding] = useState(false);
  const saved = useSavedWarnings();
  return (
    <>
      {recommendations.length === 0 && <p className="muted">No recommendations yet.</p>}
      {recommendations.length > 0 && (
        <ol className="recommendations">
          {recommendations.map((r, n) => (
            <RecommendationItem key={r.id} recommendation={r} number={n + 1} />
          ))}
        </ol>
      )}
      {canWrite && !adding && (
        <p className="actions">
          <button type="button" onClick={() => setAdding(true)}>
            Add a recommendation
          </button>
        </p>
      )}
      {adding && (
        <RecommendationForm
          strategyId={strategyId}
          explanations={explanations}
          onDone={(warnings) => {
            setAdding(false);
            saved.heed(warnings);
          }}
        />
      )}
      <SavedWarnings warnings={saved.warnings} />
    </>
  );
}

function RecommendationItem({ recommendation: r, number }: { recommendation: Recommendation; number: number }) {
  const { canWrite } = useFeedbackScope();
  const [editing, setEditing] = useState(false);
  const saved = useSavedWarnings();
  const textId = useId();
  return (
    <li className="recommendation">
      <p id={textId} className="text">
        {r.text}
      </p>
      {r.rationale && (
        <p className="rationale">
          <span className="label">Rationale:</span> {r.rationale}
        </p>
      )}
      <CitedList links={r.basis} label={`What recommendation ${number} is based on`} none="Based on nothing recorded." />
      <UptakeRecord recommendationId={r.id} number={number} />
      <p className="version muted">
        Version {r.version}, by {r.updatedBy}
      </p>
      <History id={r.id} />
      {canWrite && !editing && (
        <p className="actions">
          <button type="button" className="secondary" aria-describedby={textId} onClick={() => setEditing(true)}>
            Revise the recommendation
          </button>
        </p>
      )}
      {editing && (
        <RevisionForm
          recommendation={r}
          onDone={(warnings) => {
            setEditing(false);
            saved.heed(warnings);
          }}
        />
      )}
      <SavedWarnings warnings={saved.warnings} />
    </li>
  );
}

interface Wording {
  text: string;
  rationale: string;
}

const wordingOf = (values: Record<string, unknown>): Wording => ({ text: valueIn(values, 'text'), rationale: valueIn(values, 'rationale') });

/** Rewording a recommendation or its rationale: a new version, on the version the edit started from. */
function RevisionForm({ recommendation, onDone }: { recommendation: Recommendation; onDone: (warnings?: readonly string[]) => void }) {
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
  } = useVersionedDraft<Wording, number>(() => ({ values: wordingOf(recommendation), version: recommendation.version }), { read: wordingOf, refresh });
  const [reason, setReason] = useState('');
  const dirty = draft.text !== base.values.text || draft.rationale !== base.values.rationale;
  useUnsavedChanges(dirty);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('textarea')?.focus(), []);

  const save = async (version: number) => {
    let warnings: readonly string[] = [];
    const ok = await saveDraft(version, async () => {
      ({ warnings } = await answer(
        api.PATCH('/api/recommendations/{id}', {
          params: { path: { id: recommendation.id } },
          body: { text: draft.text, rationale: draft.rationale, expectedVersion: version, ...(reason.trim() && { reason: reason.trim() }) },
        }),
      ));
    });
    if (ok) onDone(warnings);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  const theirs = conflict && wordingOf(conflict.current);

  return (
    <form ref={form} className="feedback-form" onSubmit={submit} aria-label="Revise the recommendation">
      <span className="field wide">
        <label htmlFor={`${id}-text`}>Recommendation</label>
        <textarea id={`${id}-text`} rows={3} value={draft.text} onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))} />
      </span>
      <span className="field wide">
        <label htmlFor={`${id}-rationale`}>Rationale</label>
        <textarea id={`${id}-rationale`} rows={2} value={draft.rationale} onChange={(e) => setDraft((d) => ({ ...d, rationale: e.target.value }))} />
      </span>
      <ChangeReason id={id} value={reason} onChange={setReason} />
      <FormActions submit="Save the recommendation" busy={busy} nothingToSave={!dirty} onCancel={onDone} />
      {theirs && conflict && (
        <ConflictValues
          busy={busy}
          values={[
            ['Recommendation', theirs.text],
            ['Rationale', theirs.rationale],
          ]}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
