import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Saved, Strategy } from '../../api/types';
import { SavedWarnings, useSavedWarnings } from '../../components/SavedWarnings';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { useRefreshStrategies, useScope } from './scope';
import { ChangeReason } from '../../components/ChangeReason';
import { FormActions } from '../../components/FormActions';

interface NameAndGoal {
  name: string;
  goal: string;
}

const EMPTY: NameAndGoal = { name: '', goal: '' };

/**
 * A strategy's name and goal: a new strategy of the page's district and cycle, or an edit of one
 * (on the version read when the form opened, with the reason if one is given).
 */
export function StrategyForm({ strategy, onDone }: { strategy?: Strategy; onDone?: (warnings?: readonly string[]) => void }) {
  const scope = useScope();
  const refresh = useRefreshStrategies();
  const { busy, error, conflict, run, base, draft, setDraft, takeTheirs } = useVersionedDraft<NameAndGoal, number>(
    () => ({ values: strategy ? { name: strategy.name, goal: strategy.goal } : EMPTY, version: strategy?.version ?? 0 }),
    {
      read: (current) => ({ name: String(current.name ?? ''), goal: String(current.goal ?? '') }),
      refresh,
    },
  );
  const [reason, setReason] = useState('');
  const saved = useSavedWarnings();
  const dirty = draft.name !== base.values.name || draft.goal !== base.values.goal;
  useUnsavedChanges(dirty);
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (strategy) first.current?.focus();
  }, [strategy]);

  const save = async (version: number) => {
    const outcome = await run(async () => {
      let result: Saved<Strategy>;
      if (strategy) {
        const changed = Object.fromEntries((['name', 'goal'] as const).filter((k) => draft[k] !== base.values[k]).map((k) => [k, draft[k]]));
        result = await answer(
          api.PATCH('/api/strategies/{id}', {
            params: { path: { id: strategy.id } },
            body: { ...changed, expectedVersion: version, ...(reason.trim() && { reason: reason.trim() }) },
          }),
        );
      } else {
        result = await answer(
          api.POST('/api/partnerships/{partnershipId}/strategies', {
            params: { path: { partnershipId: scope.partnershipId } },
            body: { district: scope.district, cycle: scope.cycle, ...draft },
          }),
        );
      }
      await refresh();
      return result;
    });
    if (!outcome) return;
    if (strategy) onDone?.(outcome.warnings);
    else {
      setDraft(EMPTY);
      setReason('');
      saved.heed(outcome.warnings);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };

  return (
    <form className="strategy-form" onSubmit={submit} aria-label={strategy ? 'Edit the name and goal' : 'Add a strategy'}>
      <span className="field wide">
        <label htmlFor={`${id}-name`}>Name</label>
        <input ref={first} id={`${id}-name`} value={draft.name} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />
      </span>
      <span className="field wide">
        <label htmlFor={`${id}-goal`}>Goal</label>
        <textarea id={`${id}-goal`} rows={3} value={draft.goal} onChange={(e) => setDraft((d) => ({ ...d, goal: e.target.value }))} />
      </span>
      {strategy && <ChangeReason id={id} value={reason} onChange={setReason} />}
      <FormActions submit={strategy ? 'Save the changes' : 'Add the strategy'} busy={busy} nothingToSave={!dirty} onCancel={onDone} />
      {conflict && (
        <ConflictValues
          busy={busy}
          values={[
            ['Name', String(conflict.current.name ?? '')],
            ['Goal', String(conflict.current.goal ?? '')],
          ]}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      <SavedWarnings warnings={saved.warnings} />
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
