import { type FormEvent, useEffect, useId, useState } from 'react';
import { ASSESSMENT_QUESTIONS, JUDGEMENTS } from '../../../domain/assessment.js';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { Assessment } from '../../api/types';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { supportTypeName } from './elements';
import { useRefreshAssessments, useScope } from './scope';
import { ChangeReason } from '../../components/ChangeReason';
import { FormActions } from '../../components/FormActions';

type Aspect = Assessment['aspect'];

interface Judgement {
  judgement: string;
  rationale: string;
  frameworkRefs: string[];
}

const judgementOf = (a: Partial<Record<keyof Judgement, unknown>> | undefined): Judgement => ({
  judgement: typeof a?.judgement === 'string' ? a.judgement : '',
  rationale: typeof a?.rationale === 'string' ? a.rationale : '',
  frameworkRefs: Array.isArray(a?.frameworkRefs) ? a.frameworkRefs.map(String) : [],
});

const sameJudgement = (a: Judgement, b: Judgement) =>
  a.judgement === b.judgement && a.rationale === b.rationale && [...a.frameworkRefs].sort().join() === [...b.frameworkRefs].sort().join();

interface Props {
  aspect: Aspect;
  /** The strategy judged; null for the coherence of the district's strategies together. */
  strategyId: string | null;
  assessment: Assessment | undefined;
  headingLevel: 3 | 4;
}

/** One aspect of the team's in-house assessment: a judgement, its rationale and the framework's types it draws on. */
export function AssessmentPanel({ aspect, strategyId, assessment, headingLevel }: Props) {
  const { can } = useSession();
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section className="assessment" aria-labelledby={headingId}>
      <Heading id={headingId}>{ASSESSMENT_QUESTIONS[aspect]}</Heading>
      {can.write ? <AssessmentForm aspect={aspect} strategyId={strategyId} assessment={assessment} /> : <AssessmentView assessment={assessment} />}
    </section>
  );
}

function AssessmentView({ assessment }: { assessment: Assessment | undefined }) {
  const { supportTypes } = useScope();
  if (!assessment) return <p className="muted">Not assessed yet.</p>;
  return (
    <dl className="facts">
      <dt>Judgement</dt>
      <dd>{assessment.judgement}</dd>
      <dt>Rationale</dt>
      <dd className="rationale">{assessment.rationale}</dd>
      <dt>Framework references</dt>
      <dd>
        {assessment.frameworkRefs.length ? (
          assessment.frameworkRefs.map((r) => supportTypeName(supportTypes, r)).join(', ')
        ) : (
          <span className="muted">none</span>
        )}
      </dd>
    </dl>
  );
}

function AssessmentForm({ aspect, strategyId, assessment }: Omit<Props, 'headingLevel'>) {
  const scope = useScope();
  const refresh = useRefreshAssessments();
  const saved = judgementOf(assessment);
  const { busy, error, conflict, run, base, setBase, draft, setDraft, takeTheirs } = useVersionedDraft<Judgement>(
    () => ({ values: saved, version: assessment?.version }),
    { read: judgementOf, refresh },
  );
  const [reason, setReason] = useState('');
  const [done, setDone] = useState('');
  const dirty = !sameJudgement(draft, base.values);
  useUnsavedChanges(dirty);
  useEffect(() => {
    // Follow the saved assessment only while nothing of one's own is unsaved.
    if (dirty) return;
    setBase({ values: saved, version: assessment?.version });
    setDraft(saved);
  }, [assessment?.id, assessment?.version]);
  const id = useId();

  const save = async (version: number | undefined) => {
    setDone('');
    const written = await run(() =>
      answer(
        api.PUT('/api/partnerships/{partnershipId}/assessments', {
          params: { path: { partnershipId: scope.partnershipId } },
          body: {
            district: scope.district,
            cycle: scope.cycle,
            aspect,
            strategyId,
            ...draft,
            ...(version !== undefined && { expectedVersion: version }),
            ...(reason.trim() && { reason: reason.trim() }),
          },
        }),
      ),
    );
    if (!written) return;
    setBase({ values: draft, version: written.version });
    setReason('');
    setDone('Saved.');
    await refresh();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  const toggleRef = (key: string, on: boolean) =>
    setDraft((d) => ({ ...d, frameworkRefs: on ? [...d.frameworkRefs, key] : d.frameworkRefs.filter((r) => r !== key) }));

  return (
    <form className="assessment-form" onSubmit={submit}>
      <span className="field">
        <label htmlFor={`${id}-judgement`}>Judgement</label>
        <select id={`${id}-judgement`} value={draft.judgement} onChange={(e) => setDraft((d) => ({ ...d, judgement: e.target.value }))}>
          <option value="">Not judged yet</option>
          {JUDGEMENTS[aspect].map((j) => (
            <option key={j} value={j}>
              {j}
            </option>
          ))}
        </select>
      </span>
      <span className="field wide">
        <label htmlFor={`${id}-rationale`}>Rationale</label>
        <textarea id={`${id}-rationale`} rows={3} value={draft.rationale} onChange={(e) => setDraft((d) => ({ ...d, rationale: e.target.value }))} />
      </span>
      <fieldset className="framework-refs">
        <legend>Framework references</legend>
        {scope.supportTypes
          .filter((t) => !t.retired || draft.frameworkRefs.includes(t.key))
          .map((t) => (
            <label key={t.key} className="check">
              <input type="checkbox" checked={draft.frameworkRefs.includes(t.key)} onChange={(e) => toggleRef(t.key, e.target.checked)} /> {t.name}
            </label>
          ))}
      </fieldset>
      {assessment && dirty && <ChangeReason id={id} value={reason} onChange={setReason} />}
      <FormActions submit="Save the assessment" busy={busy} nothingToSave={!dirty}>
        <span role="status" className="muted">
          {done}
        </span>
      </FormActions>
      {conflict && (
        <ConflictValues
          busy={busy}
          values={(() => {
            const theirs = judgementOf(conflict.current);
            return [
              ['Judgement', theirs.judgement],
              ['Rationale', theirs.rationale],
              ['Framework references', theirs.frameworkRefs.map((r) => supportTypeName(scope.supportTypes, r)).join(', ')],
            ] as const;
          })()}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
