import { type FormEvent, useId, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Conjecture } from '../../api/types';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { ChosenWarrant } from './ChosenWarrant';
import { type ChosenEvidence, EvidenceChooser } from './EvidenceChooser';
import { useRefreshTheory } from './theory';

/**
 * Revising a conjecture: its new text, why it changes, and the evidence the new version rests on.
 * The edit names the version it was made on; if someone revised it meanwhile, both texts are shown.
 */
export function ReviseConjecture({ conjecture, onClose, onRevised }: { conjecture: Conjecture; onClose: () => void; onRevised: (version: number) => void }) {
  const id = useId();
  const refresh = useRefreshTheory();
  const {
    busy,
    error,
    conflict,
    run,
    base,
    draft: text,
    setDraft: setText,
    takeTheirs,
  } = useVersionedDraft<string, number>(() => ({ values: conjecture.text, version: conjecture.version }), {
    read: (current) => String(current.text ?? ''),
    refresh,
  });
  const [reason, setReason] = useState('');
  const [warrant, setWarrant] = useState<ChosenEvidence[]>([]);
  const changed = text.trim() !== base.values.trim();
  useUnsavedChanges(changed || reason.trim() !== '' || warrant.length > 0);

  const save = (expectedVersion: number) =>
    run(async () => {
      // The reason goes as written: the server says what it needs when it is missing.
      const revised = await answer(
        api.POST('/api/conjectures/{id}/revisions', {
          params: { path: { id: conjecture.id } },
          body: { text, reason, expectedVersion, warrant: warrant.map((w) => ({ id: w.id, bearing: w.bearing, ...(w.note && { note: w.note }) })) },
        }),
      );
      await refresh();
      onRevised(revised.version);
      onClose();
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };

  return (
    <form className="revise-conjecture" aria-label="Revise the conjecture" onSubmit={submit}>
      <span className="field">
        <label htmlFor={`${id}-text`}>Conjecture, version {base.version + 1}</label>
        <textarea id={`${id}-text`} rows={4} required value={text} onChange={(e) => setText(e.target.value)} />
      </span>
      <ChangeReason
        id={id}
        label="Why it is revised (kept with the revision)"
        required="server"
        rows={2}
        hint="What the year's evidence showed: the findings, literature or analyses below are its warrant."
        value={reason}
        onChange={setReason}
        className="field"
      />
      <ChosenWarrant title={`Warrant of version ${base.version + 1}`} warrant={warrant} onRemove={(gone) => setWarrant(warrant.filter((w) => w.id !== gone))} />
      <EvidenceChooser
        action="Add to the new version's warrant"
        exclude={new Set(warrant.map((w) => w.id))}
        onChoose={(w) => {
          setWarrant([...warrant, w]);
          return true;
        }}
      />
      <FormActions submit={`Save version ${base.version + 1}`} busy={busy} nothingToSave={!changed} onCancel={onClose} />
      {conflict && (
        <ConflictValues
          values={[[`Version ${conflict.version}`, conflict.theirs]]}
          busy={busy}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
